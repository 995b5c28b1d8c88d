import { Resvg } from '@resvg/resvg-js';
import type { Regimen, SimulationResult } from '@blockade/pharm';
import { renderPlotSvg } from './plot-svg';

/** Options of {@link renderPlot}. */
export interface PlotOptions {
  readonly kind: 'svg' | 'png';
  readonly regimen: Regimen;
}

/**
 * Draws the simulation chart as SVG, or as PNG (SVG rasterised by resvg at 2× width, DejaVu Sans).
 *
 * @param result - The simulation result.
 * @param options - Output kind and the regimen.
 * @returns The file's bytes.
 * @example
 * (await renderPlot(result, { kind: 'png', regimen })).subarray(1, 4) //=> bytes of 'PNG'
 */
export function renderPlot(result: SimulationResult, options: PlotOptions): Promise<Uint8Array> {
  const svg = renderPlotSvg(result, options.regimen);
  if (options.kind === 'svg') {
    return Promise.resolve(new TextEncoder().encode(svg));
  }
  const png = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return Promise.resolve(new Uint8Array(png));
}
