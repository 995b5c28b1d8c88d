// Evaluates one row of reference/targets.json against the model. Pure: the caller supplies the
// regimen parser and a runner, so the same code serves the validation test and calibration scripts.
import type { Regimen, Result, SimulationPoint } from '../types';
import { exposureOf } from '../simulate/exposure';

/** A measured quantity of a target row (see the "quantities" block of targets.json). */
export interface TargetMeasure {
  readonly quantity: string;
  readonly atHours?: number;
  readonly fromHours?: number;
  readonly toHours?: number;
  readonly of?: string;
  readonly threshold?: number;
  readonly numerator?: string;
  readonly denominator?: string;
  readonly denominatorRegimen?: unknown;
}

/** Tolerance of a target row: exactly one of absolute, range or atLeast. */
export interface TargetTolerance {
  readonly absolute?: number;
  readonly range?: readonly [number, number];
  readonly atLeast?: number;
}

/** One row of targets.json. */
export interface Target {
  readonly id: string;
  readonly source: string;
  readonly regimen: unknown;
  readonly measure: TargetMeasure;
  readonly expected: number;
  readonly tolerance: TargetTolerance;
  readonly note?: string;
}

/** Model value of a target and whether it passes. */
export interface TargetOutcome {
  readonly id: string;
  readonly expected: number;
  readonly model: number;
  readonly tolerance: string;
  readonly pass: boolean;
}

/** Runs the model for a regimen at output times, returning one point per time. */
export type Runner = (regimen: Regimen, timesHours: number[]) => readonly SimulationPoint[];

/** Parses a regimen as written in the targets file. */
export type RegimenParser = (input: unknown) => Result<Regimen>;

/** Output grid for a window: fine enough for peaks and AUCs, small enough to be quick. */
export function windowGrid(fromHours: number, toHours: number): number[] {
  const span = toHours - fromHours;
  const step = span <= 48 ? 0.05 : span <= 1500 ? 0.25 : 1;
  const n = Math.round(span / step);
  return Array.from({ length: n + 1 }, (_, k) => fromHours + (k * span) / n);
}

/** Reads a plain quantity ("naltrexoneNgPerMl", "occupancy.mu", …) from a point. */
function valueOf(point: SimulationPoint, quantity: string): number {
  switch (quantity) {
    case 'naltrexoneNgPerMl':
      return point.naltrexoneNgPerMl;
    case 'naltrexolNgPerMl':
      return point.naltrexolNgPerMl;
    case 'occupancy.mu':
      return point.occupancy.mu;
    case 'occupancy.kappa':
      return point.occupancy.kappa;
    case 'occupancy.delta':
      return point.occupancy.delta;
    default:
      throw new Error(`unknown quantity ${quantity}`);
  }
}

/** Evaluates "summary.X.stat" or "Q@t" for a regimen over a window. */
function windowValue(
  expression: string,
  regimen: Regimen,
  fromHours: number,
  toHours: number,
  run: Runner,
): number {
  const at = /^(.+)@([\d.]+)$/.exec(expression);
  if (at !== null) {
    return valueOf(run(regimen, [Number(at[2])])[0]!, at[1]!);
  }
  const summary = /^summary\.(naltrexone|naltrexol)\.(cmaxNgPerMl|tmaxHours|aucNgHourPerMl)$/.exec(
    expression,
  );
  if (summary === null) {
    throw new Error(`unknown expression ${expression}`);
  }
  const times = windowGrid(fromHours, toHours);
  const points = run(regimen, times);
  const series = points.map((p) =>
    summary[1] === 'naltrexone' ? p.naltrexoneNgPerMl : p.naltrexolNgPerMl,
  );
  return exposureOf(times, series)[summary[2] as 'cmaxNgPerMl' | 'tmaxHours' | 'aucNgHourPerMl'];
}

