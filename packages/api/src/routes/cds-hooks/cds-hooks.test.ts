import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { SignJWT, base64url } from 'jose';
import type { User } from '@blockade/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTestEhr, signEhrJwt, type TestEhr } from '../../cds-auth/test-keys';
import { standardsTestApp, testNow, type StandardsTestApp } from '../fhir/test-setup';
import { cdsHooksMount } from './mount';
import { sampleCdsRequest } from './sample-request';

const base = 'http://localhost';
const signUrl = `${base}/cds-services/blockade-order-sign`;
const viewUrl = `${base}/cds-services/blockade-patient-view`;
const nowS = Math.floor(testNow.getTime() / 1000);
let t: StandardsTestApp;
let dev: StandardsTestApp;
let ehr: TestEhr;
let admin: User;
let clinician: User;

interface Card {
  uuid: string;
  summary: string;
  indicator: string;
  source: { topic: { code: string } };
}

beforeAll(async () => {
  [t, dev, ehr] = await Promise.all([
    standardsTestApp([cdsHooksMount()]),
    standardsTestApp([cdsHooksMount({ allowUnsigned: true })]),
    makeTestEhr('https://ehr.example.org'),
  ]);
  const clinicId = (await t.store.listClinics())[0]!.id;
  const users = await t.store.listUsers(clinicId);
  admin = users.find((u) => u.role === 'admin')!;
  clinician = users.find((u) => u.role === 'clinician')!;
  const res = await t.app.request('/api/cds/issuers', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await t.token(admin)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ iss: ehr.iss, jwks: { keys: [ehr.publicJwk] } }),
  });
  expect(res.status).toBe(201);
});
afterAll(async () => {
  await Promise.all([t.store.close(), dev.store.close()]);
});

async function call(url: string, body: unknown, token?: string, app = t): Promise<Response> {
  return app.app.request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
}
const signed = (aud = signUrl): Promise<string> => signEhrJwt(ehr, testNow, { aud });

