// The one data shape every exposure chart draws: a time (hours or a date), a series name and the
// model's outputs. Built from the in-browser engine (planner) or the server's /blockade (patients).

/** One time point of one estimated curve. */
export interface CurvePoint {
  /** Days from the first dose (planner) or a date (patient history). */
  readonly x: number | Date;
  readonly series: string;
  readonly naltrexoneNgPerMl: number;
  readonly naltrexolNgPerMl: number;
  /** μ occupancy 0-1, typical subject. */
  readonly mu: number;
  /** 5th and 95th percentile of μ occupancy (population mode). */
  readonly muP5?: number;
  readonly muP95?: number;
}

/**
 * Picks about `rows` evenly spaced points per series for a text table.
 *
 * @param points - Curve points (any order within a series).
 * @param rows - Wanted rows per series.
 * @returns A subset of the points, in input order.
 * @example
 * sampleForTable(Array.from({ length: 100 }, (_, i) => ({ ...p, x: i })), 10).length //=> 10
 */
export function sampleForTable(points: readonly CurvePoint[], rows = 12): CurvePoint[] {
  const bySeries = new Map<string, CurvePoint[]>();
  for (const p of points) {
    bySeries.set(p.series, [...(bySeries.get(p.series) ?? []), p]);
  }
  const out: CurvePoint[] = [];
  for (const list of bySeries.values()) {
    const step = Math.max(1, Math.ceil(list.length / rows));
    for (let i = 0; i < list.length; i += step) {
      out.push(list[i] as CurvePoint);
    }
  }
  return out;
}

/**
 * Formats a percentage from a fraction.
 *
 * @param fraction - Value 0-1.
 * @returns e.g. "87%".
 * @example
 * pct(0.874) //=> '87%'
 */
export const pct = (fraction: number): string => `${Math.round(fraction * 100)}%`;

/**
 * Formats a concentration with two significant digits.
 *
 * @param ngPerMl - Concentration in ng/mL.
 * @returns e.g. "0.42".
 * @example
 * conc(0.4234) //=> '0.42'
 */
export const conc = (ngPerMl: number): string =>
  ngPerMl >= 10 ? ngPerMl.toFixed(0) : ngPerMl >= 1 ? ngPerMl.toFixed(1) : ngPerMl.toPrecision(2);
