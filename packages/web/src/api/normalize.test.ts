import { describe, expect, test } from 'vitest';
import { normalizeCards, normalizeCoverage, normalizePatient } from './normalize';

describe('server JSON → page shapes', () => {
  test('the active plan (latest start, not stopped) is folded into the patient', () => {
    const p = normalizePatient({
      id: 'p1',
      givenName: 'Bram',
      familyName: 'Okafor',
      birthDate: '1986-09-03',
      weightKg: 82,
      plans: [
        {
          id: 'old',
          indication: 'alcohol-use-disorder',
          form: 'oral-tablet',
          doseMg: 50,
          intervalHours: 24,
          startDate: '2025-01-01',
          stopDate: '2025-06-01',
        },
        {
          id: 'now',
          indication: 'opioid-use-disorder',
          form: 'xr-injection',
          regimen: 'every-4-weeks',
          doseMg: 380,
          intervalHours: 672,
          goal: 'abstinence',
          startDate: '2026-08-23',
        },
      ],
    });
    expect(p).toMatchObject({
      id: 'p1',
      displayName: 'Bram Okafor',
      planId: 'now',
      form: 'xr-injection',
      doseMg: 380,
      intervalHours: 672,
      indication: 'opioid-use-disorder',
      weightKg: 82,
      hasPlan: true,
    });
  });

  test('a targeted (Sinclair) plan without an interval has no scheduled doses; no plan is flagged', () => {
    const sinclair = normalizePatient({
      id: 'p2',
      givenName: 'Elin',
      familyName: 'Haddad',
      plans: [
        {
          id: 's',
          indication: 'alcohol-use-disorder',
          form: 'oral-tablet',
          regimen: 'targeted',
          doseMg: 50,
          startDate: '2026-01-01',
        },
      ],
    });
    expect(sinclair.intervalHours).toBe(0);
    expect(normalizePatient({ id: 'p3', givenName: 'Cleo', familyName: 'Marsh' }).hasPlan).toBe(
      false,
    );
  });

  test('coverage rows keep the server order and turn flag codes into plain reasons', () => {
    const rows = normalizeCoverage({
      rows: [
        {
          patientId: 'a',
          givenName: 'Bram',
          familyName: 'Okafor',
          riskScore: 90,
          muOccupancyNow: 0.64,
          flags: [{ code: 'depot-overdue', weight: 50, detail: 'last injection 35 days ago' }],
        },
        {
          patientId: 'b',
          givenName: 'Cleo',
          familyName: 'Marsh',
          riskScore: 0,
          muOccupancyNow: null,
          flags: [],
        },
      ],
    });
    expect(rows).toEqual([
      {
        patientId: 'a',
        name: 'Bram Okafor',
        riskScore: 90,
        reasons: ['Depot injection overdue: last injection 35 days ago'],
        muOccupancyNow: 0.64,
      },
      { patientId: 'b', name: 'Cleo Marsh', riskScore: 0, reasons: [] },
    ]);
  });

  test('cards keep indicator, summary, detail and their source', () => {
    const cards = normalizeCards({
      cards: [
        {
          summary: 'S',
          detail: 'D',
          indicator: 'critical',
          source: { label: 'VIVITROL label', url: 'https://x' },
        },
        { summary: 'T', indicator: 'bogus' },
      ],
    });
    expect(cards).toEqual([
      {
        summary: 'S',
        detail: 'D',
        indicator: 'critical',
        sources: [{ label: 'VIVITROL label', url: 'https://x' }],
      },
      { summary: 'T', indicator: 'info', sources: [] },
    ]);
  });
});
