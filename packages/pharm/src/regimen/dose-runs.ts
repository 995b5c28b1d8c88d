import type { Dose } from '../types';

/** Doses of the same amount and form at a constant interval. */
export interface DoseRun {
  readonly first: Dose;
  readonly count: number;
  readonly everyHours: number;
  readonly lastHours: number;
}

/**
 * Splits time-sorted doses into runs of consecutive equal doses (amount and form) at a constant
 * interval, the inverse of `everyHours`/`count` expansion.
 *
 * @param doses - Doses sorted by time.
 * @returns Runs; a run of one dose has `everyHours` 0.
 * @example
 * groupRuns([{ atHours: 0, amountMg: 50, form: 'oral-tablet' }, { atHours: 24, amountMg: 50, form: 'oral-tablet' }])
 * //=> [{ first: { atHours: 0, … }, count: 2, everyHours: 24, lastHours: 24 }]
 */
export function groupRuns(doses: readonly Dose[]): DoseRun[] {
  const runs: DoseRun[] = [];
  for (const dose of doses) {
    const last = runs[runs.length - 1];
    const gap = last === undefined ? 0 : dose.atHours - last.lastHours;
    const same =
      last !== undefined &&
      last.first.amountMg === dose.amountMg &&
      last.first.form === dose.form &&
      gap > 0 &&
      (last.count === 1 || Math.abs(gap - last.everyHours) < 1e-9);
    if (same) {
      runs[runs.length - 1] = {
        ...last,
        count: last.count + 1,
        everyHours: gap,
        lastHours: dose.atHours,
      };
    } else {
      runs.push({ first: dose, count: 1, everyHours: 0, lastHours: dose.atHours });
    }
  }
  return runs;
}
