import type { Regimen, Result, SimulationPoint } from '../types';
import { pointsOf, runTypical } from '../simulate/typical';
import { validateSimulation } from '../simulate/validate';

/**
 * Estimated plasma levels and brain receptor occupancy of the typical subject (with the regimen's
 * covariates) at one time, for a real dose history: missed doses are simply absent and late doses
 * are at their real times.
 *
 * @param regimen - Dose history.
 * @param tHours - Time on the regimen's clock (hours, ≥ 0), e.g. "now".
 * @returns The point (ng/mL, occupancy fractions), or issues.
 * @example
 * occupancyAt({ subject: {}, doses: [{ atHours: 0, amountMg: 50, form: 'oral-tablet' }] }, 72)
 * //=> { ok: true, value: { tHours: 72, occupancy: { mu: ≈ 0.78, … }, … } }
 */
export function occupancyAt(regimen: Regimen, tHours: number): Result<SimulationPoint> {
  const issues = validateSimulation(regimen, { times: [tHours] });
  if (issues.length > 0) {
    return {
      ok: false,
      issues: issues.map((issue) =>
        issue.path[0] === 'times' ? { ...issue, path: ['tHours'] } : issue,
      ),
    };
  }
  const times = Float64Array.of(tHours);
  const [point] = pointsOf(runTypical(regimen, times), times, Int32Array.of(0));
  return { ok: true, value: point! };
}
