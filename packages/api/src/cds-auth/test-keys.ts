// Test helpers: an EHR with its own freshly generated key pair that signs CDS Hooks JWTs.
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/** A simulated EHR: issuer, key id, private key and public JWK. */
export interface TestEhr {
  readonly iss: string;
  readonly kid: string;
  readonly alg: 'ES384' | 'RS384';
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

/**
 * Generates a key pair for a simulated EHR.
 *
 * @param iss - Issuer URL.
 * @param alg - ES384 (default) or RS384.
 * @returns The EHR.
 */
export async function makeTestEhr(iss: string, alg: 'ES384' | 'RS384' = 'ES384'): Promise<TestEhr> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { iss, kid, alg, privateKey, publicJwk };
}

/** Claims a test may override. */
export interface TestClaims {
  readonly aud?: string;
  readonly iss?: string;
  readonly jti?: string;
  /** Expiry in seconds since the epoch. */
  readonly exp?: number;
  /** Issued-at in seconds since the epoch. */
  readonly iat?: number;
}

/**
 * Signs a CDS Hooks JWT as the EHR would (kid in the header, jti, 5-minute expiry).
 *
 * @param ehr - The signer.
 * @param now - Issue time.
 * @param claims - Audience and overrides.
 * @returns The compact JWT.
 */
export async function signEhrJwt(ehr: TestEhr, now: Date, claims: TestClaims): Promise<string> {
  const iat = claims.iat ?? Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: ehr.alg, kid: ehr.kid, typ: 'JWT', jku: `${ehr.iss}/jwks` })
    .setIssuer(claims.iss ?? ehr.iss)
    .setSubject('ehr-client')
    .setAudience(claims.aud ?? 'http://localhost/cds-services')
    .setIssuedAt(iat)
    .setExpirationTime(claims.exp ?? iat + 300)
    .setJti(claims.jti ?? randomUUID())
    .sign(ehr.privateKey);
}
