import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

/**
 * Logs one line per request: method, route pattern (never the concrete path, which may hold ids),
 * status, latency and user id. Nothing else: no query, body, headers or names (no PHI).
 *
 * @param logger - pino logger.
 * @param now - Monotonic milliseconds (performance.now).
 * @returns Middleware.
 */
export function requestLog(
  logger: Logger,
  now: () => number = () => performance.now(),
): MiddlewareHandler {
  return async (c, next) => {
    const started = now();
    await next();
    const ms = Math.round((now() - started) * 10) / 10;
    logger.info(
      {
        method: c.req.method,
        route: c.get('route') ?? 'static',
        status: c.res.status,
        ms,
        userId: c.get('userId'),
      },
      'request',
    );
  };
}
