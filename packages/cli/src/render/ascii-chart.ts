import { plot } from 'asciichart';
import type { SimulationPoint } from '@blockade/pharm';

/**
 * Draws μ occupancy (%) over time as a small terminal chart (asciichart), resampled to at most
 * `width` columns by taking the point nearest each column's time. The y axis is fixed at 0-100%.
 *
 * @param points - Points sorted by time.
 * @param width - Most columns of the plot area (default 64).
 * @returns Lines of text: the chart, then an x-axis caption with the first and last time.
 * @example
 * renderMuChart(points).at(-1) //=> '        t = 0 h … 504 h (21 d); μ occupancy %, typical subject (estimate)'
 */
export function renderMuChart(points: readonly SimulationPoint[], width = 64): string[] {
  const sorted = [...points].sort((a, b) => a.tHours - b.tHours);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) {
    return [];
  }
  const columns = Math.min(width, sorted.length);
  const series: number[] = [];
  let j = 0;
  for (let c = 0; c < columns; c++) {
    const t =
      columns === 1
        ? first.tHours
        : first.tHours + ((last.tHours - first.tHours) * c) / (columns - 1);
    while (
      j + 1 < sorted.length &&
      Math.abs((sorted[j + 1]?.tHours ?? Infinity) - t) <= Math.abs((sorted[j]?.tHours ?? 0) - t)
    ) {
      j++;
    }
    series.push((sorted[j]?.occupancy.mu ?? 0) * 100);
  }
  const chart = plot(series, {
    height: 10,
    min: 0,
    max: 100,
    format: (x) => `${x.toFixed(0).padStart(5)}% `,
  });
  const days = (h: number): string => (h >= 48 ? ` (${Number((h / 24).toFixed(1))} d)` : '');
  return [
    ...chart.split('\n'),
    `        t = ${first.tHours} h … ${last.tHours} h${days(last.tHours)}; μ occupancy %, typical subject (estimate)`,
  ];
}
