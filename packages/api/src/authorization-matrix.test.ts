// The authorization matrix, generated from the route tables (REST, FHIR, CDS Hooks admin; see
// authorization-matrix-routes.ts): every role × every route × every kind of target (own record,
// another patient of the same clinic, another clinic, unknown id). A route added to a table is
// tested here automatically; a route registered on the app in neither the tables nor the short
// list of routes outside role-based access fails the first test.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Access } from './auth/access';
import type { Endpoint } from './http/endpoint';
import { matrixEndpoints, routeKey, routesOutsideMatrix } from './authorization-matrix-routes';
import { cdsHooksMount } from './routes/cds-hooks/mount';
import { fhirMount } from './routes/fhir/mount';
import { call, createFixture, type Backend, type Fixture } from '../test/harness';

type ActorName = 'anonymous' | 'admin' | 'clinician' | 'patient';
type TargetName = 'own' | 'same-clinic-other' | 'other-clinic' | 'unknown' | 'none';
const actors: readonly ActorName[] = ['anonymous', 'admin', 'clinician', 'patient'];

/** Targets that make sense for a route: patient routes and user routes name a record. */
function targetsFor(access: Access): readonly TargetName[] {
  return access.kind === 'patient' || access.kind === 'user'
    ? ['own', 'same-clinic-other', 'other-clinic', 'unknown']
    : ['none'];
}

/**
 * The policy, written out independently of the implementation: what each role may do.
 * 'ok' means the request reaches the handler and succeeds (2xx).
 */
function expected(access: Access, actor: ActorName, target: TargetName): 'ok' | 401 | 403 | 404 {
  if (access.kind === 'public') {
    return 'ok';
  }
  if (actor === 'anonymous') {
    return 401;
  }
  const inClinic = target === 'own' || target === 'same-clinic-other';
  switch (access.kind) {
    case 'signed-in':
      return 'ok';
    case 'clinic':
      return access.roles.includes(actor) ? 'ok' : 403;
    case 'user':
      return !access.roles.includes(actor) ? 403 : inClinic ? 'ok' : 404;
    case 'patient':
      if (actor === 'admin') {
        return 403;
      }
      if (actor === 'clinician') {
        return !access.clinician ? 403 : inClinic ? 'ok' : 404;
      }
      return !access.self ? 403 : target === 'own' ? 'ok' : 404;
  }
}

function targetId(f: Fixture, access: Access, target: TargetName): string {
  const user = access.kind === 'user';
  switch (target) {
    case 'own':
      return user ? f.a.patient.userId : f.a.patient.patientId!;
    case 'same-clinic-other':
      return user ? f.a.clinician.userId : f.a.otherPatientId;
    case 'other-clinic':
      return user ? f.b.clinician.userId : f.b.patient.patientId!;
    case 'unknown':
      return randomUUID();
    case 'none':
      return '';
  }
}

function requestFor(f: Fixture, e: Endpoint, target: TargetName): { path: string; body: unknown } {
  const id = targetId(f, e.access, target);
  let path = e.path.replace('{id}', id).replace('{userId}', id);
  if (e.sample?.query !== undefined) {
    path += `?${new URLSearchParams(e.sample.query).toString()}`;
  }
  let body = e.sample?.body;
  if (e.path === '/api/auth/login') {
    body = { email: 'clinician@a.test', password: f.password };
  }
  if (e.path === '/api/users' && e.method === 'post') {
    body = { ...(body as object), email: `u${randomUUID().slice(0, 8)}@a.test` };
  }
  return { path, body: e.method === 'get' ? undefined : (body ?? {}) };
}

async function freshToken(f: Fixture, email: string): Promise<string> {
  const res = await call(f.app, 'POST', '/api/auth/login', undefined, {
    email,
    password: f.password,
  });
  return ((await res.json()) as { token: string }).token;
}

const cases = matrixEndpoints.flatMap((e) =>
  actors.flatMap((actor) => targetsFor(e.access).map((target) => ({ e, actor, target }))),
);

describe.each<Backend>(['pglite', 'postgres'])('authorization matrix on %s', (backend) => {
  let f: Fixture;
  beforeAll(async () => {
    // A clock that moves 1 ms per reading, so "newest audit event" is well defined.
    let tick = Date.parse('2026-03-01T08:00:00Z');
    f = await createFixture(backend, inject('postgresUrl'), {
      clock: () => new Date(tick++),
      mounts: [fhirMount, cdsHooksMount()],
    });
  });
  afterAll(async () => {
    await f?.close();
  });

  test('every route registered on the app is in the matrix tables (and documented) or listed as outside role-based access', async () => {
    const table = new Set(matrixEndpoints.map(routeKey));
    expect(table.size).toBe(matrixEndpoints.length);
    const registered = f.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`);
    expect(new Set(registered.filter((r) => !(r in routesOutsideMatrix)))).toEqual(table);
    expect(new Set(registered.filter((r) => r in routesOutsideMatrix))).toEqual(
      new Set(Object.keys(routesOutsideMatrix)),
    );
    for (const prefix of ['/api/', '/fhir/R4']) {
      expect(registered.some((r) => r.split(' ')[1]!.startsWith(prefix))).toBe(true);
    }
    const doc = (await (await f.app.request('/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(new Set(documented)).toEqual(table);
  });

  test(`${cases.length} cases: role × route × target give the policy's status, and audited routes log every call`, async () => {
    const failures: string[] = [];
    for (const { e, actor, target } of cases) {
      // Logout revokes the token it is called with, so it gets a fresh session of its own.
      const token =
        actor === 'anonymous'
          ? undefined
          : e.path === '/api/auth/logout'
            ? await freshToken(f, `${actor}@a.test`)
            : f.a[actor].token;
      const { path, body } = requestFor(f, e, target);
      const res = await call(f.app, e.method.toUpperCase(), path, token, body);
      const want = expected(e.access, actor, target);
      const ok = want === 'ok' ? res.status >= 200 && res.status < 300 : res.status === want;
      if (!ok) {
        failures.push(
          `${actor} ${e.method.toUpperCase()} ${e.path} [${target}]: got ${res.status}, want ${want} ${await res.text()}`,
        );
        continue;
      }
      if (want === 404 || want === 403) {
        const text = await res.text();
        if (/One[AB]|Two[AB]/.test(text)) {
          failures.push(
            `${actor} ${e.method.toUpperCase()} ${e.path} [${target}]: denial leaks patient data`,
          );
        }
      }
      if (e.audit !== undefined && actor !== 'anonymous') {
        const [last] = await f.store.listAuditEvents(f.a.admin.clinicId, { limit: 1 });
        const outcome = want === 'ok' ? 'success' : want === 404 ? 'not-found' : 'denied';
        if (
          last?.action !== e.audit ||
          last.outcome !== outcome ||
          last.actorUserId !== f.a[actor].userId
        ) {
          failures.push(
            `${actor} ${e.method.toUpperCase()} ${e.path} [${target}]: audit ${JSON.stringify(last)} (want ${e.audit}/${outcome})`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThan(300);
  }, 300_000);
});
