import { expectClose } from '@blockade/testkit';
import { describe, expect, test } from 'vitest';
import { parseRegimen } from '../regimen/index';
import type { Dose, Regimen } from '../types';
import { simulate } from './simulate';

const hourly = (hours: number, step = 1): number[] =>
  Array.from({ length: Math.round(hours / step) + 1 }, (_, k) => k * step);

const regimen = (doses: Dose[], subject = {}): Regimen => ({ subject, doses });

function points(r: Regimen, times: number[]): ReturnType<typeof mustSimulate>['points'] {
  return mustSimulate(r, times).points;
}

function mustSimulate(r: Regimen, times: number[]) {
  const result = simulate(r, { times });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.issues));
  }
  return result.value;
}

describe('simulate: two methods agree', () => {
  test('everyHours/count expansion gives exactly the profile of the doses written out', () => {
    const parsed = parseRegimen({
      doses: [{ atHours: 0, amountMg: 50, form: 'oral-tablet', everyHours: 24, count: 14 }],
    });
    if (!parsed.ok) {
      throw new Error('parse');
    }
    const listed = regimen(
      Array.from({ length: 14 }, (_, k) => ({
        atHours: 24 * k,
        amountMg: 50,
        form: 'oral-tablet',
      })),
    );
    expect(points(parsed.value, hourly(400))).toEqual(points(listed, hourly(400)));
  });

  test('the order of the output times does not change the values', () => {
    const r = regimen([{ atHours: 0, amountMg: 380, form: 'xr-injection' }]);
    const forward = points(r, [1, 50, 300]);
    const shuffled = points(r, [300, 1, 50]);
    expect(shuffled[1]).toEqual(forward[0]);
    expect(shuffled[0]).toEqual(forward[2]);
  });
});

describe('simulate: invariants', () => {
  test('concentrations are linear in dose (2× dose → 2× concentration, rtol 1e-12)', () => {
    const times = hourly(200, 0.5);
    const one = points(regimen([{ atHours: 0, amountMg: 50, form: 'oral-tablet' }]), times);
    const two = points(regimen([{ atHours: 0, amountMg: 100, form: 'oral-tablet' }]), times);
    one.forEach((p, k) => {
      expectClose(two[k]!.naltrexoneNgPerMl, 2 * p.naltrexoneNgPerMl, {
        rtol: 1e-12,
        atol: 1e-300,
      });
      expectClose(two[k]!.naltrexolNgPerMl, 2 * p.naltrexolNgPerMl, { rtol: 1e-12, atol: 1e-300 });
    });
  });

  test('occupancy stays in [0, 1] and concentrations are never negative, for every form', () => {
    const r = regimen([
      { atHours: 0, amountMg: 0.5, form: 'oral-tablet' },
      { atHours: 3, amountMg: 8, form: 'er-tablet' },
      { atHours: 5, amountMg: 380, form: 'xr-injection' },
      { atHours: 6, amountMg: 2000, form: 'oral-tablet' },
      { atHours: 100, amountMg: 3300, form: 'implant' },
    ]);
    for (const p of points(r, hourly(9000, 3))) {
      expect(p.naltrexoneNgPerMl).toBeGreaterThanOrEqual(0);
      expect(p.naltrexolNgPerMl).toBeGreaterThanOrEqual(0);
      for (const o of [p.occupancy.mu, p.occupancy.kappa, p.occupancy.delta]) {
        expect(o).toBeGreaterThanOrEqual(0);
        expect(o).toBeLessThanOrEqual(1);
      }
    }
  });

  test('cirrhosis raises oral exposure 5- and 10-fold but leaves the depot unchanged', () => {
    const auc = (
      form: 'oral-tablet' | 'xr-injection',
      hepatic: 'normal' | 'compensated-cirrhosis' | 'decompensated-cirrhosis',
    ) =>
      mustSimulate(regimen([{ atHours: 0, amountMg: 50, form }], { hepatic }), hourly(2000, 0.5))
        .summary.naltrexone.aucNgHourPerMl;
    // rtol 1e-3: the AUC window (2000 h) misses a tiny part of the slow terminal phase.
    expectClose(auc('oral-tablet', 'compensated-cirrhosis') / auc('oral-tablet', 'normal'), 5, {
      rtol: 1e-3,
      atol: 0,
    });
    expectClose(auc('oral-tablet', 'decompensated-cirrhosis') / auc('oral-tablet', 'normal'), 10, {
      rtol: 1e-3,
      atol: 0,
    });
    expect(auc('xr-injection', 'decompensated-cirrhosis')).toBe(auc('xr-injection', 'normal'));
  });

  test('dependence raises naltrexone clearance by 23% (AUC ratio 1/1.23, rtol 1e-3)', () => {
    const auc = (dependent: boolean) =>
      mustSimulate(
        regimen([{ atHours: 0, amountMg: 380, form: 'xr-injection' }], { dependent }),
        hourly(8000),
      ).summary.naltrexone.aucNgHourPerMl;
    expectClose(auc(true) / auc(false), 1 / 1.23, { rtol: 1e-3, atol: 0 });
  });

  test('lower creatinine clearance raises 6β-naltrexol exposure', () => {
    const auc = (crcl: number) =>
      mustSimulate(
        regimen([{ atHours: 0, amountMg: 50, form: 'oral-tablet' }], {
          creatinineClearanceMlPerMin: crcl,
        }),
        hourly(200),
      ).summary.naltrexol.aucNgHourPerMl;
    expect(auc(30)).toBeGreaterThan(1.2 * auc(100));
  });

  test('summary reports when μ occupancy falls below 90/75/50%, in that order', () => {
    const { summary } = mustSimulate(
      regimen([{ atHours: 0, amountMg: 50, form: 'oral-tablet' }]),
      [0],
    );
    const [h90, h75, h50] = summary.muBelow.map((f) => f.hoursAfterLastDose!);
    expect(summary.estimate).toBe(true);
    expect(h90!).toBeLessThan(h75!);
    expect(h75!).toBeLessThan(h50!);
    // Lee 1988: 80% at 72 h, 46% at 120 h, so 75% falls between 72 and 120 h.
    expect(h75!).toBeGreaterThan(72);
    expect(h75!).toBeLessThan(120);
  });
});

