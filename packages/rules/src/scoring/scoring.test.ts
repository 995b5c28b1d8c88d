import { describe, expect, test } from 'vitest';
import { auditDefinition, scoreAudit } from './audit';
import { scoreAuditC } from './audit-c';
import { cowsDefinition, scoreCows } from './cows';
import { scorePacs } from './pacs';
import { phq9Definition, scorePhq9 } from './phq9';
import { instrumentDefinitions, scoreQuestionnaire } from './score-questionnaire';
import type { InstrumentDefinition, ScoreResult } from './types';

/**
 * Builds a valid answer vector with the given total (depth-first over allowed values), keeping the
 * listed items (1-based) at 0. Throws if the total cannot be reached, which would be a test bug.
 */
function answersSumming(
  def: InstrumentDefinition,
  total: number,
  zeroItems: readonly number[] = [],
): number[] {
  const pick = (index: number, remaining: number): number[] | undefined => {
    const item = def.items[index];
    if (item === undefined) {
      return remaining === 0 ? [] : undefined;
    }
    const choices = zeroItems.includes(item.number) ? [0] : [...item.allowed].reverse();
    for (const value of choices) {
      if (value <= remaining) {
        const rest = pick(index + 1, remaining - value);
        if (rest !== undefined) {
          return [value, ...rest];
        }
      }
    }
    return undefined;
  };
  const answers = pick(0, total);
  if (answers === undefined) {
    throw new Error(`cannot build ${def.id} answers totalling ${total}`);
  }
  return answers;
}

