// CDS Hooks 2.0 service (https://cds-hooks.hl7.org/2.0/): discovery, the three services, feedback,
// plus admin endpoints (issuer registration, feedback summary) in the REST table.
import { evaluateBundle, type CdsCard } from '@blockade/fhir';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { z } from 'zod';
import { storedIssuers, type IssuerRegistry } from '../../cds-auth/issuers';
import { storedReplayCache, type ReplayCache } from '../../cds-auth/replay-cache';
import { createEhrJwtVerifier } from '../../cds-auth/verify-ehr-jwt';
import type { ApiDeps } from '../../http/deps';
import { mountEndpoints } from '../../http/endpoint';
import { HttpError, outcome, zodIssuesToOutcome } from '../../http/outcome';
import { cdsAdminEndpoints } from './admin';
import { cardUuid } from './card-ids';
import { authenticateEhr, type EhrAuthOptions } from './ehr-auth';
import { FeedbackBody, storeFeedback } from './feedback';
import { fillPrefetch } from './fetch-prefetch';
import { cdsServices, requiredPrefetch } from './services';

/** Settings of the CDS Hooks mount. */
export interface CdsHooksOptions {
  /** Accept calls without a JWT (BLOCKADE_CDS_ALLOW_UNSIGNED; development only). Default false. */
  readonly allowUnsigned?: boolean;
  /** Trusted EHR issuers (default: those registered in the store). */
  readonly issuers?: IssuerRegistry;
  /** jti replay cache (default: the store's `cds_jti` table). */
  readonly replay?: ReplayCache;
  /** Public origin the EHR uses, e.g. `https://blockade.example.org` (default: the request's). */
  readonly publicOrigin?: string;
  /** Timeout of each FHIR server fetch for missing prefetch (default 2500 ms). */
  readonly fetchTimeoutMs?: number;
}

const CdsRequest = z.looseObject({
  hook: z.string().min(1).max(100),
  hookInstance: z.string().min(1).max(200),
  fhirServer: z.url({ protocol: /^https?$/ }).optional(),
  fhirAuthorization: z
    .looseObject({ access_token: z.string().max(8192), token_type: z.string().max(50) })
    .nullish(),
  context: z.looseObject({
    patientId: z.string().min(1).max(200),
    userId: z.string().min(1).max(300),
  }),
  prefetch: z.record(z.string().max(100), z.unknown()).nullish(),
});

const json = async (c: Context): Promise<unknown> => {
  try {
    return (await c.req.json()) as unknown;
  } catch {
    throw new HttpError(400, outcome('invalid', 'Body must be JSON.'));
  }
};

/** Adds uuids (carrying the topic, for feedback) to cards. */
const withUuids = (cards: readonly CdsCard[]): CdsCard[] =>
  cards.map((card) => ({ uuid: cardUuid(card.source.topic?.code), ...card }));

/**
 * Builds the CDS Hooks mount for `createApp({ mounts })`.
 *
 * @param options - Development setting, issuers, replay cache, public origin, fetch timeout.
 * @returns The mount function.
 */
export function cdsHooksMount(
  options: CdsHooksOptions = {},
): (app: OpenAPIHono, deps: ApiDeps) => void {
  return (app, deps) => {
    const allowUnsigned = options.allowUnsigned ?? false;
    if (allowUnsigned) {
      deps.logger.warn(
        '!!! BLOCKADE_CDS_ALLOW_UNSIGNED is on: CDS Hooks calls without a signed JWT are accepted. Development only: never in real use. !!!',
      );
    }
    const auth: EhrAuthOptions = {
      verify: createEhrJwtVerifier({
        issuers: options.issuers ?? storedIssuers(deps.store, deps.clock),
        replay: options.replay ?? storedReplayCache(deps.store),
        clock: deps.clock,
      }),
      allowUnsigned,
      store: deps.store,
      logger: deps.logger,
    };
    const origin = (c: Context): string => options.publicOrigin ?? new URL(c.req.url).origin;
    app.use(
      '/cds-services',
      cors({
        origin: '*',
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type'],
        maxAge: 600,
      }),
    );
    app.use(
      '/cds-services/*',
      cors({
        origin: '*',
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type'],
        maxAge: 600,
      }),
    );
    app.use('/cds-services/*', bodyLimit({ maxSize: 5 * 1024 * 1024 }));

    app.get('/cds-services', (c) => {
      c.set('route', '/cds-services');
      return c.json({ services: cdsServices });
    });

    app.post('/cds-services/:id', async (c) => {
      c.set('route', '/cds-services/{id}');
      const service = cdsServices.find((s) => s.id === c.req.param('id'));
      if (service === undefined) {
        throw new HttpError(404, outcome('not-found', 'No such CDS service.'));
      }
      await authenticateEhr(c, [`${origin(c)}/cds-services/${service.id}`], auth);
      const parsed = CdsRequest.safeParse(await json(c));
      if (!parsed.success) {
        throw new HttpError(400, zodIssuesToOutcome(parsed.error.issues));
      }
      const request = parsed.data;
      if (request.hook !== service.hook) {
        throw new HttpError(
          400,
          outcome('invalid', `This service answers the ${service.hook} hook.`),
        );
      }
      const access =
        request.fhirServer === undefined
          ? undefined
          : {
              fhirServer: request.fhirServer,
              ...(request.fhirAuthorization
                ? { accessToken: request.fhirAuthorization.access_token }
                : {}),
            };
      const filled = await fillPrefetch(
        request.prefetch ?? undefined,
        service.prefetch ?? {},
        request.context,
        access,
        options.fetchTimeoutMs ?? 2500,
      );
      const missing = filled.missing.filter((key) => requiredPrefetch.includes(key));
      if (missing.length > 0) {
        throw new HttpError(
          412,
          outcome(
            'incomplete',
            `Required prefetch missing and not fetchable: ${missing.join(', ')}.`,
          ),
        );
      }
      const result = evaluateBundle(
        { ...request, prefetch: filled.prefetch },
        { now: deps.clock(), hook: service.hook },
      );
      if (!result.ok) {
        throw new HttpError(400, {
          resourceType: 'OperationOutcome',
          issue: result.issues.map((i) => ({
            severity: 'error',
            code: 'invalid',
            diagnostics: i.message,
            expression: [i.path.join('.')],
          })),
        });
      }
      return c.json({ cards: withUuids(result.value.cards) });
    });

    app.post('/cds-services/:id/feedback', async (c) => {
      c.set('route', '/cds-services/{id}/feedback');
      const service = cdsServices.find((s) => s.id === c.req.param('id'));
      if (service === undefined) {
        throw new HttpError(404, outcome('not-found', 'No such CDS service.'));
      }
      const url = `${origin(c)}/cds-services/${service.id}`;
      const caller = await authenticateEhr(c, [url, `${url}/feedback`], auth);
      const parsed = FeedbackBody.safeParse(await json(c));
      if (!parsed.success) {
        throw new HttpError(400, zodIssuesToOutcome(parsed.error.issues));
      }
      if (caller.clinicId === undefined) {
        throw new HttpError(409, outcome('conflict', 'No clinic to attribute feedback to.'));
      }
      await storeFeedback(
        deps.store,
        { clinicId: caller.clinicId, iss: caller.iss },
        service.id,
        parsed.data,
        deps.clock(),
      );
      return c.body(null, 200);
    });

    mountEndpoints(app, cdsAdminEndpoints, deps);
  };
}
