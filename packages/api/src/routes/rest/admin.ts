import { z } from '@hono/zod-openapi';
import type { AuditEvent, User } from '@blockade/store';
import { hashPassword } from '../../auth/password';
import { AuditQuery, UserBody, UserIdParams, UserPatch } from '../../data/schemas';
import { defineEndpoint, type Endpoint } from '../../http/endpoint';
import { badRequest, notFound, zodIssuesToOutcome } from '../../http/outcome';
import { auditBundle } from './audit-fhir';

const UserOut = z
  .object({
    id: z.string(),
    clinicId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(['admin', 'clinician', 'patient']),
    patientId: z.string().optional(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');

/** A user without the password hash. */
const publicUser = ({ passwordHash: _hash, ...rest }: User): Omit<User, 'passwordHash'> => rest;

const invalidField = (field: string, message: string): Error =>
  badRequest(zodIssuesToOutcome([{ code: 'custom', path: [field], message, input: undefined }]));

/** User management and the audit log (admins of the clinic). */
export const adminEndpoints: readonly Endpoint[] = [
  defineEndpoint({
    method: 'get',
    path: '/api/users',
    summary: "The clinic's users",
    tags: ['admin'],
    access: { kind: 'clinic', roles: ['admin'] },
    audit: 'user.list',
    success: { status: 200, schema: z.array(UserOut), description: 'Users' },
    handler: async ({ deps, principal }) => ({
      status: 200,
      body: (await deps.store.listUsers(principal!.clinicId)).map(publicUser),
    }),
  }),
  defineEndpoint({
    method: 'post',
    path: '/api/users',
    summary: 'Create a user; a patient user must name a patient of the clinic',
    tags: ['admin'],
    access: { kind: 'clinic', roles: ['admin'] },
    audit: 'user.create',
    body: UserBody,
    sample: {
      body: {
        email: 'new.clinician@example.org',
        displayName: 'New Clinician',
        role: 'clinician',
        password: 'a long enough password',
      },
    },
    success: { status: 201, schema: UserOut, description: 'Created' },
    handler: async ({ deps, principal, body }) => {
      const clinicId = principal!.clinicId;
      if ((body.role === 'patient') !== (body.patientId !== undefined)) {
        throw invalidField('patientId', 'required for role patient, and only for it');
      }
      if (
        body.patientId !== undefined &&
        (await deps.store.getPatient(clinicId, body.patientId)) === undefined
      ) {
        throw notFound('Patient');
      }
      const user = await deps.store.createUser({
        clinicId,
        email: body.email,
        displayName: body.displayName,
        role: body.role,
        ...(body.patientId === undefined ? {} : { patientId: body.patientId }),
        passwordHash: await hashPassword(body.password),
      });
      return { status: 201, body: publicUser(user) };
    },
  }),
  defineEndpoint({
    method: 'patch',
    path: '/api/users/{userId}',
    summary: 'Rename, deactivate or reset the password of a user of the clinic',
    tags: ['admin'],
    access: { kind: 'user', roles: ['admin'] },
    audit: 'user.update',
    params: UserIdParams,
    body: UserPatch,
    sample: { body: { displayName: 'Renamed' } },
    success: { status: 200, schema: UserOut, description: 'Updated' },
    handler: async ({ deps, principal, user, body }) => {
      if (user!.id === principal!.userId && body.active === false) {
        throw invalidField('active', 'you cannot deactivate your own account');
      }
      const updated = await deps.store.updateUser(user!.clinicId, user!.id, {
        ...(body.displayName === undefined ? {} : { displayName: body.displayName }),
        ...(body.active === undefined ? {} : { active: body.active }),
        ...(body.password === undefined ? {} : { passwordHash: await hashPassword(body.password) }),
      });
      // Cached session lookups of this user must not outlive the change (deactivation counts at once).
      deps.tokens.forgetUser(user!.id);
      if (updated === undefined) {
        throw notFound('User');
      }
      return { status: 200, body: publicUser(updated) };
    },
  }),
  defineEndpoint({
    method: 'get',
    path: '/api/audit',
    summary:
      "The clinic's audit log, newest first; filter by `from`/`to` (ISO date-times, `to` exclusive), `action` (an action or a group such as `diary`) and `patientId`; `?format=fhir` for a FHIR R4 Bundle of AuditEvent",
    tags: ['admin'],
    access: { kind: 'clinic', roles: ['admin'] },
    audit: 'audit.read',
    query: AuditQuery,
    sample: { query: { format: 'json' } },
    success: { status: 200, schema: z.array(z.unknown()), description: 'Audit events' },
    handler: async ({ deps, principal, query }) => {
      const events: readonly AuditEvent[] = await deps.store.listAuditEvents(principal!.clinicId, {
        limit: query.limit,
        ...(query.patientId === undefined ? {} : { patientId: query.patientId }),
        ...(query.from === undefined ? {} : { from: query.from }),
        ...(query.to === undefined ? {} : { to: query.to }),
        ...(query.action === undefined ? {} : { action: query.action }),
      });
      return { status: 200, body: query.format === 'fhir' ? auditBundle(events) : events };
    },
  }),
];
