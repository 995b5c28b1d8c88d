import { describe, expect, test } from 'vitest';
import { defaultPlannerForm, horizonHours, timeGrid, toRegimenInput } from './planner';

describe('planner form → regimen input', () => {
  test('daily oral 50 mg for 28 days is one repeating dose record', () => {
    expect(toRegimenInput(defaultPlannerForm('oral-tablet'))).toEqual({
      subject: {},
      doses: [{ atHours: 0, amountMg: 50, form: 'oral-tablet', everyHours: 24, count: 28 }],
    });
  });

  test('"next injection 7 days late" moves only the last of three injections by 168 h', () => {
    const input = toRegimenInput({ ...defaultPlannerForm('xr-injection'), lateDays: '7' });
    expect(input.doses).toEqual([
      { atHours: 0, amountMg: 380, form: 'xr-injection', everyHours: 672, count: 2 },
      { atHours: 2 * 672 + 168, amountMg: 380, form: 'xr-injection' },
    ]);
  });

  test('covariates typed in the form reach the subject; unparsable text is passed on for the engine to report', () => {
    const input = toRegimenInput({
      ...defaultPlannerForm('oral-tablet'),
      weightKg: '82',
      ageYears: 'forty',
      hepatic: 'compensated-cirrhosis',
      dependent: true,
    });
    expect(input.subject).toEqual({
      weightKg: 82,
      ageYears: 'forty',
      hepatic: 'compensated-cirrhosis',
      dependent: true,
    });
  });

  test('horizon runs one interval past the last dose, at least 3 days', () => {
    expect(horizonHours(defaultPlannerForm('oral-tablet'))).toBe(27 * 24 + 72);
    expect(horizonHours({ ...defaultPlannerForm('xr-injection'), lateDays: '7' })).toBe(
      2 * 672 + 168 + 672,
    );
    expect(horizonHours({ ...defaultPlannerForm('oral-tablet'), count: 'x' })).toBe(72);
  });

  test('time grid starts at 0, ends at the horizon and is increasing', () => {
    const g = timeGrid(10, 5);
    expect(g).toEqual([0, 2.5, 5, 7.5, 10]);
    const big = timeGrid(2000, 400);
    expect(big[0]).toBe(0);
    expect(big.at(-1)).toBe(2000);
    expect(big.every((t, i) => i === 0 || t > big[i - 1]!)).toBe(true);
  });
});
