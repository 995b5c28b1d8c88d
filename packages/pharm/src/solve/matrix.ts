// Small dense linear algebra on row-major Float64Array matrices (n ≤ ~20). No allocation in the
// hot matrix-vector product.

/**
 * Matrix product C = A·B of two n×n row-major matrices.
 *
 * @param a - Left matrix.
 * @param b - Right matrix.
 * @param n - Dimension.
 * @returns A new n×n matrix.
 * @example
 * multiply(new Float64Array([1, 0, 0, 1]), new Float64Array([2, 3, 4, 5]), 2) //=> [2, 3, 4, 5]
 */
export function multiply(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k]!;
      if (aik === 0) {
        continue;
      }
      for (let j = 0; j < n; j++) {
        c[i * n + j]! += aik * b[k * n + j]!;
      }
    }
  }
  return c;
}

/**
 * y = M·x for an n×n row-major matrix, written into `out` (which must not alias `x`).
 *
 * @param m - Matrix.
 * @param x - Vector of length n.
 * @param out - Output vector of length n.
 * @param n - Dimension.
 * @returns `out`.
 * @example
 * applyMatrix(new Float64Array([0, 1, 1, 0]), new Float64Array([1, 2]), new Float64Array(2), 2) //=> [2, 1]
 */
export function applyMatrix(
  m: Float64Array,
  x: Float64Array,
  out: Float64Array,
  n: number,
): Float64Array {
  for (let i = 0; i < n; i++) {
    let s = 0;
    const row = i * n;
    for (let j = 0; j < n; j++) {
      s += m[row + j]! * x[j]!;
    }
    out[i] = s;
  }
  return out;
}

/** Maximum absolute row sum (the matrix ∞-norm). */
function normInf(a: Float64Array, n: number): number {
  let best = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) {
      s += Math.abs(a[i * n + j]!);
    }
    best = Math.max(best, s);
  }
  return best;
}

/**
 * Matrix exponential exp(A·t) by scaling and squaring with a Taylor series (the scaled matrix has
 * norm ≤ 1/2, where 24 terms reach double precision). Exact for defective matrices such as
 * transit chains with equal rates, where eigen-decomposition fails.
 *
 * @param a - n×n row-major rate matrix (1/h).
 * @param n - Dimension.
 * @param tHours - Time step in hours (≥ 0).
 * @returns exp(A·t) as a new matrix.
 * @example
 * expm(new Float64Array([-1]), 1, 2)[0] //=> 0.1353352832366127 (e^-2)
 */
export function expm(a: Float64Array, n: number, tHours: number): Float64Array {
  const norm = normInf(a, n) * tHours;
  const squarings = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const scale = tHours / 2 ** squarings;
  const x = a.map((v) => v * scale);
  const result = new Float64Array(n * n);
  let term: Float64Array = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    result[i * n + i] = 1;
    term[i * n + i] = 1;
  }
  for (let k = 1; k <= 24; k++) {
    term = multiply(term, x, n);
    let largest = 0;
    for (let i = 0; i < n * n; i++) {
      term[i]! /= k;
      result[i]! += term[i]!;
      largest = Math.max(largest, Math.abs(term[i]!));
    }
    if (largest < 1e-18) {
      break;
    }
  }
  let e: Float64Array = result;
  for (let s = 0; s < squarings; s++) {
    e = multiply(e, e, n);
  }
  return e;
}

/**
 * Solves M·x = b by LU decomposition with partial pivoting.
 *
 * @param m - n×n row-major matrix (not modified).
 * @param b - Right-hand side of length n.
 * @param n - Dimension.
 * @returns x; throws when M is singular (a bug: callers pass I − e^(Aτ), which is regular).
 * @example
 * solveLinear(new Float64Array([2, 0, 0, 4]), new Float64Array([2, 2]), 2) //=> [1, 0.5]
 */
export function solveLinear(m: Float64Array, b: Float64Array, n: number): Float64Array {
  const lu = Float64Array.from(m);
  const x = Float64Array.from(b);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(lu[r * n + col]!) > Math.abs(lu[pivot * n + col]!)) {
        pivot = r;
      }
    }
    if (lu[pivot * n + col] === 0) {
      throw new Error(`solveLinear: singular matrix at column ${col}`);
    }
    if (pivot !== col) {
      for (let j = 0; j < n; j++) {
        const t = lu[col * n + j]!;
        lu[col * n + j] = lu[pivot * n + j]!;
        lu[pivot * n + j] = t;
      }
      const t = x[col]!;
      x[col] = x[pivot]!;
      x[pivot] = t;
    }
    for (let r = col + 1; r < n; r++) {
      const f = lu[r * n + col]! / lu[col * n + col]!;
      if (f === 0) {
        continue;
      }
      for (let j = col; j < n; j++) {
        lu[r * n + j]! -= f * lu[col * n + j]!;
      }
      x[r]! -= f * x[col]!;
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r]!;
    for (let j = r + 1; j < n; j++) {
      s -= lu[r * n + j]! * x[j]!;
    }
    x[r] = s / lu[r * n + r]!;
  }
  return x;
}
