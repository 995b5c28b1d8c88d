import { describe, expect, test } from 'vitest';
import { PercentileSelector } from './percentile-selector';
import { createRandom } from './prng';

/** Type-7 percentile by sorting (the reference). */
const bySorting = (values: ArrayLike<number>, p: number): number => {
  const s = Array.from(values).sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const k = Math.floor(h);
  if (k + 1 >= s.length || h === k || s[k] === s[k + 1]) {
    return s[k]!;
  }
  return s[k]! + (h - k) * (s[k + 1]! - s[k]!);
};

const reference = (values: ArrayLike<number>): number[] => [
  bySorting(values, 0.05),
  bySorting(values, 0.5),
  bySorting(values, 0.95),
];

describe('PercentileSelector agrees exactly with sorting', () => {
  const random = createRandom(99);
  const cases: [string, Float64Array][] = [
    ['small sample (plain quickselect)', Float64Array.from({ length: 50 }, () => random.normal())],
    ['log-normal, n = 1,024', Float64Array.from({ length: 1024 }, () => Math.exp(random.normal()))],
    [
      'log-normal, n = 10,000',
      Float64Array.from({ length: 10_000 }, () => Math.exp(random.normal())),
    ],
    ['n = 10,001 (odd)', Float64Array.from({ length: 10_001 }, () => random.uniform())],
    ['sorted', Float64Array.from({ length: 5000 }, (_, i) => i * 0.5)],
    ['reversed', Float64Array.from({ length: 5000 }, (_, i) => -i)],
    ['all equal', new Float64Array(4000).fill(0.25)],
    ['mostly zero', Float64Array.from({ length: 4000 }, (_, i) => (i % 10 === 0 ? i : 0))],
    ['two values', Float64Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 1 : 2))],
    [
      'with +Infinity',
      Float64Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? Infinity : random.normal())),
    ],
    // The sample positions hold outliers, so every bracket misses and the fallback must answer.
    [
      'adversarial to the sample',
      Float64Array.from({ length: 2560 }, (_, i) => (i % 10 === 5 ? 1e6 + i : random.uniform())),
    ],
  ];
  test.each(cases)('%s', (_, values) => {
    const before = Float64Array.from(values);
    const selector = new PercentileSelector(10_001);
    expect(selector.percentiles(values)).toEqual(reference(values));
    // Reusing the selector (its scratch) gives the same answer, and the input is left unchanged.
    expect(selector.percentiles(values)).toEqual(reference(values));
    expect(values).toEqual(before);
  });

  test('successive time steps (predicted brackets: decay, a dose-like jump, zeros, a reversal)', () => {
    const random = createRandom(7);
    const n = 5000;
    const base = Float64Array.from({ length: n }, () => Math.exp(random.normal()));
    const rate = Float64Array.from({ length: n }, () => 0.1 * Math.exp(0.3 * random.normal()));
    const selector = new PercentileSelector(n);
    for (let t = 0; t < 60; t++) {
      const values = Float64Array.from(base, (b, i) => {
        if (t < 3) {
          return 0;
        }
        const decay = b * Math.exp(-rate[i]! * (t % 24));
        return t >= 40 && t < 45 ? -decay : decay + (t >= 24 ? b : 0);
      });
      expect(selector.percentiles(values), `t=${t}`).toEqual(reference(values));
    }
  });

  test('refuses a sample larger than it was sized for', () => {
    expect(() => new PercentileSelector(10).percentiles(new Float64Array(11))).toThrow(/more than/);
  });
});
