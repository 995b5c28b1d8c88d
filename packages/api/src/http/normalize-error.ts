import { StoreError } from '@blockade/store';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { HttpError, outcome, type OperationOutcome } from './outcome';

/**
 * Maps anything thrown to a status and an OperationOutcome: the one translator at the edge.
 * Unknown errors become 500 with no detail (the caller logs the error; the client sees none of it).
 *
 * @param error - What was thrown.
 * @returns Status and outcome to send.
 */
export function normalizeError(error: unknown): {
  status: ContentfulStatusCode;
  outcome: OperationOutcome;
  expected: boolean;
} {
  if (error instanceof HttpError) {
    return { status: error.status, outcome: error.outcome, expected: true };
  }
  if (error instanceof StoreError) {
    switch (error.code) {
      case 'conflict':
        return {
          status: 409,
          outcome: outcome('conflict', 'A record with that unique value already exists.'),
          expected: true,
        };
      case 'invalid':
        return {
          status: 400,
          outcome: outcome('invalid', 'A value is outside what the database accepts.'),
          expected: true,
        };
      case 'not_found':
        return {
          status: 404,
          outcome: outcome('not-found', 'A referenced record was not found.'),
          expected: true,
        };
      case 'forbidden':
        return {
          status: 403,
          outcome: outcome('forbidden', 'This change is not allowed.'),
          expected: true,
        };
    }
  }
  if (error instanceof HTTPException) {
    const status: ContentfulStatusCode = error.status;
    return {
      status,
      outcome: outcome(
        status === 413 ? 'too-costly' : 'invalid',
        status === 413 ? 'Request body too large.' : 'Bad request.',
      ),
      expected: true,
    };
  }
  return {
    status: 500,
    outcome: outcome('exception', 'Internal error. It has been logged.'),
    expected: false,
  };
}

/**
 * The HTTP status {@link normalizeError} would answer with.
 *
 * @param error - What was thrown.
 * @returns The status.
 */
export const statusOf = (error: unknown): number => normalizeError(error).status;
