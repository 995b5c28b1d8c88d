import { expectClose } from '@blockade/testkit';
import { describe, expect, test } from 'vitest';
import { individualParameters, typicalValues } from '../model/individual';
import { buildSystem } from '../model/system';
import type { Dose } from '../types';
import { allocateSeries, Propagator, solveExact } from './exact';
import { expm } from './matrix';

/** Bateman function in ng/mL: C = F·D·ka/(V(ka − k))·(e^(−kt) − e^(−ka·t)), D in mg, V in L. */
const bateman = (
  doseMg: number,
  f: number,
  ka: number,
  clL: number,
  vL: number,
  t: number,
): number => {
  const k = clL / vL;
  return t < 0
    ? 0
    : ((1000 * f * doseMg * ka) / (vL * (ka - k))) * (Math.exp(-k * t) - Math.exp(-ka * t));
};

// A one-compartment naltrexone model: no peripheral exchange. Test values, not clinical ones.
const oneCompartment = individualParameters(
  { ...typicalValues, qNtx: 0, kaOral: 1.1, clNtx: 10, v1Ntx: 200 },
  {},
);
const system = buildSystem(oneCompartment, ['oral-tablet']);
const grid = Array.from({ length: 193 }, (_, k) => k * 0.25);

describe('exact solver (matrix exponential per interval)', () => {
  test('matches the Bateman closed form for one compartment (rtol 1e-12: rounding only)', () => {
    const dose: Dose = { atHours: 0, amountMg: 50, form: 'oral-tablet' };
    const out = solveExact(new Propagator(system), [dose], grid, allocateSeries(grid.length));
    grid.forEach((t, k) => {
      const expected = bateman(50, oneCompartment.fOral, 1.1, 10, 200, t);
      expectClose(out.cpNtx[k]!, expected, { rtol: 1e-12, atol: 1e-14 }, `t=${t} h`);
    });
  });

  test('superposition: two doses equal the sum of two shifted Bateman curves (rtol 1e-12)', () => {
    const doses: Dose[] = [
      { atHours: 0, amountMg: 50, form: 'oral-tablet' },
      { atHours: 10.3, amountMg: 25, form: 'oral-tablet' },
    ];
    const out = solveExact(new Propagator(system), doses, grid, allocateSeries(grid.length));
    grid.forEach((t, k) => {
      const f = oneCompartment.fOral;
      const expected = bateman(50, f, 1.1, 10, 200, t) + bateman(25, f, 1.1, 10, 200, t - 10.3);
      expectClose(out.cpNtx[k]!, expected, { rtol: 1e-12, atol: 1e-14 }, `t=${t} h`);
    });
  });

  test('expm of a 3-compartment transit chain (defective matrix) equals the gamma closed form', () => {
    const k = 0.05;
    // x1' = -k x1, x2' = k x1 - k x2, x3' = k x2 - k x3: x3(t) = (k t)^2/2 e^(-kt) for x1(0) = 1.
    const a = new Float64Array([-k, 0, 0, k, -k, 0, 0, k, -k]);
    for (const t of [1, 24, 60, 384, 2000]) {
      const e = expm(a, 3, t);
      expectClose(
        e[6]!,
        ((k * t) ** 2 / 2) * Math.exp(-k * t),
        { rtol: 1e-12, atol: 1e-300 },
        `t=${t}`,
      );
    }
  });

  test('NaN dose amount gives NaN out (kernels do not validate; simulate does)', () => {
    const out = solveExact(
      new Propagator(system),
      [{ atHours: 0, amountMg: Number.NaN, form: 'oral-tablet' }],
      [1],
      allocateSeries(1),
    );
    expect(out.cpNtx[0]).toBeNaN();
  });
});

describe('Propagator', () => {
  // rtol 1e-10: both paths square the matrix up to ~10 times, each adding rounding error.
  test('whole-hour steps by binary powering equal the direct matrix exponential (rtol 1e-10)', () => {
    const full = buildSystem(individualParameters(typicalValues, {}), [
      'oral-tablet',
      'xr-injection',
      'implant',
    ]);
    for (const hours of [2, 3, 24, 167, 672]) {
      const powered = new Propagator(full).transition(hours);
      const direct = expm(full.a, full.n, hours);
      direct.forEach((v, i) => {
        expectClose(powered[i]!, v, { rtol: 1e-10, atol: 1e-13 }, `dt=${hours} h entry ${i}`);
      });
    }
  });
});
