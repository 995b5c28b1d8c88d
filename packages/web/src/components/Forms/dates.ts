/**
 * Today's date in the browser's time zone as YYYY-MM-DD.
 *
 * @param d - The time (default now).
 * @returns e.g. "2026-03-01".
 * @example
 * localDate(new Date(2026, 2, 1, 23, 30)) //=> '2026-03-01'
 */
export function localDate(d: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Combines a local date and a local clock time (HH:MM) into an ISO instant (UTC).
 *
 * @param date - YYYY-MM-DD.
 * @param clock - HH:MM.
 * @returns ISO 8601 string with Z, or undefined when either part is invalid.
 * @example
 * localToIso('2026-03-01', '08:00') //=> '2026-03-01T07:00:00.000Z' (in Europe/Berlin)
 */
export function localToIso(date: string, clock: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const c = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!m || !c) {
    return undefined;
  }
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(c[1]), Number(c[2]));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * A short local date for people ("Mon 2 Mar").
 *
 * @param iso - ISO date or date-time.
 * @returns Formatted date.
 */
export function shortDate(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return d.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}

/**
 * A short local date and time ("2 Mar, 08:00").
 *
 * @param iso - ISO date-time.
 * @returns Formatted date and time.
 */
export function shortDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
