// The one seam between the web app and the engine in @blockade/pharm: validate, simulate, and
// turn the result into chart points. Runs in the browser.
import type { Issue, RegimenInput, SimulationPoint } from '@blockade/pharm';
import { parseRegimen, simulate } from '@blockade/pharm';
import type { CurvePoint } from '../components/BlockadeChart/curve';

/** Result of running one regimen: the points, or the input problems in plain words. */
export type RunResult =
  | { readonly ok: true; readonly points: readonly SimulationPoint[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const describeIssue = (i: Issue): string =>
  `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`;

/**
 * Validates and simulates a regimen at the given times.
 *
 * @param input - Regimen in the engine's JSON input form.
 * @param timesH - Output times in hours from the first dose.
 * @param population - Also compute the 5th and 95th percentiles (slower).
 * @returns Points or problems.
 */
export function runRegimen(
  input: RegimenInput,
  timesH: readonly number[],
  population: boolean,
): RunResult {
  const parsed = parseRegimen(input);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.issues.map(describeIssue) };
  }
  const result = simulate(parsed.value, {
    times: timesH,
    ...(population ? { population: { size: 200, seed: 7 } } : {}),
  });
  if (!result.ok) {
    return { ok: false, problems: result.issues.map(describeIssue) };
  }
  return { ok: true, points: result.value.points };
}

/**
 * Converts engine points to chart points on a day axis (or a date axis when `startMs` is given).
 *
 * @param points - Engine output.
 * @param series - Series name shown in the legend.
 * @param startMs - Epoch ms of tHours = 0 for a date axis; omit for days.
 * @returns Chart points; the band comes from p5/p95 when present.
 */
export function toCurve(
  points: readonly SimulationPoint[],
  series: string,
  startMs?: number,
): CurvePoint[] {
  return points.map((p) => {
    const x = startMs === undefined ? p.tHours / 24 : new Date(startMs + p.tHours * 3_600_000);
    const base: CurvePoint = {
      x,
      series,
      naltrexoneNgPerMl: p.naltrexoneNgPerMl,
      naltrexolNgPerMl: p.naltrexolNgPerMl,
      mu: p.occupancy.mu,
    };
    return p.p5 && p.p95 ? { ...base, muP5: p.p5.occupancy.mu, muP95: p.p95.occupancy.mu } : base;
  });
}

/** Figures a clinician reads off a regimen's estimated curve. */
export interface CurveSummary {
  /** Highest naltrexone concentration, ng/mL. */
  readonly peakNaltrexoneNgPerMl: number;
  /** Share of the time with μ occupancy ≥ 75%. */
  readonly shareAboveBlocking: number;
  /** Lowest μ occupancy after the first day. */
  readonly lowestMuAfterDay1: number;
  /** Last time (days) with μ occupancy ≥ 75%, or undefined if never. */
  readonly lastDayAboveBlocking: number | undefined;
}

/**
 * Summarises one estimated curve.
 *
 * @param points - Engine output (sorted by time).
 * @param threshold - Blocking occupancy (default 0.75).
 * @returns Peak, share of time blocked, lowest occupancy after day 1, last blocked day.
 * @example
 * summarize(points).shareAboveBlocking //=> 0.97
 */
export function summarize(points: readonly SimulationPoint[], threshold = 0.75): CurveSummary {
  let peak = 0;
  let above = 0;
  let lowest = 1;
  let last: number | undefined;
  for (const p of points) {
    peak = Math.max(peak, p.naltrexoneNgPerMl);
    if (p.occupancy.mu >= threshold) {
      above += 1;
      last = p.tHours / 24;
    }
    if (p.tHours >= 24) {
      lowest = Math.min(lowest, p.occupancy.mu);
    }
  }
  return {
    peakNaltrexoneNgPerMl: peak,
    shareAboveBlocking: points.length > 0 ? above / points.length : 0,
    lowestMuAfterDay1: lowest,
    lastDayAboveBlocking: last,
  };
}
