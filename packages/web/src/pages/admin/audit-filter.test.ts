import { describe, expect, test } from 'vitest';
import type { AuditEventDto } from '../../api/admin';
import { actionMatches, actionOptions, filterAudit, localDay } from './audit-filter';

const event = (at: string, action: string): AuditEventDto => ({
  id: `${at}-${action}`,
  clinicId: 'c',
  at,
  actorRole: 'clinician',
  action,
  outcome: 'success',
});

// Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11.
const events = [
  event('2026-03-03T12:00:00Z', 'diary.create'),
  event('2026-03-02T12:00:00Z', 'patient.read'),
  event('2026-03-01T12:00:00Z', 'diary.list'),
];

describe('audit filters', () => {
  test('date range is inclusive on both ends (local days)', () => {
    expect(localDay('2026-03-02T12:00:00Z')).toBe('2026-03-02');
    const got = filterAudit(events, { fromDate: '2026-03-02', toDate: '2026-03-03', action: '' });
    expect(got.map((e) => e.action)).toEqual(['diary.create', 'patient.read']);
    expect(filterAudit(events, { fromDate: '2026-03-04', toDate: '', action: '' })).toEqual([]);
  });

  test('an action family matches all its actions, an exact action only itself', () => {
    expect(actionMatches('diary.create', 'diary.*')).toBe(true);
    expect(actionMatches('diaryx.create', 'diary.*')).toBe(false);
    expect(actionMatches('diary.create', 'diary.list')).toBe(false);
    const got = filterAudit(events, { fromDate: '', toDate: '', action: 'diary.*' });
    expect(got.map((e) => e.action)).toEqual(['diary.create', 'diary.list']);
  });

  test('options list each family before its actions', () => {
    expect(actionOptions(events)).toEqual([
      'diary.*',
      'diary.create',
      'diary.list',
      'patient.*',
      'patient.read',
    ]);
  });
});