function valueOf(result: ScoreResult) {
  if (!result.ok) {
    throw new Error(`expected a score, got issues: ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

function issuesOf(result: ScoreResult) {
  if (result.ok) {
    throw new Error(`expected issues, got total ${result.value.total}`);
  }
  return result.issues;
}

describe('PHQ-9 (Kroenke 2001 bands)', () => {
  test.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [24, 'severe'],
  ])('total %i → %s (item 9 kept at 0)', (total, band) => {
    const score = valueOf(scorePhq9(answersSumming(phq9Definition, total, [9])));
    expect(score.total).toBe(total);
    expect(score.band?.id).toBe(band);
    expect(score.flags.map((f) => f.code)).not.toContain('suicidality-risk');
  });

  test('maximum 27 is severe', () => {
    expect(valueOf(scorePhq9(Array(9).fill(3))).band?.id).toBe('severe');
  });

  test('any point on item 9 is a critical suicidality flag, even with a minimal total', () => {
    const score = valueOf(scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(score.band?.id).toBe('minimal');
    expect(score.flags).toContainEqual(
      expect.objectContaining({ code: 'suicidality-risk', severity: 'critical' }),
    );
  });

  test('depression-screen-positive starts at 10, not 9', () => {
    const codes = (total: number) =>
      valueOf(scorePhq9(answersSumming(phq9Definition, total, [9]))).flags.map((f) => f.code);
    expect(codes(9)).toEqual([]);
    expect(codes(10)).toEqual(['depression-screen-positive']);
  });

  test('invalid answers name the item, the value and the allowed range', () => {
    const issues = issuesOf(scorePhq9([0, 0, 4, 0, -1, 0, 1.5, 0, 0]));
    expect(issues.map((i) => i.path)).toEqual([
      ['answers', 2],
      ['answers', 4],
      ['answers', 6],
    ]);
    expect(issues[0]?.message).toBe('Item 3 (trouble with sleep): 4 is not allowed; allowed: 0-3.');
    expect(issues[0]?.code).toBe('out_of_range');
  });

  test('wrong number of answers and non-numbers are reported together', () => {
    const issues = issuesOf(scorePhq9([0, '1', null]));
    expect(issues[0]).toMatchObject({ code: 'missing', path: ['answers'] });
    expect(issues[0]?.message).toContain('9 items; got 3');
    expect(issues.slice(1).map((i) => i.code)).toEqual(['invalid_type', 'invalid_type']);
    expect(issues[1]?.message).toContain('Item 2');
  });

  test('NaN is not a number answer', () => {
    expect(issuesOf(scorePhq9([NaN, 0, 0, 0, 0, 0, 0, 0, 0]))[0]?.code).toBe('invalid_type');
  });
});

describe('AUDIT-C (Bush 1998; thresholds by sex, Bradley 2007)', () => {
  test.each([
    ['female', [1, 1, 0], 2, 'negative'],
    ['female', [1, 1, 1], 3, 'positive'],
    ['male', [1, 1, 1], 3, 'negative'],
    ['male', [2, 1, 1], 4, 'positive'],
    ['male', [4, 4, 4], 12, 'positive'],
    ['female', [0, 0, 0], 0, 'negative'],
  ] as const)('%s %j → total %i, %s', (sex, answers, total, band) => {
    const score = valueOf(scoreAuditC(answers, sex));
    expect(score.total).toBe(total);
    expect(score.band?.id).toBe(band);
    expect(score.flags.length > 0).toBe(band === 'positive');
  });

  test('item value 5 is out of range', () => {
    expect(issuesOf(scoreAuditC([5, 0, 0], 'male'))[0]?.message).toBe(
      'Item 1 (how often a drink containing alcohol): 5 is not allowed; allowed: 0-4.',
    );
  });

  test('scoreQuestionnaire asks for the sex instead of guessing', () => {
    expect(issuesOf(scoreQuestionnaire('audit-c', [1, 1, 1]))[0]).toMatchObject({
      code: 'missing',
      path: ['sex'],
    });
  });
});

describe('AUDIT (WHO 2001 zones)', () => {
  test.each([
    [0, 'zone-1'],
    [7, 'zone-1'],
    [8, 'zone-2'],
    [15, 'zone-2'],
    [16, 'zone-3'],
    [19, 'zone-3'],
    [20, 'zone-4'],
    [40, 'zone-4'],
  ])('total %i → %s', (total, zone) => {
    const score = valueOf(scoreAudit(answersSumming(auditDefinition, total)));
    expect(score.total).toBe(total);
    expect(score.band?.id).toBe(zone);
  });

  test('flags: positive from 8, possible dependence from 20', () => {
    const codes = (total: number) =>
      valueOf(scoreAudit(answersSumming(auditDefinition, total))).flags.map((f) => f.code);
    expect(codes(7)).toEqual([]);
    expect(codes(8)).toEqual(['alcohol-screen-positive']);
    expect(codes(19)).toEqual(['alcohol-screen-positive']);
    expect(codes(20)).toEqual(['alcohol-screen-positive', 'possible-alcohol-dependence']);
  });

  test('items 9 and 10 accept only 0, 2 or 4', () => {
    const issues = issuesOf(scoreAudit([0, 0, 0, 0, 0, 0, 0, 0, 1, 3]));
    expect(issues.map((i) => i.path)).toEqual([
      ['answers', 8],
      ['answers', 9],
    ]);
    expect(issues[0]?.message).toContain('allowed: 0, 2, 4');
  });
});

describe('COWS (Wesson & Ling 2003 bands)', () => {
  test.each([
    [0, 'none'],
    [4, 'none'],
    [5, 'mild'],
    [12, 'mild'],
    [13, 'moderate'],
    [24, 'moderate'],
    [25, 'moderately-severe'],
    [36, 'moderately-severe'],
    [37, 'severe'],
    [48, 'severe'],
  ])('total %i → %s', (total, band) => {
    const score = valueOf(scoreCows(answersSumming(cowsDefinition, total)));
    expect(score.total).toBe(total);
    expect(score.band?.id).toBe(band);
  });

  test('withdrawal flag from 5: do not start naltrexone', () => {
    const flagged = (total: number) =>
      valueOf(scoreCows(answersSumming(cowsDefinition, total))).flags.some(
        (f) => f.code === 'active-opioid-withdrawal' && f.severity === 'critical',
      );
    expect(flagged(4)).toBe(false);
    expect(flagged(5)).toBe(true);
  });

  test('each item has its own allowed points (gooseflesh: 0, 3, 5)', () => {
    const issues = issuesOf(scoreCows([3, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(issues.map((i) => i.message)).toEqual([
      'Item 1 (resting pulse rate): 3 is not allowed; allowed: 0, 1, 2, 4.',
      'Item 3 (restlessness): 2 is not allowed; allowed: 0, 1, 3, 5.',
      'Item 11 (gooseflesh skin): 1 is not allowed; allowed: 0, 3, 5.',
    ]);
  });

  test('too many answers', () => {
    expect(issuesOf(scoreCows(Array(12).fill(0)))[0]?.message).toContain('11 items; got 12');
  });
});

describe('Penn Alcohol Craving Scale (Flannery 1999)', () => {
  test.each([
    [[0, 0, 0, 0, 0], 0],
    [[3, 2, 2, 1, 2], 10],
    [[6, 6, 6, 6, 6], 30],
  ])('%j → %i, no band', (answers, total) => {
    const score = valueOf(scorePacs(answers));
    expect(score.total).toBe(total);
    expect(score.band).toBeNull();
  });

  test('7 is out of range', () => {
    expect(issuesOf(scorePacs([0, 7, 0, 0, 0]))[0]?.message).toBe(
      'Item 2 (strength of the strongest craving): 7 is not allowed; allowed: 0-6.',
    );
  });
});

describe('every instrument', () => {
  test.each(['phq9', 'audit', 'cows', 'pacs'] as const)('%s cites its source', (id) => {
    const answers = { phq9: 9, audit: 10, cows: 11, pacs: 5 }[id];
    const score = valueOf(scoreQuestionnaire(id, Array(answers).fill(0)));
    expect(score.source.title.length).toBeGreaterThan(20);
    expect(score.instrument).toBe(id);
  });
});

describe('instrument definitions (invariants)', () => {
  test.each(Object.values(instrumentDefinitions).map((d) => [d.id, d] as const))(
    '%s: maxTotal is the sum of item maxima; bands cover 0..maxTotal without gaps or overlaps',
    (_id, def) => {
      const itemMax = def.items.reduce((sum, item) => sum + Math.max(...item.allowed), 0);
      expect(def.maxTotal).toBe(itemMax);
      def.items.forEach((item, index) => expect(item.number).toBe(index + 1));
      if (def.bands.length > 0) {
        expect(def.bands[0]?.min).toBe(0);
        expect(def.bands[def.bands.length - 1]?.max).toBe(def.maxTotal);
        for (let i = 1; i < def.bands.length; i++) {
          expect(def.bands[i]?.min).toBe((def.bands[i - 1]?.max ?? NaN) + 1);
        }
      }
    },
  );
});
