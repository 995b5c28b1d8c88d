import * as Plot from '@observablehq/plot';
import type { ReactElement } from 'react';
import { useMemo } from 'react';
import type { CravingRecord, DiaryRecord, LabRecord, QuestionnaireRecord } from '../api/types';
import { shortDate } from '../components/Forms/dates';
import { PlotFigure } from '../components/PlotFigure/PlotFigure';

const accent = '#0b5f7a';
const day = (iso: string): Date => new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);

/**
 * Sums standard drinks per ISO week (Monday start).
 *
 * @param diary - Diary days.
 * @returns Weeks with total drinks and heavy-drinking days, oldest first.
 * @example
 * weeklyTotals([{ date: '2026-03-02', standardDrinks: 3 }]) //=> [{ weekStart: '2026-03-02', drinks: 3, heavyDays: 0 }]
 */
export function weeklyTotals(
  diary: readonly Pick<DiaryRecord, 'date' | 'standardDrinks' | 'heavyDrinkingDay'>[],
): { weekStart: string; drinks: number; heavyDays: number }[] {
  const weeks = new Map<string, { drinks: number; heavyDays: number }>();
  for (const d of diary) {
    const t = new Date(`${d.date}T00:00:00Z`);
    const monday = new Date(t.getTime() - ((t.getUTCDay() + 6) % 7) * 86_400_000);
    const key = monday.toISOString().slice(0, 10);
    const w = weeks.get(key) ?? { drinks: 0, heavyDays: 0 };
    w.drinks += d.standardDrinks;
    w.heavyDays += d.heavyDrinkingDay ? 1 : 0;
    weeks.set(key, w);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStart, w]) => ({ weekStart, ...w }));
}

