// Small readers shared by the resource mappers: text and codes of a CodeableConcept, and dates
// checked against FHIR's dateTime format with an issue naming the field when they are malformed.
import type { Issue } from '@blockade/pharm';
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';

/** Path from the input's root to a field, e.g. `['entry', 3, 'resource', 'effectiveDateTime']`. */
export type Path = readonly (string | number)[];

/** Collects issues while mapping. */
export interface IssueSink {
  readonly issues: Issue[];
}

/**
 * Lower-case text of concepts: `text` and every coding's `display`, joined by spaces.
 *
 * @param concepts - CodeableConcepts (undefined entries ignored).
 * @returns Text for pattern matching.
 * @example
 * conceptText({ text: 'Vivitrol', coding: [{ display: 'naltrexone 380 MG' }] }) //=> 'vivitrol naltrexone 380 mg'
 */
export function conceptText(...concepts: (CodeableConcept | undefined)[]): string {
  return concepts
    .flatMap((c) => [c?.text, ...(c?.coding ?? []).map((x) => x.display)])
    .filter((t): t is string => typeof t === 'string' && t.length > 0)
    .join(' ')
    .toLowerCase();
}

/**
 * Codings of concepts in one list.
 *
 * @param concepts - CodeableConcepts.
 * @returns Codings that have a code.
 * @example
 * codings({ coding: [{ system: 'http://loinc.org', code: '1742-6' }] }).length //=> 1
 */
export function codings(...concepts: (CodeableConcept | undefined)[]): Coding[] {
  return concepts.flatMap((c) => (c?.coding ?? []).filter((x) => typeof x.code === 'string'));
}

/**
 * The display name of a concept: its text, else the first display, else the first code.
 *
 * @param concept - CodeableConcept.
 * @param fallback - Used when the concept has no words.
 * @returns A name.
 * @example
 * conceptName({ coding: [{ code: 'F10.20', display: 'Alcohol dependence' }] }, 'condition') //=> 'Alcohol dependence'
 */
export function conceptName(concept: CodeableConcept | undefined, fallback: string): string {
  return (
    concept?.text ??
    concept?.coding?.find((c) => c.display !== undefined)?.display ??
    concept?.coding?.[0]?.code ??
    fallback
  );
}

const dateRe = /^(\d{4})(-(\d{2})(-(\d{2}))?)?$/;
const dateTimeRe = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads a FHIR date or dateTime. Partial dates (`2026`, `2026-11`) are read as the last day of the
 * period: for "last use" this is the cautious reading. Malformed values add an issue.
 *
 * @param value - The raw value (undefined when absent).
 * @param path - Where it sits, for the issue.
 * @param sink - Issue collector.
 * @returns An ISO date (`YYYY-MM-DD`) or date-time, or undefined.
 * @example
 * readDate('2026-02', ['effectiveDateTime'], sink) //=> '2026-02-28'
 */
export function readDate(value: unknown, path: Path, sink: IssueSink): string | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value === 'string') {
    if (dateTimeRe.test(value) && !Number.isNaN(Date.parse(value))) {
      return value;
    }
    const m = dateRe.exec(value);
    if (m !== null) {
      const year = Number(m[1]);
      const month = m[3] === undefined ? 12 : Number(m[3]);
      const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const day = m[5] === undefined ? lastDay : Number(m[5]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= lastDay) {
        return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      }
    }
  }
  sink.issues.push({
    code: 'parse_error',
    path,
    message: `${JSON.stringify(value)} is not a FHIR date or dateTime (expected e.g. 2026-11-20 or 2026-11-20T08:30:00Z)`,
  });
  return undefined;
}
