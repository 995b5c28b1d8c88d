// Admin endpoints for CDS Hooks, in the REST table (same sessions, roles and audit as /api):
// register the clinic's EHR issuers and read the override rates per card topic.
import { z } from '@hono/zod-openapi';
import { EhrIssuerSchema, registerIssuer, type EhrIssuer } from '../../cds-auth/issuers';
import { defineEndpoint, type Endpoint } from '../../http/endpoint';
import { badRequest, conflict, zodIssuesToOutcome } from '../../http/outcome';

const IssuerBody = z.strictObject({
  iss: z.string().min(1).max(150),
  jwksUrl: z.url({ protocol: /^https?$/ }).optional(),
  jwks: z
    .strictObject({
      keys: z
        .array(z.looseObject({ kty: z.enum(['RSA', 'EC']) }))
        .min(1)
        .max(20),
    })
    .optional(),
});
const SummaryQuery = z.strictObject({
  days: z.coerce.number().int().min(1).max(3650).default(90),
});

/** Admin endpoints for the CDS Hooks service. */
export const cdsAdminEndpoints: readonly Endpoint[] = [
  defineEndpoint({
    method: 'post',
    path: '/api/cds/issuers',
    summary:
      'Register an EHR allowed to call the CDS services for this clinic (its JWT iss and its JWKS URL or public keys; ES384/RS384 keys only). Write-once per iss.',
    tags: ['cds-hooks'],
    access: { kind: 'clinic', roles: ['admin'] },
    audit: 'cds.issuer.create',
    body: IssuerBody,
    sample: {
      body: {
        iss: 'https://ehr.example.org',
        jwksUrl: 'https://ehr.example.org/.well-known/jwks.json',
      },
    },
    success: { status: 201, schema: z.unknown(), description: 'Registered' },
    handler: async ({ deps, principal, body }) => {
      const parsed = EhrIssuerSchema.safeParse({ ...body, clinicId: principal!.clinicId });
      if (!parsed.success) {
        throw badRequest(zodIssuesToOutcome(parsed.error.issues));
      }
      const issuer = parsed.data as EhrIssuer;
      const result = await registerIssuer(deps.store, issuer);
      if (result === 'conflict') {
        throw conflict(
          'This iss is already registered with other settings; rotate keys through the JWKS URL or use a new iss.',
        );
      }
      return { status: 201, body: { iss: issuer.iss, clinicId: issuer.clinicId, status: result } };
    },
  }),
  defineEndpoint({
    method: 'get',
    path: '/api/cds/feedback-summary',
    summary:
      'CDS Hooks feedback per card topic: accepted, overridden, override rate and override reasons (this clinic, last N days)',
    tags: ['cds-hooks'],
    access: { kind: 'clinic', roles: ['admin'] },
    audit: 'cds.feedback.read',
    query: SummaryQuery,
    success: { status: 200, schema: z.unknown(), description: 'Rows, most overridden first' },
    handler: async ({ deps, principal, query }) => {
      const now = deps.clock();
      const from = new Date(now.getTime() - query.days * 86_400_000).toISOString();
      const to = now.toISOString();
      const topics = await deps.store.summariseCdsFeedback(principal!.clinicId, { from, to });
      return { status: 200, body: { from, to, topics } };
    },
  }),
];
