// Small shared pieces of the record ↔ FHIR mappers: identifiers, references, extensions, issues.
import type {
  CodeableConcept,
  Extension,
  Identifier,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import { systems } from './codes';

/** A problem found while reading a resource; `path` is FHIRPath-like (`Bundle.entry[3].resource.status`). */
export interface RecordIssue {
  readonly path: string;
  readonly message: string;
}

/** The identifier every exported record carries (value = its id where it was exported from). */
export const recordIdentifier = (id: string): Identifier => ({
  system: systems.blockadeRecord,
  value: id,
});

/** `Patient/<id>` reference. */
export const patientReference = (patientId: string): Reference<Patient> => ({
  reference: `Patient/${patientId}`,
});

/** A coded concept with one coding and a text. */
export const concept = (
  system: string,
  code: string,
  display: string,
  text?: string,
): CodeableConcept => ({
  coding: [{ system, code, display }],
  text: text ?? display,
});

/** An extension with a code value. */
export const codeExt = (url: string, value: string): Extension => ({ url, valueCode: value });

/** Reads an extension's value (code, string, date or decimal) by URL. */
export function extValue(
  list: readonly Extension[] | undefined,
  url: string,
): string | number | boolean | undefined {
  const e = list?.find((x) => x.url === url);
  return e?.valueCode ?? e?.valueString ?? e?.valueDate ?? e?.valueDecimal ?? e?.valueBoolean;
}

/** Reads a string-like extension value. */
export function extString(list: readonly Extension[] | undefined, url: string): string | undefined {
  const v = extValue(list, url);
  return typeof v === 'string' ? v : undefined;
}

/** The Blockade record identifier's value, else the resource id. */
export function sourceId(resource: {
  readonly id?: string;
  readonly identifier?: readonly Identifier[] | Identifier;
}): string | undefined {
  const raw = resource.identifier;
  const ids: readonly Identifier[] =
    raw === undefined
      ? []
      : 'system' in raw || 'value' in raw
        ? [raw]
        : (raw as readonly Identifier[]);
  return ids.find((i) => i.system === systems.blockadeRecord)?.value ?? resource.id;
}

/** True when a concept carries the given system and code. */
export const hasCode = (c: CodeableConcept | undefined, system: string, code: string): boolean =>
  c?.coding?.some((x) => x.system === system && x.code === code) ?? false;

/** Omits keys whose value is undefined (for `exactOptionalPropertyTypes`). */
export function compact<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** True for an ISO date-time with an explicit zone (FHIR `instant`-like). */
export const isInstant = (v: unknown): v is string =>
  typeof v === 'string' &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(v) &&
  !Number.isNaN(Date.parse(v));

/** True for a `YYYY-MM-DD` date that exists. */
export const isDate = (v: unknown): v is string =>
  typeof v === 'string' &&
  /^\d{4}-\d\d-\d\d$/.test(v) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** Normalises an instant to UTC `…Z` ISO form. */
export const toUtc = (v: string): string => new Date(v).toISOString();
