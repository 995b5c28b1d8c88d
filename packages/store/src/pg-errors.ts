import { StoreError } from './errors';

const invalidCodes = new Set([
  '23514', // check_violation
  '23502', // not_null_violation
  '22P02', // invalid_text_representation (e.g. bad uuid, bad enum text)
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22003', // numeric_value_out_of_range
  '22001', // string_data_right_truncation
  '22023', // invalid_parameter_value
  '22P05', // untranslatable_character
  '22021', // character_not_in_repertoire (NUL bytes)
  '21000', // cardinality_violation (same row twice in one upsert)
]);

/**
 * Turns a PostgreSQL/PGlite error into a {@link StoreError} when it is a refused write; other
 * errors are returned unchanged (they are bugs or outages and stay exceptions).
 *
 * @param error - Anything thrown by the driver.
 * @returns A StoreError, or the original error.
 */
export function translateError(error: unknown): unknown {
  if (error instanceof StoreError) {
    return error;
  }
  const found = findPgError(error);
  if (found === undefined) {
    return error;
  }
  const { code, constraint } = found;
  if (code === '23505') {
    return new StoreError('conflict', `A record with the same unique value exists`, constraint);
  }
  if (code === '23503') {
    return new StoreError(
      'not_found',
      'A referenced record (clinic, patient, plan or user) does not exist in this clinic',
      constraint,
    );
  }
  if (code === '42501') {
    return new StoreError('forbidden', 'Audit events are append-only', constraint);
  }
  if (invalidCodes.has(code)) {
    return new StoreError(
      'invalid',
      constraint === undefined ? 'A value is not allowed' : `A value breaks ${constraint}`,
      constraint,
    );
  }
  return error;
}

/** The SQLSTATE and constraint of a driver error, looking through `cause` chains. */
function findPgError(error: unknown): { code: string; constraint?: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return typeof candidate.constraint === 'string'
        ? { code: candidate.code, constraint: candidate.constraint }
        : { code: candidate.code };
    }
    current = candidate.cause;
  }
  return undefined;
}
