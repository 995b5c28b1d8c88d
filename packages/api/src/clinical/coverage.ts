import type { PatientHistory } from '@blockade/store';
import { estimateBlockade } from './blockade';
import { activePlan } from './regimen-from-history';

const dayMs = 86_400_000;

/** One reason a patient needs attention, with its weight in the risk score. */
export interface CoverageFlag {
  readonly code:
    | 'phq9-item9-positive'
    | 'depot-overdue'
    | 'mu-below-75-within-7-days'
    | 'missed-doses'
    | 'lft-overdue';
  readonly weight: number;
  readonly detail: string;
}

/** A row of the clinic worklist. */
export interface CoverageRow {
  readonly patientId: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly riskScore: number;
  readonly flags: readonly CoverageFlag[];
  /** Estimated μ occupancy now (typical subject; an estimate), or null without doses. */
  readonly muOccupancyNow: number | null;
}

/** Days between liver tests before one is counted overdue (practice convention, not a guideline rule). */
export const lftIntervalDays = 180;
/** Look-back for missed doses. */
export const missedLookbackDays = 14;

/**
 * Flags one patient for the clinic worklist: PHQ-9 item 9 positive (latest PHQ-9), depot overdue
 * (no injection within the plan interval, or a scheduled injection past due), predicted μ
 * occupancy below 75% within 7 days (engine estimate, typical subject, plan projected; not for LDN
 * or targeted dosing), missed doses in 14 days, no liver test in 180 days.
 *
 * @param history - The patient's records.
 * @param nowMs - Epoch ms of now.
 * @returns The row with its risk score (sum of flag weights).
 */
export function coverageRow(history: PatientHistory, nowMs: number): CoverageRow {
  const flags: CoverageFlag[] = [];
  const plan = activePlan(history.plans, nowMs);
  const phq9 = history.questionnaires.filter((q) => q.instrument === 'phq-9').at(-1);
  if (phq9 !== undefined && (phq9.answers[8] ?? 0) > 0) {
    flags.push({
      code: 'phq9-item9-positive',
      weight: 100,
      detail: `PHQ-9 item 9 answered ${phq9.answers[8]} on ${phq9.at.slice(0, 10)}`,
    });
  }
  if (plan?.form === 'xr-injection') {
    const last = history.doses
      .filter((d) => d.form === 'xr-injection' && d.status !== 'missed')
      .at(-1);
    const intervalDays = (plan.intervalHours ?? 672) / 24;
    const overdueAppt = history.appointments.find(
      (a) => a.kind === 'injection' && a.status === 'scheduled' && Date.parse(a.dueAt) < nowMs,
    );
    const sinceDays =
      last === undefined ? Number.POSITIVE_INFINITY : (nowMs - Date.parse(last.at)) / dayMs;
    if (sinceDays > intervalDays || overdueAppt !== undefined) {
      flags.push({
        code: 'depot-overdue',
        weight: 50,
        detail:
          last === undefined
            ? 'no injection recorded'
            : `last injection ${Math.floor(sinceDays)} days ago`,
      });
    }
  }
  let muNow: number | null = null;
  if (history.doses.length > 0) {
    const est = estimateBlockade(history.patient, history.doses, history.plans, nowMs, {
      pastDays: 0,
      futureDays: 7,
      stepHours: 6,
      populationSize: 0,
      projectPlan: true,
    });
    if (est.ok) {
      muNow = est.value.points[0]?.muOccupancy ?? null;
      const blockadeMatters =
        plan !== undefined &&
        plan.indication !== 'low-dose-naltrexone' &&
        plan.regimen !== 'targeted';
      if (blockadeMatters && est.value.muBelow75At !== null) {
        flags.push({
          code: 'mu-below-75-within-7-days',
          weight: 40,
          detail:
            Date.parse(est.value.muBelow75At) <= nowMs && muNow !== null
              ? `estimated μ occupancy already below 75% (${Math.round(muNow * 100)}% now)`
              : `estimated μ occupancy below 75% from ${est.value.muBelow75At.slice(0, 16)}Z`,
        });
      }
    }
  }
  const missed = history.doses.filter(
    (d) => d.status === 'missed' && Date.parse(d.at) >= nowMs - missedLookbackDays * dayMs,
  ).length;
  if (missed > 0) {
    flags.push({
      code: 'missed-doses',
      weight: Math.min(30, 10 * missed),
      detail: `${missed} missed in ${missedLookbackDays} days`,
    });
  }
  const onStandardDose = plan !== undefined && plan.indication !== 'low-dose-naltrexone';
  const lastLft = history.labs.filter((l) => l.test === 'alt' || l.test === 'ast').at(-1);
  if (
    onStandardDose &&
    (lastLft === undefined || Date.parse(lastLft.collectedAt) < nowMs - lftIntervalDays * dayMs)
  ) {
    flags.push({
      code: 'lft-overdue',
      weight: 10,
      detail:
        lastLft === undefined
          ? 'no liver test recorded'
          : `last liver test ${lastLft.collectedAt.slice(0, 10)}`,
    });
  }
  return {
    patientId: history.patient.id,
    givenName: history.patient.givenName,
    familyName: history.patient.familyName,
    riskScore: flags.reduce((s, f) => s + f.weight, 0),
    flags,
    muOccupancyNow: muNow,
  };
}

/**
 * Sorts worklist rows: highest risk first, then family name.
 *
 * @param rows - Rows.
 * @returns A sorted copy.
 */
export function sortByRisk(rows: readonly CoverageRow[]): CoverageRow[] {
  return [...rows].sort(
    (a, b) => b.riskScore - a.riskScore || a.familyName.localeCompare(b.familyName),
  );
}
