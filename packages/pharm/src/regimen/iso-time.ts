const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Parses an ISO-8601 date or date-time to milliseconds since 1970 (UTC), without using the
 * machine's time zone. A time without an offset (`2026-03-06T19:00`) is read as a UTC clock time,
 * so results are the same on every machine; differences between two such times ignore DST.
 *
 * @param text - `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]`, optionally followed by `Z` or `±HH:MM`.
 * @returns Milliseconds since the epoch, or `undefined` when the text is not such a time.
 * @example
 * parseIsoMs('2026-03-01T08:00:00Z') //=> 1772352000000
 */
export function parseIsoMs(text: string): number | undefined {
  const m = isoPattern.exec(text.trim());
  if (!m) {
    return undefined;
  }
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`);
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  const offsetMinutes = parseOffsetMinutes(m[8]);
  if (offsetMinutes === undefined) {
    return undefined;
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + fraction * 1000;
  return utc - offsetMinutes * 60_000;
}

function parseOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z') {
    return 0;
  }
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) {
    return undefined;
  }
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Formats milliseconds since the epoch as an ISO-8601 UTC time without milliseconds when whole.
 *
 * @param ms - Milliseconds since 1970-01-01T00:00:00Z.
 * @returns For example `2026-03-01T08:00:00Z`.
 * @example
 * formatIsoMs(1772352000000) //=> '2026-03-01T08:00:00Z'
 */
export function formatIsoMs(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}
