import type { Dose } from '../types';
import type { LinearSystem } from '../model/system';
import { expm, multiply } from './matrix';
import { isOneInputPattern, stepOneInput } from './one-input-kernel';

/** Concentration series at the output times, in ng/mL (plasma and effect site). */
export interface ConcentrationSeries {
  readonly cpNtx: Float64Array;
  readonly cpNbl: Float64Array;
  readonly ceNtx: Float64Array;
  readonly ceNbl: Float64Array;
}

/** Amounts below this (mg) are flushed to zero; far below any meaningful quantity. */
const TINY_MG = 1e-200;

/** Sets negligible matrix entries to zero (keeps later products free of subnormal numbers). */
const flushTiny = (m: Float64Array): Float64Array => m.map((v) => (Math.abs(v) < 1e-200 ? 0 : v));

/** A matrix in compressed-row form: row i holds cols/vals[rowStart[i] .. rowStart[i+1]). */
export interface SparseMatrix {
  readonly rowStart: Int32Array;
  readonly cols: Int32Array;
  readonly vals: Float64Array;
  /** True when the pattern is the one-input pattern of {@link stepOneInput} (unrolled kernel). */
  readonly oneInput: boolean;
}

/** Compressed-row form of a dense n×n matrix, skipping exact zeros. */
function toSparse(dense: Float64Array, n: number): SparseMatrix {
  const rowStart = new Int32Array(n + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = dense[i * n + j]!;
      if (v !== 0) {
        cols.push(j);
        vals.push(v);
      }
    }
    rowStart[i + 1] = cols.length;
  }
  const colsArray = Int32Array.from(cols);
  return {
    rowStart,
    cols: colsArray,
    vals: Float64Array.from(vals),
    oneInput: isOneInputPattern(rowStart, colsArray),
  };
}

/**
 * Exact propagator of a linear system: x(t + Δt) = e^(AΔt)·x(t). The matrix exponential of each
 * distinct step is computed once and cached (a regular grid with doses on grid points needs one);
 * whole-hour steps are powers of the 1-hour matrix.
 */
export class Propagator {
  private readonly cache = new Map<number, Float64Array>();
  private readonly scratch: Float64Array;
  private lastDt = Number.NaN;
  private lastTransition: Float64Array | undefined;
  private readonly sparseCache = new Map<Float64Array, SparseMatrix>();
  private lastSparseDt = Number.NaN;
  private lastSparse: SparseMatrix | undefined;

  /**
   * @param system - The linear system to propagate.
   */
  constructor(readonly system: LinearSystem) {
    this.scratch = new Float64Array(system.n);
  }

  /**
   * Matrix exponential for a step of `dtHours` (cached).
   *
   * @param dtHours - Step in hours.
   * @returns e^(A·dt).
   */
  transition(dtHours: number): Float64Array {
    if (dtHours === this.lastDt && this.lastTransition !== undefined) {
      return this.lastTransition;
    }
    // Steps that differ only by rounding (0.1 vs 0.09999999999999787) share one matrix.
    const key = Number(dtHours.toPrecision(13));
    let e = this.cache.get(key);
    if (e === undefined) {
      if (this.cache.size > 256) {
        this.cache.clear();
      }
      e = flushTiny(
        Number.isInteger(dtHours) && dtHours > 1 && dtHours <= 65536
          ? this.power(dtHours)
          : expm(this.system.a, this.system.n, dtHours),
      );
      this.cache.set(key, e);
    }
    this.lastDt = dtHours;
    this.lastTransition = e;
    return e;
  }

  /**
   * The transition matrix of a step in compressed-row form (zeros skipped), for hot loops.
   *
   * @param dtHours - Step in hours.
   * @returns e^(A·dt) as rows of (column, value) pairs.
   */
  sparseTransition(dtHours: number): SparseMatrix {
    if (dtHours === this.lastSparseDt && this.lastSparse !== undefined) {
      return this.lastSparse;
    }
    const dense = this.transition(dtHours);
    let sparse = this.sparseCache.get(dense);
    if (sparse === undefined) {
      if (this.sparseCache.size > 256) {
        this.sparseCache.clear();
      }
      sparse = toSparse(dense, this.system.n);
      this.sparseCache.set(dense, sparse);
    }
    this.lastSparseDt = dtHours;
    this.lastSparse = sparse;
    return sparse;
  }

