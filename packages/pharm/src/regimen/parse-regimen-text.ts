import type { DoseInput, Issue, Regimen, RegimenInput, Result } from '../types';
import { formatIsoMs, parseIsoMs } from './iso-time';
import { maxExpandedDoses } from './limits';
import type { ParseRegimenOptions } from './parse-regimen';
import { parseRegimen } from './parse-regimen';
import type { Clause } from './text-clause';
import { ClauseParser, TextParseError } from './text-clause';
import type { Token } from './text-tokens';
import { tokenize } from './text-tokens';

const msPerHour = 3_600_000;
const endHelp = 'an end for a repeating schedule: "for N days", "for N weeks", "x N" or "N doses"';

/**
 * Parses the text notation for people into the JSON regimen form (`RegimenInput`), without
 * validating amounts (use {@link parseRegimenText} for a checked, expanded `Regimen`).
 *
 * Grammar (case-insensitive; `+` or `;` joins parts):
 * `[form] AMOUNT mg|g|mcg [form] [SCHEDULE] [for N days|weeks|doses | x N] [from ISO | starting day N]`.
 * A duration or start written on the last part, when it repeats, applies to every repeating part without one
 * (`100 mg oral mon,wed + 150 mg oral fri for 4 weeks`). Without a schedule a part is one dose.
 * Repeating parts start at hour 0 (or their `from`/`starting`). Weekday parts count days from
 * their anchor: `from ISO`, else `options.start`, else hour 0 is taken to be a Monday 08:00.
 * `monthly` means every 4 weeks; `nightly` is every 24 h like `daily`.
 *
 * @param text - For example `380 mg xr every 4 weeks x 3`.
 * @param options - Optional `start` (ISO time of hour 0), used to place weekday doses.
 * @returns The JSON form, or a `parse_error` Issue naming the character position and what was expected.
 * @example
 * parseRegimenTextToInput('50 mg oral daily for 14 days')
 * //=> { ok: true, value: { doses: [{ atHours: 0, amountMg: 50, form: 'oral-tablet', everyHours: 24, count: 14 }] } }
 */
export function parseRegimenTextToInput(
  text: string,
  options: ParseRegimenOptions = {},
): Result<RegimenInput> {
  try {
    const clauses = splitClauses(text).map(({ tokens, endAt }) =>
      new ClauseParser(tokens, endAt).parse(),
    );
    inheritEnd(clauses);
    const anchorMs = options.start === undefined ? undefined : parseIsoMs(options.start);
    return { ok: true, value: { doses: clauses.flatMap((c) => clauseDoses(c, anchorMs)) } };
  } catch (error) {
    if (error instanceof TextParseError) {
      return { ok: false, issues: [textIssue(text, error)] };
    }
    throw error;
  }
}

/**
 * Parses the text notation and validates it into an expanded, sorted `Regimen`
 * (see {@link parseRegimenTextToInput} for the grammar and `parseRegimen` for the checks).
 *
 * @param text - For example `50 mg oral daily for 14 days` or `implant 3300 mg`.
 * @param options - Optional `start` (ISO time of hour 0).
 * @returns The regimen, or Issues (parse errors name the character position).
 * @example
 * parseRegimenText('380 mg xr every 4 weeks x 3')
 * //=> { ok: true, value: { subject: {}, doses: [{ atHours: 0, … }, { atHours: 672, … }, { atHours: 1344, … }] } }
 */
export function parseRegimenText(text: string, options: ParseRegimenOptions = {}): Result<Regimen> {
  const input = parseRegimenTextToInput(text, options);
  return input.ok ? parseRegimen(input.value, options) : input;
}

function textIssue(text: string, error: TextParseError): Issue {
  const column = error.at + 1;
  const snippet = text.slice(Math.max(0, error.at - 20), error.at + 20);
  return {
    code: 'parse_error',
    path: ['text', error.at],
    message:
      `regimen text at character ${column} (found ${error.found === 'end of text' ? 'end of text' : `"${error.found}"`}` +
      ` in "…${snippet}…"): expected ${error.expected}`,
  };
}

