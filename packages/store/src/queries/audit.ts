// Audit events (append-only), sessions, login attempts and server settings.
import { sql } from 'kysely';
import { checkTimestamp, checkUuid, idOrNew, isUuid } from '../checks';
import type { AuditEvent, Session } from '../records';
import {
  auditActionPattern,
  type AuditQuery,
  type LoginAttempt,
  type NewAuditEvent,
  type NewSession,
} from '../repository';
import { toAuditEvent, toSession } from '../rows';
import { type Db, window } from './db';

/** Appends an audit event. */
export async function appendAuditEvent(db: Db, input: NewAuditEvent): Promise<AuditEvent> {
  checkUuid('clinicId', input.clinicId);
  for (const [field, value] of [
    ['actorUserId', input.actorUserId],
    ['patientId', input.patientId],
  ] as const) {
    if (value !== undefined) {
      checkUuid(field, value);
    }
  }
  const row = await db
    .insertInto('audit_events')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      at: checkTimestamp('at', input.at),
      actor_user_id: input.actorUserId ?? null,
      actor_role: input.actorRole,
      action: input.action,
      patient_id: input.patientId ?? null,
      outcome: input.outcome,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAuditEvent(row);
}

/** The clinic's audit events in the window, newest first. */
export async function listAuditEvents(
  db: Db,
  clinicId: string,
  query?: AuditQuery,
): Promise<AuditEvent[]> {
  if (!isUuid(clinicId) || (query?.patientId !== undefined && !isUuid(query.patientId))) {
    return [];
  }
  const { from, to } = window(query);
  const patientId = query?.patientId;
  const action = query?.action;
  // Actions are dotted lower-case words; anything else cannot match (and cannot inject LIKE wildcards).
  if (action !== undefined && !auditActionPattern.test(action)) {
    return [];
  }
  const limit = Math.max(1, Math.min(10_000, Math.floor(query?.limit ?? 1000)));
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .$if(patientId !== undefined, (q) => q.where('patient_id', '=', patientId as string))
    .$if(action !== undefined, (q) =>
      q.where((eb) =>
        eb.or([eb('action', '=', action as string), eb('action', 'like', `${action}.%`)]),
      ),
    )
    .$if(from !== undefined, (q) => q.where('at', '>=', from as Date))
    .$if(to !== undefined, (q) => q.where('at', '<', to as Date))
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toAuditEvent);
}

/** Inserts a session. */
export async function createSession(db: Db, input: NewSession): Promise<Session> {
  checkUuid('clinicId', input.clinicId);
  checkUuid('userId', input.userId);
  const row = await db
    .insertInto('sessions')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      user_id: input.userId,
      created_at: checkTimestamp('createdAt', input.createdAt),
      expires_at: checkTimestamp('expiresAt', input.expiresAt),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSession(row);
}

/** A session by id, or undefined. */
export async function getSession(db: Db, sessionId: string): Promise<Session | undefined> {
  if (!isUuid(sessionId)) {
    return undefined;
  }
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row === undefined ? undefined : toSession(row);
}

/** Marks a session revoked (first revocation time wins). */
export async function revokeSession(db: Db, sessionId: string, at: string): Promise<void> {
  if (!isUuid(sessionId)) {
    return;
  }
  await db
    .updateTable('sessions')
    .set({ revoked_at: checkTimestamp('at', at) })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Records a login attempt. */
export async function recordLoginAttempt(db: Db, attempt: LoginAttempt): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({ key: attempt.key, at: checkTimestamp('at', attempt.at), success: attempt.success })
    .execute();
}

/** Failed attempts for the key at or after `since`. */
export async function countFailedLoginAttempts(
  db: Db,
  key: string,
  since: string,
): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('key', '=', key)
    .where('success', '=', false)
    .where('at', '>=', new Date(checkTimestamp('since', since)))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A stored setting, or undefined. */
export async function getSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value;
}

/** Stores the value unless the key exists; returns the stored value. */
export async function setSettingIfAbsent(db: Db, key: string, value: string): Promise<string> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await getSetting(db, key);
  if (stored === undefined) {
    throw new Error('setting vanished right after insert');
  }
  return stored;
}
