import { describe, expect, test } from 'vitest';
import { describeRegimen } from './describe-regimen';
import { parseRegimenText, parseRegimenTextToInput } from './parse-regimen-text';

interface TextCase {
  readonly text: string;
  readonly start?: string;
  /** Expected [atHours, amountMg, form] of every dose, in time order. */
  readonly doses: readonly (readonly [number, number, string])[];
  readonly startIso?: string;
}

const every = (
  n: number,
  stepH: number,
  mg: number,
  form: string,
  fromH = 0,
): [number, number, string][] => Array.from({ length: n }, (_, k) => [fromH + k * stepH, mg, form]);

const cases: readonly TextCase[] = [
  { text: '50 mg oral daily for 14 days', doses: every(14, 24, 50, 'oral-tablet') },
  { text: '380 mg xr every 4 weeks x 3', doses: every(3, 672, 380, 'xr-injection') },
  { text: '4.5 mg oral nightly for 30 days', doses: every(30, 24, 4.5, 'oral-tablet') },
  {
    // Hour 0 is taken to be a Monday without a start: Mon 0, Wed 48, Fri 96, then +168 h.
    text: '100 mg oral mon,wed + 150 mg oral fri for 4 weeks',
    doses: [0, 1, 2, 3].flatMap((w) => [
      [w * 168, 100, 'oral-tablet'] as const,
      [w * 168 + 48, 100, 'oral-tablet'] as const,
      [w * 168 + 96, 150, 'oral-tablet'] as const,
    ]),
  },
  {
    // 2026-03-04 is a Wednesday: Wed 0, Fri 48 (150 mg), Mon 120, Wed 168, Fri 216, Mon 288.
    text: '100 mg oral mon,wed + 150 mg oral fri for 2 weeks',
    start: '2026-03-04T09:00Z',
    startIso: '2026-03-04T09:00:00Z',
    doses: [
      [0, 100, 'oral-tablet'],
      [48, 150, 'oral-tablet'],
      [120, 100, 'oral-tablet'],
      [168, 100, 'oral-tablet'],
      [216, 150, 'oral-tablet'],
      [288, 100, 'oral-tablet'],
    ],
  },
  {
    text: '50 mg oral 1 h before drinking on 2026-03-06T19:00, 2026-03-07T20:00',
    startIso: '2026-03-06T18:00:00Z',
    doses: [
      [0, 50, 'oral-tablet'],
      [25, 50, 'oral-tablet'],
    ],
  },
  { text: 'implant 3300 mg', doses: [[0, 3300, 'implant']] },
  { text: '3.3 g implant once', doses: [[0, 3300, 'implant']] },
  { text: '8 mg er tablet twice daily for 2 days', doses: every(4, 12, 8, 'er-tablet') },
  { text: '16 mg ER bid x 3', doses: every(3, 12, 16, 'er-tablet') },
  { text: '25 mg oral every 8 hours for 1 day', doses: every(3, 8, 25, 'oral-tablet') },
  { text: '50 mg oral every 36 h for 3 days', doses: every(2, 36, 50, 'oral-tablet') },
  { text: '50 mg oral once', doses: [[0, 50, 'oral-tablet']] },
  { text: '50mg PO once daily for 2 days', doses: every(2, 24, 50, 'oral-tablet') },
  { text: '50 mg oral daily 3 doses', doses: every(3, 24, 50, 'oral-tablet') },
  { text: '380 mg xr monthly x 2', doses: every(2, 672, 380, 'xr-injection') },
  {
    text: '25 mg oral once + 50 mg oral daily for 3 days starting day 1',
    doses: [[0, 25, 'oral-tablet'], ...every(3, 24, 50, 'oral-tablet', 24)],
  },
  {
    text: '380 mg xr once from 2026-03-01T10:00Z; 50 mg oral once from 2026-03-01T08:00Z',
    startIso: '2026-03-01T08:00:00Z',
    doses: [
      [0, 50, 'oral-tablet'],
      [2, 380, 'xr-injection'],
    ],
  },
];

