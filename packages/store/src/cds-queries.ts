// Queries of the CDS Hooks tables (migration 0002). The tables are typed here, beside their
// queries, and added to the handle with `withTables`.
import { sql, type ColumnType, type Generated } from 'kysely';
import type { CdsRepository } from './cds-records';
import type {
  CdsFeedback,
  CdsIssuer,
  CdsIssuerRegistration,
  CdsTopicFeedback,
  NewCdsFeedback,
  NewCdsIssuer,
  StoredJwks,
} from './cds-records';
import { checkTimestamp, checkUuid, isUuid } from './checks';
import type { Db } from './queries/db';

type Ts = ColumnType<Date, string | Date, string | Date>;

/** The CDS Hooks tables. */
export type CdsTables = {
  cds_issuers: {
    id: Generated<string>;
    clinic_id: string;
    iss: string;
    jwks_url: string | null;
    jwks: ColumnType<unknown, string | null, string | null>;
    created_at: ColumnType<Date, string | Date | undefined, never>;
  };
  cds_feedback: {
    id: Generated<string>;
    clinic_id: string;
    service_id: string;
    card_uuid: string;
    topic_code: string;
    outcome: 'accepted' | 'overridden';
    override_reason_code: string | null;
    override_reason_display: string | null;
    user_comment: string | null;
    outcome_at: Ts;
    received_at: Ts;
    issuer: string | null;
  };
  cds_jti: { iss: string; jti: string; expires_at: Ts };
};

const t = (db: Db) => db.withTables<CdsTables>();

const toIssuer = (r: {
  id: string;
  clinic_id: string;
  iss: string;
  jwks_url: string | null;
  jwks: unknown;
  created_at: Date;
}): CdsIssuer => ({
  id: r.id,
  clinicId: r.clinic_id,
  iss: r.iss,
  ...(r.jwks_url === null ? {} : { jwksUrl: r.jwks_url }),
  ...(r.jwks === null || r.jwks === undefined
    ? {}
    : { jwks: (typeof r.jwks === 'string' ? JSON.parse(r.jwks) : r.jwks) as StoredJwks }),
  createdAt: new Date(r.created_at).toISOString(),
});

/** Every registration of `iss`. */
export async function findCdsIssuers(db: Db, iss: string): Promise<readonly CdsIssuer[]> {
  const rows = await t(db).selectFrom('cds_issuers').selectAll().where('iss', '=', iss).execute();
  return rows.map(toIssuer);
}

/** The clinic's issuers, oldest first. */
export async function listCdsIssuers(db: Db, clinicId: string): Promise<readonly CdsIssuer[]> {
  if (!isUuid(clinicId)) {
    return [];
  }
  const rows = await t(db)
    .selectFrom('cds_issuers')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .orderBy('created_at')
    .orderBy('iss')
    .execute();
  return rows.map(toIssuer);
}

/** JSON with object keys sorted (jsonb does not keep key order). */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : value,
  );

const sameKeys = (a: CdsIssuer, b: NewCdsIssuer): boolean =>
  a.jwksUrl === b.jwksUrl && canonical(a.jwks ?? null) === canonical(b.jwks ?? null);

