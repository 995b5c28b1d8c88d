import { expectClose } from '@blockade/testkit';
import { describe, expect, test } from 'vitest';
import { individualParameters, typicalValues } from '../model/individual';
import { buildSystem } from '../model/system';
import type { Dose } from '../types';
import { allocateSeries, Propagator, solveExact } from './exact';
import { solveOde } from './rk45';

const params = individualParameters(typicalValues, { weightKg: 82, dependent: true });
const system = buildSystem(params, ['oral-tablet', 'er-tablet', 'xr-injection', 'implant']);
const doses: Dose[] = [
  { atHours: 0, amountMg: 50, form: 'oral-tablet' },
  { atHours: 7.5, amountMg: 16, form: 'er-tablet' },
  { atHours: 24, amountMg: 380, form: 'xr-injection' },
  { atHours: 30.25, amountMg: 100, form: 'oral-tablet' },
  { atHours: 48, amountMg: 1000, form: 'implant' },
];
const times = Array.from({ length: 151 }, (_, k) => k * 2);

describe('two methods agree: exact (matrix exponential) vs ODE (Dormand-Prince)', () => {
  const exact = solveExact(new Propagator(system), doses, times, allocateSeries(times.length));
  const ode = solveOde(system, doses, times, allocateSeries(times.length));

  test('all four concentrations agree (rtol 1e-7: ODE local tolerance 1e-10 accumulated)', () => {
    for (const key of ['cpNtx', 'cpNbl', 'ceNtx', 'ceNbl'] as const) {
      times.forEach((t, k) => {
        expectClose(ode[key][k]!, exact[key][k]!, { rtol: 1e-7, atol: 1e-10 }, `${key} t=${t} h`);
      });
    }
  });

  test('the ODE path reports its step limit by name', () => {
    expect(() =>
      solveOde(system, doses, [300], allocateSeries(1), { rtol: 1e-10, atol: 1e-12, maxSteps: 10 }),
    ).toThrow(/raise `maxSteps`/);
  });
});
