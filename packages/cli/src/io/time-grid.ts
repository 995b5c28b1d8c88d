import type { DoseForm, Regimen } from '@blockade/pharm';
import { limits } from '@blockade/pharm';
import type { GridSpec } from './simulate-args';

/**
 * How long the default grid runs past each dose, by form: a week for tablets (μ occupancy after a
 * 50 mg dose is about 30% at 168 h), 8 weeks for the XR injection (two dosing intervals),
 * 32 weeks for implants (a 3.3 g implant keeps naltrexone ≥ 2 ng/mL for about 145 days).
 */
export const tailHoursByForm: Readonly<Record<DoseForm, number>> = {
  'oral-tablet': 7 * 24,
  'er-tablet': 7 * 24,
  'xr-injection': 8 * 7 * 24,
  implant: 32 * 7 * 24,
};

/** Default grid step in hours. */
export const defaultStepH = 1;

/**
 * Builds the output times: `--times` as given, or the inclusive grid from `--from` (default 0)
 * to `--to` (default: the latest of each dose's time plus its form's tail) in steps of `--step`
 * (default 1 h). Grid values are rounded to 1e-9 h so 0.1-hour steps print cleanly.
 *
 * @param spec - The grid options.
 * @param regimen - The regimen (for the default end).
 * @returns The times, or a message when the grid is empty or too large.
 * @example
 * buildTimes({ kind: 'grid', fromH: 0, toH: 2, stepH: 0.5 }, regimen) //=> { ok: true, times: [0, 0.5, 1, 1.5, 2] }
 */
export function buildTimes(
  spec: GridSpec,
  regimen: Regimen,
): { ok: true; times: number[]; isDefault: boolean } | { ok: false; message: string } {
  if (spec.kind === 'times') {
    return { ok: true, times: [...spec.times], isDefault: false };
  }
  const fromH = spec.fromH ?? 0;
  const defaultTo = Math.max(0, ...regimen.doses.map((d) => d.atHours + tailHoursByForm[d.form]));
  const toH = spec.toH ?? Math.max(defaultTo, fromH);
  const stepH = spec.stepH ?? defaultStepH;
  const n = Math.floor((toH - fromH) / stepH + 1e-9) + 1;
  if (n > limits.maxTimes) {
    return {
      ok: false,
      message: `--step ${stepH} from ${fromH} h to ${toH} h gives ${n} times; allowed: at most ${limits.maxTimes} (use a larger --step)`,
    };
  }
  const times = Array.from({ length: n }, (_, k) => Math.round((fromH + k * stepH) * 1e9) / 1e9);
  return { ok: true, times, isDefault: spec.toH === undefined && spec.stepH === undefined };
}
