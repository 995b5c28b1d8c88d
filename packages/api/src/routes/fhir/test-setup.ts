// Test helpers for the standards routes: an in-memory store with the demo clinics, an app with the
// FHIR and CDS Hooks mounts, and session tokens for any user.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { openStore, type Repository, type User } from '@blockade/store';
import { createApp, type AppDeps } from '../../app';
import { TokenService } from '../../auth/tokens';
import { seedDemo } from '../../demo/seed';

/** Fixed test time. */
export const testNow = new Date('2026-03-01T08:00:00Z');
const secret = 'test-secret-test-secret-test-secret-0123';

/** An app over a fresh in-memory store seeded with the demo clinics. */
export interface StandardsTestApp {
  readonly app: OpenAPIHono;
  readonly store: Repository;
  /** A bearer token for the user. */
  token(user: User): Promise<string>;
}

/**
 * Opens a memory store, seeds the demo and builds the app with the given mounts.
 *
 * @param mounts - Extra mounts (FHIR, CDS Hooks).
 * @returns App, store and a token maker.
 */
export async function standardsTestApp(mounts: AppDeps['mounts']): Promise<StandardsTestApp> {
  const store = await openStore({ dataDir: 'memory://' });
  await seedDemo(store, testNow);
  const clock = (): Date => testNow;
  const app = createApp({
    store,
    clock,
    webRoot: mkdtempSync(join(tmpdir(), 'blockade-web-')),
    sessionSecret: secret,
    ...(mounts === undefined ? {} : { mounts }),
  });
  const tokens = new TokenService(secret, store, 480, clock);
  return { app, store, token: async (user) => (await tokens.issue(user)).token };
}
