import { describe, expect, test } from 'vitest';
import { parseRegimen } from './parse-regimen';

const oral = (extra: Record<string, unknown>): Record<string, unknown> => ({
  amountMg: 50,
  form: 'oral-tablet',
  ...extra,
});

describe('parseRegimen: valid input', () => {
  test('everyHours + count expands to count doses (count includes the first, like ADDL + 1)', () => {
    const r = parseRegimen({ doses: [oral({ atHours: 0, everyHours: 24, count: 14 })] });
    expect(r.ok).toBe(true);
    if (!r.ok) {
      return;
    }
    expect(r.value.doses).toHaveLength(14);
    expect(r.value.doses.map((d) => d.atHours)).toEqual(
      Array.from({ length: 14 }, (_, k) => 24 * k),
    );
    expect(r.value.subject).toEqual({});
    expect(r.value.startIso).toBeUndefined();
  });

  test('expanded repeats equal the same doses listed one by one', () => {
    const repeated = parseRegimen({ doses: [oral({ atHours: 2, everyHours: 12, count: 3 })] });
    const listed = parseRegimen({
      doses: [oral({ atHours: 2 }), oral({ atHours: 14 }), oral({ atHours: 26 })],
    });
    expect(repeated).toEqual(listed);
  });

  test('sorts by time and keeps input order for ties (stable)', () => {
    const r = parseRegimen({
      doses: [
        { atHours: 10, amountMg: 380, form: 'xr-injection' },
        oral({ atHours: 0 }),
        { atHours: 10, amountMg: 25, form: 'oral-tablet' },
      ],
    });
    expect(r.ok && r.value.doses.map((d) => [d.atHours, d.amountMg])).toEqual([
      [0, 50],
      [10, 380],
      [10, 25],
    ]);
  });

  test('clock times are hours from the earliest clock-time dose', () => {
    const r = parseRegimen({
      doses: [oral({ at: '2026-03-02T08:00:00Z' }), oral({ at: '2026-03-01T08:00:00Z' })],
    });
    expect(r.ok && r.value.doses.map((d) => d.atHours)).toEqual([0, 24]);
    expect(r.ok && r.value.startIso).toBe('2026-03-01T08:00:00Z');
  });

  test('clock times honour offsets and a given start', () => {
    const r = parseRegimen(
      { doses: [oral({ at: '2026-03-01T10:00:00+02:00' })] },
      { start: '2026-03-01T00:00Z' },
    );
    expect(r.ok && r.value.doses[0]?.atHours).toBe(8);
    expect(r.ok && r.value.startIso).toBe('2026-03-01T00:00:00Z');
  });

  test('keeps valid subject covariates', () => {
    const subject = {
      weightKg: 70,
      ageYears: 40,
      hepatic: 'compensated-cirrhosis',
      dependent: true,
    };
    const r = parseRegimen({ subject, doses: [oral({ atHours: 0 })] });
    expect(r.ok && r.value.subject).toEqual(subject);
  });
});

interface ErrorCase {
  readonly name: string;
  readonly input: unknown;
  readonly start?: string;
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly says: RegExp;
}

