// Property-based fuzzing of every write endpoint in the route table with malformed and hostile
// input: the server never answers 5xx, and a refused request stores nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Endpoint } from './http/endpoint';
import { restEndpoints } from './routes/rest';
import { call, createFixture, type Backend, type Fixture } from '../test/harness';

const writes = restEndpoints.filter((e) => e.method !== 'get');

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "'; DROP TABLE patients; --",
    '<script>alert(1)</script>',
    '\u0000',
    '\ud800',
    '../../etc/passwd',
    '1e309',
    'NaN',
    '-0',
    '2026-02-30',
    '2026-03-01T25:00:00Z',
    'x'.repeat(70_000),
  ),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -1, 0.1 + 0.2),
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 30 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);

/** Bodies: the valid sample with one or more fields replaced or removed, extra keys, or junk. */
function bodies(e: Endpoint): fc.Arbitrary<unknown> {
  const sample = (e.sample?.body ?? {}) as Record<string, unknown>;
  const keys = Object.keys(sample);
  const mutated = fc
    .record({
      replace: fc.dictionary(
        keys.length > 0 ? fc.constantFrom(...keys) : fc.string(),
        hostileValue,
        { maxKeys: 3 },
      ),
      drop: fc.subarray(keys),
      extra: fc.dictionary(
        fc.constantFrom('__proto__', 'constructor', 'clinicId', 'patientId', 'id', 'role', 'x'),
        hostileValue,
        { maxKeys: 2 },
      ),
    })
    .map(({ replace, drop, extra }) => {
      const out: Record<string, unknown> = { ...sample, ...replace };
      for (const k of drop) {
        delete out[k];
      }
      for (const [k, v] of Object.entries(extra)) {
        Object.defineProperty(out, k, {
          value: v,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return out;
    });
  return fc.oneof(
    mutated,
    fc.jsonValue(),
    hostileString.map((s) => ({ raw: s })),
  );
}

describe.each<Backend>(['pglite', 'postgres'])(
  'write endpoints under hostile input on %s',
  (backend) => {
    let f: Fixture;
    beforeAll(async () => {
      f = await createFixture(backend, inject('postgresUrl'));
    });
    afterAll(async () => {
      await f?.close();
    });

    /** A fingerprint of everything stored that a write could change. */
    async function snapshot(): Promise<string> {
      const h = await f.store.getPatientHistory(f.a.clinician.clinicId, f.a.patient.patientId!);
      const users = await f.store.listUsers(f.a.admin.clinicId);
      const patients = await f.store.listPatients(f.a.admin.clinicId);
      return JSON.stringify({
        h,
        users: users.map((u) => [u.id, u.displayName, u.active, u.passwordHash]),
        patients: patients.length,
      });
    }

    test.each(writes.map((e) => [`${e.method.toUpperCase()} ${e.path}`, e] as const))(
      '%s: no 5xx; refused requests store nothing',
      async (_name, e) => {
        const actor =
          e.access.kind === 'clinic' &&
          e.access.roles.includes('admin') &&
          !e.access.roles.includes('clinician')
            ? f.a.admin
            : e.access.kind === 'user'
              ? f.a.admin
              : f.a.clinician;
        const path = e.path
          .replace('{id}', f.a.patient.patientId!)
          .replace('{userId}', f.a.clinician.userId);
        await fc.assert(
          fc.asyncProperty(bodies(e), async (body) => {
            const before = await snapshot();
            const raw =
              typeof body === 'object' && body !== null && 'raw' in body
                ? (body as { raw: string }).raw
                : JSON.stringify(body);
            const res = await call(
              f.app,
              e.method.toUpperCase(),
              path,
              e.path === '/api/auth/logout' ? undefined : actor.token,
              raw,
            );
            expect(res.status, `${res.status} for ${raw.slice(0, 200)}`).toBeLessThan(500);
            const text = await res.text();
            expect(text).not.toMatch(/at .+\.ts:\d+|stack/i);
            if (res.status >= 400) {
              expect(await snapshot()).toBe(before);
            }
          }),
          { numRuns: 25, seed: 20260301 },
        );
      },
      120_000,
    );

    test('malformed percent-encoding in any path is a 4xx, never a 5xx', async () => {
      for (const path of [
        '/api/patients/%E0%A4%A',
        '/%E0%A4%A',
        '/assets/%ff.js',
        '/api/patients/%00',
      ]) {
        const res = await call(f.app, 'GET', path, f.a.clinician.token);
        expect(res.status, path).toBeLessThan(500);
      }
    });

    test('path ids: any string is a 404 or a success, never a 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(hostileString, async (id) => {
          const res = await call(
            f.app,
            'GET',
            `/api/patients/${encodeURIComponent(id.replace(/[\ud800-\udfff]/g, '?'))}`,
            f.a.clinician.token,
          );
          expect([200, 404]).toContain(res.status);
        }),
        { numRuns: 50, seed: 7 },
      );
    }, 120_000);
  },
);
