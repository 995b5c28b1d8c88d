import type { Regimen, Result } from '../types';
import type { OccupancyFall, PopulationOptions } from '../simulate/options';
import { simulatePopulation } from '../simulate/population';
import { formsOf, sortDoses, subjectModel } from '../simulate/subject';
import { hoursUntilBelow } from '../simulate/time-below';
import { validateSimulation } from '../simulate/validate';

/**
 * Hours after the last dose after which brain μ-opioid receptor occupancy stays below each
 * threshold: when the blockade wanes and overdose risk returns. Typical subject, plus the 5th-95th
 * percentile band over virtual subjects when `population` is given. Estimates, not measurements.
 *
 * @param regimen - Dose history (missed doses absent, late doses at their real time).
 * @param thresholds - Occupancy fractions in (0, 1), e.g. [0.9, 0.75, 0.5].
 * @param options - Optional population (size, seed, missProbability) for the band.
 * @returns One {@link OccupancyFall} per threshold (hours; 0 if already below at the last dose;
 *   null if still above at the search horizon: 60 days, or 3 years with a depot or implant).
 * @example
 * timeToOccupancyBelow(
 *   { subject: {}, doses: [{ atHours: 0, amountMg: 50, form: 'oral-tablet' }] },
 *   [0.75],
 * ) //=> { ok: true, value: [{ threshold: 0.75, hoursAfterLastDose: ≈ 80 }] }
 */
export function timeToOccupancyBelow(
  regimen: Regimen,
  thresholds: readonly number[],
  options: { readonly population?: PopulationOptions } = {},
): Result<OccupancyFall[]> {
  const issues = [...validateSimulation(regimen, { times: [0], ...options })];
  thresholds.forEach((thr, i) => {
    if (!(Number.isFinite(thr) && thr > 0 && thr < 1)) {
      issues.push({
        code: 'out_of_range',
        path: ['thresholds', i],
        message: `threshold ${thr} must be a fraction strictly between 0 and 1`,
      });
    }
  });
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const doses = sortDoses(regimen.doses);
  const typical = hoursUntilBelow(subjectModel(regimen.subject, formsOf(doses)), doses, thresholds);
  const band =
    options.population === undefined
      ? undefined
      : simulatePopulation(regimen, Float64Array.of(0), options.population, undefined, thresholds)
          .muBelow;
  return {
    ok: true,
    value: thresholds.map((threshold, i) => ({
      threshold,
      hoursAfterLastDose: typical[i] ?? null,
      ...(band === undefined ? {} : { p5: band[i]?.p5 ?? null, p95: band[i]?.p95 ?? null }),
    })),
  };
}
