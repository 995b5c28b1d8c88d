// Input checks the database cannot make precisely: UUID syntax, timestamps with an explicit offset
// (a bare local time would be read in the session's zone), IANA zone names, questionnaire items.
import { randomUUID } from 'node:crypto';
import { StoreError } from './errors';
import { instrumentItems, type Instrument } from './records';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a UUID in canonical text form (any version). */
export const isUuid = (value: string): boolean => uuidPattern.test(value);

/** Returns `id` when it is a UUID, a new random UUID when absent; throws `invalid` otherwise. */
export function idOrNew(id: string | undefined, field = 'id'): string {
  if (id === undefined) {
    return randomUUID();
  }
  checkUuid(field, id);
  return id;
}

/** Throws `invalid` unless `value` is a UUID. */
export function checkUuid(field: string, value: string): void {
  if (!isUuid(value)) {
    throw new StoreError('invalid', `${field} must be a UUID`);
  }
}

/**
 * Throws `invalid` unless `value` is an ISO-8601 date-time with `Z` or an offset.
 *
 * @param field - Field name for the message.
 * @param value - The submitted string.
 * @returns The same instant as a UTC ISO string.
 */
export function checkTimestamp(field: string, value: string): string {
  const ms = isoPattern.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new StoreError(
      'invalid',
      `${field} must be an ISO-8601 date-time with Z or an offset, e.g. 2026-03-01T08:00:00Z`,
    );
  }
  return new Date(ms).toISOString();
}

/** Throws `invalid` unless `value` is a real calendar date `YYYY-MM-DD`. */
export function checkDay(field: string, value: string): void {
  const ms = dayPattern.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new StoreError('invalid', `${field} must be a calendar date YYYY-MM-DD`);
  }
}

/** Throws `invalid` unless `value` names an IANA time zone known to this runtime (e.g. `Europe/Paris`). */
export function checkTimeZone(field: string, value: string): void {
  let ok = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value);
  if (ok) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
    } catch {
      ok = false;
    }
  }
  if (!ok) {
    throw new StoreError('invalid', `${field} must be an IANA time zone name, e.g. Europe/Berlin`);
  }
}

/** Throws `invalid` unless `answers` has the instrument's item count and each answer is in range. */
export function checkAnswers(instrument: Instrument, answers: readonly number[]): void {
  const spec = instrumentItems[instrument];
  if (answers.length !== spec.count) {
    throw new StoreError('invalid', `answers must have ${spec.count} items for ${instrument}`);
  }
  answers.forEach((answer, index) => {
    const max = spec.max[index] ?? 0;
    if (!Number.isInteger(answer) || answer < 0 || answer > max) {
      throw new StoreError(
        'invalid',
        `answers[${index}] must be a whole number from 0 to ${max} for ${instrument}`,
      );
    }
  });
}
