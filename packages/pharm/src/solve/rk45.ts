import type { Dose } from '../types';
import type { LinearSystem } from '../model/system';
import { recordOutputs, type ConcentrationSeries } from './exact';

/** Settings of the ODE path (Dormand-Prince 5(4) with adaptive steps). */
export interface OdeSettings {
  /** Relative tolerance per step (default 1e-10). */
  readonly rtol: number;
  /** Absolute tolerance per step in mg (default 1e-12). */
  readonly atol: number;
  /** Most steps per call before giving up (default 1,000,000). */
  readonly maxSteps: number;
}

/** Default ODE settings: tight, for checking the exact path. */
export const defaultOdeSettings: OdeSettings = { rtol: 1e-10, atol: 1e-12, maxSteps: 1_000_000 };

// Dormand-Prince coefficients.
const A = [
  [],
  [1 / 5],
  [3 / 40, 9 / 40],
  [44 / 45, -56 / 15, 32 / 9],
  [19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729],
  [9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656],
  [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84],
];
const B5 = [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84, 0];
const B4 = [5179 / 57600, 0, 7571 / 16695, 393 / 640, -92097 / 339200, 187 / 2100, 1 / 40];

/** dx/dt = A·x. */
function derivative(system: LinearSystem, x: Float64Array, out: Float64Array): void {
  const { n, a } = system;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) {
      s += a[i * n + j]! * x[j]!;
    }
    out[i] = s;
  }
}

/**
 * Integrates the linear system numerically from `fromHours` to `toHours` (adaptive Dormand-Prince
 * 5(4); the time-invariant right-hand side needs no stage times). Throws when the step limit is
 * reached, naming the setting to change.
 */
function integrate(
  system: LinearSystem,
  x: Float64Array,
  fromHours: number,
  toHours: number,
  settings: OdeSettings,
  counter: { steps: number },
): void {
  const n = system.n;
  const k = Array.from({ length: 7 }, () => new Float64Array(n));
  const stage = new Float64Array(n);
  const x5 = new Float64Array(n);
  let t = fromHours;
  let h = Math.min(0.01, toHours - fromHours);
  while (t < toHours) {
    if (counter.steps++ > settings.maxSteps) {
      throw new Error(
        `ODE step limit ${settings.maxSteps} reached at t=${t.toFixed(1)} h; raise \`maxSteps\` or loosen \`rtol\` (now ${settings.rtol})`,
      );
    }
    h = Math.min(h, toHours - t);
    derivative(system, x, k[0]!);
    for (let s = 1; s < 7; s++) {
      for (let i = 0; i < n; i++) {
        let v = x[i]!;
        for (let j = 0; j < s; j++) {
          v += h * A[s]![j]! * k[j]![i]!;
        }
        stage[i] = v;
      }
      derivative(system, stage, k[s]!);
    }
    let err = 0;
    for (let i = 0; i < n; i++) {
      let v5 = x[i]!;
      let v4 = x[i]!;
      for (let s = 0; s < 7; s++) {
        v5 += h * B5[s]! * k[s]![i]!;
        v4 += h * B4[s]! * k[s]![i]!;
      }
      x5[i] = v5;
      const scale = settings.atol + settings.rtol * Math.max(Math.abs(x[i]!), Math.abs(v5));
      err = Math.max(err, Math.abs(v5 - v4) / scale);
    }
    if (err <= 1) {
      t = t + h >= toHours - 1e-12 * Math.max(1, Math.abs(toHours)) ? toHours : t + h;
      x.set(x5);
    }
    const factor = err === 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * err ** -0.2));
    h *= factor;
  }
}

/**
 * ODE path: the same model and dose handling as the exact path, integrated numerically. Used to
 * check the exact solver (tests) and kept for future non-linear forms.
 *
 * @param system - Linear system of a subject.
 * @param doses - Doses sorted by time.
 * @param timesHours - Output times, non-decreasing.
 * @param out - Series to write (same length as times).
 * @param settings - Solver settings.
 * @returns `out`.
 * @example
 * solveOde(system, [{ atHours: 0, amountMg: 50, form: 'oral-tablet' }], [1, 2], allocateSeries(2))
 */
export function solveOde(
  system: LinearSystem,
  doses: readonly Dose[],
  timesHours: ArrayLike<number>,
  out: ConcentrationSeries,
  settings: OdeSettings = defaultOdeSettings,
): ConcentrationSeries {
  const x = new Float64Array(system.n);
  const counter = { steps: 0 };
  let t = Math.min(doses[0]?.atHours ?? Infinity, timesHours[0] ?? Infinity);
  let d = 0;
  for (let idx = 0; idx < timesHours.length; idx++) {
    const target = timesHours[idx]!;
    while (d < doses.length && doses[d]!.atHours <= target) {
      const dose = doses[d]!;
      if (dose.atHours > t) {
        integrate(system, x, t, dose.atHours, settings, counter);
        t = dose.atHours;
      }
      const b = system.bolus[dose.form]!;
      for (let i = 0; i < b.length; i++) {
        x[i]! += b[i]! * dose.amountMg;
      }
      d++;
    }
    if (target > t) {
      integrate(system, x, t, target, settings, counter);
      t = target;
    }
    recordOutputs(system, x, out, idx);
  }
  return out;
}
