// Sinclair method (targeted dosing): was the dose taken early enough before the first drink?
import type { Subject } from '@blockade/pharm';
import { blockingOccupancy } from './protection';
import { runRegimen } from './run';

/** The model's answer for one drinking occasion. */
export interface SinclairVerdict {
  /** Minutes from the dose to the first drink (negative: the drink came first). */
  readonly minutesBefore: number;
  /** Estimated μ occupancy at the first drink. */
  readonly muAtFirstDrink: number;
  /** Estimated minutes after the dose when μ occupancy first reaches the blocking level. */
  readonly minutesToBlocking: number | undefined;
  readonly earlyEnough: boolean;
  readonly message: string;
}

/**
 * Judges one Sinclair-method occasion with the model: a single oral dose at `doseAtMs`, μ
 * occupancy at `firstDrinkAtMs`. Early enough means the estimated occupancy at the first drink is
 * at least the blocking level (75%).
 *
 * @param doseAtMs - Dose time, epoch ms.
 * @param firstDrinkAtMs - First drink, epoch ms.
 * @param doseMg - Oral dose in mg (usually 50).
 * @param subject - Covariates.
 * @returns The verdict with a plain message, or undefined when the model refuses the input.
 * @example
 * sinclairVerdict(t, t + 60 * 60_000, 50, {}).earlyEnough //=> true
 */
export function sinclairVerdict(
  doseAtMs: number,
  firstDrinkAtMs: number,
  doseMg: number,
  subject: Subject,
): SinclairVerdict | undefined {
  const minutesBefore = Math.round((firstDrinkAtMs - doseAtMs) / 60_000);
  const times = Array.from({ length: 49 }, (_, i) => i * 0.0625); // 0-3 h every 3.75 min
  const atDrinkH = Math.max(0, minutesBefore / 60);
  const run = runRegimen(
    { subject, doses: [{ atHours: 0, amountMg: doseMg, form: 'oral-tablet' }] },
    [...times, atDrinkH],
    false,
  );
  if (!run.ok) {
    return undefined;
  }
  const muAtFirstDrink = minutesBefore <= 0 ? 0 : (run.points.at(-1)?.occupancy.mu ?? 0);
  const reach = run.points.slice(0, -1).find((p) => p.occupancy.mu >= blockingOccupancy);
  const minutesToBlocking = reach ? Math.round(reach.tHours * 60) : undefined;
  const earlyEnough = minutesBefore > 0 && muAtFirstDrink >= blockingOccupancy;
  const pct = Math.round(muAtFirstDrink * 100);
  const message =
    minutesBefore <= 0
      ? 'The first drink came before the dose, so the dose could not block it. Next time take the tablet about an hour before drinking.'
      : earlyEnough
        ? `Early enough: about ${pct}% of the opioid receptors were estimated to be blocked at your first drink (${minutesBefore} minutes after the dose).`
        : `Probably not early enough: only about ${pct}% of the receptors were estimated to be blocked at your first drink (${minutesBefore} minutes after the dose).${minutesToBlocking !== undefined ? ` The model needs about ${minutesToBlocking} minutes to reach the blocking level.` : ''}`;
  return { minutesBefore, muAtFirstDrink, minutesToBlocking, earlyEnough, message };
}