const errorCases: readonly ErrorCase[] = [
  { name: 'not an object', input: 42, path: ['regimen'], code: 'invalid_type', says: /is 42/ },
  { name: 'no doses', input: {}, path: ['doses'], code: 'missing', says: /non-empty array/ },
  {
    name: 'empty doses',
    input: { doses: [] },
    path: ['doses'],
    code: 'invalid_type',
    says: /non-empty/,
  },
  {
    name: 'negative dose',
    input: { doses: [oral({ atHours: 0, amountMg: -50 })] },
    path: ['doses', 0, 'amountMg'],
    code: 'out_of_range',
    says: /is -50; allowed: a number of mg > 0 and <= 2000 for oral-tablet/,
  },
  {
    name: 'zero dose',
    input: { doses: [oral({ atHours: 0, amountMg: 0 })] },
    path: ['doses', 0, 'amountMg'],
    code: 'out_of_range',
    says: /> 0/,
  },
  {
    name: 'implausible oral amount 50,000 mg',
    input: { doses: [oral({ atHours: 0, amountMg: 50000 })] },
    path: ['doses', 0, 'amountMg'],
    code: 'out_of_range',
    says: /is 50000.*<= 2000/,
  },
  {
    name: 'xr injection above 1000 mg',
    input: { doses: [{ atHours: 0, amountMg: 3800, form: 'xr-injection' }] },
    path: ['doses', 0, 'amountMg'],
    code: 'out_of_range',
    says: /<= 1000 for xr-injection/,
  },
  {
    name: 'amount as string',
    input: { doses: [oral({ atHours: 0, amountMg: '50' })] },
    path: ['doses', 0, 'amountMg'],
    code: 'invalid_type',
    says: /is "50"/,
  },
  {
    name: 'unknown form',
    input: { doses: [oral({ atHours: 0, form: 'patch' })] },
    path: ['doses', 0, 'form'],
    code: 'unknown_value',
    says: /is "patch"; allowed: one of oral-tablet, er-tablet, xr-injection, implant/,
  },
  {
    name: 'count without everyHours',
    input: { doses: [oral({ atHours: 0, count: 3 })] },
    path: ['doses', 0, 'everyHours'],
    code: 'missing',
    says: /whenever count is given/,
  },
  {
    name: 'everyHours without count',
    input: { doses: [oral({ atHours: 0, everyHours: 24 })] },
    path: ['doses', 0, 'count'],
    code: 'missing',
    says: /whenever everyHours is given/,
  },
  {
    name: 'count not whole',
    input: { doses: [oral({ atHours: 0, everyHours: 24, count: 2.5 })] },
    path: ['doses', 0, 'count'],
    code: 'out_of_range',
    says: /whole number/,
  },
  {
    name: 'everyHours zero',
    input: { doses: [oral({ atHours: 0, everyHours: 0, count: 2 })] },
    path: ['doses', 0, 'everyHours'],
    code: 'out_of_range',
    says: /> 0/,
  },
  {
    name: 'time not finite',
    input: { doses: [oral({ atHours: Infinity })] },
    path: ['doses', 0, 'atHours'],
    code: 'out_of_range',
    says: /is Infinity; allowed: a finite number of hours >= 0/,
  },
  {
    name: 'time NaN',
    input: { doses: [oral({ atHours: NaN })] },
    path: ['doses', 0, 'atHours'],
    code: 'out_of_range',
    says: /is NaN/,
  },
  {
    name: 'negative time',
    input: { doses: [oral({ atHours: -1 })] },
    path: ['doses', 0, 'atHours'],
    code: 'out_of_range',
    says: />= 0/,
  },
  {
    name: 'both atHours and at',
    input: { doses: [oral({ atHours: 0, at: '2026-03-01T08:00Z' })] },
    path: ['doses', 0, 'at'],
    code: 'conflict',
    says: /either atHours or at, not both/,
  },
  {
    name: 'neither atHours nor at',
    input: { doses: [oral({})] },
    path: ['doses', 0, 'atHours'],
    code: 'missing',
    says: /atHours .* or at/,
  },
  {
    name: 'bad clock time',
    input: { doses: [oral({ at: '2026-02-30T08:00' })] },
    path: ['doses', 0, 'at'],
    code: 'parse_error',
    says: /ISO-8601/,
  },
  {
    name: 'clock time before start',
    input: { doses: [oral({ at: '2026-03-01T07:00Z' })] },
    start: '2026-03-01T08:00Z',
    path: ['doses', 0, 'at'],
    code: 'out_of_range',
    says: /at or after the start 2026-03-01T08:00:00Z/,
  },
  {
    name: 'bad start',
    input: { doses: [oral({ atHours: 0 })] },
    start: 'yesterday',
    path: ['start'],
    code: 'parse_error',
    says: /is "yesterday"/,
  },
  {
    name: 'misspelt field',
    input: { doses: [oral({ atHours: 0, amount: 5 })] },
    path: ['doses', 0, 'amount'],
    code: 'unknown_value',
    says: /one of the fields/,
  },
  {
    name: 'too many doses',
    input: { doses: [oral({ atHours: 0, everyHours: 1, count: 20000 })] },
    path: ['doses', 0, 'count'],
    code: 'out_of_range',
    says: /1 to 10000/,
  },
  {
    name: 'weight out of range',
    input: { subject: { weightKg: 7000 }, doses: [oral({ atHours: 0 })] },
    path: ['subject', 'weightKg'],
    code: 'out_of_range',
    says: /20 to 350 kg/,
  },
  {
    name: 'unknown hepatic class',
    input: { subject: { hepatic: 'bad' }, doses: [oral({ atHours: 0 })] },
    path: ['subject', 'hepatic'],
    code: 'unknown_value',
    says: /compensated-cirrhosis/,
  },
  {
    name: 'dependent not boolean',
    input: { subject: { dependent: 'yes' }, doses: [oral({ atHours: 0 })] },
    path: ['subject', 'dependent'],
    code: 'invalid_type',
    says: /true or false/,
  },
];

describe('parseRegimen: refuses bad input, naming field, value and what is allowed', () => {
  test.each(errorCases)('$name', ({ input, start, path, code, says }) => {
    const r = parseRegimen(input, start === undefined ? {} : { start });
    expect(r.ok).toBe(false);
    if (r.ok) {
      return;
    }
    const found = r.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(found, JSON.stringify(r.issues)).toBeDefined();
    expect(found?.code).toBe(code);
    expect(found?.message).toMatch(says);
  });

  test('reports every problem at once', () => {
    const r = parseRegimen({ doses: [oral({ atHours: -1 }), oral({ atHours: 0, form: 'x' })] });
    expect(r.ok ? [] : r.issues.map((i) => i.path.join('.'))).toEqual([
      'doses.0.atHours',
      'doses.1.form',
    ]);
  });
});
