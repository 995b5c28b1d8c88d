// One declarative table entry per REST endpoint. The same entries build the router, the OpenAPI
// document and the authorization matrix test, so no route can exist without an access rule.
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { decideRole, decideScope, type Access } from '../auth/access';
import type { Principal } from '../auth/principal';
import type { AuditOutcome, Patient, User } from '@blockade/store';
import type { ApiDeps } from './deps';
import { badRequest, forbidden, notFound, unauthorized, zodIssuesToOutcome } from './outcome';
import { statusOf } from './normalize-error';
import { authenticate } from './session';

type Method = 'get' | 'post' | 'patch' | 'delete';

/** What a handler receives: parsed input, the caller and the record named in the path. */
export interface HandlerInput<P, Q, B> {
  readonly c: Context;
  readonly deps: ApiDeps;
  readonly principal: Principal | undefined;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** The patient named by `{id}` (patient routes only; already authorized). */
  readonly patient: Patient | undefined;
  /** The user named by `{userId}` (user routes only; already authorized). */
  readonly user: User | undefined;
}

/** A handler's answer: JSON with a status, or a ready Response. */
export type HandlerResult =
  { readonly status: ContentfulStatusCode; readonly body: unknown } | Response;

/** An endpoint as declared in the route table. */
export interface EndpointSpec<P, Q, B> {
  readonly method: Method;
  /** OpenAPI-style path, e.g. `/api/patients/{id}/diary`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly access: Access;
  /** Audit action, e.g. `diary.create`; set on every endpoint touching patient data. */
  readonly audit?: string;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  readonly body?: z.ZodType<B>;
  /** Success status and the response schema (documentation). */
  readonly success: {
    readonly status: 200 | 201 | 204;
    readonly schema?: z.ZodType;
    readonly description: string;
  };
  /** A valid request body/query, used by the authorization matrix and the fuzz tests. */
  readonly sample?: { readonly body?: unknown; readonly query?: Record<string, string> };
  readonly handler: (input: HandlerInput<P, Q, B>) => Promise<HandlerResult>;
}

/** A table entry with its input types erased. */
export type Endpoint = EndpointSpec<unknown, unknown, unknown>;

/**
 * Declares an endpoint (keeps the handler's input types; erases them for the table).
 *
 * @param spec - The declaration.
 * @returns The same declaration, for the route table.
 */
export function defineEndpoint<P = undefined, Q = undefined, B = undefined>(
  spec: EndpointSpec<P, Q, B>,
): Endpoint {
  return spec as unknown as Endpoint;
}

/** `/api/patients/{id}` → `/api/patients/:id` */
export const toHonoPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

const outcomeSchema = z
  .object({ resourceType: z.literal('OperationOutcome'), issue: z.array(z.unknown()) })
  .openapi('OperationOutcome');

function documentRoute(app: OpenAPIHono, e: Endpoint): void {
  const errors = {
    400: {
      description: 'Invalid input: one issue per bad field (issue.expression)',
      content: { 'application/json': { schema: outcomeSchema } },
    },
    401: {
      description: 'Not signed in or session expired',
      content: { 'application/json': { schema: outcomeSchema } },
    },
    403: {
      description: 'Role not allowed',
      content: { 'application/json': { schema: outcomeSchema } },
    },
    404: {
      description: 'Unknown id, or outside your clinic / your own record',
      content: { 'application/json': { schema: outcomeSchema } },
    },
  };
  const route = createRoute({
    method: e.method,
    path: e.path,
    summary: e.summary,
    tags: [...e.tags],
    ...(e.access.kind === 'public' ? {} : { security: [{ bearer: [] }, { cookie: [] }] }),
    request: {
      ...(e.params ? { params: e.params as z.ZodObject } : {}),
      ...(e.query ? { query: e.query as z.ZodObject } : {}),
      ...(e.body
        ? { body: { content: { 'application/json': { schema: e.body } }, required: true } }
        : {}),
    },
    responses: {
      [e.success.status]: {
        description: e.success.description,
        ...(e.success.schema
          ? { content: { 'application/json': { schema: e.success.schema } } }
          : {}),
      },
      ...errors,
    },
  });
  app.openAPIRegistry.registerPath(route);
}

async function parseBody(c: Context, schema: z.ZodType): Promise<unknown> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw badRequest(
      zodIssuesToOutcome([
        { code: 'custom', path: [], message: 'body must be JSON', input: undefined },
      ]),
    );
  }
  const parsed = await schema.safeParseAsync(raw);
  if (!parsed.success) {
    throw badRequest(zodIssuesToOutcome(parsed.error.issues));
  }
  return parsed.data;
}

