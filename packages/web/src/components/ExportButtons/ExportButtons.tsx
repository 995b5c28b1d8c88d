import type { ReactElement, RefObject } from 'react';
import type { PlotHandle } from '../PlotFigure/PlotFigure';

function download(href: string, filename: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

function serialize(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.style.background = '#fff';
  copy.style.fontFamily = 'system-ui, sans-serif';
  return new XMLSerializer().serializeToString(copy);
}

/**
 * Saves the chart held by `chart` as an SVG file.
 *
 * @param svg - The chart's SVG element.
 * @param name - File name without extension.
 */
export function exportSvg(svg: SVGSVGElement, name: string): void {
  const url = URL.createObjectURL(new Blob([serialize(svg)], { type: 'image/svg+xml' }));
  download(url, `${name}.svg`);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Saves the chart as a PNG at twice its size (drawn through a canvas).
 *
 * @param svg - The chart's SVG element.
 * @param name - File name without extension.
 */
export function exportPng(svg: SVGSVGElement, name: string): void {
  const { width, height } = svg.getBoundingClientRect();
  const scale = 2;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) {
      return;
    }
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    download(canvas.toDataURL('image/png'), `${name}.png`);
  };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serialize(svg))}`;
}

/** "Save as SVG / PNG" buttons for the charts held by the given handles (stacked in one file each). */
export function ExportButtons({
  charts,
  name,
}: {
  charts: readonly RefObject<PlotHandle | null>[];
  name: string;
}): ReactElement {
  const each = (fn: (svg: SVGSVGElement, name: string) => void): void => {
    charts.forEach((c, i) => {
      const svg = c.current?.svg();
      if (svg) {
        fn(svg, charts.length > 1 ? `${name}-${i + 1}` : name);
      }
    });
  };
  return (
    <div className="row">
      <button type="button" className="secondary" onClick={() => each(exportSvg)}>
        Save chart as SVG
      </button>
      <button type="button" className="secondary" onClick={() => each(exportPng)}>
        Save chart as PNG
      </button>
    </div>
  );
}
