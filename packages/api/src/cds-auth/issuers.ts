// Per-clinic allow-list of EHR issuers that may call the CDS Hooks services. An issuer is the
// `iss` of the JWT an EHR signs on every call (https://cds-hooks.hl7.org/2.0/#trusting-cds-clients);
// each names one clinic and where its public keys are: a JWKS URL or the keys themselves.
import type { Repository } from '@blockade/store';
import type { JSONWebKeySet } from 'jose';
import { z } from 'zod';

/** One trusted EHR issuer. Exactly one of `jwksUrl` and `jwks` is set. */
export interface EhrIssuer {
  /** The JWT `iss` value, e.g. `https://ehr.example.org`. */
  readonly iss: string;
  /** The clinic whose data and feedback this EHR's calls belong to. */
  readonly clinicId: string;
  /** HTTPS URL of the issuer's JSON Web Key Set. */
  readonly jwksUrl?: string;
  /** The issuer's public keys, when configured inline. */
  readonly jwks?: JSONWebKeySet;
}

/** Finds a trusted issuer by its `iss`. */
export interface IssuerRegistry {
  /**
   * @param iss - The unverified `iss` claim.
   * @returns The issuer, or undefined when it is not on any clinic's allow-list.
   */
  find(iss: string): Promise<EhrIssuer | undefined>;
}

const jwkSchema = z.looseObject({ kty: z.enum(['RSA', 'EC']) });

/** Validates an issuer registration (rejects symmetric `oct` keys: asymmetric only). */
export const EhrIssuerSchema = z
  .strictObject({
    iss: z.string().min(1).max(150),
    clinicId: z.uuid(),
    jwksUrl: z.url({ protocol: /^https?$/ }).optional(),
    jwks: z.strictObject({ keys: z.array(jwkSchema).min(1).max(20) }).optional(),
  })
  .refine((v) => (v.jwksUrl === undefined) !== (v.jwks === undefined), {
    message: 'give exactly one of jwksUrl and jwks',
  });

/**
 * A registry over a fixed list (tests, benchmarks).
 *
 * @param issuers - The trusted issuers.
 * @returns The registry.
 */
export function staticIssuers(issuers: readonly EhrIssuer[]): IssuerRegistry {
  const byIss = new Map(issuers.map((i) => [i.iss, i]));
  return { find: (iss) => Promise.resolve(byIss.get(iss)) };
}

/**
 * A registry read from the store's `cds_issuers` table, so every server on one database trusts
 * the same EHRs. An iss registered for more than one clinic (only possible through a race between
 * two registrations) is treated as unknown: the caller's clinic would be ambiguous. Lookups are
 * cached in memory (registrations are write-once): found issuers for `ttlMs`, unknown ones for 5 s.
 *
 * @param store - The repository.
 * @param clock - Current time (for the cache).
 * @param ttlMs - How long a found issuer is cached (default 60 s).
 * @returns The registry.
 */
export function storedIssuers(
  store: Repository,
  clock: () => Date = () => new Date(),
  ttlMs = 60_000,
): IssuerRegistry {
  const cache = new Map<string, { issuer: EhrIssuer | undefined; untilMs: number }>();
  const load = async (iss: string): Promise<EhrIssuer | undefined> => {
    const rows = await store.findCdsIssuers(iss);
    const row = rows.length === 1 ? rows[0] : undefined;
    if (row === undefined) {
      return undefined;
    }
    const parsed = EhrIssuerSchema.safeParse({
      iss: row.iss,
      clinicId: row.clinicId,
      ...(row.jwksUrl === undefined ? {} : { jwksUrl: row.jwksUrl }),
      ...(row.jwks === undefined ? {} : { jwks: row.jwks }),
    });
    return parsed.success ? (parsed.data as EhrIssuer) : undefined;
  };
  return {
    async find(iss) {
      const nowMs = clock().getTime();
      const hit = cache.get(iss);
      if (hit !== undefined && hit.untilMs > nowMs) {
        return hit.issuer;
      }
      const issuer = await load(iss);
      if (cache.size > 10_000) {
        cache.clear();
      }
      cache.set(iss, { issuer, untilMs: nowMs + (issuer === undefined ? 5_000 : ttlMs) });
      return issuer;
    },
  };
}

/**
 * Registers an EHR issuer for a clinic. Registrations are write-once: registering the same `iss`
 * again with different settings, or an `iss` another clinic holds, is refused (rotate keys through
 * the JWKS URL instead).
 *
 * @param store - The repository.
 * @param issuer - The registration (validated by the caller with {@link EhrIssuerSchema}).
 * @returns `created`, `unchanged` (same settings already stored) or `conflict`.
 */
export function registerIssuer(
  store: Repository,
  issuer: EhrIssuer,
): Promise<'created' | 'unchanged' | 'conflict'> {
  return store.registerCdsIssuer({
    clinicId: issuer.clinicId,
    iss: issuer.iss,
    ...(issuer.jwksUrl === undefined ? {} : { jwksUrl: issuer.jwksUrl }),
    ...(issuer.jwks === undefined ? {} : { jwks: issuer.jwks }),
  });
}
