/** Absolute and relative tolerance: passes when |actual - expected| <= atol + rtol·|expected|. */
export interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
}

/**
 * Asserts that two numbers agree within a tolerance (numpy.isclose's rule).
 * The failure message prints actual, expected, Δ and the allowed tolerance (stdlib's format).
 *
 * @param actual - The computed value.
 * @param expected - The reference value.
 * @param tol - Relative and absolute tolerance.
 * @param label - What is compared (printed on failure), e.g. `t=48 h`.
 * @example
 * expectClose(1.0000001, 1, { rtol: 1e-6, atol: 0 }) // passes
 */
export function expectClose(actual: number, expected: number, tol: Tolerance, label = ''): void {
  const delta = Math.abs(actual - expected);
  const allowed = tol.atol + tol.rtol * Math.abs(expected);
  if (!(delta <= allowed) || Number.isNaN(actual) !== Number.isNaN(expected)) {
    throw new Error(
      `${label ? label + ': ' : ''}actual ${actual}, expected ${expected}, Δ ${delta.toExponential(3)}, ` +
        `tol ${allowed.toExponential(3)} (rtol ${tol.rtol}, atol ${tol.atol})`,
    );
  }
}

/**
 * Asserts that two series agree point by point (see {@link expectClose}); reports the first failing index.
 *
 * @param actual - Computed values.
 * @param expected - Reference values, same length.
 * @param tol - Relative and absolute tolerance.
 * @param label - What is compared (printed on failure).
 */
export function expectCloseSeries(
  actual: readonly number[],
  expected: readonly number[],
  tol: Tolerance,
  label = 'series',
): void {
  if (actual.length !== expected.length) {
    throw new Error(`${label}: length ${actual.length}, expected ${expected.length}`);
  }
  actual.forEach((value, i) => expectClose(value, expected[i]!, tol, `${label}[${i}]`));
}