/** Registers an issuer (run in a transaction); see {@link CdsRepository.registerCdsIssuer}. */
export async function registerCdsIssuer(
  db: Db,
  input: NewCdsIssuer,
): Promise<CdsIssuerRegistration> {
  checkUuid('clinicId', input.clinicId);
  const existing = await findCdsIssuers(db, input.iss);
  if (existing.some((i) => i.clinicId !== input.clinicId)) {
    return 'conflict';
  }
  const inserted = await t(db)
    .insertInto('cds_issuers')
    .values({
      clinic_id: input.clinicId,
      iss: input.iss,
      jwks_url: input.jwksUrl ?? null,
      jwks: input.jwks === undefined ? null : JSON.stringify(input.jwks),
    })
    .onConflict((oc) => oc.columns(['clinic_id', 'iss']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted !== undefined) {
    return 'created';
  }
  const stored = (await findCdsIssuers(db, input.iss)).find((i) => i.clinicId === input.clinicId);
  return stored !== undefined && sameKeys(stored, input) ? 'unchanged' : 'conflict';
}

/** Stores feedback items (run in a transaction). */
export async function addCdsFeedback(
  db: Db,
  inputs: readonly NewCdsFeedback[],
): Promise<readonly CdsFeedback[]> {
  if (inputs.length === 0) {
    return [];
  }
  const rows = await t(db)
    .insertInto('cds_feedback')
    .values(
      inputs.map((f) => {
        checkUuid('clinicId', f.clinicId);
        return {
          clinic_id: f.clinicId,
          service_id: f.serviceId,
          card_uuid: f.cardUuid,
          topic_code: f.topicCode,
          outcome: f.outcome,
          override_reason_code: f.overrideReasonCode ?? null,
          override_reason_display: f.overrideReasonDisplay ?? null,
          user_comment: f.userComment ?? null,
          outcome_at: checkTimestamp('outcomeAt', f.outcomeAt),
          received_at: checkTimestamp('receivedAt', f.receivedAt),
          issuer: f.issuer ?? null,
        };
      }),
    )
    .returning('id')
    .execute();
  return inputs.map((f, i) => ({ ...f, id: rows[i]!.id }));
}

/** Feedback counts per topic in [from, to] (both inclusive), most overridden first. */
export async function summariseCdsFeedback(
  db: Db,
  clinicId: string,
  range: { readonly from: string; readonly to: string },
): Promise<readonly CdsTopicFeedback[]> {
  if (!isUuid(clinicId)) {
    return [];
  }
  const rows = await t(db)
    .selectFrom('cds_feedback')
    .select(['topic_code', 'outcome', 'override_reason_code', sql<number>`count(*)::int`.as('n')])
    .where('clinic_id', '=', clinicId)
    .where('outcome_at', '>=', new Date(checkTimestamp('from', range.from)))
    .where('outcome_at', '<=', new Date(checkTimestamp('to', range.to)))
    .groupBy(['topic_code', 'outcome', 'override_reason_code'])
    .execute();
  const topics = new Map<
    string,
    { accepted: number; overridden: number; reasons: Record<string, number> }
  >();
  for (const r of rows) {
    const topic = topics.get(r.topic_code) ?? { accepted: 0, overridden: 0, reasons: {} };
    const n = Number(r.n);
    topic[r.outcome] += n;
    if (r.outcome === 'overridden') {
      const key = r.override_reason_code ?? 'unspecified';
      topic.reasons[key] = (topic.reasons[key] ?? 0) + n;
    }
    topics.set(r.topic_code, topic);
  }
  return [...topics.entries()]
    .map(([topic, c]) => ({
      topic,
      ...c,
      overrideRate: c.overridden / (c.accepted + c.overridden),
    }))
    .sort((a, b) => b.overrideRate - a.overrideRate || a.topic.localeCompare(b.topic));
}

/** Records (iss, jti) unless recorded and unexpired; purges expired ids first. */
export async function rememberCdsJti(
  db: Db,
  iss: string,
  jti: string,
  expiresAt: string,
  now: string,
): Promise<boolean> {
  const nowDate = new Date(checkTimestamp('now', now));
  // One round trip: a new id is inserted; a known id is taken over only when its row has expired
  // (then it is no longer a replay); a live known id returns nothing, i.e. a replay.
  const accepted = await t(db)
    .insertInto('cds_jti')
    .values({ iss, jti, expires_at: checkTimestamp('expiresAt', expiresAt) })
    .onConflict((oc) =>
      oc
        .columns(['iss', 'jti'])
        .doUpdateSet({ expires_at: (eb) => eb.ref('excluded.expires_at') })
        .where('cds_jti.expires_at', '<=', nowDate),
    )
    .returning('jti')
    .executeTakeFirst();
  await purgeExpiredJtis(db, nowDate);
  return accepted !== undefined;
}

/** When expired jti rows were last purged, per database handle (ms since epoch). */
const lastJtiPurgeMs = new WeakMap<object, number>();
/** Expired jti rows are deleted at most once a minute per handle, not on every call. */
const jtiPurgeIntervalMs = 60_000;

async function purgeExpiredJtis(db: Db, nowDate: Date): Promise<void> {
  const last = lastJtiPurgeMs.get(db);
  if (last !== undefined && nowDate.getTime() - last < jtiPurgeIntervalMs) {
    return;
  }
  lastJtiPurgeMs.set(db, nowDate.getTime());
  await t(db).deleteFrom('cds_jti').where('expires_at', '<=', nowDate).execute();
}

/** The query functions, keyed like {@link CdsRepository}. */
export const cdsQueries = {
  registerCdsIssuer,
  findCdsIssuers,
  listCdsIssuers,
  addCdsFeedback,
  summariseCdsFeedback,
  rememberCdsJti,
} satisfies Record<keyof CdsRepository, unknown>;
