import { percentiles5_50_95, selectInPlace } from './quantiles';

/** Below this many values the plain quickselect is as fast; above it, brackets pay off. */
const MIN_BRACKETED = 1024;
/** Values sampled (evenly spaced positions) to place the brackets. */
const SAMPLE = 256;
/** Bracket half-width in standard deviations of a sample rank, plus a fixed margin of ranks. */
const Z = 3.5;
const MARGIN = 2;
/** Relative half-width of a predicted bracket: first, smallest and largest. */
const INITIAL_WIDTH = 0.05;
const MIN_WIDTH = 1e-3;
const MAX_WIDTH = 0.5;

const PROBABILITIES = [0.05, 0.5, 0.95] as const;

/**
 * Computes the 5th, 50th and 95th percentiles (type 7, as {@link percentiles5_50_95}) of many samples
 * of the same size, fast: a small evenly spaced sample places a narrow value bracket around each
 * wanted order statistic, one pass over the data counts the values below each bracket and gathers
 * those inside, a second bracket narrows a large gathered set again, and quickselect runs only on
 * what is left. Called again for the next time step, it brackets each percentile around a prediction
 * from the previous two answers instead of sampling. When a bracket misses (the count
 * shows the wanted rank is outside it) that percentile falls back to quickselect on all values, so the
 * result is always exact: the same numbers as sorting.
 */
export class PercentileSelector {
  private readonly sample = new Float64Array(SAMPLE);
  private readonly gathered: [Float64Array, Float64Array, Float64Array];
  private readonly lo = new Float64Array(3);
  private readonly hi = new Float64Array(3);
  private readonly inner: Float64Array;
  private copy: Float64Array | undefined;

  /**
   * @param maxSize - Largest sample size that will be passed.
   */
  constructor(readonly maxSize: number) {
    this.gathered = [
      new Float64Array(maxSize),
      new Float64Array(maxSize),
      new Float64Array(maxSize),
    ];
    this.inner = new Float64Array(maxSize);
  }

