import type { Dose } from '../types';
import type { Propagator, SparseMatrix } from './exact';
import { ONE_INPUT_NONZEROS, stepOneInput } from './one-input-kernel';

/** Amounts below this (mg) are flushed to zero, exactly as in the one-subject stepper. */
const TINY_MG = 1e-200;

/**
 * The transition matrices of one step length for every subject of a block: each subject's compressed
 * rows, and, when every subject has the one-input pattern, all their nonzeros side by side for the
 * unrolled kernel.
 */
interface BlockMatrix {
  readonly sparse: readonly SparseMatrix[];
  readonly oneInput: Float64Array | undefined;
}

/** Concentration outputs of a block (ng/mL), written at out[slot·stride + offset + i]. */
export interface BlockOutputs {
  readonly cpNtx: Float64Array;
  readonly cpNbl: Float64Array;
  readonly ceNtx: Float64Array;
  readonly ceNbl: Float64Array;
}

/**
 * Steps a block of subjects that share one dose list (and so one sequence of step lengths) through
 * output times together. States sit side by side (compartment r of subject i at state[i·n + r]) and
 * each step's matrices are cached per distinct step length, so a step is one loop over subjects with
 * no allocation (unrolled for one-input systems). The arithmetic is that of {@link SubjectStepper} term for term (same
 * matrices, same summation order, same flushing of negligible amounts), so the results agree with
 * stepping each subject alone.
 */
export class BlockStepper {
  /** Number of subjects in the block. */
  readonly size: number;
  private readonly n: number;
  private readonly state: Float64Array;
  private readonly scratch: Float64Array;
  private readonly scaleNtx: Float64Array;
  private readonly scaleNbl: Float64Array;
  private readonly outIndex: readonly [number, number, number, number];
  private readonly cache = new Map<number, BlockMatrix>();
  private lastDt = Number.NaN;
  private lastMatrix: BlockMatrix | undefined;
  private tHours: number;
  private nextDose = 0;

  /**
   * @param propagators - One propagator per subject; all systems must have the same compartments.
   * @param doses - Doses sorted by time, shared by every subject of the block.
   * @param startHours - Time of the zero state (no later than the first dose and output).
   */
  constructor(
    private readonly propagators: readonly Propagator[],
    private readonly doses: readonly Dose[],
    startHours: number,
  ) {
    const first = propagators[0];
    if (first === undefined) {
      throw new Error('BlockStepper: empty block');
    }
    const system = first.system;
    this.size = propagators.length;
    this.n = system.n;
    for (const p of propagators) {
      if (p.system.n !== this.n || p.system.names.join() !== system.names.join()) {
        throw new Error('BlockStepper: subjects must share one set of compartments');
      }
    }
    this.state = new Float64Array(this.n * this.size);
    this.scratch = new Float64Array(this.n);
    this.scaleNtx = Float64Array.from(propagators, (p) => p.system.ngPerMlPerMgNtx);
    this.scaleNbl = Float64Array.from(propagators, (p) => p.system.ngPerMlPerMgNbl);
    const { ntxCentral, nblCentral, ntxEffect, nblEffect } = system.index;
    this.outIndex = [ntxCentral, nblCentral, ntxEffect, nblEffect];
    this.tHours = startHours;
  }

  /** Current time of the block (hours). */
  get timeHours(): number {
    return this.tHours;
  }

  /**
   * A copy of one subject's state (mg per compartment).
   *
   * @param i - Subject index within the block.
   * @returns State vector of length n.
   */
  stateOf(i: number): Float64Array {
    return this.state.slice(i * this.n, (i + 1) * this.n);
  }

  /** The block matrix of a step of `dtHours` (cached per distinct step). */
  private matrix(dtHours: number): BlockMatrix {
    if (dtHours === this.lastDt && this.lastMatrix !== undefined) {
      return this.lastMatrix;
    }
    const key = Number(dtHours.toPrecision(13));
    let m = this.cache.get(key);
    if (m === undefined) {
      if (this.cache.size > 64) {
        this.cache.clear();
      }
      m = this.build(dtHours);
      this.cache.set(key, m);
    }
    this.lastDt = dtHours;
    this.lastMatrix = m;
    return m;
  }

