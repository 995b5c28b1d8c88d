// A patient's real dose history as an engine regimen, plus the planned doses ahead.
import type { DoseForm, DoseInput, RegimenInput, Subject } from '@blockade/pharm';
import type { DoseRecord, PatientDto } from '../api/types';

const msPerHour = 3_600_000;
const msPerDay = 24 * msPerHour;

/** A regimen on the engine's clock with the wall-clock time of tHours = 0. */
export interface HistoryRegimen {
  /** Epoch ms of tHours = 0 (the first dose taken). */
  readonly startMs: number;
  readonly input: RegimenInput;
  /** Hours (engine clock) of "now". */
  readonly nowH: number;
  /** Number of doses from the record (taken or late). */
  readonly recordedDoses: number;
}

/**
 * Covariates known from the patient record: weight, age at `nowMs`, and dependence (alcohol or
 * opioid use disorder, which raises clearance in the depot population model).
 *
 * @param patient - The patient.
 * @param nowMs - Current time, epoch ms.
 * @returns The engine's subject.
 * @example
 * subjectOf({ ...p, weightKg: 80, indication: 'ldn' }, Date.now()) //=> { weightKg: 80 }
 */
export function subjectOf(patient: PatientDto, nowMs: number): Subject {
  const subject: { -readonly [K in keyof Subject]: Subject[K] } = {};
  if (patient.weightKg !== undefined) {
    subject.weightKg = patient.weightKg;
  }
  if (patient.birthDate) {
    const age = Math.floor((nowMs - Date.parse(patient.birthDate)) / (365.25 * msPerDay));
    if (age >= 12 && age <= 120) {
      subject.ageYears = age;
    }
  }
  if (
    patient.indication === 'alcohol-use-disorder' ||
    patient.indication === 'opioid-use-disorder'
  ) {
    subject.dependent = true;
  }
  return subject;
}

/**
 * The doses actually taken (status taken or late), sorted by time.
 *
 * @param doses - Dose records from the server.
 * @returns Taken doses with epoch ms.
 */
export function takenDoses(
  doses: readonly DoseRecord[],
): { atMs: number; amountMg: number; form: DoseForm }[] {
  return doses
    .filter((d) => d.status !== 'missed' && Number.isFinite(Date.parse(d.at)))
    .map((d) => ({ atMs: Date.parse(d.at), amountMg: d.amountMg, form: d.form }))
    .sort((a, b) => a.atMs - b.atMs);
}

/**
 * Builds the regimen of a patient's recorded doses, optionally continued with the planned doses
 * (plan dose and interval) until `untilMs`. An overdue planned dose is assumed given now.
 *
 * @param patient - The patient with the plan (form, doseMg, intervalHours).
 * @param doses - Dose records.
 * @param nowMs - Current time, epoch ms.
 * @param continuePlan - Add planned doses after now.
 * @param untilMs - End of the projection, epoch ms.
 * @returns The regimen, or undefined when no dose was ever taken.
 */
export function historyRegimen(
  patient: PatientDto,
  doses: readonly DoseRecord[],
  nowMs: number,
  continuePlan: boolean,
  untilMs: number,
): HistoryRegimen | undefined {
  const taken = takenDoses(doses).filter((d) => d.atMs <= nowMs);
  const first = taken[0];
  const last = taken[taken.length - 1];
  if (!first || !last) {
    return undefined;
  }
  const startMs = first.atMs;
  const toH = (ms: number): number => (ms - startMs) / msPerHour;
  const list: DoseInput[] = taken.map((d) => ({
    atHours: toH(d.atMs),
    amountMg: d.amountMg,
    form: d.form,
  }));
  if (continuePlan && patient.intervalHours > 0) {
    let next = Math.max(last.atMs + patient.intervalHours * msPerHour, nowMs);
    while (next <= untilMs) {
      list.push({ atHours: toH(next), amountMg: patient.doseMg, form: patient.form });
      next += patient.intervalHours * msPerHour;
    }
  }
  return {
    startMs,
    input: { subject: subjectOf(patient, nowMs), doses: list },
    nowH: toH(nowMs),
    recordedDoses: taken.length,
  };
}

/**
 * Output times (engine hours) covering a display window: from `fromMs` (not before the first
 * dose) to `untilMs`, about `points` samples, always including "now".
 *
 * @param h - The history regimen.
 * @param fromMs - Start of the window, epoch ms.
 * @param untilMs - End of the window, epoch ms.
 * @param points - Wanted samples.
 * @returns Sorted times in hours.
 */
export function windowTimes(
  h: HistoryRegimen,
  fromMs: number,
  untilMs: number,
  points = 300,
): number[] {
  const fromH = Math.max(0, (fromMs - h.startMs) / msPerHour);
  const toH = (untilMs - h.startMs) / msPerHour;
  const step = Math.max(0.5, (toH - fromH) / points);
  const times: number[] = [];
  for (let t = fromH; t < toH; t += step) {
    times.push(t);
  }
  times.push(toH, h.nowH);
  return [...new Set(times)].sort((a, b) => a - b);
}

/** Epoch ms helpers for callers. */
export const time = { msPerHour, msPerDay };
