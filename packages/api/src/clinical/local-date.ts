/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone.
 *
 * @param ms - Epoch milliseconds.
 * @param timeZone - IANA zone.
 * @returns The local date.
 * @example
 * localDate(Date.parse('2026-03-01T23:30:00Z'), 'Europe/Berlin') //=> '2026-03-02'
 */
export function localDate(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);
}

/**
 * Adds days to a calendar date.
 *
 * @param date - YYYY-MM-DD.
 * @param days - Days to add (may be negative).
 * @returns YYYY-MM-DD.
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whole days from one date to another (`to` − `from`).
 *
 * @param from - YYYY-MM-DD.
 * @param to - YYYY-MM-DD.
 * @returns Days.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
