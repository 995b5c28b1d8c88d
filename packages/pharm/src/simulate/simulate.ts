import type { Regimen, Result } from '../types';
import { modelInfo } from '../model/parameters';
import type { SimulateOptions, SimulationResult } from './options';
import { simulatePopulation } from './population';
import { pointsOf, runTypical, typicalSummary } from './typical';
import { validateSimulation } from './validate';

/** Sorted copy of the times and the permutation back to the caller's order. */
function sortTimes(times: readonly number[]): { sorted: Float64Array; order: Int32Array } {
  // Plain loops: Int32Array.from(iterator) and Float64Array.from(array, mapFn) were most of the time
  // of a one-subject simulate() on a long grid.
  const m = times.length;
  const order = new Int32Array(m);
  let isSorted = true;
  for (let k = 0; k < m; k++) {
    order[k] = k;
    if (k > 0 && times[k]! < times[k - 1]!) {
      isSorted = false;
    }
  }
  if (!isSorted) {
    order.sort((a, b) => times[a]! - times[b]!);
  }
  const sorted = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    sorted[k] = times[order[k]!]!;
  }
  return { sorted, order };
}

/**
 * Simulates plasma naltrexone and 6β-naltrexol (ng/mL) and brain μ, κ, δ receptor occupancy
 * (fraction 0-1) for a regimen, exactly (matrix exponential per interval of the linear model).
 * Without `population`, the values are those of the typical subject with the regimen's covariates;
 * with it, each point also carries p5/p50/p95 over virtual subjects (the top-level values stay the
 * typical subject's). All outputs are model estimates, not measurements.
 *
 * @param regimen - Expanded regimen (see `parseRegimen`).
 * @param options - Output times (h, ≥ 0), optional population and progress callback.
 * @returns The points in the order of `options.times`, a summary and the model's name and version;
 *   or issues naming each invalid field.
 * @example
 * const r = simulate(
 *   { subject: {}, doses: [{ atHours: 0, amountMg: 50, form: 'oral-tablet' }] },
 *   { times: [48] },
 * );
 * r.ok && r.value.points[0].occupancy.mu //=> ≈ 0.85 (an estimate)
 */
export function simulate(regimen: Regimen, options: SimulateOptions): Result<SimulationResult> {
  const issues = validateSimulation(regimen, options);
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const { sorted, order } = sortTimes(options.times);
  const run = runTypical(regimen, sorted);
  const summary = typicalSummary(regimen, run, sorted);
  const points = pointsOf(run, sorted, order);
  if (options.population === undefined) {
    return { ok: true, value: { points, summary, model: { ...modelInfo } } };
  }
  const population = simulatePopulation(regimen, sorted, options.population, options.onProgress);
  population.percentiles.forEach((bands, k) => {
    const i = order[k]!;
    points[i] = { ...points[i]!, ...bands };
  });
  return {
    ok: true,
    value: {
      points,
      summary: {
        ...summary,
        populationSize: options.population.size,
        muBelow: summary.muBelow.map((fall, i) => ({
          ...fall,
          p5: population.muBelow[i]?.p5 ?? null,
          p95: population.muBelow[i]?.p95 ?? null,
        })),
      },
      model: { ...modelInfo },
    },
  };
}
