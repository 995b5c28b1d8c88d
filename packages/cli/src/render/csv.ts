import type { PointValues, SimulationResult } from '@blockade/pharm';

const valueColumns = (prefix: string): string[] =>
  ['naltrexoneNgPerMl', 'naltrexolNgPerMl', 'muOccupancy', 'kappaOccupancy', 'deltaOccupancy'].map(
    (c) => (prefix === '' ? c : `${prefix}${c.charAt(0).toUpperCase()}${c.slice(1)}`),
  );

const cells = (v: PointValues | undefined): (number | string)[] =>
  v === undefined
    ? ['', '', '', '', '']
    : [
        v.naltrexoneNgPerMl,
        v.naltrexolNgPerMl,
        v.occupancy.mu,
        v.occupancy.kappa,
        v.occupancy.delta,
      ];

/**
 * Renders simulation points as CSV: `tHours`, concentrations (ng/mL) and occupancy fractions
 * (0-1) of the typical subject, then in population mode the same five columns prefixed `p5`,
 * `p50`, `p95` (e.g. `p50MuOccupancy`). Values are model estimates at full precision.
 *
 * @param result - The simulation result.
 * @returns CSV text with a header and a final newline.
 * @example
 * renderCsv(result).split('\n')[0]
 * //=> 'tHours,naltrexoneNgPerMl,naltrexolNgPerMl,muOccupancy,kappaOccupancy,deltaOccupancy'
 */
export function renderCsv(result: SimulationResult): string {
  const population = result.points.some((p) => p.p50 !== undefined);
  const header = ['tHours', ...valueColumns('')];
  if (population) {
    header.push(...valueColumns('p5'), ...valueColumns('p50'), ...valueColumns('p95'));
  }
  const rows = result.points.map((p) => {
    const row = [p.tHours, ...cells(p)];
    if (population) {
      row.push(...cells(p.p5), ...cells(p.p50), ...cells(p.p95));
    }
    return row.join(',');
  });
  return `${[header.join(','), ...rows].join('\n')}\n`;
}
