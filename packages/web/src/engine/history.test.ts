import { describe, expect, test } from 'vitest';
import type { DoseRecord, PatientDto } from '../api/types';
import { historyRegimen, subjectOf, takenDoses } from './history';
import { estimatePatientBlockade } from './patient-blockade';

const h = 3_600_000;
const patient: PatientDto = {
  id: 'p1',
  displayName: 'Test',
  indication: 'opioid-use-disorder',
  form: 'xr-injection',
  doseMg: 380,
  intervalHours: 672,
  startDate: '2026-01-01',
  weightKg: 70,
  birthDate: '1990-06-01',
  hasPlan: true,
};
const now = Date.parse('2026-03-01T12:00:00Z');
const injection = (daysAgo: number, status: DoseRecord['status'] = 'taken'): DoseRecord => ({
  id: `d${daysAgo}`,
  at: new Date(now - daysAgo * 24 * h).toISOString(),
  status,
  form: 'xr-injection',
  amountMg: 380,
});

describe('dose history → regimen', () => {
  test('covariates: weight, age at now, dependence for opioid use disorder', () => {
    expect(subjectOf(patient, now)).toEqual({ weightKg: 70, ageYears: 35, dependent: true });
  });

  test('missed doses are not doses', () => {
    expect(takenDoses([injection(40), injection(10, 'missed')])).toHaveLength(1);
  });

  test('without continuing the plan, only recorded doses on a clock starting at the first', () => {
    const r = historyRegimen(
      patient,
      [injection(60), injection(30)],
      now,
      false,
      now + 30 * 24 * h,
    );
    expect(r?.input.doses).toEqual([
      { atHours: 0, amountMg: 380, form: 'xr-injection' },
      { atHours: 720, amountMg: 380, form: 'xr-injection' },
    ]);
    expect(r?.nowH).toBe(60 * 24);
  });

  test('an overdue planned injection is assumed given now, then every interval', () => {
    const r = historyRegimen(patient, [injection(35)], now, true, now + 30 * 24 * h);
    expect(r?.input.doses.map((d) => d.atHours)).toEqual([0, 35 * 24, 35 * 24 + 672]);
  });

  test('no taken dose → no regimen', () => {
    expect(historyRegimen(patient, [injection(3, 'missed')], now, true, now)).toBeUndefined();
  });
});

describe('estimated blockade of a depot patient (engine in the loop)', () => {
  test('an injection today raises the estimate now above that of an overdue patient', () => {
    const overdue = estimatePatientBlockade(patient, [injection(40)], now, false);
    const injected = estimatePatientBlockade(patient, [injection(40), injection(0.1)], now, false);
    expect(overdue && injected).toBeTruthy();
    expect(injected!.muNow).toBeGreaterThan(overdue!.muNow);
    // One depot injection 40 days ago: the no-dose projection must fall below the blocking level
    // sooner than after a fresh injection (or it is already below).
    expect(overdue!.muIn7DaysWithoutDose).toBeLessThan(injected!.muIn7DaysWithoutDose);
  });
});