  /** e^(A·k) for a whole number of hours k, by binary powering of e^(A·1 h) (log2 k products). */
  private power(k: number): Float64Array {
    const n = this.system.n;
    let base = this.cache.get(1);
    if (base === undefined) {
      base = flushTiny(expm(this.system.a, n, 1));
      this.cache.set(1, base);
    }
    let result: Float64Array | undefined;
    for (let rest = k; rest > 0; rest = Math.floor(rest / 2)) {
      if (rest % 2 === 1) {
        result = result === undefined ? base : multiply(result, base, n);
      }
      if (rest > 1) {
        base = multiply(base, base, n);
      }
    }
    return result!;
  }

  /**
   * Advances `state` in place by `dtHours` (no-op for dt ≤ 0).
   *
   * @param state - State vector (mg), modified in place.
   * @param dtHours - Step in hours.
   */
  advance(state: Float64Array, dtHours: number): void {
    if (!(dtHours > 0)) {
      return;
    }
    stepSparse(this.sparseTransition(dtHours), state, this.scratch, this.system.n);
  }

  /**
   * Adds a bolus dose to `state`.
   *
   * @param state - State vector, modified in place.
   * @param dose - The dose; its form must be in the system.
   */
  addDose(state: Float64Array, dose: Dose): void {
    const b = this.system.bolus[dose.form];
    if (b === undefined) {
      throw new Error(`addDose: form ${dose.form} is not in the system`);
    }
    for (let i = 0; i < b.length; i++) {
      state[i]! += b[i]! * dose.amountMg;
    }
  }
}

/**
 * x ← M·x for a matrix in compressed-row form (unrolled when it has the one-input pattern), flushing
 * amounts below 1e-200 mg to zero (NaN passes through): subnormal numbers make arithmetic ~100×
 * slower.
 *
 * @param m - Transition matrix.
 * @param state - State vector, updated in place.
 * @param scratch - Work vector of the same length.
 * @param n - Dimension.
 */
function stepSparse(m: SparseMatrix, state: Float64Array, scratch: Float64Array, n: number): void {
  if (m.oneInput) {
    stepOneInput(m.vals, state, 1);
    return;
  }
  const { rowStart, cols, vals } = m;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const end = rowStart[i + 1]!;
    for (let p = rowStart[i]!; p < end; p++) {
      sum += vals[p]! * state[cols[p]!]!;
    }
    scratch[i] = sum;
  }
  for (let i = 0; i < n; i++) {
    const v = scratch[i]!;
    state[i] = v > TINY_MG || v < -TINY_MG || Number.isNaN(v) ? v : 0;
  }
}

/** Writes the four concentrations of `state` at output slot `k`. */
export function recordOutputs(
  system: LinearSystem,
  state: Float64Array,
  out: ConcentrationSeries,
  k: number,
): void {
  const { index } = system;
  out.cpNtx[k] = state[index.ntxCentral]! * system.ngPerMlPerMgNtx;
  out.cpNbl[k] = state[index.nblCentral]! * system.ngPerMlPerMgNbl;
  out.ceNtx[k] = state[index.ntxEffect]! * system.ngPerMlPerMgNtx;
  out.ceNbl[k] = state[index.nblEffect]! * system.ngPerMlPerMgNbl;
}

/** Allocates an empty concentration series of length `m`. */
export function allocateSeries(m: number): ConcentrationSeries {
  return {
    cpNtx: new Float64Array(m),
    cpNbl: new Float64Array(m),
    ceNtx: new Float64Array(m),
    ceNbl: new Float64Array(m),
  };
}

/**
 * Walks one subject through its doses and output times, keeping its state between calls so a long
 * grid can be filled in chunks (population mode keeps one stepper per subject, never full series).
 */
export class SubjectStepper {
  private readonly state: Float64Array;
  private readonly scratch: Float64Array;
  private tHours: number;
  private nextDose = 0;

