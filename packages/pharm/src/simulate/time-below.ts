import type { Dose } from '../types';
import { competitiveOccupancy } from '../model/occupancy';
import { SubjectStepper } from '../solve/exact';
import type { SubjectModel } from './subject';

/** Hourly search for the first 30 days after the last dose, then every 4 h (depots, implants). */
const FINE_HOURS = 720;
const COARSE_STEP_HOURS = 4;

/** Search horizon after the last dose, in hours: 60 days, or 3 years with a depot or implant. */
export function searchHorizonHours(doses: readonly Dose[]): number {
  return doses.some((d) => d.form === 'xr-injection' || d.form === 'implant') ? 3 * 8760 : 60 * 24;
}

/**
 * Hours after the last dose after which μ occupancy stays below each threshold, found on a grid
 * (hourly for 30 days after the last dose, then every 4 h) with linear interpolation between the last
 * point above and the next.
 * 0 when occupancy is already below at the last dose; null when still above at the horizon (see
 * {@link searchHorizonHours}) or when there are no doses. The search stops early once every input
 * compartment is empty, occupancy is falling and is below the lowest threshold.
 *
 * @param model - Subject model.
 * @param doses - Doses sorted by time.
 * @param thresholds - Fractions, e.g. [0.9, 0.75, 0.5].
 * @returns One value per threshold (hours or null).
 * @example
 * hoursUntilBelow(subjectModel({}, ['oral-tablet']), [{ atHours: 0, amountMg: 50, form: 'oral-tablet' }], [0.5]) //=> [≈ 124]
 */
export function hoursUntilBelow(
  model: SubjectModel,
  doses: readonly Dose[],
  thresholds: readonly number[],
): (number | null)[] {
  const last = doses[doses.length - 1];
  if (last === undefined) {
    return thresholds.map(() => null);
  }
  const { system, params } = model;
  const ec50 = params.ec50.mu;
  const stepper = new SubjectStepper(model.propagator, doses, doses[0]!.atHours);
  const occupancyNow = (state: Float64Array): number =>
    competitiveOccupancy(
      state[system.index.ntxEffect]! * system.ngPerMlPerMgNtx,
      state[system.index.nblEffect]! * system.ngPerMlPerMgNbl,
      ec50,
    );
  const totalDose = doses.reduce((s, d) => s + d.amountMg, 0);
  const lowest = Math.min(...thresholds);
  const horizon = searchHorizonHours(doses);
  // lastAbove[i]: grid time (h after the last dose) of the last point with occupancy >= threshold i
  // (-1: none); stepAfter[i]: the grid step that followed it; after[i]: occupancy there.
  const lastAbove = thresholds.map(() => -1);
  const valueAbove: number[] = thresholds.map(() => Number.NaN);
  const after: number[] = thresholds.map(() => Number.NaN);
  const stepAfter: number[] = thresholds.map(() => 1);
  let previous = Number.NaN;
  let stoppedEarly = false;
  let hPrevious = Number.NaN;
  for (let h = 0; h <= horizon; h += h < FINE_HOURS ? 1 : COARSE_STEP_HOURS) {
    const state = stepper.moveTo(last.atHours + h);
    const occ = occupancyNow(state);
    for (let i = 0; i < thresholds.length; i++) {
      if (occ >= thresholds[i]!) {
        lastAbove[i] = h;
        valueAbove[i] = occ;
      } else if (lastAbove[i] === hPrevious) {
        after[i] = occ;
        stepAfter[i] = h - hPrevious;
      }
    }
    hPrevious = h;
    if (occ < lowest && occ < previous && h > 24) {
      let inputs = 0;
      for (const i of system.inputStates) {
        inputs += state[i]!;
      }
      if (inputs <= 1e-9 * totalDose) {
        stoppedEarly = true;
        break;
      }
    }
    previous = occ;
  }
  return thresholds.map((thr, i) => {
    const hAbove = lastAbove[i]!;
    if (hAbove < 0) {
      return 0;
    }
    if (hAbove >= hPrevious && !stoppedEarly) {
      return null;
    }
    // Interpolate between hAbove (>= thr) and the next grid point (< thr).
    const above = valueAbove[i]!;
    const below = after[i]!;
    const fraction = above === below ? 0 : (above - thr) / (above - below);
    return hAbove + stepAfter[i]! * Math.min(Math.max(fraction, 0), 1);
  });
}
