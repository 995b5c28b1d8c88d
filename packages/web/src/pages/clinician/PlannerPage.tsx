import type { ReactElement } from 'react';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { BlockadeChart } from '../../components/BlockadeChart/BlockadeChart';
import type { CurvePoint } from '../../components/BlockadeChart/curve';
import { pct } from '../../components/BlockadeChart/curve';
import { ExportButtons } from '../../components/ExportButtons/ExportButtons';
import { Layout } from '../../components/Layout/Layout';
import type { PlotHandle } from '../../components/PlotFigure/PlotFigure';
import { EstimateTag, Source } from '../../components/Status/Status';
import type { PlannerForm } from '../../engine/planner';
import { defaultPlannerForm, horizonHours, timeGrid, toRegimenInput } from '../../engine/planner';
import type { CurveSummary } from '../../engine/run';
import { runRegimen, summarize, toCurve } from '../../engine/run';
import { CovariateFields, RegimenFields } from './RegimenFields';

const covariateKeys = [
  'weightKg',
  'ageYears',
  'hepatic',
  'creatinineClearanceMlPerMin',
  'dependent',
] as const;

function useRun(forms: readonly PlannerForm[], population: boolean) {
  return useMemo(() => {
    const until = Math.max(...forms.map(horizonHours));
    const times = timeGrid(until, population ? 240 : 480);
    return forms.map((f) => runRegimen(toRegimenInput(f), times, population));
  }, [forms, population]);
}

function SummaryTable({
  rows,
}: {
  rows: readonly { name: string; summary: CurveSummary }[];
}): ReactElement {
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">Summary of each regimen (estimates)</caption>
        <thead>
          <tr>
            <th scope="col">Regimen</th>
            <th scope="col" className="num">
              Time with μ ≥ 75%
            </th>
            <th scope="col" className="num">
              Lowest μ after day 1
            </th>
            <th scope="col" className="num">
              μ ≥ 75% until
            </th>
            <th scope="col" className="num">
              Peak naltrexone
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, summary }) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="num">{pct(summary.shareAboveBlocking)}</td>
              <td className="num">{pct(summary.lowestMuAfterDay1)}</td>
              <td className="num">
                {summary.lastDayAboveBlocking === undefined
                  ? 'never'
                  : `day ${summary.lastDayAboveBlocking.toFixed(1)}`}
              </td>
              <td className="num">{summary.peakNaltrexoneNgPerMl.toFixed(2)} ng/mL</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Regimen planner: the engine runs in the browser and the charts follow the form as you type.
 * Compares two regimens and answers "what if the next injection is 7 days late?".
 */
export function PlannerPage(): ReactElement {
  const [a, setA] = useState<PlannerForm>(() => defaultPlannerForm('xr-injection'));
  const [b, setB] = useState<PlannerForm>(() => ({
    ...defaultPlannerForm('xr-injection'),
    lateDays: '7',
  }));
  const [compare, setCompare] = useState(true);
  const [population, setPopulation] = useState(false);
  const setCovariates = (patch: Partial<PlannerForm>): void => {
    setA((x) => ({ ...x, ...patch }));
    setB((x) => ({ ...x, ...patch }));
  };
  const forms = useMemo(() => (compare ? [a, b] : [a]), [a, b, compare]);
  const deferred = useDeferredValue(forms);
  const runs = useRun(deferred, population);
  const names = ['Regimen A', 'Regimen B'];
  const points: CurvePoint[] = runs.flatMap((r, i) =>
    r.ok ? toCurve(r.points, names[i] ?? `Regimen ${i + 1}`) : [],
  );
  const summaries = runs.flatMap((r, i) =>
    r.ok ? [{ name: names[i] ?? '', summary: summarize(r.points) }] : [],
  );
  const concRef = useRef<PlotHandle>(null);
  const occRef = useRef<PlotHandle>(null);
  return (
    <Layout>
      <h1>Regimen planner</h1>
      <p className="muted">
        The pharmacology model runs in your browser; the charts follow the form as you type. Every
        curve is an <strong>estimate</strong> for a typical person with the covariates given.
      </p>
      <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))' }}>
        <div>
          <RegimenFields idPrefix="a" legend="Regimen A" value={a} onChange={setA} />
          <label className="choice">
            <input
              type="checkbox"
              checked={compare}
              onChange={(e) => setCompare(e.target.checked)}
            />
            Compare with a second regimen
          </label>
          {compare && <RegimenFields idPrefix="b" legend="Regimen B" value={b} onChange={setB} />}
          <div className="row" style={{ marginBottom: '0.75rem' }}>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setB({ ...a, lateDays: '7' });
                setCompare(true);
              }}
            >
              What if the next injection is 7 days late?
            </button>
          </div>
          <CovariateFields
            value={a}
            onChange={(patch) => {
              const picked = Object.fromEntries(
                Object.entries(patch).filter(([k]) =>
                  (covariateKeys as readonly string[]).includes(k),
                ),
              );
              setCovariates(picked);
            }}
          />
          <label className="choice">
            <input
              type="checkbox"
              checked={population}
              onChange={(e) => setPopulation(e.target.checked)}
            />
            Show the 5-95% band (simulates 200 virtual patients)
          </label>
        </div>
        <section className="card" aria-labelledby="planner-result">
          <h2 id="planner-result">
            Estimated exposure and blockade <EstimateTag />
          </h2>
          {runs.map((r, i) =>
            r.ok ? null : (
              <div key={i} role="alert" className="notice warn">
                <p>
                  <strong>{names[i]}:</strong> {r.problems.join('; ')}
                </p>
              </div>
            ),
          )}
          <div aria-live="polite" className="sr-only" data-testid="planner-live">
            {summaries
              .map((s) => `${s.name}: μ ≥ 75% for ${pct(s.summary.shareAboveBlocking)} of the time`)
              .join('. ')}
          </div>
          {summaries.length > 0 && <SummaryTable rows={summaries} />}
          <BlockadeChart
            points={points}
            xLabel="Days from first dose"
            name="Planner"
            concentrationHandle={concRef}
            occupancyHandle={occRef}
          />
          <ExportButtons charts={[occRef, concRef]} name="blockade-planner" />
          <Source>
            Blockade naltrexone PK/PD model (two-compartment naltrexone and 6β-naltrexol with brain
            effect compartments), calibrated to PET occupancy (Lee 1988) and depot population PK
            (Dunbar 2007). The ~75% blocking level: functional blockade studies summarised in the
            naltrexone encyclopedia article.
          </Source>
        </section>
      </div>
    </Layout>
  );
}
