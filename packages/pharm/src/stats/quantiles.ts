/**
 * Rearranges a[lo..hi] so that a[k] is the value it would have if a[lo..hi] were sorted, smaller or
 * equal values before it and greater or equal after (Hoare's quickselect, median-of-three pivot).
 *
 * @param a - Array, reordered in place (no NaN).
 * @param lo - First index of the range.
 * @param hi - Last index of the range (inclusive).
 * @param k - Wanted position, lo ≤ k ≤ hi.
 * @example
 * const a = new Float64Array([3, 1, 2]); selectInPlace(a, 0, 2, 1); a[1] //=> 2
 */
export function selectInPlace(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    // Median of three as pivot.
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) {
        i++;
      }
      while (a[j]! > pivot) {
        j--;
      }
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) {
      hi = j;
    } else if (k >= i) {
      lo = i;
    } else {
      return;
    }
  }
}

/** Smallest value of a[from..to). */
function minOf(a: Float64Array, from: number, to: number): number {
  let m = Number.POSITIVE_INFINITY;
  for (let i = from; i < to; i++) {
    if (a[i]! < m) {
      m = a[i]!;
    }
  }
  return m;
}

/**
 * The 5th, 50th and 95th percentiles of `values` with linear interpolation between order
 * statistics (R's and numpy's default, "type 7"), in O(n) by quickselect. Reorders `values`.
 * Values must not be NaN (+Infinity is allowed and sorts last).
 *
 * @param values - Sample (reordered in place).
 * @returns [p5, p50, p95].
 * @example
 * percentiles5_50_95(new Float64Array([3, 1, 2])) //=> [1.1, 2, 2.9]
 */
export function percentiles5_50_95(values: Float64Array): [number, number, number] {
  const n = values.length;
  if (n === 0) {
    return [Number.NaN, Number.NaN, Number.NaN];
  }
  const at = (p: number, lo: number, hi: number): number => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    selectInPlace(values, lo, hi, k);
    const xk = values[k]!;
    if (k + 1 >= n || h === k) {
      return xk;
    }
    const next = minOf(values, k + 1, k + 1 <= hi ? hi + 1 : n);
    // Equal neighbours (including two +Infinity) need no interpolation (∞ − ∞ would give NaN).
    return next === xk ? xk : xk + (h - k) * (next - xk);
  };
  const k50 = Math.floor((n - 1) * 0.5);
  const p50 = at(0.5, 0, n - 1);
  const p5 = at(0.05, 0, k50);
  const p95 = at(0.95, k50 + 1 <= n - 1 ? k50 + 1 : n - 1, n - 1);
  return [p5, p50, p95];
}
