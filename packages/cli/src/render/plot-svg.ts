import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Regimen, SimulationPoint, SimulationResult } from '@blockade/pharm';

const width = 820;
const concHeight = 270;
const occHeight = 250;
const top = 78;
const colors = {
  naltrexone: '#1f5fa8',
  naltrexol: '#d9730d',
  mu: '#1b7f3b',
  kappa: '#7b4fa0',
  delta: '#8a8a8a',
};

interface Row {
  readonly x: number;
  readonly series: string;
  readonly y: number;
}

const escapeXml = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** Chooses days for the x axis when the grid spans more than 4 days. */
function xScale(
  points: readonly SimulationPoint[],
  regimen: Regimen,
): { factor: number; label: string } {
  const span = (points[points.length - 1]?.tHours ?? 0) - (points[0]?.tHours ?? 0);
  const origin = regimen.doses[0]?.atHours === 0 ? 'since the first dose' : 'from hour 0';
  return span > 96
    ? { factor: 1 / 24, label: `days ${origin} →` }
    : { factor: 1, label: `hours ${origin} →` };
}

/** Powers of ten from `lo` to `hi`. */
function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); 10 ** e <= hi; e++) {
    out.push(Number((10 ** e).toPrecision(1)));
  }
  return out;
}

function concentrationPanel(
  result: SimulationResult,
  regimen: Regimen,
  document: Document,
): string {
  const { factor, label } = xScale(result.points, regimen);
  const rows: Row[] = result.points.flatMap((p) => [
    { x: p.tHours * factor, series: 'naltrexone', y: p.naltrexoneNgPerMl },
    { x: p.tHours * factor, series: '6β-naltrexol', y: p.naltrexolNgPerMl },
  ]);
  const maxY = Math.max(1e-3, ...rows.map((r) => r.y));
  const floor = 10 ** Math.floor(Math.log10(Math.max(1e-3, maxY / 1e4)));
  const visible = rows.filter((r) => r.y >= floor);
  const band = result.points
    .filter(
      (p) => p.p5 !== undefined && p.p95 !== undefined && (p.p95?.naltrexolNgPerMl ?? 0) >= floor,
    )
    .map((p) => ({
      x: p.tHours * factor,
      lo: Math.max(floor, p.p5?.naltrexolNgPerMl ?? floor),
      hi: p.p95?.naltrexolNgPerMl ?? floor,
    }));
  const svg = Plot.plot({
    document,
    width,
    height: concHeight,
    marginLeft: 64,
    marginRight: 120,
    x: { label, grid: true },
    y: {
      type: 'log',
      domain: [floor, maxY * 1.5],
      label: '↑ plasma concentration (ng/mL, log scale)',
      grid: true,
      ticks: decades(floor, maxY * 1.5),
      tickFormat: (d: number) => String(Number(d.toPrecision(1))),
    },
    color: { domain: ['naltrexone', '6β-naltrexol'], range: [colors.naltrexone, colors.naltrexol] },
    marks: [
      ...doseMarks(regimen, factor),
      Plot.areaY(band, { x: 'x', y1: 'lo', y2: 'hi', fill: colors.naltrexol, fillOpacity: 0.15 }),
      Plot.lineY(visible, { x: 'x', y: 'y', stroke: 'series', strokeWidth: 2, z: 'series' }),
      Plot.text(seriesEnds(visible, Math.log10((maxY * 1.5) / floor) * 0.07, true), {
        x: 'x',
        y: 'y',
        text: 'series',
        fill: 'series',
        textAnchor: 'start',
        dx: 6,
        fontSize: 12,
      }),
    ],
  });
  return (svg as unknown as Element).outerHTML;
}

