import type { Dose, DoseForm, Issue, Regimen, Result } from '../types';
import { doseForms } from '../types';
import { formatIsoMs, parseIsoMs } from './iso-time';
import { issue } from './issue';
import { maxDoseMgByForm, maxExpandedDoses } from './limits';
import { validateSubject } from './validate-subject';

/** Options for {@link parseRegimen}. */
export interface ParseRegimenOptions {
  /** ISO time of tHours = 0. Without it, zero is the earliest clock-time dose (`at`). */
  readonly start?: string;
}

const doseKeys = new Set(['atHours', 'at', 'amountMg', 'form', 'everyHours', 'count']);
const msPerHour = 3_600_000;

interface CheckedDose {
  readonly index: number;
  readonly atHours?: number;
  readonly atMs?: number;
  readonly amountMg: number;
  readonly form: DoseForm;
  readonly everyHours: number;
  readonly count: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates a regimen in the JSON input form and expands it to explicit doses on the engine's
 * clock. `everyHours` + `count` give `count` doses `everyHours` apart (count includes the first,
 * like NONMEM's `ADDL + 1`). Clock times (`at`) become hours from `options.start`, or from the
 * earliest clock-time dose when no start is given; `atHours` values are on that same clock.
 * Doses are sorted by time; doses at the same time keep their input order. Every problem is
 * reported (field, value, what is allowed); nothing is clamped.
 *
 * @param input - Parsed JSON, expected to match `RegimenInput`.
 * @param options - Optional `start` (ISO time of tHours = 0).
 * @returns The regimen, or the issues found.
 * @example
 * parseRegimen({ doses: [{ atHours: 0, amountMg: 50, form: 'oral-tablet', everyHours: 24, count: 2 }] })
 * //=> { ok: true, value: { subject: {}, doses: [{ atHours: 0, … }, { atHours: 24, … }] } }
 */
export function parseRegimen(input: unknown, options: ParseRegimenOptions = {}): Result<Regimen> {
  const issues: Issue[] = [];
  if (!isRecord(input)) {
    return fail([
      issue('invalid_type', ['regimen'], input, 'an object { subject?, doses: [...] }'),
    ]);
  }
  for (const key of Object.keys(input)) {
    if (key !== 'subject' && key !== 'doses') {
      issues.push(issue('unknown_value', [key], input[key], 'only the fields subject and doses'));
    }
  }
  const subject = validateSubject(input.subject, issues);
  const doses = input.doses;
  if (!Array.isArray(doses) || doses.length === 0) {
    issues.push(
      issue(
        doses === undefined ? 'missing' : 'invalid_type',
        ['doses'],
        doses,
        'a non-empty array of doses',
      ),
    );
    return fail(issues);
  }
  const checked = doses.map((d, i) => checkDose(d, i, issues)).filter((d) => d !== undefined);
  let startMs: number | undefined;
  if (options.start !== undefined) {
    startMs = parseIsoMs(options.start);
    if (startMs === undefined) {
      issues.push(
        issue(
          'parse_error',
          ['start'],
          options.start,
          'an ISO-8601 time such as 2026-03-01T08:00:00Z',
        ),
      );
    }
  }
  if (issues.length > 0) {
    return fail(issues);
  }
  const clockTimes = checked.flatMap((d) => (d.atMs === undefined ? [] : [d.atMs]));
  const zeroMs = startMs ?? (clockTimes.length > 0 ? Math.min(...clockTimes) : undefined);
  const expanded = expand(checked, zeroMs, issues);
  if (issues.length > 0) {
    return fail(issues);
  }
  const sorted = expanded
    .map((dose, order) => ({ dose, order }))
    .sort((a, b) => a.dose.atHours - b.dose.atHours || a.order - b.order)
    .map((x) => x.dose);
  const regimen: Regimen =
    zeroMs === undefined
      ? { subject, doses: sorted }
      : { subject, doses: sorted, startIso: formatIsoMs(zeroMs) };
  return { ok: true, value: regimen };
}

function fail(issues: readonly Issue[]): Result<Regimen> {
  return { ok: false, issues };
}

function checkDose(raw: unknown, i: number, issues: Issue[]): CheckedDose | undefined {
  const path = ['doses', i];
  if (!isRecord(raw)) {
    issues.push(
      issue(
        'invalid_type',
        path,
        raw,
        'an object { atHours | at, amountMg, form, everyHours?, count? }',
      ),
    );
    return undefined;
  }
  const before = issues.length;
  for (const key of Object.keys(raw)) {
    if (!doseKeys.has(key)) {
      issues.push(
        issue(
          'unknown_value',
          [...path, key],
          raw[key],
          `one of the fields ${[...doseKeys].join(', ')}`,
        ),
      );
    }
  }
  const form = checkForm(raw.form, [...path, 'form'], issues);
  const amountMg = checkAmount(raw.amountMg, form, [...path, 'amountMg'], issues);
  const { atHours, atMs } = checkTime(raw, path, issues);
  const { everyHours, count } = checkRepeat(raw, path, issues);
  if (issues.length > before || form === undefined || amountMg === undefined) {
    return undefined;
  }
  return {
    index: i,
    amountMg,
    form,
    everyHours,
    count,
    ...(atHours === undefined ? {} : { atHours }),
    ...(atMs === undefined ? {} : { atMs }),
  };
}

function checkForm(
  value: unknown,
  path: (string | number)[],
  issues: Issue[],
): DoseForm | undefined {
  if (typeof value === 'string' && (doseForms as readonly string[]).includes(value)) {
    return value as DoseForm;
  }
  issues.push(
    issue(
      value === undefined ? 'missing' : 'unknown_value',
      path,
      value,
      `one of ${doseForms.join(', ')}`,
    ),
  );
  return undefined;
}

function checkAmount(
  value: unknown,
  form: DoseForm | undefined,
  path: (string | number)[],
  issues: Issue[],
): number | undefined {
  const max = form === undefined ? undefined : maxDoseMgByForm[form];
  const allowed =
    max === undefined ? 'a number of mg > 0' : `a number of mg > 0 and <= ${max} for ${form}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push(issue(value === undefined ? 'missing' : 'invalid_type', path, value, allowed));
    return undefined;
  }
  if (value <= 0 || (max !== undefined && value > max)) {
    issues.push(issue('out_of_range', path, value, allowed));
    return undefined;
  }
  return value;
}

function checkTime(
  raw: Record<string, unknown>,
  path: (string | number)[],
  issues: Issue[],
): { atHours?: number; atMs?: number } {
  const { atHours, at } = raw;
  if (atHours !== undefined && at !== undefined) {
    issues.push(issue('conflict', [...path, 'at'], at, 'either atHours or at, not both'));
    return {};
  }
  if (atHours === undefined && at === undefined) {
    issues.push(
      issue(
        'missing',
        [...path, 'atHours'],
        undefined,
        'atHours (hours from time zero) or at (ISO time)',
      ),
    );
    return {};
  }
  if (atHours !== undefined) {
    if (typeof atHours !== 'number' || !Number.isFinite(atHours) || atHours < 0) {
      issues.push(
        issue(
          typeof atHours === 'number' ? 'out_of_range' : 'invalid_type',
          [...path, 'atHours'],
          atHours,
          'a finite number of hours >= 0',
        ),
      );
      return {};
    }
    return { atHours };
  }
  const atMs = typeof at === 'string' ? parseIsoMs(at) : undefined;
  if (atMs === undefined) {
    issues.push(
      issue('parse_error', [...path, 'at'], at, 'an ISO-8601 time such as 2026-03-01T08:00:00Z'),
    );
    return {};
  }
  return { atMs };
}

function checkRepeat(
  raw: Record<string, unknown>,
  path: (string | number)[],
  issues: Issue[],
): { everyHours: number; count: number } {
  const { everyHours, count } = raw;
  const none = { everyHours: 0, count: 1 };
  if (everyHours === undefined && count === undefined) {
    return none;
  }
  if (everyHours === undefined) {
    issues.push(
      issue(
        'missing',
        [...path, 'everyHours'],
        undefined,
        'everyHours (> 0) whenever count is given',
      ),
    );
    return none;
  }
  if (count === undefined) {
    issues.push(
      issue(
        'missing',
        [...path, 'count'],
        undefined,
        'count (whole number >= 1, includes the first dose) whenever everyHours is given',
      ),
    );
    return none;
  }
  let ok = true;
  if (typeof everyHours !== 'number' || !Number.isFinite(everyHours) || everyHours <= 0) {
    issues.push(
      issue('out_of_range', [...path, 'everyHours'], everyHours, 'a finite number of hours > 0'),
    );
    ok = false;
  }
  if (
    typeof count !== 'number' ||
    !Number.isInteger(count) ||
    count < 1 ||
    count > maxExpandedDoses
  ) {
    issues.push(
      issue(
        'out_of_range',
        [...path, 'count'],
        count,
        `a whole number from 1 to ${maxExpandedDoses} (includes the first dose)`,
      ),
    );
    ok = false;
  }
  return ok ? { everyHours: everyHours as number, count: count as number } : none;
}

function expand(
  checked: readonly CheckedDose[],
  zeroMs: number | undefined,
  issues: Issue[],
): Dose[] {
  const doses: Dose[] = [];
  for (const d of checked) {
    const first = d.atHours ?? ((d.atMs ?? 0) - (zeroMs ?? 0)) / msPerHour;
    if (first < 0) {
      issues.push(
        issue(
          'out_of_range',
          ['doses', d.index, 'at'],
          formatIsoMs(d.atMs ?? 0),
          `a time at or after the start ${formatIsoMs(zeroMs ?? 0)}`,
        ),
      );
      continue;
    }
    if (doses.length + d.count > maxExpandedDoses) {
      issues.push(
        issue(
          'out_of_range',
          ['doses', d.index, 'count'],
          d.count,
          `at most ${maxExpandedDoses} doses in total after expansion`,
        ),
      );
      return doses;
    }
    for (let k = 0; k < d.count; k++) {
      doses.push({ atHours: first + k * d.everyHours, amountMg: d.amountMg, form: d.form });
    }
  }
  return doses;
}