describe('parseRegimenText: the notation for people', () => {
  test.each(cases)('$text', ({ text, start, doses, startIso }) => {
    const r = parseRegimenText(text, start === undefined ? {} : { start });
    if (!r.ok) {
      throw new Error(JSON.stringify(r.issues));
    }
    expect(r.value.doses.map((d) => [d.atHours, d.amountMg, d.form])).toEqual(doses);
    expect(r.value.startIso).toBe(startIso);
  });

  test('parses to the compact JSON form (everyHours/count)', () => {
    expect(parseRegimenTextToInput('50 mg oral daily for 14 days')).toEqual({
      ok: true,
      value: {
        doses: [{ atHours: 0, amountMg: 50, form: 'oral-tablet', everyHours: 24, count: 14 }],
      },
    });
  });

  test('describeRegimen lists runs of doses for --explain', () => {
    const r = parseRegimenText('50 mg oral daily for 3 days + 380 mg xr once from day 5');
    expect(r.ok && describeRegimen(r.value)).toEqual([
      'Time zero: hour 0 (no clock time given)',
      'Subject: typical adult (no covariates)',
      '4 doses:',
      '  3 × 50 mg oral-tablet every 24 h from 0 h to 48 h',
      '  1 × 380 mg xr-injection at 120 h',
    ]);
  });
});

interface ErrorCase {
  readonly text: string;
  /** 0-based character where the problem is reported. */
  readonly at: number;
  readonly says: RegExp;
}

const errors: readonly ErrorCase[] = [
  { text: '50 mg oral dialy for 3 days', at: 11, says: /found "dialy".*expected a schedule/ },
  { text: '50 mg oral daily', at: 16, says: /expected an end for a repeating schedule/ },
  { text: '50 mg', at: 5, says: /found end of text.*expected a form: oral, er, xr/ },
  { text: '50 kg oral once', at: 3, says: /found "kg".*expected a unit: mg, g or mcg/ },
  { text: 'oral daily', at: 5, says: /expected an amount/ },
  { text: '50 mg patch daily for 3 days', at: 6, says: /expected a form/ },
  { text: '50 mg oral daily x 3 daily', at: 21, says: /at most once/ },
  { text: '50 mg oral daily for 0 days', at: 21, says: /duration > 0/ },
  { text: '50 mg oral every 0 h for 3 days', at: 17, says: /interval > 0/ },
  { text: '50 mg oral x 3', at: 0, says: /schedule such as "daily" before/ },
  { text: '50 mg oral mon,wed', at: 18, says: /expected an end/ },
  { text: '50 mg oral 1 h before drinking', at: 30, says: /"on" followed by ISO times/ },
  { text: '50 mg oral on 2026-02-30T19:00', at: 14, says: /valid ISO-8601/ },
  { text: '50 mg oral daily for 3 days @ 8', at: 28, says: /found "@"/ },
  { text: '50 mg oral daily for 3 days from tomorrow', at: 33, says: /expected a start/ },
];

describe('parseRegimenText: errors say where and what was expected', () => {
  test.each(errors)('$text', ({ text, at, says }) => {
    const r = parseRegimenText(text);
    expect(r.ok).toBe(false);
    const first = r.ok ? undefined : r.issues[0];
    expect(first?.code).toBe('parse_error');
    expect(first?.path).toEqual(['text', at]);
    expect(first?.message).toContain(`at character ${at + 1}`);
    expect(first?.message).toMatch(says);
  });

  test('amount limits from the JSON form apply to text too', () => {
    const r = parseRegimenText('50000 mg oral once');
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(/amountMg is 50000; allowed: .*<= 2000/);
  });
});

describe('clock times do not depend on the machine time zone', () => {
  test.each(['UTC', 'America/New_York', 'Australia/Sydney'])(
    'TZ=%s, across the US DST change of 2026-03-08',
    (tz) => {
      const saved = process.env.TZ;
      process.env.TZ = tz;
      try {
        const r = parseRegimenText(
          '50 mg oral on 2026-03-07T20:00, 2026-03-08T20:00 + 100 mg oral mon,wed for 1 week',
          {
            start: '2026-03-07T08:00',
          },
        );
        expect(r.ok && r.value.doses.map((d) => [d.atHours, d.amountMg])).toEqual([
          [12, 50],
          [36, 50],
          [48, 100],
          [96, 100],
        ]);
      } finally {
        process.env.TZ = saved;
      }
    },
  );
});