function auditOutcome(status: number): AuditOutcome {
  if (status < 400) {
    return 'success';
  }
  if (status === 401 || status === 403) {
    return 'denied';
  }
  if (status === 404) {
    return 'not-found';
  }
  return status < 500 ? 'invalid' : 'error';
}

interface Resolved {
  patient: Patient | undefined;
  user: User | undefined;
}

/** Loads the record named in the path within the caller's clinic; 404 when unknown or out of reach. */
async function resolveTarget(
  e: Endpoint,
  deps: ApiDeps,
  principal: Principal,
  params: Record<string, string>,
): Promise<Resolved> {
  if (e.access.kind === 'patient') {
    const patient = await deps.store.getPatient(principal.clinicId, params.id ?? '');
    const scope = decideScope(e.access, principal, {
      clinicId: patient?.clinicId,
      patientId: patient?.id,
    });
    if (scope !== 'allow' || patient === undefined) {
      throw new ScopeError(patient?.id);
    }
    return { patient, user: undefined };
  }
  if (e.access.kind === 'user') {
    const user = await deps.store.getUser(principal.clinicId, params.userId ?? '');
    if (user === undefined) {
      throw new ScopeError(undefined);
    }
    return { patient: undefined, user };
  }
  return { patient: undefined, user: undefined };
}

/** Out of reach: carries the patient id only when it is in the caller's own clinic. */
class ScopeError extends Error {
  constructor(readonly patientId: string | undefined) {
    super('out of scope');
  }
}

/**
 * Registers every endpoint on the app (router + OpenAPI). Order per request: authenticate (401),
 * role (403), path ids and scope (404), then query and body validation (400), then the handler.
 * Endpoints with an `audit` action append one audit event per call, whatever the outcome.
 *
 * @param app - The app to register on.
 * @param endpoints - The route table.
 * @param deps - Store, clock, tokens, logger.
 */
export function mountEndpoints(
  app: OpenAPIHono,
  endpoints: readonly Endpoint[],
  deps: ApiDeps,
): void {
  for (const e of endpoints) {
    documentRoute(app, e);
    app.on(e.method.toUpperCase(), toHonoPath(e.path), async (c) => {
      c.set('route', e.path);
      const principal = await authenticate(c, deps);
      c.set('userId', principal?.userId);
      let auditPatientId: string | undefined;
      const audit = async (status: number): Promise<void> => {
        if (e.audit === undefined || principal === undefined) {
          return;
        }
        await deps.store.appendAuditEvent({
          clinicId: principal.clinicId,
          at: deps.clock().toISOString(),
          actorUserId: principal.userId,
          actorRole: principal.role,
          action: e.audit,
          ...(auditPatientId === undefined ? {} : { patientId: auditPatientId }),
          outcome: auditOutcome(status),
        });
      };
      try {
        const role = decideRole(e.access, principal);
        if (role === 401) {
          throw unauthorized();
        }
        if (role === 403) {
          throw forbidden();
        }
        const rawParams = c.req.param() as Record<string, string>;
        let params: unknown = rawParams;
        if (e.params) {
          const parsed = e.params.safeParse(rawParams);
          if (!parsed.success) {
            throw notFound();
          }
          params = parsed.data;
        }
        let target: Resolved = { patient: undefined, user: undefined };
        if (principal !== undefined) {
          try {
            target = await resolveTarget(e, deps, principal, rawParams);
          } catch (error) {
            if (error instanceof ScopeError) {
              auditPatientId = error.patientId;
              throw notFound(e.access.kind === 'user' ? 'User' : 'Patient');
            }
            throw error;
          }
        }
        auditPatientId = target.patient?.id;
        let query: unknown = undefined;
        if (e.query) {
          const parsed = e.query.safeParse(c.req.query());
          if (!parsed.success) {
            throw badRequest(zodIssuesToOutcome(parsed.error.issues, 'query'));
          }
          query = parsed.data;
        }
        const body = e.body ? await parseBody(c, e.body) : undefined;
        const result = await e.handler({
          c,
          deps,
          principal,
          params,
          query,
          body,
          patient: target.patient,
          user: target.user,
        });
        const response =
          result instanceof Response ? result : c.json(result.body as object, result.status);
        await audit(response.status);
        return response;
      } catch (error) {
        await audit(statusOf(error));
        throw error;
      }
    });
  }
}
