import { expectClose } from '@blockade/testkit';
import { describe, expect, test } from 'vitest';
import { typicalValues } from '../model/individual';
import { simulate } from '../simulate/simulate';
import type { Regimen } from '../types';
import { occupancyAt } from './occupancy-at';
import { steadyState } from './steady-state';
import { timeToOccupancyBelow } from './time-to-occupancy-below';

const daily = (days: number, skip: number[] = [], lateHours = 0): Regimen => ({
  subject: {},
  doses: Array.from({ length: days }, (_, k) => k)
    .filter((k) => !skip.includes(k))
    .map((k) => ({
      atHours: 24 * k + (k === days - 1 ? lateHours : 0),
      amountMg: 50,
      form: 'oral-tablet' as const,
    })),
});

describe('steadyState', () => {
  test('AUC over a steady-state interval equals F·dose/CL (rtol 1e-10)', () => {
    const ss = steadyState({ amountMg: 50, form: 'oral-tablet', everyHours: 24 });
    const expected = (1000 * typicalValues.fOral * 50) / typicalValues.clNtx;
    expectClose(ss.ok ? ss.value.naltrexone.aucTauNgHourPerMl : NaN, expected, {
      rtol: 1e-10,
      atol: 0,
    });
  });

  test('the depot at steady state: AUC per 4 weeks = dose/CL (F = 1, rtol 1e-10)', () => {
    const ss = steadyState({ amountMg: 380, form: 'xr-injection', everyHours: 672 });
    expectClose(
      ss.ok ? ss.value.naltrexone.aucTauNgHourPerMl : NaN,
      (1000 * 380) / typicalValues.clNtx,
      { rtol: 1e-10, atol: 0 },
    );
  });

  test('agrees with a long repeated-dose simulation (trough after 60 days, rtol 1e-6)', () => {
    const ss = steadyState({ amountMg: 50, form: 'oral-tablet', everyHours: 24 });
    const sim = simulate(daily(60), { times: [60 * 24] });
    const trough = sim.ok ? sim.value.points[0]!.occupancy.mu : NaN;
    expectClose(trough, ss.ok ? ss.value.troughOccupancy.mu : NaN, { rtol: 1e-6, atol: 0 });
  });

  test('refuses an interval below 1 h', () => {
    const ss = steadyState({ amountMg: 50, form: 'oral-tablet', everyHours: 0 });
    expect(!ss.ok && ss.issues[0]!.path).toEqual(['everyHours']);
  });
});

describe('occupancyAt: real dose histories', () => {
  test('a missed dose lowers occupancy the next morning', () => {
    const all = occupancyAt(daily(10), 24 * 10);
    const missed = occupancyAt(daily(10, [9]), 24 * 10);
    expect(all.ok && missed.ok && missed.value.occupancy.mu < all.value.occupancy.mu).toBe(true);
  });

  test('a late dose gives the same value as simulate at that time', () => {
    const late = daily(5, [], 6);
    const at = occupancyAt(late, 120);
    const sim = simulate(late, { times: [120] });
    expect(at.ok && sim.ok && at.value).toEqual(sim.ok && sim.value.points[0]);
  });

  test('refuses a negative time, naming tHours', () => {
    const at = occupancyAt(daily(1), -5);
    expect(!at.ok && at.issues[0]!.path).toEqual(['tHours']);
  });
});

describe('timeToOccupancyBelow', () => {
  test('typical and band after one 50 mg tablet, band brackets typical', () => {
    const result = timeToOccupancyBelow(daily(1), [0.75, 0.5], {
      population: { size: 200, seed: 3 },
    });
    expect(result.ok).toBe(true);
    for (const fall of result.ok ? result.value : []) {
      expect(fall.p5!).toBeLessThanOrEqual(fall.hoursAfterLastDose!);
      expect(fall.p95!).toBeGreaterThanOrEqual(fall.hoursAfterLastDose!);
    }
  });

  test('the depot keeps μ occupancy ≥ 75% for about 4 weeks or more', () => {
    const result = timeToOccupancyBelow(
      { subject: {}, doses: [{ atHours: 0, amountMg: 380, form: 'xr-injection' }] },
      [0.75],
    );
    const h = result.ok ? result.value[0]!.hoursAfterLastDose! : NaN;
    expect(h).toBeGreaterThan(672);
    expect(h).toBeLessThan(1000);
  });

  test('refuses thresholds outside (0, 1)', () => {
    const result = timeToOccupancyBelow(daily(1), [1.2]);
    expect(!result.ok && result.issues[0]!.path).toEqual(['thresholds', 0]);
  });
});
