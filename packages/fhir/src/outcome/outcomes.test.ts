import { describe, expect, test } from 'vitest';
import {
  allOk,
  badRequest,
  created,
  forbidden,
  issuesToOutcome,
  normalizeOutcome,
  notFound,
  OutcomeError,
  serverError,
  statusFor,
  unauthorized,
} from './outcomes';

describe('OperationOutcome helpers', () => {
  test('statusFor maps each outcome to its HTTP status', () => {
    expect(
      [allOk, created, badRequest('x'), unauthorized, forbidden, notFound, serverError()].map(
        statusFor,
      ),
    ).toEqual([200, 201, 400, 401, 403, 404, 500]);
  });

  test('issuesToOutcome keeps one issue per problem with a FHIRPath-like expression', () => {
    const o = issuesToOutcome([
      {
        code: 'parse_error',
        path: ['entry', 3, 'resource', 'effectiveDateTime'],
        message: 'bad date',
      },
      { code: 'missing', path: [], message: 'no body' },
    ]);
    expect(o.issue).toEqual([
      {
        severity: 'error',
        code: 'structure',
        details: { text: 'bad date' },
        expression: ['entry[3].resource.effectiveDateTime'],
      },
      { severity: 'error', code: 'required', details: { text: 'no body' }, expression: ['$this'] },
    ]);
    expect(statusFor(o)).toBe(400);
  });

  test('normalizeOutcome passes OutcomeErrors through and hides anything else as a 500', () => {
    expect(normalizeOutcome(new OutcomeError(notFound))).toBe(notFound);
    const hidden = normalizeOutcome(new Error('SELECT * FROM secrets failed'));
    expect(statusFor(hidden)).toBe(500);
    expect(JSON.stringify(hidden)).not.toContain('secrets');
  });
});
