// Unrolled step for the most common system: one input compartment (oral tablet, ER tablet or implant)
// feeding the six disposition states. Its transition matrix e^(AΔt) has 27 nonzeros in a fixed
// pattern; a hand-unrolled product keeps the state in registers and runs several times faster than
// the generic compressed-row loop, with the very same arithmetic (terms summed in column order).

/** Column indices of the nonzeros of each row (input, NTX central/peripheral, 6BN central/peripheral, NTX/6BN effect). */
const ONE_INPUT_ROWS: readonly (readonly number[])[] = [
  [0],
  [0, 1, 2],
  [0, 1, 2],
  [0, 1, 2, 3, 4],
  [0, 1, 2, 3, 4],
  [0, 1, 2, 5],
  [0, 1, 2, 3, 4, 6],
];

/** Number of nonzeros of a one-input transition matrix. */
export const ONE_INPUT_NONZEROS = 27;

/**
 * Whether a compressed-row pattern is exactly the one-input pattern the unrolled kernel expects.
 *
 * @param rowStart - Row starts (length 8 for a match).
 * @param cols - Column of each nonzero.
 * @returns True when {@link stepOneInput} applies.
 * @example
 * isOneInputPattern(Int32Array.of(0, 1), Int32Array.of(0)) //=> false
 */
export function isOneInputPattern(rowStart: Int32Array, cols: Int32Array): boolean {
  if (rowStart.length !== ONE_INPUT_ROWS.length + 1 || cols.length !== ONE_INPUT_NONZEROS) {
    return false;
  }
  return ONE_INPUT_ROWS.every(
    (row, r) =>
      rowStart[r + 1]! - rowStart[r]! === row.length &&
      row.every((c, j) => cols[rowStart[r]! + j] === c),
  );
}

/** Amounts below this (mg) are flushed to zero, as in every other stepping path. */
const TINY_MG = 1e-200;
const flush = (v: number): number => (v > TINY_MG || v < -TINY_MG || v !== v ? v : 0);

/**
 * x ← M·x for `count` subjects at once, M in the one-input pattern: subject i's 27 nonzeros (row by
 * row, columns ascending) at vals[i·27 ..] and its 7 states at state[i·7 ..]. Negligible amounts
 * (|x| < 1e-200 mg) are flushed to zero; NaN passes through.
 *
 * @param vals - Nonzeros of every subject's matrix.
 * @param state - States, updated in place.
 * @param count - Number of subjects.
 * @example
 * stepOneInput(vals, state, 1) // one subject
 */
export function stepOneInput(vals: Float64Array, state: Float64Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const o = i * 7;
    const p = i * ONE_INPUT_NONZEROS;
    const x0 = state[o]!;
    const x1 = state[o + 1]!;
    const x2 = state[o + 2]!;
    const x3 = state[o + 3]!;
    const x4 = state[o + 4]!;
    const x5 = state[o + 5]!;
    const x6 = state[o + 6]!;
    state[o] = flush(vals[p]! * x0);
    state[o + 1] = flush(vals[p + 1]! * x0 + vals[p + 2]! * x1 + vals[p + 3]! * x2);
    state[o + 2] = flush(vals[p + 4]! * x0 + vals[p + 5]! * x1 + vals[p + 6]! * x2);
    state[o + 3] = flush(
      vals[p + 7]! * x0 +
        vals[p + 8]! * x1 +
        vals[p + 9]! * x2 +
        vals[p + 10]! * x3 +
        vals[p + 11]! * x4,
    );
    state[o + 4] = flush(
      vals[p + 12]! * x0 +
        vals[p + 13]! * x1 +
        vals[p + 14]! * x2 +
        vals[p + 15]! * x3 +
        vals[p + 16]! * x4,
    );
    state[o + 5] = flush(
      vals[p + 17]! * x0 + vals[p + 18]! * x1 + vals[p + 19]! * x2 + vals[p + 20]! * x5,
    );
    state[o + 6] = flush(
      vals[p + 21]! * x0 +
        vals[p + 22]! * x1 +
        vals[p + 23]! * x2 +
        vals[p + 24]! * x3 +
        vals[p + 25]! * x4 +
        vals[p + 26]! * x6,
    );
  }
}
