import { describe, expect, test } from 'vitest';
import { createRandom } from './prng';
import { percentiles5_50_95 } from './quantiles';

/** Type-7 percentile by sorting (the reference). */
const bySorting = (values: number[], p: number): number => {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const k = Math.floor(h);
  return k + 1 < s.length ? s[k]! + (h - k) * (s[k + 1]! - s[k]!) : s[k]!;
};

describe('percentiles5_50_95 (quickselect) agrees with sorting', () => {
  test.each([1, 2, 3, 10, 101, 1000, 10_000])('n = %i random values, exact equality', (n) => {
    const random = createRandom(n);
    const values = Array.from({ length: n }, () => Math.exp(random.normal()));
    const [p5, p50, p95] = percentiles5_50_95(Float64Array.from(values));
    expect([p5, p50, p95]).toEqual([
      bySorting(values, 0.05),
      bySorting(values, 0.5),
      bySorting(values, 0.95),
    ]);
  });

  test('handles ties and +Infinity', () => {
    const values = [3, 3, 3, Infinity, 1, 1, 2, 2, 2, 2, Infinity];
    expect(percentiles5_50_95(Float64Array.from(values))).toEqual([1, 2, Infinity]);
  });
});

describe('createRandom', () => {
  test('same seed, same sequence; uniforms in [0, 1); normals have mean ≈ 0 and sd ≈ 1', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const xs = Array.from({ length: 20_000 }, () => a.normal());
    expect(Array.from({ length: 20_000 }, () => b.normal())).toEqual(xs);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    // 20,000 draws: standard error of the mean ≈ 0.007, of the sd ≈ 0.005.
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
    const u = createRandom(5);
    for (let i = 0; i < 1000; i++) {
      const x = u.uniform();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
