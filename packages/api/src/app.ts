import { getConnInfo } from '@hono/node-server/conninfo';
import { swaggerUI } from '@hono/swagger-ui';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Repository } from '@blockade/store';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { secureHeaders } from 'hono/secure-headers';
import pino, { type Logger } from 'pino';
import { LoginThrottle, type ThrottleLimits } from './auth/throttle';
import { TokenService } from './auth/tokens';
import type { ApiDeps } from './http/deps';
import { mountEndpoints } from './http/endpoint';
import { normalizeError } from './http/normalize-error';
import { outcome } from './http/outcome';
import { requestLog } from './http/request-log';
import { restEndpoints } from './routes/rest';
import { webAppHandler } from './static-files';

/** What the HTTP app needs from the outside world (composition root: main.ts). */
export interface AppDeps {
  readonly store: Repository;
  /** Current time; injected so tests can fix it. */
  readonly clock: () => Date;
  /** Directory of the built web app. */
  readonly webRoot: string;
  /** HS256 signing secret, ≥ 32 characters (see `resolveSessionSecret`). */
  readonly sessionSecret: string;
  /** Session lifetime in minutes (default 480). */
  readonly sessionMinutes?: number;
  /** Logger (default: silent). */
  readonly logger?: Logger;
  /** Mark the session cookie `Secure` (set when served behind HTTPS; default false). */
  readonly secureCookies?: boolean;
  /** Login throttling limits (defaults: 5 per account, 20 per address, per 15 minutes). */
  readonly throttle?: Partial<ThrottleLimits>;
  /** The client's address for login throttling (default: the TCP peer; override behind a trusted proxy). */
  readonly clientAddress?: (c: Context) => string;
  /**
   * Extra routers mounted before the web app's catch-all, e.g. FHIR (`/fhir/R4`) and CDS Hooks
   * (`/cds-services`). Each gets the app and the shared deps (store, tokens, clock, logger).
   */
  readonly mounts?: readonly ((app: OpenAPIHono, deps: ApiDeps) => void)[];
}

/** The connection's remote address (node server), or `unknown` in-process. */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const webCsp = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Builds the HTTP app: REST under /api (OpenAPI 3.1 at /openapi.json, browsable at /docs),
 * /healthz, extra mounts, then the web app. Does not listen: tests call `app.request()`.
 *
 * @param deps - Store, clock, secret and other dependencies.
 * @returns The app.
 */
export function createApp(deps: AppDeps): OpenAPIHono {
  const logger = deps.logger ?? pino({ level: 'silent' });
  const apiDeps: ApiDeps = {
    store: deps.store,
    clock: deps.clock,
    logger,
    tokens: new TokenService(
      deps.sessionSecret,
      deps.store,
      deps.sessionMinutes ?? 480,
      deps.clock,
    ),
    throttle: new LoginThrottle(() => deps.clock().getTime(), deps.throttle),
    secureCookies: deps.secureCookies ?? false,
    clientAddress: deps.clientAddress ?? clientAddress,
  };
  const app = new OpenAPIHono();
  app.use('*', requestLog(logger));
  app.use('/docs', secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.use('*', except('/docs', secureHeaders({ contentSecurityPolicy: webCsp })));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: (c) => c.json(outcome('too-costly', 'Request body larger than 64 KiB.'), 413),
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.get('/healthz', (c) => {
    c.set('route', '/healthz');
    return c.json({ status: 'ok', time: deps.clock().toISOString() });
  });
  mountEndpoints(app, restEndpoints, apiDeps);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'blockade_session',
  });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Blockade API',
      version: '0.1.0',
      description:
        'Treatment records for naltrexone care. Model outputs (plasma levels, receptor occupancy) are estimates, not measurements. Errors are FHIR OperationOutcome.',
    },
  });
  app.get('/docs', swaggerUI({ url: '/openapi.json' }));
  for (const mount of deps.mounts ?? []) {
    mount(app, apiDeps);
  }
  app.all('/api/*', (c) => c.json(outcome('not-found', 'No such API route.'), 404));
  app.get('*', webAppHandler(deps.webRoot));
  app.notFound((c) => c.json(outcome('not-found', 'Not found.'), 404));
  app.onError((error, c) => {
    const { status, outcome: body, expected } = normalizeError(error);
    if (!expected) {
      // Log the error's kind and stack frames only: messages from drivers can quote submitted values.
      const stack = error.stack?.split('\n').slice(1, 8).join('\n');
      logger.error(
        {
          route: c.get('route'),
          errorName: error.name,
          errorCode: (error as { code?: unknown }).code,
          stack,
        },
        'unhandled error',
      );
    }
    return c.json(body, status);
  });
  return app;
}
