import { describe, expect, test } from 'vitest';
import type { Regimen } from '@blockade/pharm';
import { buildTimes } from './time-grid';

const oral: Regimen = {
  subject: {},
  doses: [
    { atHours: 0, amountMg: 50, form: 'oral-tablet' },
    { atHours: 24, amountMg: 50, form: 'oral-tablet' },
  ],
};
const depot: Regimen = {
  subject: {},
  doses: [
    { atHours: 0, amountMg: 380, form: 'xr-injection' },
    { atHours: 100, amountMg: 50, form: 'oral-tablet' },
  ],
};

describe('buildTimes', () => {
  test('default grid: 0 to last dose + 7 days for tablets, step 1 h', () => {
    const r = buildTimes({ kind: 'grid' }, oral);
    expect(r.ok && [r.times.length, r.times[0], r.times.at(-1), r.isDefault]).toEqual([
      193,
      0,
      192,
      true,
    ]);
  });

  test('default end is the latest dose time + its form tail (depot: 8 weeks)', () => {
    const r = buildTimes({ kind: 'grid' }, depot);
    expect(r.ok && r.times.at(-1)).toBe(1344);
  });

  test('inclusive grid with fractional steps prints cleanly', () => {
    const r = buildTimes({ kind: 'grid', fromH: 0, toH: 1, stepH: 0.1 }, oral);
    expect(r.ok && r.times).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  test('explicit times pass through unchanged', () => {
    const r = buildTimes({ kind: 'times', times: [48, 0, 12] }, oral);
    expect(r.ok && r.times).toEqual([48, 0, 12]);
  });

  test('refuses grids above the engine limit, naming --step', () => {
    const r = buildTimes({ kind: 'grid', fromH: 0, toH: 1e6, stepH: 0.01 }, oral);
    expect(r.ok ? '' : r.message).toMatch(/--step 0.01 .* allowed: at most 1000000/);
  });
});
