import { describe, expect, test } from 'vitest';
import { homeFor, navFor } from './roles';

describe('role-based landing and navigation', () => {
  test('each role lands on its own home', () => {
    expect(homeFor('admin')).toBe('/admin');
    expect(homeFor('clinician')).toBe('/clinic');
    expect(homeFor('patient')).toBe('/me');
  });

  test('the nav shows only what the role may use', () => {
    const hrefs = (role: Parameters<typeof navFor>[0]): string[] =>
      navFor(role).map(([href]) => href);
    expect(hrefs('admin')).toContain('/admin/audit');
    expect(hrefs('admin')).not.toContain('/clinic');
    expect(hrefs('clinician')).toContain('/clinic');
    expect(hrefs('clinician').some((h) => h.startsWith('/admin'))).toBe(false);
    expect(hrefs('patient').every((h) => h.startsWith('/me') || h === '/learn')).toBe(true);
    expect(hrefs(undefined)).toContain('/login');
  });

  test('every role lands on a page its nav links to', () => {
    for (const role of ['admin', 'clinician', 'patient'] as const) {
      expect(navFor(role).map(([href]) => href)).toContain(homeFor(role));
    }
  });
});
