import { expectClose } from '@blockade/testkit';
import { describe, test } from 'vitest';
import { typicalValues } from '../model/individual';
import { occupancyOf } from '../model/occupancy';
import { allocateSeries, solveExact } from '../solve/exact';
import { createRandom } from '../stats/prng';
import type { Dose, Regimen } from '../types';
import { simulatePopulation } from './population';
import { formsOf, sortDoses, subjectModel } from './subject';

/** Type-7 percentile of sorted values. */
const typeSeven = (s: number[], p: number): number => {
  const h = (s.length - 1) * p;
  const k = Math.floor(h);
  return k + 1 < s.length && s[k] !== s[k + 1] ? s[k]! + (h - k) * (s[k + 1]! - s[k]!) : s[k]!;
};

/**
 * The straightforward population: each subject solved alone over the whole grid (every series
 * held), occupancy per point, percentiles by sorting. Random effects drawn in the engine's
 * documented order (F, ka, CL NTX, CL 6BN, EC50), no missed doses.
 */
function reference(regimen: Regimen, times: number[], size: number, seed: number) {
  const random = createRandom(seed);
  const omega = (cv: number): number => Math.sqrt(Math.log(1 + cv * cv));
  const doses = sortDoses(regimen.doses);
  const series = Array.from({ length: size }, () => {
    const p = typicalValues;
    const etas = {
      f: omega(p.cvF) * random.normal(),
      ka: omega(p.cvKa) * random.normal(),
      clNtx: omega(p.cvClNtx) * random.normal(),
      clNbl: omega(p.cvClNbl) * random.normal(),
      ec50: omega(p.cvEc50) * random.normal(),
    };
    const model = subjectModel(regimen.subject, formsOf(doses), etas);
    const out = solveExact(model.propagator, doses, times, allocateSeries(times.length));
    return times.map((_, k) => ({
      ntx: out.cpNtx[k]!,
      nbl: out.cpNbl[k]!,
      ...occupancyOf(model.params, out.ceNtx[k]!, out.ceNbl[k]!),
    }));
  });
  const keys = ['ntx', 'nbl', 'mu', 'kappa', 'delta'] as const;
  return times.map((_, k) => {
    const sorted = keys.map((key) => series.map((s) => s[k]![key]).sort((a, b) => a - b));
    const band = (p: number) =>
      Object.fromEntries(keys.map((key, j) => [key, typeSeven(sorted[j]!, p)])) as Record<
        (typeof keys)[number],
        number
      >;
    return { p5: band(0.05), p50: band(0.5), p95: band(0.95) };
  });
}

describe('population (blocks of subjects, time chunks, bracketed percentiles)', () => {
  // 1,100 subjects: several blocks, a partial last block, and enough values for the bracketed
  // percentile path; 5 days hourly plus off-grid times: several time chunks.
  const doses: Dose[] = Array.from({ length: 7 }, (_, k) => ({
    atHours: 24 * k + 0.5,
    amountMg: 50,
    form: 'oral-tablet' as const,
  }));
  const regimen: Regimen = { subject: { weightKg: 82 }, doses };
  const times = [...Array.from({ length: 121 }, (_, k) => k), 150.25, 200];

  test('equals each subject solved alone with percentiles by sorting (rtol 1e-12: rounding only)', () => {
    const size = 1100;
    const run = simulatePopulation(regimen, Float64Array.from(times), { size, seed: 3 });
    const expected = reference(regimen, times, size, 3);
    const tol = { rtol: 1e-12, atol: 1e-300 };
    times.forEach((t, k) => {
      for (const band of ['p5', 'p50', 'p95'] as const) {
        const a = run.percentiles[k]![band];
        const e = expected[k]![band];
        expectClose(a.naltrexoneNgPerMl, e.ntx, tol, `t=${t} h ${band} naltrexone`);
        expectClose(a.naltrexolNgPerMl, e.nbl, tol, `t=${t} h ${band} 6β-naltrexol`);
        expectClose(a.occupancy.mu, e.mu, tol, `t=${t} h ${band} μ`);
        expectClose(a.occupancy.kappa, e.kappa, tol, `t=${t} h ${band} κ`);
        expectClose(a.occupancy.delta, e.delta, tol, `t=${t} h ${band} δ`);
      }
    });
  }, 60_000);
});
