// Behaviour of the REST API against both databases: sessions, throttling, validation, audit,
// engine-backed endpoints and the privacy of logs.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { call, createFixture, testNow, type Backend, type Fixture } from '../test/harness';

describe.each<Backend>(['pglite', 'postgres'])('REST API on %s', (backend) => {
  let f: Fixture;
  let nowMs = testNow.getTime();
  const logLines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    f = await createFixture(backend, inject('postgresUrl'), {
      clock: () => new Date(nowMs++),
      sessionMinutes: 60,
      logger: pino({ level: 'info' }, sink),
      clientAddress: (c) => c.req.header('x-test-address') ?? 'unknown',
    });
  });
  afterAll(async () => {
    await f?.close();
  });

  const login = (email: string, password: string, address = '10.0.0.1'): Promise<Response> =>
    Promise.resolve(
      f.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-address': address },
        body: JSON.stringify({ email, password }),
      }),
    );

  test('login sets an HttpOnly, SameSite=Strict cookie that authenticates; logout revokes it', async () => {
    const res = await login('clinician@a.test', f.password);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/blockade_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = cookie.split(';')[0]!;
    const me = await f.app.request('/api/me', { headers: { cookie: session } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ role: 'clinician', email: 'clinician@a.test' });
    const out = await f.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: session },
    });
    expect(out.status).toBe(204);
    expect((await f.app.request('/api/me', { headers: { cookie: session } })).status).toBe(401);
  });

  test('unknown account and wrong password give the same 401', async () => {
    const a = await login('nobody@a.test', 'whatever', '10.3.0.1');
    const b = await login('clinician@a.test', 'whatever', '10.3.0.2');
    expect(a.status).toBe(401);
    expect(await a.json()).toEqual(await b.json());
  });

  test('validation errors: 400 OperationOutcome with one issue per bad field', async () => {
    const res = await call(
      f.app,
      'POST',
      `/api/patients/${f.a.patient.patientId}/diary`,
      f.a.patient.token,
      {
        date: '2026-02-30',
        standardDrinks: -2,
        colour: 'blue',
      },
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { resourceType: string; issue: { expression: string[] }[] };
    expect(body.resourceType).toBe('OperationOutcome');
    expect(body.issue.map((i) => i.expression[0]).sort()).toEqual([
      'colour',
      'date',
      'standardDrinks',
    ]);
    const q = await call(
      f.app,
      'POST',
      `/api/patients/${f.a.patient.patientId}/questionnaires`,
      f.a.patient.token,
      {
        instrument: 'phq-9',
        at: '2026-02-28T10:00:00Z',
        answers: [0, 1, 2, 3, 4, 0, 0, 0, 0],
      },
    );
    expect(q.status).toBe(400);
    expect(JSON.stringify(await q.json())).toContain('answers[4]');
    const notJson = await call(
      f.app,
      'POST',
      `/api/patients/${f.a.patient.patientId}/diary`,
      f.a.patient.token,
      '{oops',
    );
    expect(notJson.status).toBe(400);
  });

  test('a patient writes their diary (heavy day from the sex threshold) and questionnaires come back scored', async () => {
    const d = await call(
      f.app,
      'POST',
      `/api/patients/${f.a.patient.patientId}/diary`,
      f.a.patient.token,
      { date: '2026-02-27', standardDrinks: 4 },
    );
    expect(d.status).toBe(201);
    expect(await d.json()).toMatchObject({
      date: '2026-02-27',
      standardDrinks: 4,
      heavyDrinkingDay: true,
    });
    const q = await call(
      f.app,
      'POST',
      `/api/patients/${f.a.patient.patientId}/questionnaires`,
      f.a.patient.token,
      {
        instrument: 'phq-9',
        at: '2026-02-28T10:00:00Z',
        answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
      },
    );
    expect(q.status).toBe(201);
    const scored = (await q.json()) as {
      total: number;
      score: { total: number; flags: { code: string }[] };
    };
    expect(scored.score.total).toBe(9);
    expect(scored.score.flags.map((x) => x.code)).toContain('suicidality-risk');
  });

  test('blockade: labelled estimate from the real doses, 30 days back and 30 projected, with a 5-95% band', async () => {
    const res = await call(
      f.app,
      'GET',
      `/api/patients/${f.a.patient.patientId}/blockade`,
      f.a.clinician.token,
    );
    expect(res.status).toBe(200);
    const b = (await res.json()) as {
      estimate: boolean;
      note: string;
      points: {
        phase: string;
        muOccupancy: number;
        muOccupancyP5: number;
        muOccupancyP95: number;
      }[];
    };
    expect(b.estimate).toBe(true);
    expect(b.note).toMatch(/estimate/i);
    expect(b.points.some((p) => p.phase === 'past')).toBe(true);
    expect(b.points.some((p) => p.phase === 'projected')).toBe(true);
    const withBand = b.points.filter((p) => p.muOccupancy > 0);
    expect(withBand.length).toBeGreaterThan(0);
    for (const p of withBand) {
      expect(p.muOccupancyP5).toBeLessThanOrEqual(p.muOccupancyP95);
    }
  });

  test('cards, outcomes and the coverage worklist answer for the clinician', async () => {
    const cards = await call(
      f.app,
      'GET',
      `/api/patients/${f.a.patient.patientId}/cards`,
      f.a.clinician.token,
    );
    expect(cards.status).toBe(200);
    expect(Array.isArray(((await cards.json()) as { cards: unknown[] }).cards)).toBe(true);
    const outcomes = await call(
      f.app,
      'GET',
      `/api/patients/${f.a.patient.patientId}/outcomes`,
      f.a.clinician.token,
    );
    expect(outcomes.status).toBe(200);
    expect(await outcomes.json()).toMatchObject({ days: 84, heavyDrinkingDays: 1 });
    const cov = (await (
      await call(f.app, 'GET', '/api/clinic/coverage', f.a.clinician.token)
    ).json()) as { rows: { patientId: string; riskScore: number; flags: { code: string }[] }[] };
    expect(cov.rows.map((r) => r.patientId).sort()).toEqual(
      [f.a.patient.patientId, f.a.otherPatientId].sort(),
    );
    expect(cov.rows[0]!.patientId).toBe(f.a.patient.patientId); // PHQ-9 item 9 positive ranks first
    expect(cov.rows[0]!.flags.map((x) => x.code)).toContain('phq9-item9-positive');
  });

  test('audit: every access is recorded; ?format=fhir gives a Bundle of AuditEvent', async () => {
    const json = (await (await call(f.app, 'GET', '/api/audit', f.a.admin.token)).json()) as {
      action: string;
      outcome: string;
    }[];
    expect(json.some((e) => e.action === 'diary.create' && e.outcome === 'success')).toBe(true);
    expect(json.some((e) => e.action === 'diary.create' && e.outcome === 'invalid')).toBe(true);
    const fhir = (await (
      await call(f.app, 'GET', '/api/audit?format=fhir', f.a.admin.token)
    ).json()) as {
      resourceType: string;
      entry: { resource: { resourceType: string; outcome: string } }[];
    };
    expect(fhir.resourceType).toBe('Bundle');
    expect(fhir.entry[0]!.resource.resourceType).toBe('AuditEvent');
    const bad = await call(f.app, 'GET', '/api/audit?format=xml', f.a.admin.token);
    expect(bad.status).toBe(400);
  });

  test('audit filters: an action group, a time window, and bad filters named in a 400', async () => {
    const diary = (await (
      await call(f.app, 'GET', '/api/audit?action=diary', f.a.admin.token)
    ).json()) as { action: string; at: string }[];
    expect(diary.length).toBeGreaterThan(0);
    expect(diary.every((e) => e.action.startsWith('diary.'))).toBe(true);
    const exact = (await (
      await call(f.app, 'GET', '/api/audit?action=diary.create', f.a.admin.token)
    ).json()) as { action: string }[];
    expect(exact.every((e) => e.action === 'diary.create')).toBe(true);
    const future = (await (
      await call(f.app, 'GET', '/api/audit?from=2999-01-01T00:00:00Z', f.a.admin.token)
    ).json()) as unknown[];
    expect(future).toEqual([]);
    const newest = diary[0]!.at;
    const upTo = (await (
      await call(
        f.app,
        'GET',
        `/api/audit?action=diary&to=${encodeURIComponent(newest)}`,
        f.a.admin.token,
      )
    ).json()) as { at: string }[];
    expect(upTo.every((e) => Date.parse(e.at) < Date.parse(newest))).toBe(true);
    expect(upTo.length).toBeLessThan(diary.length);
    const bad = await call(
      f.app,
      'GET',
      '/api/audit?from=yesterday&action=DROP%20TABLE',
      f.a.admin.token,
    );
    expect(bad.status).toBe(400);
    const outcome = JSON.stringify(await bad.json());
    expect(outcome).toContain('from');
    expect(outcome).toContain('action');
  });

  test('an admin manages users: a deactivated user is signed out at once', async () => {
    const created = await call(f.app, 'POST', '/api/users', f.a.admin.token, {
      email: 'temp@a.test',
      displayName: 'Temp',
      role: 'clinician',
      password: 'temporary password 1',
    });
    expect(created.status).toBe(201);
    const user = (await created.json()) as { id: string; passwordHash?: string };
    expect(user.passwordHash).toBeUndefined();
    const dup = await call(f.app, 'POST', '/api/users', f.a.admin.token, {
      email: 'temp@a.test',
      displayName: 'Temp',
      role: 'clinician',
      password: 'temporary password 1',
    });
    expect(dup.status).toBe(409);
    const { token } = (await (
      await login('temp@a.test', 'temporary password 1', '10.4.0.1')
    ).json()) as { token: string };
    expect((await call(f.app, 'GET', '/api/patients', token)).status).toBe(200);
    expect(
      (await call(f.app, 'PATCH', `/api/users/${user.id}`, f.a.admin.token, { active: false }))
        .status,
    ).toBe(200);
    expect((await call(f.app, 'GET', '/api/patients', token)).status).toBe(401);
  });

  test('logs hold method, route pattern, status, latency and user id, and no PHI', async () => {
    await call(f.app, 'POST', `/api/patients/${f.a.patient.patientId}/notes`, f.a.clinician.token, {
      text: 'Secret note about Zebediah',
    });
    const all = logLines.join('\n');
    expect(all).toContain('/api/patients/{id}/notes');
    expect(all).not.toContain(f.a.patient.patientId!);
    expect(all).not.toMatch(/Zebediah|OneA|TwoA|clinician@a\.test|wrong password/);
    const line = JSON.parse(logLines.at(-1)!) as Record<string, unknown>;
    expect(Object.keys(line).sort()).toEqual(
      expect.arrayContaining(['method', 'route', 'status', 'ms', 'userId']),
    );
  });

  test('5 failed logins for one account → 429 with Retry-After, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login('patient@b.test', 'wrong password', `10.1.0.${i}`)).status).toBe(401);
    }
    const blocked = await login('patient@b.test', f.password, '10.1.0.99');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    nowMs += 16 * 60_000;
    expect((await login('patient@b.test', f.password, '10.1.0.99')).status).toBe(200);
  });

  test('20 failed logins from one address → 429 for any account from it', async () => {
    for (let i = 0; i < 20; i++) {
      await login(`nobody${i}@x.test`, 'wrong password', '10.2.0.1');
    }
    expect((await login('admin@b.test', f.password, '10.2.0.1')).status).toBe(429);
    expect((await login('admin@b.test', f.password, '10.2.0.2')).status).toBe(200);
  });

  test('sessions expire after sessionMinutes; forged tokens are refused', async () => {
    const { token } = (await (await login('admin@a.test', f.password)).json()) as { token: string };
    expect((await call(f.app, 'GET', '/api/me', token)).status).toBe(200);
    nowMs += 61 * 60_000;
    expect((await call(f.app, 'GET', '/api/me', token)).status).toBe(401);
    const [h, p] = token.split('.');
    expect((await call(f.app, 'GET', '/api/me', `${h}.${p}.AAAA`)).status).toBe(401);
    expect((await call(f.app, 'GET', '/api/me', 'not-a-token')).status).toBe(401);
  });
});
