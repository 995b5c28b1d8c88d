import type { ExposureSummary } from './options';

/**
 * Cmax, Tmax and trapezoidal AUC of a series over its output times (in the order given, which
 * must be non-decreasing for the AUC to mean anything).
 *
 * @param timesHours - Output times (h).
 * @param values - Concentrations (ng/mL) at those times.
 * @returns Exposure over the grid; the first maximum wins ties.
 * @example
 * exposureOf([0, 1, 2], [0, 2, 0]) //=> { cmaxNgPerMl: 2, tmaxHours: 1, aucNgHourPerMl: 2 }
 */
export function exposureOf(
  timesHours: ArrayLike<number>,
  values: ArrayLike<number>,
): ExposureSummary {
  let cmax = Number.NEGATIVE_INFINITY;
  let tmax = Number.NaN;
  let auc = 0;
  for (let k = 0; k < values.length; k++) {
    const c = values[k]!;
    if (c > cmax) {
      cmax = c;
      tmax = timesHours[k]!;
    }
    if (k > 0) {
      auc += ((c + values[k - 1]!) / 2) * (timesHours[k]! - timesHours[k - 1]!);
    }
  }
  return {
    cmaxNgPerMl: values.length > 0 ? cmax : Number.NaN,
    tmaxHours: tmax,
    aucNgHourPerMl: auc,
  };
}
