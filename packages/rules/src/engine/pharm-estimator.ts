// Wires the @blockade/pharm engine into the rules' estimate seam: typical adult, the reconstructed
// dose history, μ occupancy at `now` and the times it stays below 75% and 50% after the last dose.
import type { Dose, Regimen } from '@blockade/pharm';
import { simulate } from '@blockade/pharm';
import type { BlockadeEstimate, BlockadeEstimator, NaltrexoneDose } from './estimate';
import { isoToMs } from '../facts/time';

const msPerHour = 3_600_000;

/**
 * Estimates μ blockade with the @blockade/pharm engine (typical adult; estimates, not measurements).
 *
 * @param doses - Reconstructed naltrexone doses (see `naltrexoneDoses`).
 * @param now - Evaluation time.
 * @returns The estimate, or undefined without doses or when the engine rejects the history.
 * @example
 * pharmEstimator([{ atIso: '2026-11-20T08:00:00Z', amountMg: 50, form: 'oral-tablet' }], now)
 * //=> { muOccupancyNow: ≈ 0.8, below75Iso: '…', below50Iso: '…', horizonDays: 60, atIso: '…' }
 */
export const pharmEstimator: BlockadeEstimator = (
  doses: readonly NaltrexoneDose[],
  now: Date,
): BlockadeEstimate | undefined => {
  const first = doses[0];
  if (first === undefined) {
    return undefined;
  }
  const t0 = isoToMs(first.atIso);
  const engineDoses: Dose[] = doses.map((d) => ({
    atHours: (isoToMs(d.atIso) - t0) / msPerHour,
    amountMg: d.amountMg,
    form: d.form,
  }));
  const regimen: Regimen = { subject: {}, doses: engineDoses };
  const nowH = (now.getTime() - t0) / msPerHour;
  const result = simulate(regimen, { times: [Math.max(0, nowH)] });
  if (!result.ok) {
    return undefined;
  }
  const { points, summary } = result.value;
  const mu = points[0]?.occupancy.mu;
  if (mu === undefined || summary.lastDoseHours === null) {
    return undefined;
  }
  const lastDoseH = summary.lastDoseHours;
  const at = (threshold: number): string | undefined => {
    const hours = summary.muBelow.find((f) => f.threshold === threshold)?.hoursAfterLastDose;
    return hours === null || hours === undefined
      ? undefined
      : new Date(t0 + (lastDoseH + hours) * msPerHour).toISOString();
  };
  const longActing = doses.some((d) => d.form === 'xr-injection' || d.form === 'implant');
  const below75Iso = at(0.75);
  const below50Iso = at(0.5);
  return {
    muOccupancyNow: mu,
    ...(below75Iso === undefined ? {} : { below75Iso }),
    ...(below50Iso === undefined ? {} : { below50Iso }),
    horizonDays: longActing ? 1095 : 60,
    atIso: now.toISOString(),
  };
};

/** The estimator `evaluateRules` uses unless told otherwise. */
export const defaultEstimator: BlockadeEstimator = pharmEstimator;
