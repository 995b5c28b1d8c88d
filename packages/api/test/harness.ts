// Test harness: an app over a real store (PGlite in memory, or a private PostgreSQL database),
// two clinics with an admin, a clinician and two patients each, and signed-in tokens for everyone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { openStore, type Repository } from '@blockade/store';
import { createTestDatabase } from '@blockade/testkit';
import { createApp, type AppDeps } from '../src/app';
import { hashPassword } from '../src/auth/password';

export type Backend = 'pglite' | 'postgres';

/** A person in the fixture: their ids and a valid bearer token. */
export interface Actor {
  readonly userId: string;
  readonly clinicId: string;
  readonly patientId?: string;
  readonly token: string;
}

/** Two clinics (A, B), each with an admin, a clinician and patients p1, p2 (p1 has a login). */
export interface Fixture {
  readonly app: OpenAPIHono;
  readonly store: Repository;
  readonly now: Date;
  readonly a: { admin: Actor; clinician: Actor; patient: Actor; otherPatientId: string };
  readonly b: { admin: Actor; clinician: Actor; patient: Actor; otherPatientId: string };
  readonly password: string;
  close(): Promise<void>;
}

const webRoot = mkdtempSync(join(tmpdir(), 'blockade-web-'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Blockade</title>');

/** A fixed clock for tests. */
export const testNow = new Date('2026-03-01T08:00:00Z');
const password = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/**
 * Opens a store on the chosen backend.
 *
 * @param backend - `pglite` (in memory) or `postgres` (a fresh database on the test server).
 * @param postgresUrl - The test server's URL (from `inject('postgresUrl')`).
 * @returns The store and a cleanup function.
 */
export async function openTestStore(
  backend: Backend,
  postgresUrl?: string,
): Promise<{ store: Repository; drop: () => Promise<void> }> {
  if (backend === 'pglite') {
    const store = await openStore({ dataDir: 'memory://' });
    return { store, drop: () => store.close() };
  }
  const db = await createTestDatabase(postgresUrl!);
  const store = await openStore({ databaseUrl: db.url, poolSize: 4 });
  return {
    store,
    drop: async () => {
      await store.close();
      await db.drop();
    },
  };
}

async function signIn(app: OpenAPIHono, email: string): Promise<string> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) {
    throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  }
  return ((await res.json()) as { token: string }).token;
}

/**
 * Builds the two-clinic fixture.
 *
 * @param backend - Which database.
 * @param postgresUrl - Test server URL for `postgres`.
 * @param overrides - Extra app deps.
 * @returns The fixture.
 */
export async function createFixture(
  backend: Backend,
  postgresUrl?: string,
  overrides: Partial<AppDeps> = {},
): Promise<Fixture> {
  const { store, drop } = await openTestStore(backend, postgresUrl);
  passwordHash ??= hashPassword(password);
  const hash = await passwordHash;
  const app = createApp({
    store,
    clock: () => testNow,
    webRoot,
    sessionSecret: 'x'.repeat(64),
    ...overrides,
  });
  const clinic = async (tag: string): Promise<Fixture['a']> => {
    const c = await store.createClinic({ name: `Clinic ${tag}`, timeZone: 'UTC' });
    const clinicId = c.id;
    const p1 = await store.createPatient({
      clinicId,
      givenName: 'Pat',
      familyName: `One${tag}`,
      timeZone: 'UTC',
      sex: 'female',
    });
    const p2 = await store.createPatient({
      clinicId,
      givenName: 'Pat',
      familyName: `Two${tag}`,
      timeZone: 'UTC',
    });
    await store.createTreatmentPlan({
      clinicId,
      patientId: p1.id,
      indication: 'alcohol-use-disorder',
      form: 'oral-tablet',
      regimen: 'daily',
      doseMg: 50,
      intervalHours: 24,
      goal: 'moderation',
      startDate: '2026-02-01',
    });
    await store.addDoseEvent({
      clinicId,
      patientId: p1.id,
      status: 'taken',
      at: '2026-02-28T08:00:00.000Z',
      amountMg: 50,
      form: 'oral-tablet',
    });
    const mk = async (
      role: 'admin' | 'clinician' | 'patient',
      patientId?: string,
    ): Promise<Actor> => {
      const email = `${role}@${tag.toLowerCase()}.test`;
      const u = await store.createUser({
        clinicId,
        email,
        displayName: `${role} ${tag}`,
        role,
        passwordHash: hash,
        ...(patientId === undefined ? {} : { patientId }),
      });
      return {
        userId: u.id,
        clinicId,
        ...(patientId === undefined ? {} : { patientId }),
        token: await signIn(app, email),
      };
    };
    return {
      admin: await mk('admin'),
      clinician: await mk('clinician'),
      patient: await mk('patient', p1.id),
      otherPatientId: p2.id,
    };
  };
  const a = await clinic('A');
  const b = await clinic('B');
  return { app, store, now: testNow, a, b, password, close: drop };
}

/**
 * Sends a JSON request with a bearer token.
 *
 * @param app - The app.
 * @param method - HTTP method.
 * @param path - Path with query.
 * @param token - Bearer token, or undefined for none.
 * @param body - JSON body (or a raw string).
 * @returns The response.
 */
export function call(
  app: OpenAPIHono,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token !== undefined) {
    headers.authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  return Promise.resolve(
    app.request(path, {
      method,
      headers,
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    }),
  );
}
