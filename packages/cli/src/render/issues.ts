import type { Issue } from '@blockade/pharm';

/**
 * Formats input problems for stderr, one line each, starting with `error:`.
 *
 * @param issues - Issues from a parser or the engine.
 * @returns Lines without trailing newlines.
 * @example
 * formatIssues([{ code: 'out_of_range', path: ['doses', 0, 'amountMg'], message: 'doses[0].amountMg is -5; allowed: …' }])
 * //=> ['error: doses[0].amountMg is -5; allowed: …']
 */
export function formatIssues(issues: readonly Issue[]): string[] {
  return issues.map((i) => `error: ${i.message}`);
}
