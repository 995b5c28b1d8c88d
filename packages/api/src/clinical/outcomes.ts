import type { PatientHistory } from '@blockade/store';
import { activePlan } from './regimen-from-history';
import { addDays, daysBetween, localDate } from './local-date';

/** Treatment outcomes of one patient over a window of whole days (patient's calendar). */
export interface PatientOutcomes {
  readonly fromDate: string;
  readonly toDate: string;
  readonly days: number;
  /**
   * Proportion of days covered (0-1): days on which a taken dose's supply lasts, each dose covering
   * its plan's interval (1 day for daily tablets, 28 for the depot), over the days in the window
   * since the plan started. Null without a scheduled plan (Sinclair method, no plan).
   */
  readonly proportionDaysCovered: number | null;
  readonly missedDoses: number;
  /** Diary: days recorded, mean standard drinks per week over recorded weeks, heavy-drinking days. */
  readonly diaryDays: number;
  readonly drinksPerWeek: number | null;
  readonly heavyDrinkingDays: number;
  readonly weekly: readonly {
    readonly weekStart: string;
    readonly drinks: number;
    readonly heavyDrinkingDays: number;
    readonly daysRecorded: number;
  }[];
  readonly cravings: readonly { readonly at: string; readonly score: number }[];
  /** Least-squares slope of craving score per week (negative = improving), null with < 2 ratings. */
  readonly cravingSlopePerWeek: number | null;
  readonly phq9: readonly { readonly at: string; readonly total: number; readonly item9: number }[];
}

function slopePerWeek(points: readonly { at: string; score: number }[]): number | null {
  if (points.length < 2) {
    return null;
  }
  const xs = points.map((p) => Date.parse(p.at) / (7 * 86_400_000));
  const ys = points.map((p) => p.score);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? null : Math.round((num / den) * 1000) / 1000;
}

/**
 * Computes adherence (PDC), drinking (drinks per week, heavy-drinking days), craving and PHQ-9
 * trends for the last `days` days up to today in the patient's time zone.
 *
 * @param history - The patient's records.
 * @param nowMs - Epoch ms of now.
 * @param days - Window length in days (default 84 = 12 weeks).
 * @returns The outcomes.
 */
export function computeOutcomes(
  history: PatientHistory,
  nowMs: number,
  days = 84,
): PatientOutcomes {
  const tz = history.patient.timeZone;
  const toDate = localDate(nowMs, tz);
  const fromDate = addDays(toDate, -(days - 1));
  const inWindow = (date: string): boolean => date >= fromDate && date <= toDate;

  const plan = activePlan(history.plans, nowMs);
  let pdc: number | null = null;
  if (plan !== undefined && plan.regimen !== 'targeted' && plan.intervalHours !== undefined) {
    const start = plan.startDate > fromDate ? plan.startDate : fromDate;
    const coverDays = Math.max(1, Math.round(plan.intervalHours / 24));
    const covered = new Set<string>();
    for (const d of history.doses) {
      if (d.status === 'missed') {
        continue;
      }
      const date = localDate(Date.parse(d.at), tz);
      for (let k = 0; k < coverDays; k++) {
        covered.add(addDays(date, k));
      }
    }
    const total = daysBetween(start, toDate) + 1;
    let count = 0;
    for (let k = 0; k < total; k++) {
      count += covered.has(addDays(start, k)) ? 1 : 0;
    }
    pdc = total > 0 ? Math.round((count / total) * 1000) / 1000 : null;
  }
  const missedDoses = history.doses.filter(
    (d) => d.status === 'missed' && inWindow(localDate(Date.parse(d.at), tz)),
  ).length;

  const diary = history.diary.filter((e) => inWindow(e.date));
  const weeks = new Map<string, { drinks: number; heavy: number; days: number }>();
  for (const e of diary) {
    const weekStart = addDays(fromDate, Math.floor(daysBetween(fromDate, e.date) / 7) * 7);
    const w = weeks.get(weekStart) ?? { drinks: 0, heavy: 0, days: 0 };
    weeks.set(weekStart, {
      drinks: w.drinks + e.standardDrinks,
      heavy: w.heavy + (e.heavyDrinkingDay ? 1 : 0),
      days: w.days + 1,
    });
  }
  const totalDrinks = diary.reduce((s, e) => s + e.standardDrinks, 0);
  const cravings = history.cravings
    .filter((c) => inWindow(localDate(Date.parse(c.at), tz)))
    .map((c) => ({ at: c.at, score: c.score }));
  return {
    fromDate,
    toDate,
    days,
    proportionDaysCovered: pdc,
    missedDoses,
    diaryDays: diary.length,
    drinksPerWeek:
      diary.length === 0 ? null : Math.round((totalDrinks / diary.length) * 7 * 10) / 10,
    heavyDrinkingDays: diary.filter((e) => e.heavyDrinkingDay).length,
    weekly: [...weeks.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([weekStart, w]) => ({
        weekStart,
        drinks: w.drinks,
        heavyDrinkingDays: w.heavy,
        daysRecorded: w.days,
      })),
    cravings,
    cravingSlopePerWeek: slopePerWeek(cravings),
    phq9: history.questionnaires
      .filter((q) => q.instrument === 'phq-9')
      .map((q) => ({ at: q.at, total: q.total, item9: q.answers[8] ?? 0 })),
  };
}
