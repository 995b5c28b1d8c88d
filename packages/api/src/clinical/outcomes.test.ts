import type { PatientHistory } from '@blockade/store';
import { describe, expect, test } from 'vitest';
import { coverageRow } from './coverage';
import { computeOutcomes } from './outcomes';

const nowMs = Date.parse('2026-03-01T12:00:00Z');
const base = {
  id: 'x',
  clinicId: 'c',
  patientId: 'p',
  createdAt: '2026-01-01T00:00:00.000Z',
};

function history(extra: Partial<PatientHistory>): PatientHistory {
  return {
    patient: {
      id: 'p',
      clinicId: 'c',
      givenName: 'A',
      familyName: 'B',
      timeZone: 'UTC',
      active: true,
      createdAt: base.createdAt,
    },
    plans: [],
    doses: [],
    diary: [],
    cravings: [],
    questionnaires: [],
    labs: [],
    opioidUse: [],
    urineDrugScreens: [],
    appointments: [],
    naloxoneKits: [],
    notes: [],
    ...extra,
  };
}

const dailyPlan = {
  ...base,
  indication: 'alcohol-use-disorder',
  form: 'oral-tablet',
  regimen: 'daily',
  doseMg: 50,
  intervalHours: 24,
  goal: 'moderation',
  startDate: '2026-02-20',
} as const;
const dose = (day: string, status: 'taken' | 'missed' = 'taken') => ({
  ...base,
  id: day,
  status,
  at: `${day}T08:00:00.000Z`,
  amountMg: status === 'missed' ? 0 : 50,
  form: 'oral-tablet' as const,
});

describe('computeOutcomes', () => {
  test('PDC counts days covered since the plan start: 8 of 10 days (20 Feb – 1 Mar)', () => {
    const days = [
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-28',
      '2026-03-01',
    ];
    const o = computeOutcomes(
      history({
        plans: [dailyPlan],
        doses: [...days.map((d) => dose(d)), dose('2026-02-27', 'missed')],
      }),
      nowMs,
    );
    expect(o.proportionDaysCovered).toBe(0.8);
    expect(o.missedDoses).toBe(1);
  });

  test('drinks per week is the mean per recorded day × 7; heavy days counted as recorded', () => {
    const diary = [
      { ...base, id: '1', date: '2026-02-25', standardDrinks: 0, heavyDrinkingDay: false },
      { ...base, id: '2', date: '2026-02-26', standardDrinks: 6, heavyDrinkingDay: true },
    ];
    const o = computeOutcomes(history({ diary }), nowMs);
    expect(o.drinksPerWeek).toBe(21);
    expect(o.heavyDrinkingDays).toBe(1);
    expect(o.proportionDaysCovered).toBeNull(); // no scheduled plan
  });

  test('craving slope per week is negative when cravings fall by 1 point a week', () => {
    const cravings = [0, 1, 2].map((w) => ({
      ...base,
      id: `c${w}`,
      at: new Date(nowMs - (2 - w) * 7 * 86_400_000).toISOString(),
      score: 6 - w,
    }));
    expect(computeOutcomes(history({ cravings }), nowMs).cravingSlopePerWeek).toBeCloseTo(-1, 9);
  });
});

describe('coverageRow', () => {
  test('PHQ-9 item 9 positive and a depot overdue raise the risk; a well-covered oral patient has none but LFT', () => {
    const depotPlan = {
      ...dailyPlan,
      form: 'xr-injection',
      regimen: 'every-4-weeks',
      doseMg: 380,
      intervalHours: 672,
      indication: 'opioid-use-disorder',
      startDate: '2026-01-01',
    } as const;
    const injection = {
      ...base,
      status: 'taken' as const,
      at: '2026-01-20T08:00:00.000Z',
      amountMg: 380,
      form: 'xr-injection' as const,
    };
    const phq = {
      ...base,
      instrument: 'phq-9' as const,
      at: '2026-02-28T08:00:00.000Z',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 2],
      total: 10,
    };
    const risky = coverageRow(
      history({ plans: [depotPlan], doses: [injection], questionnaires: [phq] }),
      nowMs,
    );
    expect(risky.flags.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'phq9-item9-positive',
        'depot-overdue',
        'mu-below-75-within-7-days',
        'lft-overdue',
      ]),
    );
    // Injection 40 days ago: the estimate is already below 75% now, and the flag says so
    // (not a future crossing time).
    const muFlag = risky.flags.find((f) => f.code === 'mu-below-75-within-7-days');
    expect(risky.muOccupancyNow).toBeLessThan(0.75);
    expect(muFlag?.detail).toMatch(/already below 75% \(\d+% now\)/);
    const daily = [
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ].map((d) => dose(d));
    const calm = coverageRow(history({ plans: [dailyPlan], doses: daily }), nowMs);
    expect(calm.flags.map((f) => f.code)).toEqual(['lft-overdue']);
    expect(calm.muOccupancyNow).toBeGreaterThan(0.75);
  });
});
