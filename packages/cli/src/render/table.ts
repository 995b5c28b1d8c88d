import type { OccupancyFall, Regimen, SimulationPoint, SimulationResult } from '@blockade/pharm';
import { parseIsoMs } from '@blockade/pharm';
import { renderMuChart } from './ascii-chart';
import { formatConcentration, formatHours, formatPercent } from './format-number';

/** What the table needs besides the result. */
export interface TableContext {
  readonly regimen: Regimen;
  /** True when the grid is the default one: rows are then thinned to about 50. */
  readonly thinRows: boolean;
  readonly population?: {
    readonly size: number;
    readonly seed: number;
    readonly missProbability?: number;
  };
}

const niceStepsH = [1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 672, 1344];
const maxRows = 50;

/** Picks rows at a round step so a long default grid fits on a screen; keeps the last point. */
export function thinPoints(points: readonly SimulationPoint[]): SimulationPoint[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined || points.length <= maxRows) {
    return [...points];
  }
  const span = last.tHours - first.tHours;
  const step = niceStepsH.find((s) => span / s <= maxRows) ?? span / maxRows;
  const kept = points.filter((p) => {
    const k = (p.tHours - first.tHours) / step;
    return Math.abs(k - Math.round(k)) < 1e-9;
  });
  return kept[kept.length - 1] === last ? kept : [...kept, last];
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padStart(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
    .join('  ');
}

function clockOf(regimen: Regimen, tHours: number): string {
  const zero = regimen.startIso === undefined ? undefined : parseIsoMs(regimen.startIso);
  return zero === undefined
    ? ''
    : new Date(zero + tHours * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function rowsOf(
  points: readonly SimulationPoint[],
  regimen: Regimen,
  population: boolean,
): string[][] {
  const header = ['t (h)'];
  if (regimen.startIso !== undefined) {
    header.push('clock (UTC)');
  }
  header.push('naltrexone ng/mL', '6β-naltrexol ng/mL', 'μ occ.', 'κ occ.', 'δ occ.');
  if (population) {
    header.push('μ p50 [p5-p95]', 'naltrexone p50 [p5-p95]');
  }
  const rows = points.map((p) => {
    const row = [String(Number(p.tHours.toFixed(3)))];
    if (regimen.startIso !== undefined) {
      row.push(clockOf(regimen, p.tHours));
    }
    row.push(
      formatConcentration(p.naltrexoneNgPerMl),
      formatConcentration(p.naltrexolNgPerMl),
      formatPercent(p.occupancy.mu),
      formatPercent(p.occupancy.kappa),
      formatPercent(p.occupancy.delta),
    );
    if (population) {
      const band = (
        get: (v: NonNullable<SimulationPoint['p50']>) => number,
        fmt: (n: number) => string,
      ): string =>
        p.p50 && p.p5 && p.p95 ? `${fmt(get(p.p50))} [${fmt(get(p.p5))}-${fmt(get(p.p95))}]` : '';
      row.push(
        band((v) => v.occupancy.mu, formatPercent),
        band((v) => v.naltrexoneNgPerMl, formatConcentration),
      );
    }
    return row;
  });
  return [header, ...rows];
}

function fallText(fall: OccupancyFall): string {
  const when = (h: number | null | undefined): string =>
    h === null || h === undefined ? 'not within the simulated horizon' : `+${formatHours(h)}`;
  const band =
    fall.p5 === undefined && fall.p95 === undefined
      ? ''
      : `; population 5th-95th: ${when(fall.p5)} to ${when(fall.p95)}`;
  return `  μ occupancy below ${Math.round(fall.threshold * 100)}%: ${when(fall.hoursAfterLastDose)} after the last dose${band}`;
}

/**
 * Renders a simulation as text for a terminal: a header saying these are estimates, the table
 * (rows thinned to about 50 on the default grid), a summary (Cmax, AUC, when μ occupancy falls
 * below 90/75/50% after the last dose) and an asciichart of μ occupancy.
 *
 * @param result - The simulation result.
 * @param context - Regimen, row thinning and population settings.
 * @returns The text, ending with a newline.
 * @example
 * renderTable(result, { regimen, thinRows: true }).split('\n')[0]
 * //=> 'Estimates from <model> <version>, not measurements.'
 */
export function renderTable(result: SimulationResult, context: TableContext): string {
  const { regimen, population } = context;
  const shown = context.thinRows ? thinPoints(result.points) : result.points;
  const rows = rowsOf(shown, regimen, population !== undefined);
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const s = result.summary;
  const lines = [
    `Model ${result.model.name} ${result.model.version}. ${s.note}`,
    `Regimen: ${regimen.doses.length} dose${regimen.doses.length === 1 ? '' : 's'}` +
      (regimen.startIso === undefined
        ? '; hours from the first dose'
        : `; hour 0 = ${regimen.startIso}`),
  ];
  if (population !== undefined) {
    lines.push(
      `Population: ${population.size} virtual subjects, seed ${population.seed}` +
        (population.missProbability === undefined
          ? ''
          : `, each tablet missed with probability ${population.missProbability}`),
    );
  }
  if (shown.length < result.points.length) {
    lines.push(
      `Showing ${shown.length} of ${result.points.length} time points (use --format csv or --step for all).`,
    );
  }
  lines.push('', ...rows.map((r) => pad(r, widths)), '', 'Summary (typical subject, estimates):');
  lines.push(
    `  naltrexone: highest on the grid ${formatConcentration(s.naltrexone.cmaxNgPerMl)} ng/mL at ${formatHours(s.naltrexone.tmaxHours)}; AUC over the grid ${formatConcentration(s.naltrexone.aucNgHourPerMl)} ng·h/mL`,
    `  6β-naltrexol: highest on the grid ${formatConcentration(s.naltrexol.cmaxNgPerMl)} ng/mL at ${formatHours(s.naltrexol.tmaxHours)}; AUC over the grid ${formatConcentration(s.naltrexol.aucNgHourPerMl)} ng·h/mL`,
    `  last dose at ${s.lastDoseHours === null ? '—' : formatHours(s.lastDoseHours)}`,
    ...s.muBelow.map(fallText),
    '',
    ...renderMuChart(result.points),
  );
  return `${lines.join('\n')}\n`;
}
