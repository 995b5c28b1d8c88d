// Verifies the JWT an EHR (CDS client) signs on every CDS Hooks call
// (https://cds-hooks.hl7.org/2.0/#trusting-cds-clients): asymmetric signature only (ES384/RS384),
// `iss` on a clinic's allow-list, `aud` = the called service URL, `exp` (at most 5 minutes ahead),
// and a `jti` never seen before.
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import type { EhrIssuer, IssuerRegistry } from './issuers';
import type { ReplayCache } from './replay-cache';

/** Signature algorithms accepted (the spec's required pair); `none` and HMAC never are. */
export const acceptedAlgorithms = ['ES384', 'RS384'] as const;

/** The furthest in the future a token's `exp` may lie (spec: no more than 5 minutes). */
export const maxTokenLifetimeS = 300;
/** Longest accepted `jti` (the replay table's limit). */
export const maxJtiLength = 300;
/** Clock skew tolerated on `exp`, `iat` and `nbf`. */
export const clockToleranceS = 30;

/** A verified EHR call. */
export interface EhrCaller {
  readonly iss: string;
  readonly clinicId: string;
  /** The client id (`sub`), when given. */
  readonly sub: string | undefined;
  readonly jti: string;
}

/** Why a token was refused (for logs; clients only ever see a generic 401). */
export type EhrJwtFailure =
  'malformed' | 'algorithm' | 'unknown-issuer' | 'signature-or-claims' | 'lifetime' | 'replayed';

/** Verification result. */
export type EhrJwtResult =
  | { readonly ok: true; readonly caller: EhrCaller }
  | { readonly ok: false; readonly reason: EhrJwtFailure };

/** Dependencies of {@link createEhrJwtVerifier}. */
export interface EhrJwtVerifierOptions {
  readonly issuers: IssuerRegistry;
  readonly replay: ReplayCache;
  readonly clock: () => Date;
  /** Timeout for fetching a remote JWKS (default 2000 ms). */
  readonly jwksTimeoutMs?: number;
}

/** Verifies one token against the audience (the URL of the service being called). */
export type EhrJwtVerifier = (token: string, audience: readonly string[]) => Promise<EhrJwtResult>;

/**
 * Builds a verifier. Remote key sets are cached per URL (jose refetches on an unknown `kid`,
 * at most every 30 s), inline keys are imported once per issuer.
 *
 * @param options - Issuer registry, replay cache, clock.
 * @returns The verifier.
 * @example
 * const verify = createEhrJwtVerifier({ issuers, replay: storedReplayCache(store), clock: () => new Date() });
 * (await verify(token, ['https://blockade.example.org/cds-services/blockade-order-sign'])).ok //=> true
 */
export function createEhrJwtVerifier(options: EhrJwtVerifierOptions): EhrJwtVerifier {
  const keySets = new Map<string, JWTVerifyGetKey>();
  const keysFor = (issuer: EhrIssuer): JWTVerifyGetKey => {
    const cacheKey = issuer.jwksUrl ?? `inline:${issuer.iss}:${JSON.stringify(issuer.jwks)}`;
    let keys = keySets.get(cacheKey);
    if (keys === undefined) {
      keys =
        issuer.jwksUrl !== undefined
          ? createRemoteJWKSet(new URL(issuer.jwksUrl), {
              timeoutDuration: options.jwksTimeoutMs ?? 2000,
            })
          : createLocalJWKSet(issuer.jwks ?? { keys: [] });
      keySets.set(cacheKey, keys);
    }
    return keys;
  };

  return async (token, audience) => {
    let alg: string | undefined;
    let iss: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
      iss = decodeJwt(token).iss;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (!(acceptedAlgorithms as readonly (string | undefined)[]).includes(alg)) {
      return { ok: false, reason: 'algorithm' };
    }
    const issuer = iss === undefined ? undefined : await options.issuers.find(iss);
    if (issuer === undefined) {
      return { ok: false, reason: 'unknown-issuer' };
    }
    const now = options.clock();
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keysFor(issuer), {
        algorithms: [...acceptedAlgorithms],
        issuer: issuer.iss,
        audience: [...audience],
        currentDate: now,
        clockTolerance: clockToleranceS,
        requiredClaims: ['exp', 'jti'],
      }));
    } catch {
      return { ok: false, reason: 'signature-or-claims' };
    }
    const expS = payload.exp ?? 0;
    const nowS = now.getTime() / 1000;
    if (expS > nowS + maxTokenLifetimeS + clockToleranceS || typeof payload.jti !== 'string') {
      return { ok: false, reason: 'lifetime' };
    }
    if (payload.jti.length === 0 || payload.jti.length > maxJtiLength) {
      return { ok: false, reason: 'malformed' };
    }
    if (
      !(await options.replay.remember(
        issuer.iss,
        payload.jti,
        expS * 1000 + clockToleranceS * 1000,
        now.getTime(),
      ))
    ) {
      return { ok: false, reason: 'replayed' };
    }
    return {
      ok: true,
      caller: { iss: issuer.iss, clinicId: issuer.clinicId, sub: payload.sub, jti: payload.jti },
    };
  };
}
