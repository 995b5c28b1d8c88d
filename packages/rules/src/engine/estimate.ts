// The seam between the rules and the pharmacology engine: reconstruct naltrexone doses from the
// record, and ask an estimator for μ-receptor occupancy now and the dates it falls below 75% / 50%.
import type { MedicationFact, PatientFacts } from '../facts/types';
import { isoToMs } from '../facts/time';

/** One naltrexone dose as reconstructed from the record. */
export interface NaltrexoneDose {
  readonly atIso: string;
  readonly amountMg: number;
  readonly form: 'oral-tablet' | 'er-tablet' | 'xr-injection' | 'implant';
}

/** Estimated brain μ-opioid receptor occupancy (an estimate from a model, not a measurement). */
export interface BlockadeEstimate {
  /** Occupancy now, fraction 0-1. */
  readonly muOccupancyNow: number;
  /** First time at or after now when occupancy is below 75%; undefined if not within the horizon. */
  readonly below75Iso?: string;
  /** First time at or after now when occupancy is below 50%; undefined if not within the horizon. */
  readonly below50Iso?: string;
  /** How far ahead the estimator looked, in days. */
  readonly horizonDays: number;
  /** The evaluation time the estimate refers to. */
  readonly atIso: string;
}

/** Computes a blockade estimate from doses; returns undefined when it cannot. */
export type BlockadeEstimator = (
  doses: readonly NaltrexoneDose[],
  now: Date,
) => BlockadeEstimate | undefined;

const msPerDay = 86_400_000;
/** Oral doses older than this do not matter for the estimate (brain blockade half-time 72-108 h). */
const oralLookbackDays = 21;
/** Injections older than this do not matter (depot measurable for about a month). */
const xrLookbackDays = 120;

function oralDoses(med: MedicationFact, now: Date): NaltrexoneDose[] {
  const startMs = isoToMs(med.startIso ?? med.lastUseIso ?? '');
  const endMs = med.ongoing ? now.getTime() : isoToMs(med.lastUseIso ?? med.startIso ?? '');
  if (Number.isNaN(startMs) || Number.isNaN(endMs)) {
    return [];
  }
  const dosesPerWeek = med.dosesPerWeek ?? 7;
  const intervalMs = (7 / dosesPerWeek) * msPerDay;
  const amountMg = med.doseMg ?? 50;
  const firstMs = Math.max(
    startMs,
    endMs - oralLookbackDays * msPerDay,
    now.getTime() - oralLookbackDays * msPerDay,
  );
  const doses: NaltrexoneDose[] = [];
  // Walk back from the last dose so the last one lands on the recorded end.
  for (let t = Math.min(endMs, now.getTime()); t >= firstMs; t -= intervalMs) {
    doses.push({
      atIso: new Date(t).toISOString(),
      amountMg,
      form: med.kind === 'naltrexone-bupropion' ? 'er-tablet' : 'oral-tablet',
    });
  }
  return doses.reverse();
}

/**
 * Reconstructs naltrexone doses from the record: each injection or implant at its date, and daily
 * (or the recorded schedule's) oral doses over the last three weeks of a course. Oral adherence is
 * assumed complete, so the estimate is an upper bound for people who miss doses.
 *
 * @param facts - Patient facts.
 * @param now - Evaluation time; later doses are ignored.
 * @returns Doses sorted by time.
 * @example
 * naltrexoneDoses(factsWithOneInjection, now) //=> [{ atIso: '2026-10-01', amountMg: 380, form: 'xr-injection' }]
 */
export function naltrexoneDoses(facts: PatientFacts, now: Date): NaltrexoneDose[] {
  const doses: NaltrexoneDose[] = [];
  for (const med of facts.medications) {
    if (med.kind === 'naltrexone-xr' || med.kind === 'naltrexone-implant') {
      const atIso = med.lastUseIso ?? med.startIso;
      const ms = atIso === undefined ? NaN : isoToMs(atIso);
      if (
        atIso !== undefined &&
        ms <= now.getTime() &&
        now.getTime() - ms < xrLookbackDays * msPerDay
      ) {
        const form = med.kind === 'naltrexone-xr' ? 'xr-injection' : 'implant';
        doses.push({ atIso, amountMg: med.doseMg ?? (form === 'xr-injection' ? 380 : 3300), form });
      }
    } else if (med.kind === 'naltrexone-oral' || med.kind === 'naltrexone-bupropion') {
      doses.push(...oralDoses(med, now));
    }
  }
  return doses.sort((a, b) => isoToMs(a.atIso) - isoToMs(b.atIso));
}

/**
 * An estimator that never estimates (used where no engine is wired, and in tests).
 *
 * @returns Always undefined.
 * @example
 * noEstimate([], new Date()) //=> undefined
 */
export const noEstimate: BlockadeEstimator = () => undefined;

/**
 * Markdown sentence stating a blockade estimate, labelled as a model estimate.
 *
 * @param estimate - The estimate.
 * @returns One paragraph, e.g. "Estimated μ-receptor blockade now: 81% …".
 * @example
 * describeEstimate({ muOccupancyNow: 0.81, below75Iso: '2026-11-25T10:00:00Z', horizonDays: 60, atIso: '2026-11-23T00:00:00Z' })
 * //=> 'Model estimate (not a measurement): μ-opioid receptor blockade now about 81%; …'
 */
export function describeEstimate(estimate: BlockadeEstimate): string {
  const pct = Math.round(estimate.muOccupancyNow * 100);
  const when = (iso: string | undefined, level: string): string => {
    if (iso === undefined) {
      return `stays above ${level} for at least ${estimate.horizonDays} days`;
    }
    const verb = iso <= estimate.atIso ? 'fell below' : 'falls below';
    return `${verb} ${level} around ${iso.slice(0, 10)}`;
  };
  return (
    `Model estimate (Blockade pharmacology engine, typical adult, full adherence assumed; not a measurement): ` +
    `μ-opioid receptor blockade now about ${pct}%; it ${when(estimate.below75Iso, '75%')} and ${when(estimate.below50Iso, '50%')}. ` +
    `About 75-80% is thought to be needed to block a typical opioid dose.`
  );
}