/**
 * The model's value of a target's measured quantity.
 *
 * @param target - Row of targets.json.
 * @param parse - Regimen parser (the package's `parseRegimen`).
 * @param run - Model runner.
 * @returns The model value in the target's unit.
 * @example
 * modelValue(targets[0], parseRegimen, (r, t) => simulate(r, { times: t }).value.points) //=> 0.89…
 */
export function modelValue(target: Target, parse: RegimenParser, run: Runner): number {
  const regimen = mustParse(parse, target.regimen, target.id);
  const m = target.measure;
  const from = m.fromHours ?? 0;
  const to = m.toHours ?? 0;
  switch (m.quantity) {
    case 'ratio': {
      const denominatorRegimen =
        m.denominatorRegimen === undefined
          ? regimen
          : mustParse(parse, m.denominatorRegimen, `${target.id} denominator`);
      return (
        windowValue(m.numerator!, regimen, from, to, run) /
        windowValue(m.denominator!, denominatorRegimen, from, to, run)
      );
    }
    case 'halfLifeHours': {
      const [a, b] = run(regimen, [from, to]);
      return (Math.LN2 * (to - from)) / Math.log(valueOf(a!, m.of!) / valueOf(b!, m.of!));
    }
    case 'localPeakHours': {
      const times = windowGrid(from, to);
      const points = run(regimen, times);
      return exposureOf(
        times,
        points.map((p) => valueOf(p, m.of!)),
      ).tmaxHours;
    }
    case 'lastHoursAtLeast': {
      const times = windowGrid(from, to);
      const points = run(regimen, times);
      let last = Number.NaN;
      points.forEach((p, k) => {
        if (valueOf(p, m.of!) >= m.threshold!) {
          last = times[k]!;
        }
      });
      return last;
    }
    default:
      if (m.quantity.startsWith('summary.')) {
        return windowValue(m.quantity, regimen, from, to, run);
      }
      return valueOf(run(regimen, [m.atHours!])[0]!, m.quantity);
  }
}

function mustParse(parse: RegimenParser, input: unknown, label: string): Regimen {
  const parsed = parse(input);
  if (!parsed.ok) {
    throw new Error(`${label}: regimen does not parse: ${JSON.stringify(parsed.issues)}`);
  }
  return parsed.value;
}

/**
 * Whether a model value meets a tolerance, and the tolerance in words.
 *
 * @param value - Model value.
 * @param expected - Published value.
 * @param tolerance - The row's tolerance.
 * @returns Pass flag and text such as "± 0.08" or "[2.5, 6]".
 * @example
 * checkTolerance(0.9, 0.91, { absolute: 0.08 }) //=> { pass: true, text: '± 0.08' }
 */
export function checkTolerance(
  value: number,
  expected: number,
  tolerance: TargetTolerance,
): { pass: boolean; text: string } {
  if (tolerance.absolute !== undefined) {
    return {
      pass: Math.abs(value - expected) <= tolerance.absolute,
      text: `± ${tolerance.absolute}`,
    };
  }
  if (tolerance.range !== undefined) {
    const [lo, hi] = tolerance.range;
    return { pass: value >= lo && value <= hi, text: `[${lo}, ${hi}]` };
  }
  if (tolerance.atLeast !== undefined) {
    return { pass: value >= tolerance.atLeast, text: `≥ ${tolerance.atLeast}` };
  }
  throw new Error('tolerance has no absolute, range or atLeast');
}

/**
 * Evaluates one target row.
 *
 * @param target - Row of targets.json.
 * @param parse - Regimen parser.
 * @param run - Model runner.
 * @returns Outcome with model value and pass flag.
 */
export function evaluateTarget(target: Target, parse: RegimenParser, run: Runner): TargetOutcome {
  const model = modelValue(target, parse, run);
  const { pass, text } = checkTolerance(model, target.expected, target.tolerance);
  return { id: target.id, expected: target.expected, model, tolerance: text, pass };
}
