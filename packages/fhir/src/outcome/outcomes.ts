// One error vocabulary: FHIR R4 OperationOutcome (https://hl7.org/fhir/R4/operationoutcome.html),
// after medplum's packages/core/src/outcomes.ts. REST, FHIR and CDS Hooks error bodies use these.
import type { Issue } from '@blockade/pharm';
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';

function single(
  id: string,
  severity: OperationOutcomeIssue['severity'],
  code: OperationOutcomeIssue['code'],
  text: string,
  expression?: string[],
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    id,
    issue: [
      { severity, code, details: { text }, ...(expression === undefined ? {} : { expression }) },
    ],
  };
}

/** 200: the operation succeeded. */
export const allOk: OperationOutcome = single('allok', 'information', 'informational', 'All OK');
/** 201: created. */
export const created: OperationOutcome = single(
  'created',
  'information',
  'informational',
  'Created',
);
/** 401: not signed in. */
export const unauthorized: OperationOutcome = single(
  'unauthorized',
  'error',
  'login',
  'Unauthorized',
);
/** 403: signed in but not allowed. */
export const forbidden: OperationOutcome = single('forbidden', 'error', 'forbidden', 'Forbidden');
/** 404: not found. */
export const notFound: OperationOutcome = single('not-found', 'error', 'not-found', 'Not found');
/** 410: deleted. */
export const gone: OperationOutcome = single('gone', 'error', 'deleted', 'Gone');
/** 429: too many requests. */
export const tooManyRequests: OperationOutcome = single(
  'too-many-requests',
  'error',
  'throttled',
  'Too many requests',
);

/**
 * 400 with one issue.
 *
 * @param text - What is wrong, in words (no PHI).
 * @param expression - The field, e.g. `regimen[2].amountMg`.
 * @returns The outcome.
 * @example
 * badRequest('amountMg must be positive', 'doses[0].amountMg').issue[0]?.code //=> 'invalid'
 */
export function badRequest(text: string, expression?: string): OperationOutcome {
  return single(
    'bad-request',
    'error',
    'invalid',
    text,
    expression === undefined ? undefined : [expression],
  );
}

/**
 * 409 with one issue.
 *
 * @param text - The conflict, in words.
 * @returns The outcome.
 * @example
 * conflict('version mismatch').issue[0]?.code //=> 'conflict'
 */
export function conflict(text: string): OperationOutcome {
  return single('conflict', 'error', 'conflict', text);
}

/**
 * 500 for an unexpected error; the message is not exposed (it may contain internals).
 *
 * @returns The outcome.
 * @example
 * serverError().issue[0]?.code //=> 'exception'
 */
export function serverError(): OperationOutcome {
  return single('server-error', 'error', 'exception', 'Internal server error');
}

/**
 * Renders a path such as `['regimen', 2, 'amountMg']` as FHIRPath-like `regimen[2].amountMg`.
 *
 * @param path - Segments.
 * @returns The expression (`$this` for the root).
 * @example
 * pathToExpression(['entry', 3, 'resource', 'effectiveDateTime']) //=> 'entry[3].resource.effectiveDateTime'
 */
export function pathToExpression(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : `${out === '' ? '' : '.'}${segment}`;
  }
  return out === '' ? '$this' : out;
}

const issueType: Record<Issue['code'], OperationOutcomeIssue['code']> = {
  missing: 'required',
  invalid_type: 'structure',
  parse_error: 'structure',
  out_of_range: 'value',
  unknown_value: 'code-invalid',
  conflict: 'business-rule',
};

/**
 * Turns domain issues (`Result` failures) into one 400 OperationOutcome, one issue per problem,
 * with `expression` naming the field.
 *
 * @param issues - Issues from a `Result`.
 * @returns The outcome.
 * @example
 * issuesToOutcome([{ code: 'missing', path: ['context'], message: 'needs context' }]).issue[0]?.expression //=> ['context']
 */
export function issuesToOutcome(issues: readonly Issue[]): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    id: 'bad-request',
    issue: issues.map((i) => ({
      severity: 'error',
      code: issueType[i.code],
      details: { text: i.message },
      expression: [pathToExpression(i.path)],
    })),
  };
}

const statusOfCode: Partial<Record<OperationOutcomeIssue['code'], number>> = {
  login: 401,
  unknown: 401,
  forbidden: 403,
  suppressed: 403,
  'not-found': 404,
  deleted: 410,
  conflict: 409,
  duplicate: 409,
  throttled: 429,
  exception: 500,
  transient: 503,
  timeout: 504,
  processing: 422,
};

/**
 * The HTTP status for an outcome: 200 (201 for `created`) without errors, else by the first error's
 * issue type (400 when not listed).
 *
 * @param outcome - The outcome.
 * @returns HTTP status code.
 * @example
 * statusFor(notFound) //=> 404
 */
export function statusFor(outcome: OperationOutcome): number {
  const error = (outcome.issue ?? []).find((i) => i.severity === 'error' || i.severity === 'fatal');
  if (error === undefined) {
    return outcome.id === 'created' ? 201 : 200;
  }
  return statusOfCode[error.code] ?? 400;
}

/**
 * An expected failure carrying its OperationOutcome; thrown at the edges, caught in one place.
 */
export class OutcomeError extends Error {
  /**
   * @param outcome - The outcome to send.
   */
  constructor(readonly outcome: OperationOutcome) {
    super(outcome.issue?.[0]?.details?.text ?? 'Operation failed');
    this.name = 'OutcomeError';
  }
}

/**
 * Whether the outcome has no error or fatal issues.
 *
 * @param outcome - The outcome.
 * @returns True when OK.
 * @example
 * isOk(allOk) //=> true
 */
export function isOk(outcome: OperationOutcome): boolean {
  return statusFor(outcome) < 400;
}

/**
 * Normalises anything thrown into an OperationOutcome: OutcomeErrors and OperationOutcome objects
 * pass through; everything else becomes a 500 without internal details.
 *
 * @param error - What was thrown.
 * @returns The outcome.
 * @example
 * normalizeOutcome(new OutcomeError(notFound)) //=> notFound
 */
export function normalizeOutcome(error: unknown): OperationOutcome {
  if (error instanceof OutcomeError) {
    return error.outcome;
  }
  if (
    typeof error === 'object' &&
    error !== null &&
    (error as { resourceType?: unknown }).resourceType === 'OperationOutcome'
  ) {
    return error as OperationOutcome;
  }
  return serverError();
}
