// Pure helpers for the regimen planner: form state → regimen input, output grids, delays.
import type { DoseForm, DoseInput, RegimenInput } from '@blockade/pharm';

/** What the planner form holds for one regimen (strings: what the user typed). */
export interface PlannerForm {
  readonly form: DoseForm;
  readonly doseMg: string;
  readonly everyHours: string;
  readonly count: string;
  readonly weightKg: string;
  readonly ageYears: string;
  readonly hepatic: 'normal' | 'compensated-cirrhosis' | 'decompensated-cirrhosis';
  readonly creatinineClearanceMlPerMin: string;
  readonly dependent: boolean;
  /** Delay of the last scheduled dose in days ("what if the next injection is late?"). */
  readonly lateDays: string;
}

/** Typical defaults per form: dose in mg, interval in hours, number of doses. */
export const formDefaults: Readonly<
  Record<DoseForm, { doseMg: number; everyHours: number; count: number; label: string }>
> = {
  'oral-tablet': { doseMg: 50, everyHours: 24, count: 28, label: 'Oral tablet' },
  'er-tablet': { doseMg: 16, everyHours: 12, count: 56, label: 'Extended-release tablet' },
  'xr-injection': { doseMg: 380, everyHours: 672, count: 3, label: 'Depot injection (IM)' },
  implant: { doseMg: 3300, everyHours: 4380, count: 1, label: 'Implant' },
};

/**
 * A planner form with the usual regimen for a dose form (e.g. 50 mg oral once a day for 28 days).
 *
 * @param form - Dose form.
 * @returns A complete planner form.
 * @example
 * defaultPlannerForm('xr-injection').doseMg //=> '380'
 */
export function defaultPlannerForm(form: DoseForm): PlannerForm {
  const d = formDefaults[form];
  return {
    form,
    doseMg: String(d.doseMg),
    everyHours: String(d.everyHours),
    count: String(d.count),
    weightKg: '',
    ageYears: '',
    hepatic: 'normal',
    creatinineClearanceMlPerMin: '',
    dependent: false,
    lateDays: '0',
  };
}

const numberOrText = (text: string): number | string => {
  const trimmed = text.trim();
  const n = Number(trimmed);
  return trimmed !== '' && Number.isFinite(n) ? n : trimmed;
};

/**
 * Converts the planner form to the engine's regimen input. Numbers that do not parse are passed
 * through as text so the engine's validation reports them (field, value, what is allowed).
 * With `lateDays` > 0 and at least two doses, the last dose is moved that many days later.
 *
 * @param f - The planner form.
 * @returns The regimen in the engine's JSON input format (not yet validated).
 * @example
 * toRegimenInput(defaultPlannerForm('oral-tablet')).doses[0]
 * //=> { atHours: 0, amountMg: 50, form: 'oral-tablet', everyHours: 24, count: 28 }
 */
export function toRegimenInput(f: PlannerForm): RegimenInput {
  const subject: Record<string, unknown> = {};
  if (f.weightKg.trim() !== '') {
    subject.weightKg = numberOrText(f.weightKg);
  }
  if (f.ageYears.trim() !== '') {
    subject.ageYears = numberOrText(f.ageYears);
  }
  if (f.creatinineClearanceMlPerMin.trim() !== '') {
    subject.creatinineClearanceMlPerMin = numberOrText(f.creatinineClearanceMlPerMin);
  }
  if (f.hepatic !== 'normal') {
    subject.hepatic = f.hepatic;
  }
  if (f.dependent) {
    subject.dependent = true;
  }
  const amountMg = numberOrText(f.doseMg) as number;
  const everyHours = numberOrText(f.everyHours) as number;
  const count = numberOrText(f.count) as number;
  const lateDays = Number(f.lateDays);
  const late = Number.isFinite(lateDays) && lateDays > 0;
  let doses: DoseInput[];
  if (late && typeof count === 'number' && count >= 2 && typeof everyHours === 'number') {
    doses = [
      { atHours: 0, amountMg, form: f.form, everyHours, count: count - 1 },
      { atHours: (count - 1) * everyHours + lateDays * 24, amountMg, form: f.form },
    ];
    if (count - 1 === 1) {
      doses[0] = { atHours: 0, amountMg, form: f.form };
    }
  } else {
    doses = [{ atHours: 0, amountMg, form: f.form, everyHours, count }];
  }
  return { subject: subject, doses };
}

/**
 * How long to draw a regimen: one interval past the last scheduled dose, at least 3 days and at
 * most 400 days.
 *
 * @param f - The planner form.
 * @returns Horizon in hours.
 * @example
 * horizonHours(defaultPlannerForm('oral-tablet')) //=> 696
 */
export function horizonHours(f: PlannerForm): number {
  const every = Number(f.everyHours);
  const count = Number(f.count);
  const late = Math.max(0, Number(f.lateDays) || 0) * 24;
  if (!Number.isFinite(every) || !Number.isFinite(count) || every <= 0 || count <= 0) {
    return 72;
  }
  const lastH = (count - 1) * every + late;
  const tail = Math.max(every, 72);
  return Math.min(400 * 24, Math.max(72, lastH + tail));
}

/**
 * Evenly spaced output times from 0 to `toHours`, with about `points` samples (step ≥ 0.25 h).
 *
 * @param toHours - End of the grid in hours.
 * @param points - Wanted number of samples.
 * @returns Times in hours, starting at 0 and ending at `toHours`.
 * @example
 * timeGrid(10, 5) //=> [0, 2.5, 5, 7.5, 10]
 */
export function timeGrid(toHours: number, points = 400): number[] {
  const step = Math.max(0.25, toHours / (points - 1));
  const times: number[] = [];
  for (let t = 0; t < toHours; t += step) {
    times.push(Math.round(t * 1000) / 1000);
  }
  times.push(toHours);
  return times;
}