describe('simulate: input validation names the field', () => {
  const r = regimen([{ atHours: 0, amountMg: 50, form: 'oral-tablet' }]);
  test.each([
    ['non-finite time', { times: [0, Number.NaN] }, ['times', 1]],
    ['negative time', { times: [-1] }, ['times', 0]],
    ['no times', { times: [] }, ['times']],
    [
      'population too large',
      { times: [0], population: { size: 100_001, seed: 1 } },
      ['population', 'size'],
    ],
    [
      'fractional population',
      { times: [0], population: { size: 2.5, seed: 1 } },
      ['population', 'size'],
    ],
    ['seed not whole', { times: [0], population: { size: 10, seed: 0.5 } }, ['population', 'seed']],
    [
      'miss probability above 1',
      { times: [0], population: { size: 10, seed: 1, missProbability: 1.5 } },
      ['population', 'missProbability'],
    ],
  ])('%s', (_name, options, path) => {
    const result = simulate(r, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toContainEqual(path);
  });

  test('implausible dose amount', () => {
    const result = simulate(regimen([{ atHours: 0, amountMg: 50_000, form: 'oral-tablet' }]), {
      times: [0],
    });
    expect(!result.ok && result.issues[0]!.path).toEqual(['regimen', 'doses', 0, 'amountMg']);
  });
});

describe('simulate: population mode', () => {
  const r = regimen([{ atHours: 0, amountMg: 50, form: 'oral-tablet' }]);
  const run = (seed: number, missProbability = 0) => {
    const result = simulate(
      regimen(
        Array.from({ length: 7 }, (_, k) => ({
          atHours: 24 * k,
          amountMg: 50,
          form: 'oral-tablet' as const,
        })),
      ),
      { times: hourly(240, 4), population: { size: 300, seed, missProbability } },
    );
    if (!result.ok) {
      throw new Error('population');
    }
    return result.value;
  };

  test('is deterministic for a seed and changes with the seed', () => {
    expect(run(7)).toEqual(run(7));
    expect(run(8).points[30]!.p50).not.toEqual(run(7).points[30]!.p50);
  });

  test('percentiles are ordered and bracket the typical subject', () => {
    for (const p of run(11).points.slice(1)) {
      expect(p.p5!.occupancy.mu).toBeLessThanOrEqual(p.p50!.occupancy.mu);
      expect(p.p50!.occupancy.mu).toBeLessThanOrEqual(p.p95!.occupancy.mu);
      expect(p.p5!.naltrexolNgPerMl).toBeLessThanOrEqual(
        p.occupancy.mu > 0 ? p.naltrexolNgPerMl : Infinity,
      );
      expect(p.p95!.naltrexolNgPerMl).toBeGreaterThanOrEqual(p.naltrexolNgPerMl);
    }
  });

  test('missing oral doses lowers the median occupancy', () => {
    const full = run(5).points[40]!.p50!.occupancy.mu;
    const missing = run(5, 0.5).points[40]!.p50!.occupancy.mu;
    expect(missing).toBeLessThan(full);
  });

  test('missing every oral dose leaves nothing on board and no band of blockade', () => {
    const result = simulate(r, {
      times: [0, 24],
      population: { size: 20, seed: 2, missProbability: 1 },
    });
    expect(result.ok && result.value.points[1]!.p95!.occupancy.mu).toBe(0);
    expect(result.ok && result.value.summary.muBelow.map((f) => f.p95)).toEqual([0, 0, 0]);
  });

  test('reports progress and a band of fall times', () => {
    const seen: number[] = [];
    const result = simulate(r, {
      times: hourly(100),
      population: { size: 50, seed: 1 },
      onProgress: (done) => seen.push(done),
    });
    expect(seen.at(-1)).toBe(101);
    const fall = result.ok ? result.value.summary.muBelow[1]! : undefined;
    expect(fall!.p5!).toBeLessThanOrEqual(fall!.hoursAfterLastDose!);
    expect(fall!.p95!).toBeGreaterThanOrEqual(fall!.hoursAfterLastDose!);
  });
});