  private build(dtHours: number): BlockMatrix {
    const sparse = this.propagators.map((p) => p.sparseTransition(dtHours));
    if (!sparse.every((m) => m.oneInput)) {
      return { sparse, oneInput: undefined };
    }
    const oneInput = new Float64Array(ONE_INPUT_NONZEROS * this.size);
    sparse.forEach((m, i) => oneInput.set(m.vals, i * ONE_INPUT_NONZEROS));
    return { sparse, oneInput };
  }

  /** x ← e^(AΔt)·x for every subject, flushing negligible amounts (no-op for Δt ≤ 0). */
  private advance(dtHours: number): void {
    if (!(dtHours > 0)) {
      return;
    }
    const { n, size, state, scratch } = this;
    const { sparse, oneInput } = this.matrix(dtHours);
    if (oneInput !== undefined) {
      stepOneInput(oneInput, state, size);
      return;
    }
    for (let s = 0; s < size; s++) {
      const { rowStart, cols, vals } = sparse[s]!;
      const o = s * n;
      for (let i = 0; i < n; i++) {
        let sum = 0;
        const end = rowStart[i + 1]!;
        for (let p = rowStart[i]!; p < end; p++) {
          sum += vals[p]! * state[o + cols[p]!]!;
        }
        scratch[i] = sum;
      }
      for (let i = 0; i < n; i++) {
        const v = scratch[i]!;
        state[o + i] = v > TINY_MG || v < -TINY_MG || Number.isNaN(v) ? v : 0;
      }
    }
  }

  /** Adds a bolus dose to every subject. */
  private addDose(dose: Dose): void {
    const { n, size, state } = this;
    for (let i = 0; i < size; i++) {
      const b = this.propagators[i]!.system.bolus[dose.form];
      if (b === undefined) {
        throw new Error(`addDose: form ${dose.form} is not in the system`);
      }
      for (let r = 0; r < n; r++) {
        state[i * n + r]! += b[r]! * dose.amountMg;
      }
    }
  }

  /**
   * Moves every subject to `targetHours` (≥ current time), giving every dose with atHours ≤ target on
   * the way (a dose at exactly the target is given before the target's outputs are read).
   *
   * @param targetHours - Time to move to.
   */
  moveTo(targetHours: number): void {
    const { doses } = this;
    while (this.nextDose < doses.length && doses[this.nextDose]!.atHours <= targetHours) {
      const dose = doses[this.nextDose]!;
      this.advance(dose.atHours - this.tHours);
      this.tHours = Math.max(this.tHours, dose.atHours);
      this.addDose(dose);
      this.nextDose++;
    }
    this.advance(targetHours - this.tHours);
    this.tHours = Math.max(this.tHours, targetHours);
  }

  /**
   * Fills output slots `from`..`to`-1 for every subject of the block: the value of subject i at time
   * `timesHours[k]` goes to out.x[(k − from)·stride + offset + i].
   *
   * @param timesHours - Non-decreasing output times.
   * @param from - First slot.
   * @param to - One past the last slot.
   * @param out - Buffers to write (ng/mL).
   * @param stride - Distance between consecutive time slots in `out` (≥ offset + size).
   * @param offset - Position of the block's first subject within a time slot.
   */
  fill(
    timesHours: ArrayLike<number>,
    from: number,
    to: number,
    out: BlockOutputs,
    stride: number,
    offset: number,
  ): void {
    const { n, size, state, scaleNtx, scaleNbl } = this;
    const [iCpNtx, iCpNbl, iCeNtx, iCeNbl] = this.outIndex;
    for (let k = from; k < to; k++) {
      this.moveTo(timesHours[k]!);
      const base = (k - from) * stride + offset;
      for (let i = 0; i < size; i++) {
        const sNtx = scaleNtx[i]!;
        const sNbl = scaleNbl[i]!;
        const o = i * n;
        out.cpNtx[base + i] = state[o + iCpNtx]! * sNtx;
        out.cpNbl[base + i] = state[o + iCpNbl]! * sNbl;
        out.ceNtx[base + i] = state[o + iCeNtx]! * sNtx;
        out.ceNbl[base + i] = state[o + iCeNbl]! * sNbl;
      }
    }
  }
}
