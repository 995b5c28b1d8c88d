import type { Dose, Regimen } from '@blockade/pharm';
import type { DoseEvent, Patient, TreatmentPlan } from '@blockade/store';

const msPerHour = 3_600_000;
/** Doses older than this are left out: their effect on μ occupancy is gone (depot ≈ 2 months). */
export const historyWindowDays = 180;

/** A patient's dosing as the engine sees it, anchored at a clock time. */
export interface PatientRegimen {
  readonly regimen: Regimen;
  /** Epoch ms of the engine's tHours = 0. */
  readonly t0Ms: number;
  /** How many projected (not yet taken) doses were added after `now`. */
  readonly projectedDoses: number;
}

/**
 * The active plan on a date, if any: started on or before it and not stopped before it.
 *
 * @param plans - The patient's plans.
 * @param nowMs - Epoch ms.
 * @returns The most recently started active plan.
 */
export function activePlan(
  plans: readonly TreatmentPlan[],
  nowMs: number,
): TreatmentPlan | undefined {
  const today = new Date(nowMs).toISOString().slice(0, 10);
  return [...plans]
    .filter((p) => p.startDate <= today && (p.stopDate === undefined || p.stopDate >= today))
    .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
}

/**
 * Builds the engine's regimen from the real dose history (taken and late doses in the last
 * {@link historyWindowDays} days) plus, when `project` is set and the active plan is scheduled,
 * the plan's future doses from its first due time at or after `now` to `untilMs` (overdue doses
 * are never assumed taken).
 *
 * @param patient - Covariates (weight); patients in treatment count as dependent (+23% clearance).
 * @param doses - Dose events.
 * @param plan - The active plan, if any.
 * @param nowMs - Epoch ms of now.
 * @param untilMs - End of the projection.
 * @param project - Whether to add the plan's future doses.
 * @returns The regimen, or undefined when there is no dose at all.
 */
export function regimenFromHistory(
  patient: Patient,
  doses: readonly DoseEvent[],
  plan: TreatmentPlan | undefined,
  nowMs: number,
  untilMs: number,
  project: boolean,
): PatientRegimen | undefined {
  const fromMs = nowMs - historyWindowDays * 24 * msPerHour;
  const taken = doses
    .filter((d) => d.status !== 'missed' && d.amountMg > 0)
    .map((d) => ({ ms: Date.parse(d.at), amountMg: d.amountMg, form: d.form }))
    .filter((d) => d.ms >= fromMs && d.ms <= nowMs);
  const future: { ms: number; amountMg: number; form: Dose['form'] }[] = [];
  const interval = plan?.intervalHours;
  if (project && plan !== undefined && plan.regimen !== 'targeted' && interval !== undefined) {
    const lastMs = taken.reduce((m, d) => Math.max(m, d.ms), Number.NEGATIVE_INFINITY);
    const stepMs = interval * msPerHour;
    let next = Number.isFinite(lastMs) ? lastMs + stepMs : nowMs;
    while (next < nowMs) {
      next += stepMs;
    }
    for (; next <= untilMs && future.length < 2000; next += stepMs) {
      future.push({ ms: next, amountMg: plan.doseMg, form: plan.form });
    }
  }
  const all = [...taken, ...future].sort((a, b) => a.ms - b.ms);
  const first = all[0];
  if (first === undefined) {
    return undefined;
  }
  const t0Ms = first.ms;
  return {
    t0Ms,
    projectedDoses: future.length,
    regimen: {
      subject: {
        dependent: true,
        ...(patient.weightKg === undefined ? {} : { weightKg: patient.weightKg }),
      },
      doses: all.map((d) => ({
        atHours: (d.ms - t0Ms) / msPerHour,
        amountMg: d.amountMg,
        form: d.form,
      })),
    },
  };
}
