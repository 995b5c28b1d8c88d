import type { User } from '@blockade/store';

/** What a verified session resolves to: its owner, when the row expires, and the user row. */
export interface CachedSession {
  readonly userId: string;
  /** The session row's expiry, epoch milliseconds (checked on every hit against the clock). */
  readonly expiresAtMs: number;
  readonly user: User | undefined;
}

interface Entry {
  readonly value: CachedSession;
  /** Monotonic milliseconds after which the entry is stale. */
  readonly staleAtMs: number;
}

/**
 * A short-lived, bounded, in-process cache of session + user lookups, keyed by session id.
 * It saves the two lookups a signed-in request otherwise makes. Within this process, logout
 * ({@link SessionCache.forgetSession}) and any change to a user ({@link SessionCache.forgetUser})
 * take effect on the next request; changes made by another process (a second server, the CLI)
 * take effect within `ttlMs`.
 */
export class SessionCache {
  readonly #entries = new Map<string, Entry>();

  /**
   * @param ttlMs - How long an entry is trusted, milliseconds (0 disables the cache).
   * @param maxEntries - Bound on entries; the oldest go first.
   * @param monotonicMs - Monotonic clock, milliseconds (wall-clock jumps never extend an entry).
   */
  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly monotonicMs: () => number = () => performance.now(),
  ) {}

  /**
   * The cached lookup of a session, if still fresh.
   *
   * @param sessionId - The token's `jti`.
   * @returns The cached session, or undefined (miss or stale).
   */
  get(sessionId: string): CachedSession | undefined {
    const entry = this.#entries.get(sessionId);
    if (entry === undefined) {
      return undefined;
    }
    if (this.monotonicMs() >= entry.staleAtMs) {
      this.#entries.delete(sessionId);
      return undefined;
    }
    return entry.value;
  }

  /**
   * Remembers a valid session for `ttlMs`.
   *
   * @param sessionId - The token's `jti`.
   * @param value - Owner, expiry and user row.
   */
  set(sessionId: string, value: CachedSession): void {
    if (this.ttlMs <= 0) {
      return;
    }
    this.#entries.delete(sessionId);
    while (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) {
        break;
      }
      this.#entries.delete(oldest.value);
    }
    this.#entries.set(sessionId, { value, staleAtMs: this.monotonicMs() + this.ttlMs });
  }

  /**
   * Drops one session (logout).
   *
   * @param sessionId - The token's `jti`.
   */
  forgetSession(sessionId: string): void {
    this.#entries.delete(sessionId);
  }

  /**
   * Drops every session of a user (deactivation, role or password change).
   *
   * @param userId - The user's id.
   */
  forgetUser(userId: string): void {
    for (const [id, entry] of this.#entries) {
      if (entry.value.userId === userId) {
        this.#entries.delete(id);
      }
    }
  }

  /** Number of entries held (tests). */
  get size(): number {
    return this.#entries.size;
  }
}
