/**
 * Formats a concentration for people: 3 significant digits, plain notation from 0.001 up, `<0.001`
 * below (never a misleading `0`), `0` only for exact zero.
 *
 * @param value - Concentration in ng/mL.
 * @returns Text such as `12.3`, `0.0456` or `<0.001`.
 * @example
 * formatConcentration(0.045612) //=> '0.0456'
 */
export function formatConcentration(value: number): string {
  if (!Number.isFinite(value)) {
    return String(value);
  }
  if (value === 0) {
    return '0';
  }
  if (Math.abs(value) < 0.001) {
    return '<0.001';
  }
  return Number(value.toPrecision(3)).toString();
}

/**
 * Formats an occupancy fraction as a percentage with one decimal.
 *
 * @param fraction - Occupancy 0-1.
 * @returns Text such as `91.2%`.
 * @example
 * formatPercent(0.9123) //=> '91.2%'
 */
export function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/**
 * Formats hours compactly, adding days when long: `36 h (1.5 d)`.
 *
 * @param hours - A duration or time in hours.
 * @returns Text for tables and summaries.
 * @example
 * formatHours(168) //=> '168 h (7 d)'
 */
export function formatHours(hours: number): string {
  const h = Number(hours.toFixed(2));
  return Math.abs(hours) >= 48 ? `${h} h (${Number((hours / 24).toFixed(1))} d)` : `${h} h`;
}
