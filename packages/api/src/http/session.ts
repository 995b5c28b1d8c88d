import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Principal } from '../auth/principal';
import type { User } from '@blockade/store';
import type { SessionClaims } from '../auth/tokens';
import type { ApiDeps } from './deps';

/** Name of the HttpOnly session cookie. */
export const sessionCookie = 'blockade_session';

/**
 * Reads the session token from `Authorization: Bearer …` or the session cookie.
 *
 * @param c - Hono context.
 * @returns The raw token, if any.
 */
export function readToken(c: Context): string | undefined {
  const header = c.req.header('authorization');
  if (header !== undefined && /^Bearer\s+/i.test(header)) {
    return header.replace(/^Bearer\s+/i, '').trim();
  }
  return getCookie(c, sessionCookie);
}

/**
 * Verifies the session token and reloads the user, so a disabled user or a changed role counts at once.
 *
 * @param c - Hono context.
 * @param deps - Token service and store.
 * @returns The principal, or undefined when not signed in (or the session is invalid or expired).
 */
export async function authenticate(c: Context, deps: ApiDeps): Promise<Principal | undefined> {
  const claims = await verifiedClaims(c, deps);
  if (claims === undefined) {
    return undefined;
  }
  const user = claims.user;
  if (user === undefined || !user.active) {
    return undefined;
  }
  return { userId: user.id, role: user.role, clinicId: user.clinicId, patientId: user.patientId };
}

/**
 * The verified claims of the request's token.
 *
 * @param c - Hono context.
 * @param deps - Token service.
 * @returns Claims, or undefined.
 */
export async function verifiedClaims(
  c: Context,
  deps: ApiDeps,
): Promise<(SessionClaims & { readonly user: User | undefined }) | undefined> {
  const token = readToken(c);
  return token === undefined || token.length > 4096 ? undefined : deps.tokens.verify(token);
}
