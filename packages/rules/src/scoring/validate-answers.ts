import type { InstrumentDefinition, InstrumentItem, ScoreBand, ScoreIssue } from './types';

/**
 * Checks answers against an instrument: the right count and, for each item, an allowed value.
 * Reports every problem at once.
 *
 * @param instrument - The questionnaire definition.
 * @param answers - Item points in item order (item 1 first); anything else is reported.
 * @returns The issues found (empty when the answers are valid).
 * @example
 * validateAnswers(phq9Definition, [0, 1, 2]).length //=> 1 (9 answers expected)
 */
export function validateAnswers(
  instrument: InstrumentDefinition,
  answers: readonly unknown[],
): ScoreIssue[] {
  const issues: ScoreIssue[] = [];
  const expected = instrument.items.length;
  if (answers.length !== expected) {
    issues.push({
      code: answers.length < expected ? 'missing' : 'out_of_range',
      path: ['answers'],
      message: `${instrument.name} has ${expected} items; got ${answers.length} answer${answers.length === 1 ? '' : 's'}.`,
    });
  }
  instrument.items.forEach((item, index) => {
    if (index >= answers.length) {
      return;
    }
    const issue = checkItem(item, answers[index]);
    if (issue !== undefined) {
      issues.push({ ...issue, path: ['answers', index] });
    }
  });
  return issues;
}

function checkItem(item: InstrumentItem, value: unknown): Omit<ScoreIssue, 'path'> | undefined {
  const where = `Item ${item.number} (${item.label})`;
  const allowed = `allowed: ${describeAllowed(item.allowed)}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return {
      code: 'invalid_type',
      message: `${where}: ${String(value)} is not a number; ${allowed}.`,
    };
  }
  if (!item.allowed.includes(value)) {
    return { code: 'out_of_range', message: `${where}: ${value} is not allowed; ${allowed}.` };
  }
  return undefined;
}

/**
 * Writes allowed item values compactly: a contiguous run as `0-3`, otherwise a list.
 *
 * @param allowed - Allowed values, ascending.
 * @returns Text such as `0-3` or `0, 2, 4`.
 * @example
 * describeAllowed([0, 2, 4]) //=> '0, 2, 4'
 */
export function describeAllowed(allowed: readonly number[]): string {
  const first = allowed[0];
  const last = allowed[allowed.length - 1];
  if (first !== undefined && last !== undefined && last - first === allowed.length - 1) {
    return `${first}-${last}`;
  }
  return allowed.join(', ');
}

/**
 * Finds the band holding a total.
 *
 * @param bands - Inclusive, gap-free bands.
 * @param total - The total score.
 * @returns The band, or `null` when there are no bands.
 * @example
 * findBand([{ id: 'low', label: 'Low', min: 0, max: 4 }], 3)?.id //=> 'low'
 */
export function findBand(bands: readonly ScoreBand[], total: number): ScoreBand | null {
  return bands.find((band) => total >= band.min && total <= band.max) ?? null;
}

/**
 * Sums validated answers.
 *
 * @param answers - Item points.
 * @returns The total in points.
 * @example
 * sumPoints([1, 2, 3]) //=> 6
 */
export function sumPoints(answers: readonly number[]): number {
  return answers.reduce((sum, points) => sum + points, 0);
}
