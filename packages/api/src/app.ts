import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { webAppHandler } from './static-files';

/** What the HTTP app needs from the outside world (composition root: main.ts). */
export interface AppDeps {
  /** Current time; injected so tests can fix it. */
  readonly clock: () => Date;
  /** Directory of the built web app. */
  readonly webRoot: string;
}

/**
 * Builds the HTTP app. Does not listen: tests call `app.request()` directly.
 *
 * @param deps - Clock, storage and other dependencies.
 * @returns The Hono app.
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', secureHeaders());
  app.get('/healthz', (c) => c.json({ status: 'ok', time: deps.clock().toISOString() }));
  app.get('*', webAppHandler(deps.webRoot));
  return app;
}
