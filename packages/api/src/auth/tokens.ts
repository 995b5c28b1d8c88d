import { randomBytes } from 'node:crypto';
import type { Repository, User } from '@blockade/store';
import { SignJWT, jwtVerify } from 'jose';
import { SessionCache } from './session-cache';

/** Default life of a cached session + user lookup, milliseconds (see {@link SessionCache}). */
export const sessionCacheMs = 2_000;

/** A verified session token. */
export interface SessionClaims {
  readonly userId: string;
  /** The session row's id (the token's `jti`). */
  readonly sessionId: string;
}

/**
 * Session tokens: a JWT (HS256, `sub` = user id, `jti` = session id, `exp`) backed by a session row.
 * The signature lets the server refuse forged tokens without a query; the row makes logout and
 * expiry effective across restarts. Role and clinic are never taken from the token: the user row
 * is reloaded, at most `cacheMs` old (in-process cache; logout and user changes made through this
 * process drop it at once, see {@link TokenService.forgetUser}).
 */
export class TokenService {
  private readonly key: Uint8Array;
  private readonly cache: SessionCache;

  /**
   * @param secret - HS256 signing secret.
   * @param store - Sessions and users.
   * @param sessionMinutes - Session life, minutes.
   * @param now - Clock for expiry.
   * @param cacheMs - Life of a cached session + user lookup, milliseconds (0 turns caching off).
   */
  constructor(
    secret: string,
    private readonly store: Repository,
    private readonly sessionMinutes: number,
    private readonly now: () => Date,
    cacheMs = sessionCacheMs,
  ) {
    this.key = new TextEncoder().encode(secret);
    this.cache = new SessionCache(cacheMs);
  }

  /**
   * Opens a session for a user and signs its token.
   *
   * @param user - The user signing in.
   * @returns The compact JWT and its expiry.
   */
  async issue(user: User): Promise<{ token: string; expiresAt: Date }> {
    const now = this.now();
    const expiresAt = new Date(now.getTime() + this.sessionMinutes * 60_000);
    const session = await this.store.createSession({
      userId: user.id,
      clinicId: user.clinicId,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setJti(session.id)
      .setIssuer('blockade')
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /**
   * Verifies a token: signature, issuer and expiry (injected clock), then the session row
   * (exists, not revoked, not expired) and the user, both from the short-lived cache when fresh,
   * else loaded in parallel. Session expiry is checked against the clock on every call.
   *
   * @param token - The compact JWT.
   * @returns The claims and the user, or undefined when the token is not valid now.
   */
  async verify(
    token: string,
  ): Promise<(SessionClaims & { readonly user: User | undefined }) | undefined> {
    let sub: string | undefined;
    let jti: string | undefined;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: 'blockade',
        currentDate: this.now(),
      });
      sub = payload.sub;
      jti = payload.jti;
    } catch {
      return undefined;
    }
    if (sub === undefined || jti === undefined) {
      return undefined;
    }
    const cached = this.cache.get(jti);
    if (cached !== undefined) {
      return cached.userId === sub && cached.expiresAtMs > this.now().getTime()
        ? { userId: sub, sessionId: jti, user: cached.user }
        : undefined;
    }
    const [session, user] = await Promise.all([
      this.store.getSession(jti),
      this.store.findUserById(sub),
    ]);
    if (session === undefined || session.userId !== sub || session.revokedAt !== undefined) {
      return undefined;
    }
    const expiresAtMs = Date.parse(session.expiresAt);
    if (expiresAtMs <= this.now().getTime()) {
      return undefined;
    }
    this.cache.set(jti, { userId: sub, expiresAtMs, user });
    return { userId: sub, sessionId: jti, user };
  }

  /**
   * Drops the cached lookups of a user's sessions, so a change to the user (deactivation, role,
   * password) counts on their next request. Call after every user update.
   *
   * @param userId - The changed user.
   */
  forgetUser(userId: string): void {
    this.cache.forgetUser(userId);
  }

  /**
   * Ends a session.
   *
   * @param claims - The verified claims.
   */
  async revoke(claims: SessionClaims): Promise<void> {
    this.cache.forgetSession(claims.sessionId);
    await this.store.revokeSession(claims.sessionId, this.now().toISOString());
    // Again after the write: a request that read the row before the revocation may have cached it.
    this.cache.forgetSession(claims.sessionId);
  }
}

/**
 * The signing secret: the configured one, else one generated once (256 random bits) and kept in
 * the database's settings, so tokens survive restarts and every server on one database agrees.
 *
 * @param store - The repository.
 * @param configured - BLOCKADE_SESSION_SECRET, when set.
 * @returns The secret.
 */
export async function resolveSessionSecret(
  store: Repository,
  configured: string | undefined,
): Promise<string> {
  if (configured !== undefined) {
    return configured;
  }
  return store.setSettingIfAbsent('session-secret', randomBytes(32).toString('hex'));
}
