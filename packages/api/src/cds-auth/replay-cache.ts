// Remembers the `jti` of every accepted CDS Hooks JWT until it expires, so a captured token cannot
// be replayed. The server uses the store's `cds_jti` table (survives restarts, shared by every
// process on one PostgreSQL); the in-memory cache is for tests and benchmarks.
import type { Repository } from '@blockade/store';

/** Replay protection for JWT ids. */
export interface ReplayCache {
  /**
   * Records a token id; false when it was already seen and has not expired.
   *
   * @param iss - The verified issuer, e.g. `https://ehr.example.org`.
   * @param jti - The token id.
   * @param expiresAtMs - Token expiry (epoch ms); the entry is forgotten after it.
   * @param nowMs - Current time (epoch ms).
   * @returns True the first time, false for a replay.
   */
  remember(iss: string, jti: string, expiresAtMs: number, nowMs: number): Promise<boolean>;
}

/**
 * An in-memory replay cache with expiry sweeps and a size bound (oldest dropped first when full;
 * tokens live at most 5.5 minutes with skew, so 500 000 entries cover about 1500 calls per second
 * before an unexpired id could be forgotten).
 *
 * @param maxEntries - Upper bound on remembered ids (default 500 000).
 * @returns The cache.
 * @example
 * const cache = memoryReplayCache();
 * await cache.remember('https://ehr.example.org', '1', 2000, 1000) //=> true
 * await cache.remember('https://ehr.example.org', '1', 2000, 1500) //=> false
 */
export function memoryReplayCache(maxEntries = 500_000): ReplayCache {
  const seen = new Map<string, number>();
  let nextSweepMs = 0;
  return {
    remember(iss, jti, expiresAtMs, nowMs) {
      const key = JSON.stringify([iss, jti]);
      if (nowMs >= nextSweepMs) {
        for (const [k, exp] of seen) {
          if (exp <= nowMs) {
            seen.delete(k);
          }
        }
        nextSweepMs = nowMs + 30_000;
      }
      const existing = seen.get(key);
      if (existing !== undefined && existing > nowMs) {
        return Promise.resolve(false);
      }
      if (seen.size >= maxEntries) {
        const oldest = seen.keys().next();
        if (oldest.done !== true) {
          seen.delete(oldest.value);
        }
      }
      seen.set(key, expiresAtMs);
      return Promise.resolve(true);
    },
  };
}

/**
 * The replay cache over the store's `cds_jti` table: insert-or-fail on (iss, jti), expired ids
 * purged on every call. Survives restarts and works across processes sharing one PostgreSQL.
 *
 * @param store - The repository.
 * @returns The cache.
 */
export function storedReplayCache(store: Repository): ReplayCache {
  return {
    remember: (iss, jti, expiresAtMs, nowMs) =>
      store.rememberCdsJti(
        iss,
        jti,
        new Date(expiresAtMs).toISOString(),
        new Date(nowMs).toISOString(),
      ),
  };
}
