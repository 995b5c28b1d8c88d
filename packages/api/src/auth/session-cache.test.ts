import type { User } from '@blockade/store';
import { describe, expect, test } from 'vitest';
import { SessionCache } from './session-cache';

const user = { id: 'u1', active: true } as unknown as User;
const entry = (userId: string) => ({ userId, expiresAtMs: 10_000, user });

describe('SessionCache', () => {
  test('an entry is served until ttlMs has passed on the monotonic clock, then dropped', () => {
    let t = 0;
    const cache = new SessionCache(2_000, 100, () => t);
    cache.set('s1', entry('u1'));
    t = 1_999;
    expect(cache.get('s1')?.userId).toBe('u1');
    t = 2_000;
    expect(cache.get('s1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  test('forgetUser drops every session of that user only; forgetSession drops one', () => {
    const cache = new SessionCache(2_000, 100, () => 0);
    cache.set('s1', entry('u1'));
    cache.set('s2', entry('u1'));
    cache.set('s3', entry('u2'));
    cache.forgetUser('u1');
    expect([cache.get('s1'), cache.get('s2')]).toEqual([undefined, undefined]);
    expect(cache.get('s3')?.userId).toBe('u2');
    cache.forgetSession('s3');
    expect(cache.get('s3')).toBeUndefined();
  });

  test('holds at most maxEntries (oldest dropped first); ttlMs 0 caches nothing', () => {
    const cache = new SessionCache(2_000, 2, () => 0);
    cache.set('s1', entry('u1'));
    cache.set('s2', entry('u2'));
    cache.set('s3', entry('u3'));
    expect(cache.size).toBe(2);
    expect(cache.get('s1')).toBeUndefined();
    expect(cache.get('s3')?.userId).toBe('u3');
    const off = new SessionCache(0, 2, () => 0);
    off.set('s1', entry('u1'));
    expect(off.get('s1')).toBeUndefined();
  });
});
