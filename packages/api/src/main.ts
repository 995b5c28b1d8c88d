// The composition root: the only file that reads the environment, opens ports and handles signals.
import { serve } from '@hono/node-server';
import { openStore, StoreLockedError, type Repository } from '@blockade/store';
import pino from 'pino';
import { createApp } from './app';
import { resolveSessionSecret } from './auth/tokens';
import { ConfigError, loadConfig } from './config';
import { demoPassword, seedDemo, type DemoLogin } from './demo/seed';
import { cdsHooksMount } from './routes/cds-hooks/mount';
import { fhirMount } from './routes/fhir/mount';
import { defaultWebRoot } from './static-files';

function banner(url: string, logins: readonly DemoLogin[], demo: boolean): string {
  const lines = [`Blockade is running at ${url}  (API docs: ${url}/docs)`];
  if (logins.length > 0) {
    lines.push(
      '',
      `Demo data seeded (fictional). Every demo login uses the password: ${demoPassword}`,
    );
    for (const l of logins) {
      lines.push(`  ${l.role.padEnd(9)} ${l.email.padEnd(30)} ${l.who}`);
    }
  }
  if (demo) {
    lines.push(
      '',
      'Demo mode is on (BLOCKADE_DEMO=1). In real use set BLOCKADE_DEMO=0 and use your own accounts.',
    );
  }
  return lines.join('\n');
}

/**
 * Starts the Blockade server; resolves once it listens.
 *
 * @param env - The environment (default `process.env`).
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  const logger = pino({ level: config.logLevel, base: null });
  let store: Repository;
  try {
    store = await openStore({
      ...(config.databaseUrl === undefined
        ? { dataDir: config.dataDir }
        : { databaseUrl: config.databaseUrl }),
    });
  } catch (error) {
    if (error instanceof StoreLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const now = new Date();
  const logins = config.demo ? await seedDemo(store, now) : [];
  const sessionSecret = await resolveSessionSecret(store, config.sessionSecret);
  const app = createApp({
    store,
    clock: () => new Date(),
    webRoot: defaultWebRoot,
    sessionSecret,
    sessionMinutes: config.sessionMinutes,
    logger,
    mounts: [fhirMount, cdsHooksMount({ allowUnsigned: config.cdsAllowUnsigned })],
  });
  await new Promise<void>((resolveListening) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
      console.log(banner(`http://${config.host}:${config.port}`, logins, config.demo));
      resolveListening();
    });
    const shutdown = (): void => {
      server.close(() => {
        void store.close().finally(() => process.exit(0));
      });
      setTimeout(() => process.exit(0), 5000).unref();
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
