/** Limits for {@link LoginThrottle}. */
export interface ThrottleLimits {
  /** Failures allowed per account within the window (default 5). */
  readonly perAccount: number;
  /** Failures allowed per client address within the window (default 20: addresses may be shared). */
  readonly perAddress: number;
  /** Window length in milliseconds (default 15 minutes). */
  readonly windowMs: number;
}

const defaults: ThrottleLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 };

/**
 * Counts failed logins per account and per address in a sliding window (in memory: one process
 * serves one data directory). Once either limit is reached, logins for that key are refused until
 * the oldest failure leaves the window, even with the right password.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly limits: ThrottleLimits;

  constructor(
    private readonly now: () => number,
    limits: Partial<ThrottleLimits> = {},
  ) {
    this.limits = { ...defaults, ...limits };
  }

  /**
   * Seconds until a login for this account from this address may be tried, or 0 when allowed.
   *
   * @param account - Normalised account key (lower-case email).
   * @param address - Client address.
   * @returns Seconds to wait (for `Retry-After`).
   */
  retryAfterSeconds(account: string, address: string): number {
    const wait = Math.max(
      this.waitMs(`a:${account}`, this.limits.perAccount),
      this.waitMs(`ip:${address}`, this.limits.perAddress),
    );
    return Math.ceil(wait / 1000);
  }

  /**
   * Records a failed login.
   *
   * @param account - Normalised account key.
   * @param address - Client address.
   */
  fail(account: string, address: string): void {
    for (const key of [`a:${account}`, `ip:${address}`]) {
      const list = this.recent(key);
      list.push(this.now());
      this.failures.set(key, list);
    }
    if (this.failures.size > 100_000) {
      this.prune();
    }
  }

  /**
   * Clears the account's failures after a successful login (the address count stays).
   *
   * @param account - Normalised account key.
   */
  succeed(account: string): void {
    this.failures.delete(`a:${account}`);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.limits.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > cutoff);
  }

  private waitMs(key: string, limit: number): number {
    const list = this.recent(key);
    if (list.length < limit) {
      return 0;
    }
    const oldestBlocking = list[list.length - limit] ?? this.now();
    return Math.max(1000, oldestBlocking + this.limits.windowMs - this.now());
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key).length === 0) {
        this.failures.delete(key);
      }
    }
  }
}
