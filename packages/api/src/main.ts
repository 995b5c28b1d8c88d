// The composition root: the only file that reads the environment, opens ports and handles signals.
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { defaultWebRoot } from './static-files';

/** Starts the Blockade server; resolves once it listens. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  const app = createApp({ clock: () => new Date(), webRoot: defaultWebRoot });
  await new Promise<void>((resolveListening) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
      console.log(`Blockade is running at http://${config.host}:${config.port}`);
      resolveListening();
    });
    const shutdown = (): void => {
      server.close(() => process.exit(0));
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
