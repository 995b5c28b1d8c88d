// Estimated blockade of one patient from the real dose history: past, now and 30 days ahead.
import type { SimulationPoint } from '@blockade/pharm';
import type { DoseRecord, PatientDto } from '../api/types';
import type { CurvePoint } from '../components/BlockadeChart/curve';
import { historyRegimen, time, windowTimes } from './history';
import { runRegimen, toCurve } from './run';

/** Series names used on every patient chart. */
export const seriesNames = {
  planned: 'If doses continue as planned',
  stopped: 'If no further dose',
} as const;

/** What the patient and clinician pages show about the current blockade (all estimates). */
export interface PatientBlockade {
  /** Typical-subject curves on a fine grid. */
  readonly points: readonly CurvePoint[];
  /** 5-95% band of the planned series on a coarser grid (empty without band). */
  readonly band: readonly CurvePoint[];
  readonly now: Date;
  readonly muNow: number;
  readonly muNowP5?: number;
  readonly muNowP95?: number;
  /** μ occupancy in 7 days if no further dose is taken. */
  readonly muIn7DaysWithoutDose: number;
  /**
   * Days from now after which μ occupancy stays below 75% without another dose: 0 when it never
   * reaches 75% again, undefined when it is still above at the end of the 30-day projection.
   */
  readonly daysUntilBelowBlocking: number | undefined;
  readonly problems: readonly string[];
}

function at(points: readonly SimulationPoint[], tH: number): SimulationPoint | undefined {
  let best: SimulationPoint | undefined;
  for (const p of points) {
    if (!best || Math.abs(p.tHours - tH) < Math.abs(best.tHours - tH)) {
      best = p;
    }
  }
  return best;
}

/**
 * Runs the engine over a patient's doses: the past 60 days (or since the first dose), now, and a
 * 30-day projection twice (planned doses continue; no further dose). The planned series carries
 * the 5-95% band over 100 virtual patients.
 *
 * @param patient - The patient and plan.
 * @param doses - Dose records.
 * @param nowMs - Current time, epoch ms.
 * @param band - Compute the 5-95% band (slower).
 * @returns The estimate, or undefined when no dose has been taken yet.
 */
export function estimatePatientBlockade(
  patient: PatientDto,
  doses: readonly DoseRecord[],
  nowMs: number,
  band = true,
): PatientBlockade | undefined {
  const untilMs = nowMs + 30 * time.msPerDay;
  const planned = historyRegimen(patient, doses, nowMs, true, untilMs);
  const stopped = historyRegimen(patient, doses, nowMs, false, untilMs);
  if (!planned || !stopped) {
    return undefined;
  }
  const fromMs = nowMs - 60 * time.msPerDay;
  const times = windowTimes(planned, fromMs, untilMs, 900);
  const a = runRegimen(planned.input, times, false);
  const b = runRegimen(stopped.input, times, false);
  const bandTimes = band ? windowTimes(planned, fromMs, untilMs, 120) : [];
  const c = band ? runRegimen(planned.input, bandTimes, true) : undefined;
  const problems = [...(a.ok ? [] : a.problems), ...(b.ok ? [] : b.problems)];
  if (!a.ok || !b.ok) {
    return {
      points: [],
      band: [],
      now: new Date(nowMs),
      muNow: 0,
      muIn7DaysWithoutDose: 0,
      daysUntilBelowBlocking: undefined,
      problems,
    };
  }
  const nowPoint = at(c?.ok ? c.points : a.points, planned.nowH);
  const in7 = at(b.points, planned.nowH + 7 * 24);
  const future = b.points.filter((p) => p.tHours >= planned.nowH);
  const lastAbove = future.findLast((p) => p.occupancy.mu >= 0.75);
  const stillAbove = future.at(-1) !== undefined && future.at(-1) === lastAbove;
  return {
    points: [
      ...toCurve(a.points, seriesNames.planned, planned.startMs),
      ...toCurve(future, seriesNames.stopped, planned.startMs),
    ],
    band: c?.ok ? toCurve(c.points, seriesNames.planned, planned.startMs) : [],
    now: new Date(nowMs),
    muNow: nowPoint?.occupancy.mu ?? 0,
    ...(nowPoint?.p5 ? { muNowP5: nowPoint.p5.occupancy.mu } : {}),
    ...(nowPoint?.p95 ? { muNowP95: nowPoint.p95.occupancy.mu } : {}),
    muIn7DaysWithoutDose: in7?.occupancy.mu ?? 0,
    daysUntilBelowBlocking: stillAbove
      ? undefined
      : lastAbove
        ? (lastAbove.tHours - planned.nowH) / 24
        : 0,
    problems,
  };
}
