import type { Issue, Regimen, Result } from '@blockade/pharm';
import { parseIsoMs, parseNonmemCsv, parseRegimen, parseRegimenText } from '@blockade/pharm';

/** Where a regimen came from and, for a NONMEM file, which ID was taken. */
export interface LoadedRegimen {
  readonly regimen: Regimen;
  readonly source: 'json' | 'nonmem-csv' | 'text';
  readonly id?: string;
}

/** Options that shape how a regimen is read. */
export interface LoadOptions {
  /** ISO time of hour 0 (`--start`). */
  readonly start?: string;
  /** The ID to take from a NONMEM file with several IDs (`--id`). */
  readonly id?: string;
}

const fail = (path: string, message: string): Result<never> => ({
  ok: false,
  issues: [{ code: 'parse_error', path: [path], message }],
});

/**
 * Reads a regimen from a file's text, detecting the format: JSON (starts with `{`) or a
 * NONMEM-style CSV (header with ID and TIME). A NONMEM file with several IDs needs `id`.
 *
 * @param text - The file's content.
 * @param options - `start` and `id`.
 * @returns The regimen and its source format, or Issues.
 * @example
 * loadRegimenFile('{"doses":[{"atHours":0,"amountMg":50,"form":"oral-tablet"}]}').ok //=> true
 */
export function loadRegimenFile(text: string, options: LoadOptions = {}): Result<LoadedRegimen> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      return fail(
        'input',
        `input is not valid JSON (${(error as Error).message}); allowed: a regimen object {"doses": [...]}`,
      );
    }
    const parsed = parseRegimen(json, options.start === undefined ? {} : { start: options.start });
    return parsed.ok ? { ok: true, value: { regimen: parsed.value, source: 'json' } } : parsed;
  }
  const firstLine = trimmed.split(/\r?\n/u).find((l) => !l.startsWith('#')) ?? '';
  if (/\bID\b/iu.test(firstLine) && /\bTIME\b/iu.test(firstLine)) {
    return fromNonmem(trimmed, options);
  }
  return fail(
    'input',
    `input starts with ${JSON.stringify(trimmed.slice(0, 30))}; allowed: a JSON regimen ({"doses": [...]}) ` +
      'or a NONMEM-style CSV with a header ID,TIME,AMT,EVID,CMT,… (use --regimen for the text notation)',
  );
}

function fromNonmem(text: string, options: LoadOptions): Result<LoadedRegimen> {
  const parsed = parseNonmemCsv(text);
  if (!parsed.ok) {
    return parsed;
  }
  const ids = parsed.value.map((r) => r.id);
  const chosen =
    options.id === undefined && parsed.value.length === 1
      ? parsed.value[0]
      : parsed.value.find((r) => r.id === options.id);
  if (chosen === undefined) {
    const found = options.id === undefined ? 'missing' : JSON.stringify(options.id);
    return fail('id', `--id is ${found}; allowed: one of the file's IDs (${ids.join(', ')})`);
  }
  let regimen = chosen.regimen;
  if (options.start !== undefined) {
    const ms = parseIsoMs(options.start);
    if (ms === undefined) {
      return fail(
        'start',
        `--start is ${JSON.stringify(options.start)}; allowed: an ISO-8601 time such as 2026-03-01T08:00Z`,
      );
    }
    regimen = { ...regimen, startIso: new Date(ms).toISOString().replace('.000Z', 'Z') };
  }
  return { ok: true, value: { regimen, source: 'nonmem-csv', id: chosen.id } };
}

/**
 * Reads a regimen written in the text notation (`--regimen`).
 *
 * @param text - For example `50 mg oral daily for 14 days`.
 * @param options - `start` (ISO time of hour 0).
 * @returns The regimen, or Issues that say where in the text and what was expected.
 * @example
 * loadRegimenText('380 mg xr every 4 weeks x 3').ok //=> true
 */
export function loadRegimenText(text: string, options: LoadOptions = {}): Result<LoadedRegimen> {
  const parsed = parseRegimenText(
    text,
    options.start === undefined ? {} : { start: options.start },
  );
  return parsed.ok ? { ok: true, value: { regimen: parsed.value, source: 'text' } } : parsed;
}

/** Issue list type re-exported for callers that print them. */
export type { Issue };
