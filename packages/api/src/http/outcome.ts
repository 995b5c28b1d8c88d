import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** One FHIR R4 OperationOutcome issue (https://hl7.org/fhir/R4/operationoutcome.html). */
export interface OutcomeIssue {
  readonly severity: 'fatal' | 'error' | 'warning' | 'information';
  readonly code: string;
  readonly diagnostics?: string;
  /** FHIRPath-like field names, e.g. `standardDrinks` or `answers[3]`. */
  readonly expression?: readonly string[];
}

/** A FHIR R4 OperationOutcome: the one error body every endpoint answers with. */
export interface OperationOutcome {
  readonly resourceType: 'OperationOutcome';
  readonly issue: readonly OutcomeIssue[];
}

/**
 * An expected HTTP failure carrying its status and OperationOutcome; `app.onError` sends it as is.
 * Anything else thrown becomes a 500 without details.
 */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly outcome: OperationOutcome,
  ) {
    super(outcome.issue[0]?.diagnostics ?? `HTTP ${status}`);
    this.name = 'HttpError';
  }
}

/**
 * Builds an OperationOutcome with one error issue.
 *
 * @param code - FHIR issue type, e.g. `not-found`, `forbidden`, `invalid`.
 * @param diagnostics - Human text; never contains PHI.
 * @returns The outcome.
 * @example
 * outcome('not-found', 'No such patient').issue[0].code //=> 'not-found'
 */
export function outcome(code: string, diagnostics: string): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] };
}

/**
 * Renders a path such as `['answers', 3]` as `answers[3]` (the `expression` of an issue).
 *
 * @param path - Segments from zod.
 * @returns The expression; `$body` for the whole body.
 */
export function pathToExpression(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    out +=
      typeof segment === 'number' ? `[${segment}]` : `${out === '' ? '' : '.'}${String(segment)}`;
  }
  return out === '' ? '$body' : out;
}

/**
 * Turns zod issues into a 400 OperationOutcome with one issue per bad field.
 *
 * @param issues - zod issues.
 * @param prefix - Where the input came from (`query`, `params`), prefixed to each expression.
 * @returns The outcome.
 */
export function zodIssuesToOutcome(
  issues: readonly z.core.$ZodIssue[],
  prefix?: string,
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: issues.flatMap((issue) => {
      // An unknown key is reported at the key itself, so each one gets its own expression.
      const paths =
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => [...issue.path, key])
          : [issue.path];
      return paths.map((path) => {
        const expr = pathToExpression(path);
        return {
          severity: 'error' as const,
          code: 'invalid',
          diagnostics: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
          expression: [prefix === undefined ? expr : `${prefix}.${expr}`],
        };
      });
    }),
  };
}

/** 400 with the given outcome. */
export const badRequest = (o: OperationOutcome): HttpError => new HttpError(400, o);
/** 401: not signed in, or the session expired. */
export const unauthorized = (): HttpError =>
  new HttpError(401, outcome('login', 'Sign in first (session missing or expired).'));
/** 403: signed in, but this role may not do this. */
export const forbidden = (): HttpError =>
  new HttpError(403, outcome('forbidden', 'Your role does not allow this.'));
/** 404: unknown id, or a record this user may not know exists. */
export const notFound = (what = 'Resource'): HttpError =>
  new HttpError(404, outcome('not-found', `${what} not found.`));
/** 409: the request conflicts with stored data. */
export const conflict = (diagnostics: string): HttpError =>
  new HttpError(409, outcome('conflict', diagnostics));

/**
 * Sends an OperationOutcome as `application/fhir+json`-compatible JSON.
 *
 * @param c - Hono context.
 * @param status - HTTP status.
 * @param body - The outcome.
 * @returns The response.
 */
export function sendOutcome(
  c: Context,
  status: ContentfulStatusCode,
  body: OperationOutcome,
): Response {
  return c.json(body, status);
}
