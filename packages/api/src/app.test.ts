import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call, createFixture, type Fixture } from '../test/harness';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture('pglite');
});
afterAll(async () => {
  await f.close();
});

describe('createApp', () => {
  test('GET /healthz answers ok with the server time', async () => {
    const res = await f.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', time: '2026-03-01T08:00:00.000Z' });
  });

  test('serves the web app for client-side routes, with secure headers', async () => {
    const res = await f.app.request('/patients/123');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Blockade</title>');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  test('does not serve files outside the web root', async () => {
    const res = await f.app.request('/..%2f..%2fetc/passwd');
    expect(await res.text()).not.toContain('root:');
  });

  test('unknown /api routes answer 404 with an OperationOutcome; no CORS headers by default', async () => {
    const res = await call(f.app, 'GET', '/api/nothing-here', f.a.clinician.token);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ resourceType: 'OperationOutcome' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('/openapi.json is an OpenAPI 3.1 document listing the REST routes; /docs serves Swagger UI', async () => {
    const doc = (await (await f.app.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/patients/{id}/blockade',
        '/api/clinic/coverage',
        '/api/audit',
      ]),
    );
    const docs = await f.app.request('/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });

  test('bodies over 64 KiB are refused with 413 and an OperationOutcome', async () => {
    const res = await call(
      f.app,
      'POST',
      `/api/patients/${f.a.patient.patientId}/notes`,
      f.a.clinician.token,
      {
        text: 'x'.repeat(70 * 1024),
      },
    );
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ resourceType: 'OperationOutcome' });
  });

  test('API responses are not cached', async () => {
    const res = await call(f.app, 'GET', '/api/me', f.a.clinician.token);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
