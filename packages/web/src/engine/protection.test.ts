import { describe, expect, test } from 'vitest';
import { describeProtection, needsSafetyWarning, protectionLevel } from './protection';

describe('plain-language protection', () => {
  test.each([
    [0.95, 'strong'],
    [0.9, 'strong'],
    [0.8, 'good'],
    [0.75, 'good'],
    [0.6, 'partial'],
    [0.2, 'low'],
  ] as const)('μ %s → %s', (mu, level) => {
    expect(protectionLevel(mu)).toBe(level);
  });

  test('the sentence carries the percentage and the likely range', () => {
    const s = describeProtection(0.931, 0.852, 0.974);
    expect(s).toContain('strong');
    expect(s).toContain('about 93%');
    expect(s).toContain('likely range 85-97%');
    expect(describeProtection(0.4)).not.toContain('likely range');
  });

  test('the safety warning leads after a missed dose or when blockade is or will be low', () => {
    expect(needsSafetyWarning(0.95, 0.9, false)).toBe(false);
    expect(needsSafetyWarning(0.95, 0.9, true)).toBe(true);
    expect(needsSafetyWarning(0.6, undefined, false)).toBe(true);
    expect(needsSafetyWarning(0.95, 0.6, false)).toBe(true);
  });
});