  /**
   * The 5th, 50th and 95th percentiles of `values` (linear interpolation between order statistics).
   * Values must not be NaN (+Infinity is allowed). `values` is not modified.
   *
   * @param values - Sample, length ≤ maxSize.
   * @returns [p5, p50, p95].
   * @example
   * new PercentileSelector(3).percentiles(new Float64Array([3, 1, 2])) //=> [1.1, 2, 2.9]
   */
  percentiles(values: Float64Array): [number, number, number] {
    const n = values.length;
    if (n > this.maxSize) {
      throw new Error(`PercentileSelector: ${n} values, more than ${this.maxSize}`);
    }
    if (n < MIN_BRACKETED) {
      return percentiles5_50_95(Float64Array.from(values));
    }
    const { lo, hi, gathered, predicted } = this;
    for (let j = 0; j < 3; j++) {
      const guess = this.prediction(j);
      predicted[j] = guess;
      if (Number.isFinite(guess)) {
        const half = this.width[j]! * Math.abs(guess);
        lo[j] = guess - half;
        hi[j] = guess + half;
      } else {
        this.bracket(values, n, PROBABILITIES[j]!);
        lo[j] = this.bracketLo;
        hi[j] = this.bracketHi;
      }
    }
    const [g0, g1, g2] = gathered;
    const lo0 = lo[0]!;
    const hi0 = hi[0]!;
    const lo1 = lo[1]!;
    const hi1 = hi[1]!;
    const lo2 = lo[2]!;
    const hi2 = hi[2]!;
    let below0 = 0;
    let below1 = 0;
    let below2 = 0;
    let n0 = 0;
    let n1 = 0;
    let n2 = 0;
    // Branch-free (random data would mispredict every branch): always write, advance when inside.
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      const above0 = +(v >= lo0);
      const above1 = +(v >= lo1);
      const above2 = +(v >= lo2);
      below0 += 1 - above0;
      below1 += 1 - above1;
      below2 += 1 - above2;
      g0[n0] = v;
      n0 += above0 & +(v <= hi0);
      g1[n1] = v;
      n1 += above1 & +(v <= hi1);
      g2[n2] = v;
      n2 += above2 & +(v <= hi2);
    }
    const result: [number, number, number] = [
      this.orderStatistic(values, 0, g0, below0, n0),
      this.orderStatistic(values, 1, g1, below1, n1),
      this.orderStatistic(values, 2, g2, below2, n2),
    ];
    for (let j = 0; j < 3; j++) {
      this.learn(j, result[j]!);
    }
    return result;
  }

  // Successive calls usually get the same quantity one time step later, so each percentile is
  // predicted from the last two (constant ratio: exponential decay continues) and bracketed by a
  // relative width that widens after a miss and shrinks while predictions hold.
  private readonly previous = new Float64Array(3).fill(Number.NaN);
  private readonly beforePrevious = new Float64Array(3).fill(Number.NaN);
  private readonly width = new Float64Array(3).fill(INITIAL_WIDTH);
  private readonly predicted = new Float64Array(3);
  private readonly hit = [false, false, false];

  /** Predicted percentile j (NaN: no prediction, use the sample). */
  private prediction(j: number): number {
    const a = this.previous[j]!;
    const b = this.beforePrevious[j]!;
    if (!Number.isFinite(a)) {
      return Number.NaN;
    }
    if (a > 0 && b > 0 && Number.isFinite(b)) {
      return a * Math.min(Math.max(a / b, 0.5), 2);
    }
    return a;
  }

  /** Records percentile j and adapts its bracket width. */
  private learn(j: number, value: number): void {
    const guess = this.predicted[j]!;
    if (Number.isFinite(guess)) {
      const error =
        guess === 0 ? (value === 0 ? 0 : MAX_WIDTH) : Math.abs(value - guess) / Math.abs(guess);
      const w = this.width[j]!;
      this.width[j] = this.hit[j]
        ? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, 0.8 * w, 3 * error))
        : Math.min(MAX_WIDTH, Math.max(2 * w, 3 * error));
    }
    this.beforePrevious[j] = this.previous[j]!;
    this.previous[j] = value;
  }

  private bracketLo = 0;
  private bracketHi = 0;

  /**
   * Sets bracketLo/bracketHi to sample order statistics a few standard deviations either side of
   * fraction f of a[0..n) (evenly spaced sample; only a few sample ranks are selected, not sorted).
   */
  private bracket(a: Float64Array, n: number, f: number): void {
    const { sample } = this;
    for (let s = 0; s < SAMPLE; s++) {
      sample[s] = a[Math.floor(((s + 0.5) * n) / SAMPLE)]!;
    }
    const centre = f * (SAMPLE - 1);
    const width = Z * Math.sqrt(SAMPLE * f * (1 - f)) + MARGIN;
    const rLo = Math.max(0, Math.floor(centre - width));
    const rHi = Math.min(SAMPLE - 1, Math.ceil(centre + width));
    selectInPlace(sample, 0, SAMPLE - 1, rLo);
    this.bracketLo = sample[rLo]!;
    selectInPlace(sample, rLo, SAMPLE - 1, rHi);
    this.bracketHi = sample[rHi]!;
  }

  /**
   * Order statistic k of a[0..count) (and x_(k+1) when needed, interpolated), narrowing once more by
   * a bracket when the range is still large. Reorders a[0..count).
   */
  private narrowed(
    a: Float64Array,
    count: number,
    k: number,
    fraction: number,
    needNext: boolean,
  ): number {
    if (count >= MIN_BRACKETED) {
      this.bracket(a, count, k / (count - 1));
      const lo = this.bracketLo;
      const hi = this.bracketHi;
      const inner = this.inner;
      let below = 0;
      let m = 0;
      for (let i = 0; i < count; i++) {
        const v = a[i]!;
        const above = +(v >= lo);
        below += 1 - above;
        inner[m] = v;
        m += above & +(v <= hi);
      }
      if (below <= k && (needNext ? k + 1 : k) < below + m) {
        return interpolate(inner, 0, m, k - below, fraction, needNext);
      }
    }
    return interpolate(a, 0, count, k, fraction, needNext);
  }

  /** Type-7 percentile j from the gathered bracket, or by quickselect on a copy when it missed. */
  private orderStatistic(
    values: Float64Array,
    j: number,
    bracket: Float64Array,
    below: number,
    count: number,
  ): number {
    const n = values.length;
    const h = (n - 1) * PROBABILITIES[j]!;
    const k = Math.floor(h);
    const needNext = h !== k && k + 1 < n;
    const last = needNext ? k + 1 : k;
    this.hit[j] = below <= k && last < below + count;
    if (this.hit[j]) {
      return this.narrowed(bracket, count, k - below, h - k, needNext);
    }
    if (Number.isFinite(this.predicted[j]!)) {
      // The prediction missed: bracket from the sample instead, one more pass.
      this.bracket(values, n, PROBABILITIES[j]!);
      const lo = this.bracketLo;
      const hi = this.bracketHi;
      let sampleBelow = 0;
      let m = 0;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        const above = +(v >= lo);
        sampleBelow += 1 - above;
        bracket[m] = v;
        m += above & +(v <= hi);
      }
      if (sampleBelow <= k && last < sampleBelow + m) {
        return this.narrowed(bracket, m, k - sampleBelow, h - k, needNext);
      }
    }
    const copy = this.copyOf(values);
    return interpolate(copy, 0, n, k, h - k, needNext);
  }

  private copyOf(values: Float64Array): Float64Array {
    if (this.copy === undefined) {
      this.copy = new Float64Array(this.maxSize);
    }
    const copy = this.copy.subarray(0, values.length);
    copy.set(values);
    return copy;
  }
}

/** x_(k) + fraction·(x_(k+1) − x_(k)) within a[from..to), k relative to `from`; reorders a. */
function interpolate(
  a: Float64Array,
  from: number,
  to: number,
  k: number,
  fraction: number,
  needNext: boolean,
): number {
  selectInPlace(a, from, to - 1, from + k);
  const xk = a[from + k]!;
  if (!needNext) {
    return xk;
  }
  let next = Number.POSITIVE_INFINITY;
  for (let i = from + k + 1; i < to; i++) {
    if (a[i]! < next) {
      next = a[i]!;
    }
  }
  // Equal neighbours (including two +Infinity) need no interpolation (∞ − ∞ would give NaN).
  return next === xk ? xk : xk + fraction * (next - xk);
}
