// Date arithmetic for the rules. Dates are ISO-8601 strings; a bare date (`2026-11-20`) means the
// start of that day in UTC. All arithmetic is in UTC milliseconds, so results do not depend on TZ.

const msPerDay = 86_400_000;

/**
 * Parses an ISO-8601 date or date-time to epoch milliseconds.
 *
 * @param iso - `YYYY-MM-DD` (UTC midnight) or a full date-time with offset.
 * @returns Milliseconds since the epoch, or NaN when unparseable.
 * @example
 * isoToMs('2026-01-02') //=> 1767312000000
 */
export function isoToMs(iso: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Date.parse(iso);
}

/**
 * Days elapsed from `fromIso` to `now` (fractional; negative when `fromIso` is in the future).
 *
 * @param fromIso - Earlier date.
 * @param now - Evaluation time.
 * @returns Days, e.g. 2.5.
 * @example
 * daysSince('2026-01-01', new Date('2026-01-04T12:00:00Z')) //=> 3.5
 */
export function daysSince(fromIso: string, now: Date): number {
  return (now.getTime() - isoToMs(fromIso)) / msPerDay;
}

/**
 * Adds days to a date and returns the calendar date (UTC) as `YYYY-MM-DD`.
 *
 * @param iso - Start date.
 * @param days - Days to add (may be fractional or negative).
 * @returns The resulting date.
 * @example
 * addDaysIso('2026-01-30', 3) //=> '2026-02-02'
 */
export function addDaysIso(iso: string, days: number): string {
  return new Date(isoToMs(iso) + days * msPerDay).toISOString().slice(0, 10);
}

/**
 * The calendar date of an ISO date or date-time as recorded (the local date written in the
 * string, so an evening time in New York is not shown as the next day), for display.
 *
 * @param iso - Date or date-time.
 * @returns `YYYY-MM-DD`.
 * @example
 * dateOf('2026-03-04T22:10:00-05:00') //=> '2026-03-04'
 */
export function dateOf(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(iso)) {
    return iso.slice(0, 10);
  }
  const ms = isoToMs(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().slice(0, 10);
}

/**
 * Whole days (rounded down) for display, e.g. "3 days".
 *
 * @param days - Fractional days.
 * @returns A phrase such as `3 days` or `1 day`.
 * @example
 * formatDays(3.7) //=> '3 days'
 */
export function formatDays(days: number): string {
  const whole = Math.floor(days);
  return `${whole} ${whole === 1 ? 'day' : 'days'}`;
}

/**
 * The latest item by an ISO date field.
 *
 * @param items - Items.
 * @param dateOfItem - Reads the item's date; undefined dates sort first.
 * @returns The item with the latest date, or undefined for an empty list.
 * @example
 * latestBy([{ d: '2026-01-01' }, { d: '2026-02-01' }], (x) => x.d) //=> { d: '2026-02-01' }
 */
export function latestBy<T>(
  items: readonly T[],
  dateOfItem: (item: T) => string | undefined,
): T | undefined {
  let best: T | undefined;
  let bestMs = -Infinity;
  for (const item of items) {
    const iso = dateOfItem(item);
    const ms = iso === undefined ? -Infinity : isoToMs(iso);
    if (best === undefined || ms > bestMs) {
      best = item;
      bestMs = ms;
    }
  }
  return best;
}