  /**
   * @param propagator - Propagator of the subject's system.
   * @param doses - Doses sorted by time.
   * @param startHours - Time of the zero state (no later than the first dose and output).
   */
  constructor(
    readonly propagator: Propagator,
    readonly doses: readonly Dose[],
    startHours: number,
  ) {
    this.state = new Float64Array(propagator.system.n);
    this.scratch = new Float64Array(propagator.system.n);
    this.tHours = startHours;
  }

  /** Current time of the stepper (hours). */
  get timeHours(): number {
    return this.tHours;
  }

  /** A copy of the current state (mg per compartment). */
  snapshot(): Float64Array {
    return Float64Array.from(this.state);
  }

  /**
   * Moves to `targetHours` (≥ current time), giving every dose with atHours ≤ target on the way.
   *
   * @param targetHours - Time to move to.
   * @returns The state at the target (live view; do not keep).
   */
  moveTo(targetHours: number): Float64Array {
    const { doses, propagator, state } = this;
    while (this.nextDose < doses.length && doses[this.nextDose]!.atHours <= targetHours) {
      const dose = doses[this.nextDose]!;
      propagator.advance(state, dose.atHours - this.tHours);
      this.tHours = Math.max(this.tHours, dose.atHours);
      propagator.addDose(state, dose);
      this.nextDose++;
    }
    propagator.advance(state, targetHours - this.tHours);
    this.tHours = Math.max(this.tHours, targetHours);
    return state;
  }

  /**
   * Fills output slots `from`..`to`-1 of `out` at `timesHours[k]` (non-decreasing).
   *
   * @param timesHours - Output times.
   * @param from - First slot.
   * @param to - One past the last slot.
   * @param out - Series to write; slot k of `out` receives time k (offset `from` subtracted when
   *   `relative` is true).
   * @param relative - Write slot k − from instead of k.
   */
  fill(
    timesHours: ArrayLike<number>,
    from: number,
    to: number,
    out: ConcentrationSeries,
    relative = false,
  ): void {
    const { propagator, doses, state, scratch } = this;
    const system = propagator.system;
    const n = system.n;
    const { ntxCentral, nblCentral, ntxEffect, nblEffect } = system.index;
    const scaleNtx = system.ngPerMlPerMgNtx;
    const scaleNbl = system.ngPerMlPerMgNbl;
    let doseDue = this.nextDose < doses.length ? doses[this.nextDose]!.atHours : Infinity;
    for (let k = from; k < to; k++) {
      const target = timesHours[k]!;
      if (doseDue <= target) {
        this.moveTo(target);
        doseDue = this.nextDose < doses.length ? doses[this.nextDose]!.atHours : Infinity;
      } else if (target > this.tHours) {
        // Hot path (no dose in the step): sparse x ← e^(AΔt)·x, flushing subnormal amounts.
        stepSparse(propagator.sparseTransition(target - this.tHours), state, scratch, n);
        this.tHours = target;
      }
      const slot = relative ? k - from : k;
      out.cpNtx[slot] = state[ntxCentral]! * scaleNtx;
      out.cpNbl[slot] = state[nblCentral]! * scaleNbl;
      out.ceNtx[slot] = state[ntxEffect]! * scaleNtx;
      out.ceNbl[slot] = state[nblEffect]! * scaleNbl;
    }
  }
}

/**
 * Exact solution at the output times for a list of bolus doses: between events the state moves by
 * the matrix exponential; a dose at exactly an output time is given before that output is read.
 *
 * @param propagator - Propagator of the subject's system.
 * @param doses - Doses sorted by time.
 * @param timesHours - Output times, non-decreasing.
 * @param out - Series of the same length as `timesHours` (written).
 * @returns `out`.
 * @example
 * solveExact(new Propagator(system), [{ atHours: 0, amountMg: 50, form: 'oral-tablet' }], [0, 1, 2], allocateSeries(3))
 */
export function solveExact(
  propagator: Propagator,
  doses: readonly Dose[],
  timesHours: ArrayLike<number>,
  out: ConcentrationSeries,
): ConcentrationSeries {
  const start = Math.min(doses[0]?.atHours ?? Infinity, timesHours[0] ?? Infinity);
  new SubjectStepper(propagator, doses, start).fill(timesHours, 0, timesHours.length, out);
  return out;
}
