// Authenticates a CDS Hooks call: the EHR's signed JWT (see cds-auth), or, only when the
// development setting allows it, no token at all.
import type { Repository } from '@blockade/store';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { EhrJwtVerifier } from '../../cds-auth/verify-ehr-jwt';
import { HttpError, outcome } from '../../http/outcome';

/** Who is calling: a verified EHR of a clinic, or an unsigned development caller. */
export interface CdsCaller {
  readonly clinicId: string | undefined;
  readonly iss: string | undefined;
  readonly signed: boolean;
}

/** Settings of {@link authenticateEhr}. */
export interface EhrAuthOptions {
  readonly verify: EhrJwtVerifier;
  readonly allowUnsigned: boolean;
  readonly store: Repository;
  readonly logger: Logger;
}

const refused = (): HttpError =>
  new HttpError(
    401,
    outcome('login', 'A valid CDS Hooks JWT signed by a registered EHR is required.'),
  );

/**
 * Checks the bearer JWT of a CDS Hooks call against the audiences (the service URL).
 * Without a token: accepted only when unsigned calls are allowed (development), attributed to the
 * first clinic. A token that is present is always verified, even in development.
 *
 * @param c - Hono context.
 * @param audiences - Accepted `aud` values.
 * @param options - Verifier, development setting, store, logger.
 * @returns The caller.
 * @throws HttpError 401 when refused.
 */
export async function authenticateEhr(
  c: Context,
  audiences: readonly string[],
  options: EhrAuthOptions,
): Promise<CdsCaller> {
  const header = c.req.header('authorization');
  if (header === undefined) {
    if (options.allowUnsigned) {
      const first = (await options.store.listClinics())[0];
      return { clinicId: first?.id, iss: undefined, signed: false };
    }
    throw refused();
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (match === null || match[1]!.length > 16_384) {
    throw refused();
  }
  const result = await options.verify(match[1]!, audiences);
  if (!result.ok) {
    options.logger.warn({ route: c.get('route'), reason: result.reason }, 'CDS Hooks JWT refused');
    throw refused();
  }
  return { clinicId: result.caller.clinicId, iss: result.caller.iss, signed: true };
}
