import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { SignJWT, base64url } from 'jose';
import { beforeAll, describe, expect, test } from 'vitest';
import { staticIssuers } from './issuers';
import { memoryReplayCache } from './replay-cache';
import { makeTestEhr, signEhrJwt, type TestEhr } from './test-keys';
import { createEhrJwtVerifier, type EhrJwtVerifier } from './verify-ehr-jwt';

const now = new Date('2026-03-01T08:00:00Z');
const aud = 'http://localhost/cds-services/blockade-order-sign';
const clinicId = '00000000-0000-4000-8000-000000000001';
let ehr: TestEhr;
let rsaEhr: TestEhr;
let intruder: TestEhr;
let verify: EhrJwtVerifier;

beforeAll(async () => {
  ehr = await makeTestEhr('https://ehr.example.org');
  rsaEhr = await makeTestEhr('https://rsa-ehr.example.org', 'RS384');
  intruder = await makeTestEhr('https://ehr.example.org');
  verify = createEhrJwtVerifier({
    issuers: staticIssuers([
      { iss: ehr.iss, clinicId, jwks: { keys: [ehr.publicJwk] } },
      { iss: rsaEhr.iss, clinicId, jwks: { keys: [rsaEhr.publicJwk] } },
    ]),
    replay: memoryReplayCache(),
    clock: () => now,
  });
});

const nowS = Math.floor(now.getTime() / 1000);

describe('EHR JWT verification', () => {
  test('a valid ES384 token names the issuer and its clinic', async () => {
    const result = await verify(await signEhrJwt(ehr, now, { aud }), [aud]);
    expect(result).toMatchObject({
      ok: true,
      caller: { iss: ehr.iss, clinicId, sub: 'ehr-client' },
    });
  });

  test('a valid RS384 token is accepted', async () => {
    expect((await verify(await signEhrJwt(rsaEhr, now, { aud }), [aud])).ok).toBe(true);
  });

  test('a token signed by another key with the same kid is forged', async () => {
    const forged = await signEhrJwt({ ...intruder, kid: ehr.kid }, now, { aud });
    expect(await verify(forged, [aud])).toEqual({ ok: false, reason: 'signature-or-claims' });
  });

  test('a tampered payload fails the signature', async () => {
    const [h, , s] = (await signEhrJwt(ehr, now, { aud })).split('.');
    const payload = base64url.encode(
      JSON.stringify({ iss: ehr.iss, aud, exp: nowS + 60, jti: 'x', sub: 'admin' }),
    );
    expect((await verify(`${h}.${payload}.${s}`, [aud])).ok).toBe(false);
  });

  test('an expired token is refused', async () => {
    const token = await signEhrJwt(ehr, now, { aud, iat: nowS - 600, exp: nowS - 60 });
    expect(await verify(token, [aud])).toEqual({ ok: false, reason: 'signature-or-claims' });
  });

  test('a token valid for more than 5 minutes is refused', async () => {
    const token = await signEhrJwt(ehr, now, { aud, exp: nowS + 3600 });
    expect(await verify(token, [aud])).toEqual({ ok: false, reason: 'lifetime' });
  });

  test('the same jti twice is a replay', async () => {
    const token = await signEhrJwt(ehr, now, { aud, jti: randomUUID() });
    expect((await verify(token, [aud])).ok).toBe(true);
    expect(await verify(token, [aud])).toEqual({ ok: false, reason: 'replayed' });
  });

  test('a token for another service URL is refused', async () => {
    const token = await signEhrJwt(ehr, now, { aud: 'http://localhost/cds-services/other' });
    expect(await verify(token, [aud])).toEqual({ ok: false, reason: 'signature-or-claims' });
  });

  test('an issuer on no allow-list is refused', async () => {
    const stranger = await makeTestEhr('https://stranger.example.org');
    expect(await verify(await signEhrJwt(stranger, now, { aud }), [aud])).toEqual({
      ok: false,
      reason: 'unknown-issuer',
    });
  });

  test('alg none is refused before anything else', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(
      JSON.stringify({ iss: ehr.iss, aud, exp: nowS + 60, jti: randomUUID() }),
    );
    expect(await verify(`${header}.${payload}.`, [aud])).toEqual({
      ok: false,
      reason: 'algorithm',
    });
  });

  test('HS256 is refused, even when keyed with the public key text', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ehr.iss)
      .setAudience(aud)
      .setExpirationTime(nowS + 60)
      .setJti(randomUUID())
      .sign(new TextEncoder().encode(JSON.stringify(ehr.publicJwk)));
    expect(await verify(token, [aud])).toEqual({ ok: false, reason: 'algorithm' });
  });

  test('garbage is malformed', async () => {
    expect(await verify('not.a.jwt', [aud])).toEqual({ ok: false, reason: 'malformed' });
  });

  test('keys are fetched from a configured JWKS URL', async () => {
    const remote = await makeTestEhr('https://remote-ehr.example.org');
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [remote.publicJwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const remoteVerify = createEhrJwtVerifier({
        issuers: staticIssuers([
          { iss: remote.iss, clinicId, jwksUrl: `http://127.0.0.1:${port}/jwks` },
        ]),
        replay: memoryReplayCache(),
        clock: () => now,
      });
      expect((await remoteVerify(await signEhrJwt(remote, now, { aud }), [aud])).ok).toBe(true);
      const forged = await signEhrJwt({ ...intruder, iss: remote.iss, kid: remote.kid }, now, {
        aud,
      });
      expect((await remoteVerify(forged, [aud])).ok).toBe(false);
    } finally {
      server.close();
    }
  });
});

describe('replay cache', () => {
  test('forgets an id after it expires', async () => {
    const cache = memoryReplayCache();
    expect(await cache.remember('iss', 'a', 1000, 0)).toBe(true);
    expect(await cache.remember('iss', 'a', 1000, 500)).toBe(false);
    expect(await cache.remember('other-iss', 'a', 1000, 500)).toBe(true);
    expect(await cache.remember('iss', 'a', 99_000, 40_000)).toBe(true);
  });
});
