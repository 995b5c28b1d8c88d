import type { Regimen, SimulationPoint } from '../types';
import { occupancyOf } from '../model/occupancy';
import { allocateSeries, solveExact, type ConcentrationSeries } from '../solve/exact';
import { exposureOf } from './exposure';
import { estimateNote, muThresholds, type SimulationSummary } from './options';
import { hoursUntilBelow } from './time-below';
import { formsOf, sortDoses, subjectModel, type SubjectModel } from './subject';

/** The typical subject's run on sorted times. */
export interface TypicalRun {
  readonly model: SubjectModel;
  readonly series: ConcentrationSeries;
}

/**
 * Runs the typical subject (covariates applied, no random effects) at sorted output times.
 *
 * @param regimen - Regimen (doses in any order).
 * @param sortedTimes - Non-decreasing output times (h).
 * @returns Model and concentration series.
 * @example
 * runTypical({ subject: {}, doses: [{ atHours: 0, amountMg: 50, form: 'oral-tablet' }] }, [0, 1]).series.cpNtx[1] //=> ≈ 3.7
 */
export function runTypical(regimen: Regimen, sortedTimes: ArrayLike<number>): TypicalRun {
  const doses = sortDoses(regimen.doses);
  const model = subjectModel(regimen.subject, formsOf(doses));
  const series = solveExact(
    model.propagator,
    doses,
    sortedTimes,
    allocateSeries(sortedTimes.length),
  );
  return { model, series };
}

/**
 * Output points of a run, written back in the caller's time order.
 *
 * @param run - Typical run on sorted times.
 * @param sortedTimes - The sorted times.
 * @param order - order[k] = caller's index of sorted slot k.
 * @returns Points in the caller's order.
 */
export function pointsOf(
  run: TypicalRun,
  sortedTimes: ArrayLike<number>,
  order: ArrayLike<number>,
): SimulationPoint[] {
  const { series, model } = run;
  const points = new Array<SimulationPoint>(sortedTimes.length);
  for (let k = 0; k < sortedTimes.length; k++) {
    points[order[k]!] = {
      tHours: sortedTimes[k]!,
      naltrexoneNgPerMl: series.cpNtx[k]!,
      naltrexolNgPerMl: series.cpNbl[k]!,
      occupancy: occupancyOf(model.params, series.ceNtx[k]!, series.ceNbl[k]!),
    };
  }
  return points;
}

/**
 * Summary of the typical subject: exposure over the grid and when μ occupancy falls below 90/75/50%.
 *
 * @param regimen - Regimen.
 * @param run - Typical run on sorted times.
 * @param sortedTimes - The sorted times.
 * @returns Summary (estimates).
 */
export function typicalSummary(
  regimen: Regimen,
  run: TypicalRun,
  sortedTimes: ArrayLike<number>,
): SimulationSummary {
  const doses = sortDoses(regimen.doses);
  const below = hoursUntilBelow(run.model, doses, muThresholds);
  return {
    estimate: true,
    note: estimateNote,
    naltrexone: exposureOf(sortedTimes, run.series.cpNtx),
    naltrexol: exposureOf(sortedTimes, run.series.cpNbl),
    lastDoseHours: doses.length > 0 ? doses[doses.length - 1]!.atHours : null,
    muBelow: muThresholds.map((threshold, i) => ({
      threshold,
      hoursAfterLastDose: below[i] ?? null,
    })),
  };
}
