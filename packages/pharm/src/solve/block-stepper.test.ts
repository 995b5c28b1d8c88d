import { expectClose } from '@blockade/testkit';
import { describe, expect, test } from 'vitest';
import { individualParameters, typicalValues } from '../model/individual';
import { buildSystem } from '../model/system';
import { createRandom } from '../stats/prng';
import type { Dose, DoseForm } from '../types';
import { BlockStepper } from './block-stepper';
import { allocateSeries, Propagator, solveExact } from './exact';
import { isOneInputPattern } from './one-input-kernel';

/** Propagators of `count` subjects with random clearances, absorption and availability. */
function subjects(count: number, forms: readonly DoseForm[], seed: number): Propagator[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const etas = {
      f: 0.3 * random.normal(),
      ka: 0.5 * random.normal(),
      clNtx: 0.3 * random.normal(),
      clNbl: 0.3 * random.normal(),
      ec50: 0,
    };
    return new Propagator(buildSystem(individualParameters(typicalValues, {}, etas), forms));
  });
}

/**
 * Block results against stepping each subject alone. The arithmetic is the same term for term, so
 * the tolerance (rtol 1e-12) only allows for rounding; in practice the values are identical.
 */
function expectBlockMatchesSubjects(
  propagators: Propagator[],
  doses: Dose[],
  times: number[],
  chunk: number,
): void {
  const m = times.length;
  const size = propagators.length;
  const offset = 3;
  const stride = size + 5;
  const out = {
    cpNtx: new Float64Array(stride * m),
    cpNbl: new Float64Array(stride * m),
    ceNtx: new Float64Array(stride * m),
    ceNbl: new Float64Array(stride * m),
  };
  const block = new BlockStepper(propagators, doses, Math.min(doses[0]!.atHours, times[0]!));
  const whole = {
    cpNtx: new Float64Array(stride * m),
    cpNbl: new Float64Array(stride * m),
    ceNtx: new Float64Array(stride * m),
    ceNbl: new Float64Array(stride * m),
  };
  // Fill in chunks, copying each chunk into place: the state must carry over between calls.
  for (let from = 0; from < m; from += chunk) {
    const to = Math.min(from + chunk, m);
    block.fill(times, from, to, out, stride, offset);
    for (const key of ['cpNtx', 'cpNbl', 'ceNtx', 'ceNbl'] as const) {
      whole[key].set(out[key].subarray(0, (to - from) * stride), from * stride);
    }
  }
  propagators.forEach((propagator, i) => {
    const alone = solveExact(propagator, doses, times, allocateSeries(m));
    for (const key of ['cpNtx', 'cpNbl', 'ceNtx', 'ceNbl'] as const) {
      for (let k = 0; k < m; k++) {
        expectClose(
          whole[key][k * stride + offset + i]!,
          alone[key][k]!,
          { rtol: 1e-12, atol: 0 },
          `subject ${i}, ${key}, t=${times[k]} h`,
        );
      }
    }
  });
}

const daily = (count: number, amountMg: number, form: DoseForm, everyHours = 24): Dose[] =>
  Array.from({ length: count }, (_, k) => ({ atHours: everyHours * k, amountMg, form }));

describe('BlockStepper (subjects stepped together) agrees with stepping each subject alone', () => {
  test('oral daily, hourly grid, chunks of 7 (unrolled one-input kernel)', () => {
    const propagators = subjects(9, ['oral-tablet'], 1);
    const sparse = propagators[0]!.sparseTransition(1);
    expect(isOneInputPattern(sparse.rowStart, sparse.cols)).toBe(true);
    expectBlockMatchesSubjects(propagators, daily(10, 50, 'oral-tablet'), hours(0, 300, 1), 7);
  });

  test('doses between grid points and uneven steps', () => {
    const doses = daily(6, 25, 'oral-tablet', 17.3).map((d) => ({
      ...d,
      atHours: d.atHours + 0.4,
    }));
    const times = [0, 0.1, 0.35, 2, 2.5, 7, 19, 40, 40, 41.7, 90, 130, 131];
    expectBlockMatchesSubjects(subjects(5, ['oral-tablet'], 2), doses, times, 4);
  });

  test('XR injection and oral together (generic compressed-row path)', () => {
    const propagators = subjects(4, ['oral-tablet', 'xr-injection'], 3);
    const sparse = propagators[0]!.sparseTransition(4);
    expect(isOneInputPattern(sparse.rowStart, sparse.cols)).toBe(false);
    const doses: Dose[] = [
      { atHours: 0, amountMg: 380, form: 'xr-injection' },
      ...daily(5, 50, 'oral-tablet').map((d) => ({ ...d, atHours: d.atHours + 100 })),
    ];
    expectBlockMatchesSubjects(propagators, doses, hours(0, 1000, 4), 32);
  });

  test('refuses subjects with different compartments', () => {
    const mixed = [
      ...subjects(1, ['oral-tablet'], 4),
      ...subjects(1, ['implant', 'oral-tablet'], 4),
    ];
    expect(() => new BlockStepper(mixed, [], 0)).toThrow(/share one set of compartments/);
  });
});

/** from, from + step, … ≤ to. */
function hours(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => from + k * step);
}
