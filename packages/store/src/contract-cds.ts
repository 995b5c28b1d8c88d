// Repository contract, CDS Hooks part: issuers, feedback, JWT ids (migration 0002).
import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { expectStoreError } from './contract-assert';
import type { NewCdsFeedback } from './cds-records';
import type { Repository } from './repository';

/**
 * Registers the CDS Hooks tests inside the current `describe`.
 *
 * @param getStore - Returns the suite's open store (created in `beforeAll`).
 */
export function cdsContract(getStore: () => Repository): void {
  const clinic = () => getStore().createClinic({ name: 'CDS Clinic', timeZone: 'UTC' });
  const jwks = { keys: [{ kty: 'EC', crv: 'P-384', x: 'abc', y: 'def' }] };

  test('CDS issuers: write-once per clinic, one clinic per iss, exactly one of jwksUrl and jwks', async () => {
    const store = getStore();
    const a = await clinic();
    const b = await clinic();
    const iss = `https://ehr-${randomUUID()}.example.org`;
    expect(await store.registerCdsIssuer({ clinicId: a.id, iss, jwks })).toBe('created');
    expect(await store.registerCdsIssuer({ clinicId: a.id, iss, jwks })).toBe('unchanged');
    expect(
      await store.registerCdsIssuer({ clinicId: a.id, iss, jwksUrl: 'https://x.test/jwks' }),
    ).toBe('conflict');
    expect(await store.registerCdsIssuer({ clinicId: b.id, iss, jwks })).toBe('conflict');
    const found = await store.findCdsIssuers(iss);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ clinicId: a.id, iss, jwks });
    expect('jwksUrl' in found[0]!).toBe(false);
    expect(await store.listCdsIssuers(a.id)).toEqual(found);
    expect(await store.listCdsIssuers(b.id)).toEqual([]);
    expect(await store.findCdsIssuers('https://unknown.example.org')).toEqual([]);
    const url = `https://other-${randomUUID()}.example.org`;
    expect(
      await store.registerCdsIssuer({ clinicId: b.id, iss: url, jwksUrl: `${url}/jwks.json` }),
    ).toBe('created');
    expect((await store.listCdsIssuers(b.id))[0]).toMatchObject({ jwksUrl: `${url}/jwks.json` });
    await expectStoreError(store.registerCdsIssuer({ clinicId: b.id, iss: `${url}/2` }), 'invalid');
    await expectStoreError(
      store.registerCdsIssuer({ clinicId: randomUUID(), iss: `${url}/3`, jwks }),
      'not_found',
    );
  });

  test('CDS feedback: stored all-or-nothing and summarised per topic within the window', async () => {
    const store = getStore();
    const { id: clinicId } = await clinic();
    const other = await clinic();
    const item = (
      topicCode: string,
      outcome: 'accepted' | 'overridden',
      outcomeAt: string,
      reason?: string,
    ): NewCdsFeedback => ({
      clinicId,
      serviceId: 'blockade-order-sign',
      cardUuid: randomUUID(),
      topicCode,
      outcome,
      ...(reason === undefined
        ? {}
        : { overrideReasonCode: reason, overrideReasonDisplay: reason }),
      outcomeAt,
      receivedAt: '2026-05-02T00:00:00Z',
      issuer: 'https://ehr.example.org',
    });
    const stored = await store.addCdsFeedback([
      item('liver-tests-due', 'accepted', '2026-05-01T10:00:00Z'),
      item('liver-tests-due', 'overridden', '2026-05-01T11:00:00Z', 'patient-declined'),
      { ...item('liver-tests-due', 'overridden', '2026-05-01T12:00:00+02:00'), userComment: 'x' },
      item('opioid-washout-incomplete', 'overridden', '2026-05-01T13:00:00Z', 'already-done'),
      item('opioid-washout-incomplete', 'overridden', '2026-04-01T13:00:00Z', 'too-old'),
    ]);
    expect(stored).toHaveLength(5);
    expect(new Set(stored.map((s) => s.id)).size).toBe(5);
    await store.addCdsFeedback([
      { ...item('liver-tests-due', 'accepted', '2026-05-01T10:00:00Z'), clinicId: other.id },
    ]);
    const range = { from: '2026-04-15T00:00:00Z', to: '2026-05-02T00:00:00Z' };
    expect(await store.summariseCdsFeedback(clinicId, range)).toEqual([
      {
        topic: 'opioid-washout-incomplete',
        accepted: 0,
        overridden: 1,
        overrideRate: 1,
        reasons: { 'already-done': 1 },
      },
      {
        topic: 'liver-tests-due',
        accepted: 1,
        overridden: 2,
        overrideRate: 2 / 3,
        reasons: { 'patient-declined': 1, unspecified: 1 },
      },
    ]);
    // An accepted card cannot carry an override reason: the whole batch is refused.
    await expectStoreError(
      store.addCdsFeedback([
        item('naloxone-kit', 'accepted', '2026-05-01T10:00:00Z'),
        item('naloxone-kit', 'accepted', '2026-05-01T10:00:00Z', 'nonsense'),
      ]),
      'invalid',
    );
    expect(
      (await store.summariseCdsFeedback(clinicId, range)).find((r) => r.topic === 'naloxone-kit'),
    ).toBeUndefined();
    expect(await store.summariseCdsFeedback('not-a-uuid', range)).toEqual([]);
  });

  test('CDS jti: insert-or-fail until expiry, expired ids are purged, issuers are separate', async () => {
    const store = getStore();
    const iss = `https://ehr-${randomUUID()}.example.org`;
    const jti = randomUUID();
    const exp = '2026-05-01T10:05:30Z';
    expect(await store.rememberCdsJti(iss, jti, exp, '2026-05-01T10:00:00Z')).toBe(true);
    expect(await store.rememberCdsJti(iss, jti, exp, '2026-05-01T10:04:00Z')).toBe(false);
    expect(await store.rememberCdsJti(`${iss}/b`, jti, exp, '2026-05-01T10:04:00Z')).toBe(true);
    const racers = await Promise.all(
      [1, 2, 3].map(() => store.rememberCdsJti(iss, 'race', exp, '2026-05-01T10:00:00Z')),
    );
    expect(racers.filter(Boolean)).toHaveLength(1);
    expect(
      await store.rememberCdsJti(iss, jti, '2026-05-01T10:20:00Z', '2026-05-01T10:06:00Z'),
    ).toBe(true);
  });
}