function occupancyPanel(result: SimulationResult, regimen: Regimen, document: Document): string {
  const { factor, label } = xScale(result.points, regimen);
  const rows: Row[] = result.points.flatMap((p) => [
    { x: p.tHours * factor, series: 'μ (mu)', y: p.occupancy.mu * 100 },
    { x: p.tHours * factor, series: 'κ (kappa)', y: p.occupancy.kappa * 100 },
    { x: p.tHours * factor, series: 'δ (delta)', y: p.occupancy.delta * 100 },
  ]);
  const band = result.points
    .filter((p) => p.p5 !== undefined && p.p95 !== undefined)
    .map((p) => ({
      x: p.tHours * factor,
      lo: (p.p5?.occupancy.mu ?? 0) * 100,
      hi: (p.p95?.occupancy.mu ?? 0) * 100,
    }));
  const thresholds = [50, 75, 90];
  const svg = Plot.plot({
    document,
    width,
    height: occHeight,
    marginLeft: 64,
    marginRight: 120,
    x: { label, grid: true },
    y: {
      domain: [0, 100],
      label: '↑ brain receptor occupancy (%)',
      ticks: [0, 25, 50, 75, 90, 100],
    },
    color: {
      domain: ['μ (mu)', 'κ (kappa)', 'δ (delta)'],
      range: [colors.mu, colors.kappa, colors.delta],
    },
    marks: [
      ...doseMarks(regimen, factor),
      Plot.ruleY(thresholds, { stroke: '#b22222', strokeDasharray: '4,3', strokeOpacity: 0.7 }),
      Plot.text(thresholds, {
        y: (d: number) => d,
        frameAnchor: 'left',
        text: (d: number) => `${d}%`,
        dx: 4,
        dy: -6,
        fill: '#b22222',
        fontSize: 10,
      }),
      Plot.areaY(band, { x: 'x', y1: 'lo', y2: 'hi', fill: colors.mu, fillOpacity: 0.18 }),
      Plot.lineY(rows, {
        x: 'x',
        y: 'y',
        stroke: 'series',
        z: 'series',
        strokeWidth: (r: Row) => (r.series.startsWith('μ') ? 2.5 : 1.2),
      }),
      Plot.text(seriesEnds(rows, 7), {
        x: 'x',
        y: 'y',
        text: 'series',
        fill: 'series',
        textAnchor: 'start',
        dx: 6,
        fontSize: 12,
      }),
    ],
  });
  return (svg as unknown as Element).outerHTML;
}

/**
 * The last point of each series, for end labels, moved apart so labels do not overlap: at least
 * `minGap` apart in the transformed unit (identity for linear, log10 for log scales).
 */
function seriesEnds(rows: readonly Row[], minGap: number, log = false): Row[] {
  const last = new Map<string, Row>();
  for (const r of rows) {
    last.set(r.series, r);
  }
  const to = (y: number): number => (log ? Math.log10(y) : y);
  const from = (u: number): number => (log ? 10 ** u : u);
  const ends = [...last.values()].sort((a, b) => to(a.y) - to(b.y));
  let previous = -Infinity;
  return ends.map((r) => {
    const u = Math.max(to(r.y), previous + minGap);
    previous = u;
    return { ...r, y: from(u) };
  });
}

function doseMarks(regimen: Regimen, factor: number): Plot.Markish[] {
  if (regimen.doses.length > 60) {
    return [];
  }
  return [
    Plot.ruleX(
      regimen.doses.map((d) => d.atHours * factor),
      { stroke: '#cccccc', strokeWidth: 1 },
    ),
  ];
}

function subtitle(result: SimulationResult, regimen: Regimen): string {
  const n = regimen.doses.length;
  const amounts = [...new Set(regimen.doses.map((d) => `${d.amountMg} mg ${d.form}`))].join(', ');
  const zero = regimen.startIso === undefined ? '' : `; hour 0 = ${regimen.startIso}`;
  const population =
    result.summary.populationSize === undefined
      ? ''
      : `; shaded: 5th-95th percentile of 6β-naltrexol and μ over ${result.summary.populationSize} virtual subjects`;
  return `${n} dose${n === 1 ? '' : 's'} (${amounts})${zero}; grey lines: doses${population}`;
}

/**
 * Draws a simulation as one SVG for a clinical note: a title, plasma naltrexone and 6β-naltrexol
 * on a log scale, and μ/κ/δ receptor occupancy with dashed 50/75/90% lines; doses as grey lines,
 * population bands when present, and an "estimate" label. Built with Observable Plot on a
 * linkedom document (no browser needed).
 *
 * @param result - The simulation result.
 * @param regimen - The regimen (dose marks, subtitle).
 * @returns SVG text.
 * @example
 * renderPlotSvg(result, regimen).startsWith('<svg') //=> true
 */
export function renderPlotSvg(result: SimulationResult, regimen: Regimen): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const conc = concentrationPanel(result, regimen, document);
  const occ = occupancyPanel(result, regimen, document);
  const height = top + concHeight + 16 + occHeight + 30;
  const title = 'Naltrexone: estimated plasma levels and brain receptor occupancy';
  const footer = `ESTIMATE from ${result.model.name} ${result.model.version}, not a measurement. Blockade supports clinicians, it does not replace them.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="16" y="28" font-size="18" font-weight="bold" fill="#222">${escapeXml(title)}</text>`,
    `<text x="16" y="50" font-size="12" fill="#444">${escapeXml(subtitle(result, regimen))}</text>`,
    `<rect x="${width - 106}" y="10" width="90" height="24" rx="4" fill="none" stroke="#b22222"/>`,
    `<text x="${width - 61}" y="27" font-size="13" font-weight="bold" fill="#b22222" text-anchor="middle">ESTIMATE</text>`,
    `<g transform="translate(0 ${top})">${conc}</g>`,
    `<g transform="translate(0 ${top + concHeight + 16})">${occ}</g>`,
    `<text x="16" y="${height - 10}" font-size="11" fill="#666">${escapeXml(footer)}</text>`,
    '</svg>',
  ].join('\n');
}
