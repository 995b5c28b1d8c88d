// Remembers the `jti` of every accepted CDS Hooks JWT until it expires, so a captured token cannot
// be replayed. In memory: one server process per PGlite data directory; tokens live ≤ 5 minutes.

/** Replay protection for JWT ids. */
export interface ReplayCache {
  /**
   * Records a token id; false when it was already seen and has not expired.
   *
   * @param key - Issuer and jti, e.g. `https://ehr.example.org|4b1f…`.
   * @param expiresAtMs - Token expiry (epoch ms); the entry is forgotten after it.
   * @param nowMs - Current time (epoch ms).
   * @returns True the first time, false for a replay.
   */
  remember(key: string, expiresAtMs: number, nowMs: number): boolean;
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
 * cache.remember('iss|1', 2000, 1000) //=> true
 * cache.remember('iss|1', 2000, 1500) //=> false
 */
export function memoryReplayCache(maxEntries = 500_000): ReplayCache {
  const seen = new Map<string, number>();
  let nextSweepMs = 0;
  return {
    remember(key, expiresAtMs, nowMs) {
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
        return false;
      }
      if (seen.size >= maxEntries) {
        const oldest = seen.keys().next();
        if (oldest.done !== true) {
          seen.delete(oldest.value);
        }
      }
      seen.set(key, expiresAtMs);
      return true;
    },
  };
}
