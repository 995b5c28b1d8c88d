import { describe, expect, test } from 'vitest';
import { LoginThrottle } from './throttle';

describe('LoginThrottle', () => {
  test('the 5th failure for an account blocks it for the rest of the 15-minute window', () => {
    let now = 0;
    const t = new LoginThrottle(() => now);
    for (let i = 0; i < 4; i++) {
      t.fail('a@x', `ip${i}`);
    }
    expect(t.retryAfterSeconds('a@x', 'ip9')).toBe(0);
    t.fail('a@x', 'ip4');
    expect(t.retryAfterSeconds('a@x', 'ip9')).toBe(15 * 60);
    now = 10 * 60_000;
    expect(t.retryAfterSeconds('a@x', 'ip9')).toBe(5 * 60);
    now = 15 * 60_000 + 1;
    expect(t.retryAfterSeconds('a@x', 'ip9')).toBe(0);
  });

  test('an address is blocked after 20 failures across accounts; success clears only the account', () => {
    const t = new LoginThrottle(() => 0);
    for (let i = 0; i < 20; i++) {
      t.fail(`u${i}@x`, '10.0.0.1');
    }
    expect(t.retryAfterSeconds('fresh@x', '10.0.0.1')).toBeGreaterThan(0);
    expect(t.retryAfterSeconds('fresh@x', '10.0.0.2')).toBe(0);
    t.succeed('u0@x');
    expect(t.retryAfterSeconds('u0@x', '10.0.0.2')).toBe(0);
    expect(t.retryAfterSeconds('u0@x', '10.0.0.1')).toBeGreaterThan(0);
  });
});
