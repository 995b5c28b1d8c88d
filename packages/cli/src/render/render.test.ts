import { describe, expect, test } from 'vitest';
import type { Regimen, SimulationResult } from '@blockade/pharm';
import { parseRegimenText, simulate } from '@blockade/pharm';
import { renderMuChart } from './ascii-chart';
import { renderCsv } from './csv';
import { formatConcentration } from './format-number';
import { renderPlot } from './plot';
import { renderPlotSvg } from './plot-svg';
import { renderTable, thinPoints } from './table';

function run(
  text: string,
  times: number[],
  population?: { size: number; seed: number },
): { regimen: Regimen; result: SimulationResult } {
  const parsed = parseRegimenText(text);
  if (!parsed.ok) {
    throw new Error(JSON.stringify(parsed.issues));
  }
  const result = simulate(parsed.value, { times, ...(population ? { population } : {}) });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.issues));
  }
  return { regimen: parsed.value, result: result.value };
}

const hourly = Array.from({ length: 169 }, (_, k) => k);

describe('renderers', () => {
  test('CSV: typical columns, then p5/p50/p95 columns in population mode', () => {
    const { result } = run('50 mg oral once', [0, 48]);
    const lines = renderCsv(result).trim().split('\n');
    expect(lines[0]).toBe(
      'tHours,naltrexoneNgPerMl,naltrexolNgPerMl,muOccupancy,kappaOccupancy,deltaOccupancy',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]?.startsWith('48,')).toBe(true);
    const pop = run('50 mg oral once', [48], { size: 20, seed: 1 });
    const header = renderCsv(pop.result).split('\n')[0]?.split(',') ?? [];
    expect(header).toHaveLength(21);
    expect(header).toContain('p50MuOccupancy');
  });

  test('table: says estimate, thins a long default grid to ≤ 51 rows, ends with the μ chart', () => {
    const { regimen, result } = run(
      '50 mg oral daily for 14 days',
      Array.from({ length: 481 }, (_, k) => k),
    );
    const text = renderTable(result, { regimen, thinRows: true });
    expect(text).toMatch(/not measurements/);
    expect(text).toMatch(/Showing 41 of 481 time points/);
    expect(text).toMatch(/μ occupancy below 90%: \+\d/);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(
      /μ occupancy %, typical subject \(estimate\)$/,
    );
    expect(
      thinPoints(result.points)
        .map((p) => p.tHours)
        .slice(0, 3),
    ).toEqual([0, 12, 24]);
  });

  test('μ chart has the 0-100% axis and at most 64 columns of data', () => {
    const { result } = run('50 mg oral once', hourly);
    const lines = renderMuChart(result.points);
    expect(lines[0]).toMatch(/^ {2}100% /);
    expect(Math.max(...lines.slice(0, -1).map((l) => l.length))).toBeLessThanOrEqual(
      8 + 1 + 64 + 1,
    );
  });

  test('concentrations never print a misleading 0', () => {
    expect([
      formatConcentration(0),
      formatConcentration(0.0004),
      formatConcentration(12.345),
    ]).toEqual(['0', '<0.001', '12.3']);
  });

  test('SVG: title, ESTIMATE label, log-scale decades and the 50/75/90% lines', () => {
    const { regimen, result } = run('50 mg oral once', hourly);
    const svg = renderPlotSvg(result, regimen);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('ESTIMATE');
    expect(svg).toContain('log scale');
    for (const label of ['>50%<', '>75%<', '>90%<', '>0.01<', '>1<']) {
      expect(svg).toContain(label);
    }
  });

  test('PNG starts with the PNG signature', async () => {
    const { regimen, result } = run('50 mg oral once', [0, 1, 2, 24, 48]);
    const png = await renderPlot(result, { kind: 'png', regimen });
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });
});