/** Drinks per day (heavy days darker) and the weekly totals as a table. */
export function DiaryChart({ diary }: { diary: readonly DiaryRecord[] }): ReactElement {
  const options = useMemo(
    (): Plot.PlotOptions => ({
      height: 200,
      marginLeft: 40,
      x: { type: 'utc', label: 'Date', ticks: 5, tickFormat: '%d %b' },
      y: { label: 'Standard drinks', grid: true },
      color: {
        domain: ['no', 'yes'],
        range: ['#8fb8c7', '#a61b1b'],
        legend: true,
        label: 'Heavy drinking day',
      },
      marks: [
        Plot.rectY(diary, {
          x: (d: DiaryRecord) => day(d.date),
          interval: 'day',
          y: 'standardDrinks',
          fill: (d: DiaryRecord) => (d.heavyDrinkingDay ? 'yes' : 'no'),
        }),
        Plot.ruleY([0]),
      ],
    }),
    [diary],
  );
  const weeks = weeklyTotals(diary).slice(-8);
  if (diary.length === 0) {
    return <p className="muted">No diary entries yet.</p>;
  }
  return (
    <>
      <PlotFigure options={options} label="Standard drinks per day" />
      <div className="table-wrap">
        <table>
          <caption className="small muted" style={{ textAlign: 'left' }}>
            Weekly totals (last 8 weeks)
          </caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col" className="num">
                Drinks
              </th>
              <th scope="col" className="num">
                Heavy days
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <td>{shortDate(w.weekStart)}</td>
                <td className="num">{w.drinks}</td>
                <td className="num">{w.heavyDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * The total of a stored questionnaire: the server's score when present, else the sum of answers.
 *
 * @param q - A questionnaire record.
 * @returns Total score.
 */
export function questionnaireTotal(q: QuestionnaireRecord): number {
  if (typeof q.total === 'number') {
    return q.total;
  }
  if (typeof q.score?.total === 'number') {
    return q.score.total;
  }
  return q.answers.reduce((a, b) => a + b, 0);
}

/** Craving (0-10) and PHQ-9 totals over time, with a text list. */
export function TrendChart({
  cravings,
  questionnaires,
}: {
  cravings: readonly CravingRecord[];
  questionnaires: readonly QuestionnaireRecord[];
}): ReactElement {
  const phq = questionnaires.filter((q) => q.instrument === 'phq-9');
  const options = useMemo((): Plot.PlotOptions => {
    const rows = [
      ...cravings.map((c) => ({ at: day(c.at), v: c.score, what: 'Craving (0-10)' })),
      ...phq.map((q) => ({ at: day(q.at), v: questionnaireTotal(q), what: 'PHQ-9 total (0-27)' })),
    ];
    return {
      height: 200,
      marginLeft: 40,
      x: { type: 'utc', label: 'Date', ticks: 5, tickFormat: '%d %b' },
      y: { label: 'Score', grid: true, domain: [0, 27] },
      color: {
        domain: ['Craving (0-10)', 'PHQ-9 total (0-27)'],
        range: [accent, '#b45309'],
        legend: true,
      },
      marks: [
        Plot.line(rows, { x: 'at', y: 'v', stroke: 'what', z: 'what' }),
        Plot.dot(rows, { x: 'at', y: 'v', stroke: 'what', fill: 'white' }),
        Plot.ruleY([10], { stroke: '#b45309', strokeDasharray: '3,3', strokeOpacity: 0.6 }),
      ],
    };
  }, [cravings, phq]);
  if (cravings.length === 0 && phq.length === 0) {
    return <p className="muted">No craving ratings or PHQ-9 yet.</p>;
  }
  const lastPhq = phq.at(-1);
  return (
    <>
      <PlotFigure options={options} label="Craving and PHQ-9 over time" />
      <p className="small">
        {cravings.length > 0 &&
          `Last craving ${cravings.at(-1)?.score}/10 on ${shortDate(cravings.at(-1)?.at ?? '')}. `}
        {lastPhq &&
          `Last PHQ-9 ${questionnaireTotal(lastPhq)}/27 on ${shortDate(lastPhq.at)}${(lastPhq.answers[8] ?? 0) > 0 ? ' — item 9 (self-harm thoughts) positive' : ''}.`}{' '}
        Dashed line: PHQ-9 of 10, the usual threshold for moderate depression.
      </p>
    </>
  );
}

/** Liver tests against their upper limit of normal, newest first, with the 3× and 5× lines. */
export function LabTable({ labs }: { labs: readonly LabRecord[] }): ReactElement {
  const rows = [...labs].sort((a, b) => b.collectedAt.localeCompare(a.collectedAt));
  const options = useMemo(
    (): Plot.PlotOptions => ({
      height: 180,
      marginLeft: 40,
      x: { type: 'utc', label: 'Date', ticks: 5, tickFormat: '%d %b' },
      y: {
        label: '× upper limit of normal',
        grid: true,
        domain: [0, Math.max(6, ...labs.map((l) => l.value / l.upperLimitNormal))],
      },
      color: { legend: true },
      marks: [
        Plot.ruleY([1], { stroke: '#505b69' }),
        Plot.ruleY([3], { stroke: '#b45309', strokeDasharray: '4,3' }),
        Plot.ruleY([5], { stroke: '#a61b1b', strokeDasharray: '4,3' }),
        Plot.line(labs, {
          x: (l: LabRecord) => day(l.collectedAt),
          y: (l: LabRecord) => l.value / l.upperLimitNormal,
          stroke: 'test',
          z: 'test',
        }),
        Plot.dot(labs, {
          x: (l: LabRecord) => day(l.collectedAt),
          y: (l: LabRecord) => l.value / l.upperLimitNormal,
          stroke: 'test',
          fill: 'white',
        }),
      ],
    }),
    [labs],
  );
  if (labs.length === 0) {
    return <p className="muted">No liver tests recorded.</p>;
  }
  return (
    <>
      <PlotFigure options={options} label="Liver tests as multiples of the upper limit of normal" />
      <div className="table-wrap">
        <table>
          <caption className="sr-only">Liver tests</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Test</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col" className="num">
                ULN
              </th>
              <th scope="col" className="num">
                × ULN
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => {
              const x = l.value / l.upperLimitNormal;
              return (
                <tr key={l.id}>
                  <td>{shortDate(l.collectedAt)}</td>
                  <td>{l.test === 'bilirubin' ? 'Bilirubin' : l.test.toUpperCase()}</td>
                  <td className="num">
                    {l.value} {l.unit}
                  </td>
                  <td className="num">{l.upperLimitNormal}</td>
                  <td className="num">
                    {x.toFixed(1)}{' '}
                    {x > 5 ? (
                      <span className="badge critical">&gt; 5×</span>
                    ) : x > 3 ? (
                      <span className="badge warning">&gt; 3×</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="source">
        ALT above 3× ULN in about 1% of treated patients; trials excluded above 5× ULN.
        &quot;Caution above 3×, hold above 5× or with symptoms&quot; is a practice convention, not a
        label rule. (REVIA and VIVITROL US Prescribing Information.)
      </p>
    </>
  );
}
