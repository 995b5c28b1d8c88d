import type { PlotOptions } from '@observablehq/plot';
import { plot } from '@observablehq/plot';
import type { ReactElement, Ref } from 'react';
import { useEffect, useImperativeHandle, useRef } from 'react';

/** Gives access to the rendered chart (for export). */
export interface PlotHandle {
  readonly svg: () => SVGSVGElement | null;
}

/**
 * Renders an Observable Plot chart. The chart is decorative for screen readers (`aria-hidden`):
 * every chart in the app sits next to a text summary and a data table.
 *
 * @param props - Plot options, an accessible label and an optional handle ref.
 * @returns A container that holds the SVG.
 */
export function PlotFigure({
  options,
  label,
  handle,
}: {
  options: PlotOptions;
  label: string;
  handle?: Ref<PlotHandle>;
}): ReactElement {
  const box = useRef<HTMLDivElement>(null);
  useImperativeHandle(handle, () => ({
    svg: () => box.current?.querySelector('svg') ?? null,
  }));
  useEffect(() => {
    const el = box.current;
    if (!el) {
      return;
    }
    const width = Math.max(300, Math.min(el.clientWidth || 640, 1060));
    const chart = plot({ width, ...options, style: { fontSize: '12px', ...styleOf(options) } });
    chart.setAttribute('aria-label', label);
    chart.setAttribute('role', 'img');
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [options, label]);
  return <div className="chart" ref={box} data-chart={label} />;
}

function styleOf(options: PlotOptions): Record<string, string> {
  return typeof options.style === 'object' && options.style !== null
    ? (options.style as Record<string, string>)
    : {};
}
