import * as Plot from '@observablehq/plot';
import type { ReactElement, Ref } from 'react';
import { useMemo } from 'react';
import { blockingOccupancy } from '../../engine/protection';
import type { PlotHandle } from '../PlotFigure/PlotFigure';
import { PlotFigure } from '../PlotFigure/PlotFigure';
import { EstimateTag } from '../Status/Status';
import type { CurvePoint } from './curve';
import { conc, pct, sampleForTable } from './curve';

const seriesColours = ['#0b5f7a', '#b45309'];

interface Props {
  readonly points: readonly CurvePoint[];
  /** Points carrying the 5-95% band when it was computed on its own grid (default: `points`). */
  readonly band?: readonly CurvePoint[];
  /** Draw the plasma concentration chart too (default true). */
  readonly showConcentration?: boolean;
  /** A "now" line (date or day number). */
  readonly now?: Date | number;
  /** Title of the x axis. */
  readonly xLabel: string;
  readonly concentrationHandle?: Ref<PlotHandle>;
  readonly occupancyHandle?: Ref<PlotHandle>;
  /** Short name used in the accessible labels. */
  readonly name: string;
}

const formatX = (x: number | Date): string =>
  x instanceof Date ? x.toISOString().slice(0, 16).replace('T', ' ') : `day ${x.toFixed(1)}`;

/**
 * Two charts of one or two estimated curves: plasma naltrexone and 6β-naltrexol (log scale), and
 * μ-opioid receptor occupancy with its 5-95% band, the blocking level and an optional "now" line.
 * A data table follows as the text equivalent.
 */
export function BlockadeChart(props: Props): ReactElement {
  const { points, now, xLabel, name } = props;
  const seriesNames = useMemo(() => [...new Set(points.map((p) => p.series))], [points]);
  const colour = Plot.scale({
    color: { domain: seriesNames, range: seriesColours.slice(0, Math.max(1, seriesNames.length)) },
  });
  const nowMarks = (y: number): Plot.Markish[] =>
    now === undefined
      ? []
      : [
          Plot.ruleX([now], { stroke: '#1b2430', strokeDasharray: '2,3' }),
          Plot.text([now], {
            x: (d: Date | number) => d,
            y: () => y,
            text: () => 'now',
            dx: 4,
            textAnchor: 'start',
            fill: '#1b2430',
          }),
        ];
  const concentrationOptions = useMemo((): Plot.PlotOptions => {
    const floor = (v: number): number => Math.max(v, 0.001);
    return {
      height: 220,
      marginLeft: 52,
      x: { label: xLabel },
      y: {
        type: 'log',
        label: 'Plasma, ng/mL (estimate, log scale)',
        grid: true,
        domain: [0.01, 100],
        ticks: [0.01, 0.1, 1, 10, 100],
        tickFormat: (d: number) => String(d),
        clamp: true,
      },
      color: { domain: seriesNames, range: colour.range as string[] },
      marks: [
        Plot.line(points, {
          x: 'x',
          y: (p: CurvePoint) => floor(p.naltrexolNgPerMl),
          z: 'series',
          stroke: 'series',
          strokeWidth: 1.8,
        }),
        Plot.line(points, {
          x: 'x',
          y: (p: CurvePoint) => floor(p.naltrexoneNgPerMl),
          z: 'series',
          stroke: 'series',
          strokeWidth: 1.5,
          strokeDasharray: '4,3',
        }),
        ...nowMarks(60),
      ],
    };
  }, [points, now, xLabel, seriesNames.join('|')]);
  const occupancyOptions = useMemo((): Plot.PlotOptions => {
    const banded = (props.band ?? points).filter(
      (p) => p.muP5 !== undefined && p.muP95 !== undefined,
    );
    return {
      height: 240,
      marginLeft: 52,
      x: { label: xLabel },
      y: { label: 'μ receptors blocked (estimate)', domain: [0, 1], tickFormat: '.0%', grid: true },
      color: {
        domain: seriesNames,
        range: colour.range as string[],
        legend: seriesNames.length > 1,
      },
      marks: [
        Plot.areaY(banded, {
          x: 'x',
          y1: 'muP5',
          y2: 'muP95',
          z: 'series',
          fill: 'series',
          fillOpacity: 0.15,
        }),
        Plot.ruleY([blockingOccupancy], { stroke: '#a61b1b', strokeDasharray: '6,4' }),
        Plot.text([blockingOccupancy], {
          y: (d: number) => d,
          frameAnchor: 'left',
          dy: -7,
          dx: 4,
          text: () => 'blocking level ~75%',
          fill: '#a61b1b',
          textAnchor: 'start',
        }),
        Plot.line(points, { x: 'x', y: 'mu', z: 'series', stroke: 'series', strokeWidth: 2.2 }),
        ...nowMarks(0.05),
      ],
    };
  }, [points, props.band, now, xLabel, seriesNames.join('|')]);
  const rows = sampleForTable(props.band && props.band.length > 0 ? props.band : points, 14);
  const hasBand = rows.some((r) => r.muP5 !== undefined);
  return (
    <div className="stack">
      <p className="small muted">
        <EstimateTag /> Model estimates for a typical person like this, not measurements.
        {seriesNames.length > 1 ? ` Regimens: ${seriesNames.join(' and ')}.` : ''} Solid line
        6β-naltrexol, dashed line naltrexone.
      </p>
      {props.showConcentration !== false && (
        <PlotFigure
          options={concentrationOptions}
          label={`${name}: estimated plasma naltrexone and 6β-naltrexol`}
          {...(props.concentrationHandle ? { handle: props.concentrationHandle } : {})}
        />
      )}
      <PlotFigure
        options={occupancyOptions}
        label={`${name}: estimated μ-opioid receptor occupancy`}
        {...(props.occupancyHandle ? { handle: props.occupancyHandle } : {})}
      />
      <details>
        <summary>Show the numbers as a table</summary>
        <div className="table-wrap">
          <table>
            <caption className="sr-only">{name}: estimated values over time</caption>
            <thead>
              <tr>
                {seriesNames.length > 1 && <th scope="col">Regimen</th>}
                <th scope="col">Time</th>
                <th scope="col" className="num">
                  Naltrexone ng/mL
                </th>
                <th scope="col" className="num">
                  6β-naltrexol ng/mL
                </th>
                <th scope="col" className="num">
                  μ blocked
                </th>
                {hasBand && (
                  <th scope="col" className="num">
                    5-95%
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  {seriesNames.length > 1 && <td>{r.series}</td>}
                  <td>{formatX(r.x)}</td>
                  <td className="num">{conc(r.naltrexoneNgPerMl)}</td>
                  <td className="num">{conc(r.naltrexolNgPerMl)}</td>
                  <td className="num">{pct(r.mu)}</td>
                  {hasBand && (
                    <td className="num">
                      {r.muP5 !== undefined && r.muP95 !== undefined
                        ? `${pct(r.muP5)}-${pct(r.muP95)}`
                        : ''}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