describe('discovery', () => {
  test('lists patient-view, order-select and order-sign with prefetch templates; CORS for browser EHRs', async () => {
    const res = await t.app.request('/cds-services', {
      headers: { origin: 'https://ehr.example.org' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const { services } = (await res.json()) as {
      services: {
        hook: string;
        id: string;
        description: string;
        prefetch: Record<string, string>;
      }[];
    };
    expect(services.map((s) => s.hook).sort()).toEqual([
      'order-select',
      'order-sign',
      'patient-view',
    ]);
    expect(services[0]!.prefetch.patient).toBe('Patient/{{context.patientId}}');
    expect(services[0]!.prefetch.observations).toContain('category=laboratory');
    const preflight = await t.app.request('/cds-services/blockade-order-sign', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://ehr.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
  });
});

describe('service calls', () => {
  test('order-sign: naltrexone XR drafted 3 days after heroin → critical washout card first, with a uuid', async () => {
    const res = await call(signUrl, sampleCdsRequest(testNow), await signed());
    expect(res.status).toBe(200);
    const { cards } = (await res.json()) as { cards: Card[] };
    expect(cards[0]).toMatchObject({
      indicator: 'critical',
      source: { topic: { code: 'opioid-washout-incomplete' } },
    });
    expect(cards[0]!.uuid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  test('patient-view with a Patient as the user gives patient wording', async () => {
    const asPatient = (await (
      await call(
        viewUrl,
        sampleCdsRequest(testNow, 'patient-view', 'Patient/pat-1'),
        await signed(viewUrl),
      )
    ).json()) as { cards: Card[] };
    const asClinician = (await (
      await call(viewUrl, sampleCdsRequest(testNow, 'patient-view'), await signed(viewUrl))
    ).json()) as { cards: Card[] };
    expect(asPatient.cards.length).toBeGreaterThan(0);
    expect(asPatient.cards.map((c) => c.source.topic.code)).toEqual(
      asClinician.cards.map((c) => c.source.topic.code),
    );
    expect(asPatient.cards[0]!.summary).not.toBe(asClinician.cards[0]!.summary);
  });

  test('412 when required prefetch is missing and there is no FHIR server', async () => {
    const body = sampleCdsRequest(testNow);
    const res = await call(
      signUrl,
      {
        ...body,
        prefetch: {
          patient: (body.prefetch as Record<string, unknown>).patient,
          medicationStatements: null,
        },
      },
      await signed(),
    );
    expect(res.status).toBe(412);
    expect(((await res.json()) as { resourceType: string }).resourceType).toBe('OperationOutcome');
  });

  test('missing prefetch is fetched from fhirServer with the given access token', async () => {
    const body = sampleCdsRequest(testNow);
    const prefetch = body.prefetch as Record<string, unknown>;
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.headers.authorization} ${req.url}`);
      const key = req.url!.startsWith('/fhir/Patient/')
        ? 'patient'
        : req.url!.startsWith('/fhir/MedicationStatement')
          ? 'medicationStatements'
          : req.url!.startsWith('/fhir/Condition')
            ? 'conditions'
            : undefined;
      res.setHeader('content-type', 'application/fhir+json');
      res.end(
        JSON.stringify(
          key === undefined
            ? { resourceType: 'Bundle', type: 'searchset', entry: [] }
            : prefetch[key],
        ),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const partial = {
        ...prefetch,
        patient: undefined,
        medicationStatements: null,
        conditions: undefined,
      };
      const res = await call(
        signUrl,
        {
          ...body,
          prefetch: partial,
          fhirServer: `http://127.0.0.1:${port}/fhir`,
          fhirAuthorization: {
            access_token: 'ehr-token',
            token_type: 'Bearer',
            expires_in: 300,
            scope: 'patient/*.read',
            subject: 'blockade',
          },
        },
        await signed(),
      );
      expect(res.status).toBe(200);
      expect(((await res.json()) as { cards: Card[] }).cards[0]!.source.topic.code).toBe(
        'opioid-washout-incomplete',
      );
      expect(seen.some((s) => s === 'Bearer ehr-token /fhir/Patient/pat-1')).toBe(true);
      expect(
        seen.some((s) => s.startsWith('Bearer ehr-token /fhir/MedicationStatement?patient=pat-1')),
      ).toBe(true);
    } finally {
      server.close();
    }
  });

  test('a request for another hook, or malformed, is 400; an unknown service 404', async () => {
    expect(
      (await call(signUrl, sampleCdsRequest(testNow, 'patient-view'), await signed())).status,
    ).toBe(400);
    expect((await call(signUrl, { hook: 'order-sign' }, await signed())).status).toBe(400);
    const nope = `${base}/cds-services/nope`;
    expect((await call(nope, sampleCdsRequest(testNow), await signed(nope))).status).toBe(404);
  });
});

describe('JWT security (every refusal is 401)', () => {
  const body = (): Record<string, unknown> => sampleCdsRequest(testNow);
  test('forged signature', async () => {
    const intruder = await makeTestEhr(ehr.iss);
    expect(
      (
        await call(
          signUrl,
          body(),
          await signEhrJwt({ ...intruder, kid: ehr.kid }, testNow, { aud: signUrl }),
        )
      ).status,
    ).toBe(401);
  });
  test('expired', async () => {
    expect(
      (
        await call(
          signUrl,
          body(),
          await signEhrJwt(ehr, testNow, { aud: signUrl, iat: nowS - 900, exp: nowS - 600 }),
        )
      ).status,
    ).toBe(401);
  });
  test('replayed jti', async () => {
    const token = await signed();
    expect((await call(signUrl, body(), token)).status).toBe(200);
    expect((await call(signUrl, body(), token)).status).toBe(401);
  });
  test('wrong audience (another service)', async () => {
    expect((await call(signUrl, body(), await signed(viewUrl))).status).toBe(401);
  });
  test('unknown issuer', async () => {
    const stranger = await makeTestEhr('https://stranger.example.org');
    expect(
      (await call(signUrl, body(), await signEhrJwt(stranger, testNow, { aud: signUrl }))).status,
    ).toBe(401);
  });
  test('alg none', async () => {
    const h = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const p = base64url.encode(
      JSON.stringify({ iss: ehr.iss, aud: signUrl, exp: nowS + 60, jti: randomUUID() }),
    );
    expect((await call(signUrl, body(), `${h}.${p}.`)).status).toBe(401);
  });
  test('HS256', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ehr.iss)
      .setAudience(signUrl)
      .setExpirationTime(nowS + 60)
      .setJti(randomUUID())
      .sign(new TextEncoder().encode('a-shared-secret-a-shared-secret!!'));
    expect((await call(signUrl, body(), token)).status).toBe(401);
  });
  test('no token at all', async () => {
    expect((await call(signUrl, body())).status).toBe(401);
  });
  test('development mode accepts unsigned calls but still refuses bad tokens', async () => {
    expect((await call(signUrl, body(), undefined, dev)).status).toBe(200);
    expect((await call(signUrl, body(), 'garbage', dev)).status).toBe(401);
  });
});

describe('feedback', () => {
  test('accepted and overridden cards are stored; admins see override rates per topic', async () => {
    const { cards } = (await (
      await call(signUrl, sampleCdsRequest(testNow), await signed())
    ).json()) as { cards: Card[] };
    const [critical, second] = cards;
    const feedback = {
      feedback: [
        {
          card: critical!.uuid,
          outcome: 'overridden',
          overrideReason: {
            reason: {
              system: 'https://blockade.example.org/fhir/CodeSystem/override-reason',
              code: 'opioid-free-confirmed',
            },
            userComment: 'Urine screen negative today',
          },
          outcomeTimestamp: testNow.toISOString(),
        },
        { card: critical!.uuid, outcome: 'accepted', outcomeTimestamp: testNow.toISOString() },
        {
          card: second!.uuid,
          outcome: 'accepted',
          acceptedSuggestions: [{ id: 'x' }],
          outcomeTimestamp: testNow.toISOString(),
        },
      ],
    };
    const res = await call(
      `${signUrl}/feedback`,
      feedback,
      await signEhrJwt(ehr, testNow, { aud: `${signUrl}/feedback` }),
    );
    expect(res.status).toBe(200);
    expect((await call(`${signUrl}/feedback`, feedback)).status).toBe(401);
    expect(
      (
        await call(
          `${signUrl}/feedback`,
          { feedback: [{ card: 'x', outcome: 'maybe' }] },
          await signed(),
        )
      ).status,
    ).toBe(400);
    const summary = await t.app.request('/api/cds/feedback-summary', {
      headers: { authorization: `Bearer ${await t.token(admin)}` },
    });
    expect(summary.status).toBe(200);
    const { topics } = (await summary.json()) as {
      topics: {
        topic: string;
        accepted: number;
        overridden: number;
        overrideRate: number;
        reasons: Record<string, number>;
      }[];
    };
    expect(topics[0]).toEqual({
      topic: 'opioid-washout-incomplete',
      accepted: 1,
      overridden: 1,
      overrideRate: 0.5,
      reasons: { 'opioid-free-confirmed': 1 },
    });
    expect(topics.find((r) => r.topic === second!.source.topic.code)).toMatchObject({
      accepted: 1,
      overridden: 0,
      overrideRate: 0,
    });
    const asClinician = await t.app.request('/api/cds/feedback-summary', {
      headers: { authorization: `Bearer ${await t.token(clinician)}` },
    });
    expect(asClinician.status).toBe(403);
  });

  test('an issuer registration cannot be silently replaced', async () => {
    const other = await makeTestEhr(ehr.iss);
    const res = await t.app.request('/api/cds/issuers', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await t.token(admin)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ iss: ehr.iss, jwks: { keys: [other.publicJwk] } }),
    });
    expect(res.status).toBe(409);
  });
});