function splitClauses(text: string): { tokens: Token[]; endAt: number }[] {
  const result = tokenize(text);
  if ('badAt' in result) {
    throw new TextParseError(
      result.badAt,
      text.charAt(result.badAt),
      'letters, numbers, ISO times, "," or "+"',
    );
  }
  const clauses: { tokens: Token[]; endAt: number }[] = [{ tokens: [], endAt: text.length }];
  for (const t of result.tokens) {
    if (t.kind === 'plus') {
      const last = clauses[clauses.length - 1];
      if (last !== undefined) {
        last.endAt = t.at;
      }
      clauses.push({ tokens: [], endAt: text.length });
    } else {
      clauses[clauses.length - 1]?.tokens.push(t);
    }
  }
  return clauses;
}

type MutableClause = { -readonly [K in keyof Clause]: Clause[K] };

/** A duration or start on the last part, when it repeats, applies to every repeating part without one. */
function inheritEnd(clauses: MutableClause[]): void {
  const last = clauses[clauses.length - 1];
  if (last === undefined || (last.schedule.kind !== 'every' && last.schedule.kind !== 'weekdays')) {
    return;
  }
  for (const c of clauses) {
    if (c === last) {
      continue;
    }
    const repeats = c.schedule.kind === 'every' || c.schedule.kind === 'weekdays';
    if (repeats && c.end === undefined && last.end !== undefined) {
      c.end = last.end;
    }
    if (repeats && c.start === undefined && last.start !== undefined) {
      c.start = last.start;
    }
  }
}

function clauseDoses(c: Clause, anchorMs: number | undefined): DoseInput[] {
  const base = { amountMg: c.amountMg, form: c.form };
  const when = (hours: number): { atHours: number } | { at: string } =>
    c.start?.kind === 'clock'
      ? { at: formatIsoMs(c.start.ms + hours * msPerHour) }
      : { atHours: (c.start?.hours ?? 0) + hours };
  const s = c.schedule;
  if (s.kind === 'times') {
    if (c.end !== undefined || c.start !== undefined) {
      throw new TextParseError(
        c.at,
        'a duration or start',
        'listed times alone ("on <ISO time>, …") without "for", "x" or "from"',
      );
    }
    return s.clockMs.map((ms) => ({ at: formatIsoMs(ms + s.offsetHours * msPerHour), ...base }));
  }
  if (s.kind === 'once') {
    if (c.end !== undefined) {
      throw new TextParseError(
        c.at,
        'a duration without a repeating schedule',
        'a schedule such as "daily" before "for"/"x"',
      );
    }
    return [{ ...when(0), ...base }];
  }
  if (c.end === undefined) {
    throw new TextParseError(c.endAt, 'end of part', endHelp);
  }
  if (s.kind === 'every') {
    const count = c.end.kind === 'count' ? c.end.n : Math.ceil(c.end.hours / s.hours - 1e-9);
    return [{ ...when(0), ...base, everyHours: s.hours, count }];
  }
  const optionAnchor = c.start === undefined ? anchorMs : undefined;
  // Monday = 0. Without a clock anchor, hour 0 is taken to be a Monday.
  const firstWeekday =
    c.start?.kind === 'clock'
      ? weekdayOf(c.start.ms)
      : optionAnchor !== undefined
        ? weekdayOf(optionAnchor)
        : Math.floor((c.start?.hours ?? 0) / 24) % 7;
  const doses: DoseInput[] = [];
  for (let day = 0; day < 7 * maxExpandedDoses; day++) {
    if (c.end.kind === 'window' ? day * 24 >= c.end.hours : doses.length >= c.end.n) {
      break;
    }
    if (s.days.includes((firstWeekday + day) % 7)) {
      const at =
        optionAnchor === undefined
          ? when(day * 24)
          : { at: formatIsoMs(optionAnchor + day * 24 * msPerHour) };
      doses.push({ ...at, ...base });
    }
  }
  return doses;
}

function weekdayOf(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7;
}
