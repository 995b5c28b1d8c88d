// Pure filtering of audit events for the audit page: by local calendar date range and by action.
import type { AuditEventDto } from '../../api/admin';

/** The audit page's filters; empty strings mean "any". */
export interface AuditFilter {
  /** First local calendar day included, `YYYY-MM-DD`, or ''. */
  readonly fromDate: string;
  /** Last local calendar day included, `YYYY-MM-DD`, or ''. */
  readonly toDate: string;
  /** Exact action (e.g. `diary.create`), a family ending in `.*` (e.g. `diary.*`), or ''. */
  readonly action: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The local calendar day of an ISO timestamp.
 *
 * @param iso - ISO 8601 timestamp.
 * @returns `YYYY-MM-DD` in the browser's time zone.
 * @example localDay('2026-03-01T10:00:00Z') // '2026-03-01' in Europe/Berlin
 */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Whether an action matches the filter's action.
 *
 * @param action - The event's action, e.g. `diary.create`.
 * @param wanted - '', an exact action, or a family `diary.*`.
 * @returns true when it matches.
 */
export function actionMatches(action: string, wanted: string): boolean {
  if (wanted === '') {
    return true;
  }
  return wanted.endsWith('.*') ? action.startsWith(wanted.slice(0, -1)) : action === wanted;
}

/**
 * The events that pass the filter, order kept.
 *
 * @param events - Audit events (newest first, as the server sends them).
 * @param filter - Date range (local days, inclusive) and action.
 * @returns The matching events.
 */
export function filterAudit(
  events: readonly AuditEventDto[],
  filter: AuditFilter,
): AuditEventDto[] {
  return events.filter((e) => {
    const day = localDay(e.at);
    return (
      (filter.fromDate === '' || day >= filter.fromDate) &&
      (filter.toDate === '' || day <= filter.toDate) &&
      actionMatches(e.action, filter.action)
    );
  });
}

/**
 * The action choices for the filter: each family (`diary.*`) followed by its actions, sorted.
 *
 * @param events - Audit events.
 * @returns Option values.
 * @example actionOptions([{ action: 'diary.create' }, { action: 'diary.list' }]) // ['diary.*', 'diary.create', 'diary.list']
 */
export function actionOptions(events: readonly Pick<AuditEventDto, 'action'>[]): string[] {
  const actions = [...new Set(events.map((e) => e.action))].sort();
  const out: string[] = [];
  let family = '';
  for (const a of actions) {
    const f = a.includes('.') ? `${a.slice(0, a.indexOf('.'))}.*` : '';
    if (f !== '' && f !== family) {
      out.push(f);
      family = f;
    }
    out.push(a);
  }
  return out;
}
