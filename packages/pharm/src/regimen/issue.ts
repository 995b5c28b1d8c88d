import type { Issue } from '../types';

/** Renders a path like `['doses', 2, 'amountMg']` as `doses[2].amountMg`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** Shows a value the way a person wrote it, shortened when long. */
export function showValue(value: unknown): string {
  const text =
    value === undefined
      ? 'missing'
      : typeof value === 'number'
        ? String(value)
        : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Builds an Issue whose message names the field, the value found and what is allowed.
 *
 * @param code - Issue code.
 * @param path - Path to the field.
 * @param value - The value found (`undefined` when missing).
 * @param allowed - What would be accepted, in words.
 * @returns The issue.
 * @example
 * issue('out_of_range', ['doses', 0, 'amountMg'], -5, 'a number > 0').message
 * //=> 'doses[0].amountMg is -5; allowed: a number > 0'
 */
export function issue(
  code: Issue['code'],
  path: readonly (string | number)[],
  value: unknown,
  allowed: string,
): Issue {
  const found = value === undefined ? 'is missing' : `is ${showValue(value)}`;
  return { code, path, message: `${formatPath(path)} ${found}; allowed: ${allowed}` };
}
