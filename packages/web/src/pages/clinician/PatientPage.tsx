import type { ReactElement } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { ApiError } from '../../api/client';
import { useCards, useOutcomes, useRecords } from '../../api/hooks';
import type { CardDto, DoseRecord, OutcomesDto } from '../../api/types';
import { BlockadeChart } from '../../components/BlockadeChart/BlockadeChart';
import {
  DoseRecordForm,
  LabForm,
  NoteForm,
  QuestionnaireForm,
} from '../../components/Forms/ClinicianForms';
import { shortDate, shortDateTime } from '../../components/Forms/dates';
import { Layout } from '../../components/Layout/Layout';
import { Markdownish } from '../../components/Markdownish/Markdownish';
import { usePatientBlockade } from '../../components/Protection/useBlockade';
import { ErrorBox, EstimateTag, Loading } from '../../components/Status/Status';
import { protectionLevel } from '../../engine/protection';
import { pct } from '../../components/BlockadeChart/curve';
import { DiaryChart, LabTable, TrendChart } from '../../charts/TrendCharts';

const formLabels: Record<string, string> = {
  'oral-tablet': 'oral tablet',
  'er-tablet': 'extended-release tablet',
  'xr-injection': 'depot injection',
  implant: 'implant',
};

function Cards({ cards }: { cards: readonly CardDto[] }): ReactElement {
  if (cards.length === 0) {
    return <p className="muted">No decision-support cards for this patient now.</p>;
  }
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="cards">
      {cards.map((c, i) => (
        <li
          key={i}
          className={`notice ${c.indicator === 'critical' ? 'danger' : c.indicator === 'warning' ? 'warn' : 'info'}`}
        >
          <p>
            <span className={`badge ${c.indicator}`}>{c.indicator}</span>{' '}
            <strong>{c.summary}</strong>
          </p>
          {c.detail && <Markdownish text={c.detail} />}
          {(c.sources ?? []).map((s) => (
            <p className="source" key={s.label}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer noopener">
                  {s.label}
                </a>
              ) : (
                s.label
              )}
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}

function Timeline({ doses }: { doses: readonly DoseRecord[] }): ReactElement {
  const all = [...doses].sort((a, b) => b.at.localeCompare(a.at));
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? all : all.slice(0, 8);
  if (rows.length === 0) {
    return <p className="muted">No doses recorded.</p>;
  }
  return (
    <div className="table-wrap">
      <table data-testid="dose-timeline">
        <caption className="sr-only">Doses and injections, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Status</th>
            <th scope="col">Site</th>
            <th scope="col">Lot / reaction</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <td>{shortDateTime(d.at)}</td>
              <td>
                {d.amountMg} mg {formLabels[d.form] ?? d.form}
              </td>
              <td>
                <span
                  className={`badge ${d.status === 'missed' ? 'critical' : d.status === 'late' ? 'warning' : ''}`}
                >
                  {d.status}
                </span>
              </td>
              <td>{d.injectionSite?.replace('-gluteal', ' gluteal') ?? ''}</td>
              <td>
                {[
                  d.lot,
                  d.siteReaction && d.siteReaction !== 'none' ? `reaction: ${d.siteReaction}` : '',
                ]
                  .filter(Boolean)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {all.length > 8 && (
        <button type="button" className="secondary" onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show the last 8' : `Show all ${all.length}`}
        </button>
      )}
    </div>
  );
}

function OutcomeStrip({ outcomes }: { outcomes: OutcomesDto }): ReactElement {
  const items: [string, string][] = [
    [
      'Adherence (days covered)',
      outcomes.proportionDaysCovered === null || outcomes.proportionDaysCovered === undefined
        ? '—'
        : pct(outcomes.proportionDaysCovered),
    ],
    ['Missed doses', String(outcomes.missedDoses ?? '—')],
    [
      'Drinks per week',
      outcomes.drinksPerWeek === null || outcomes.drinksPerWeek === undefined
        ? '—'
        : outcomes.drinksPerWeek.toFixed(1),
    ],
    ['Heavy drinking days', String(outcomes.heavyDrinkingDays ?? '—')],
    [
      'Craving trend',
      outcomes.cravingSlopePerWeek === null || outcomes.cravingSlopePerWeek === undefined
        ? '—'
        : `${outcomes.cravingSlopePerWeek > 0 ? '+' : ''}${outcomes.cravingSlopePerWeek.toFixed(2)} / week`,
    ],
  ];
  return (
    <section className="card" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">
        Outcomes{outcomes.fromDate ? ` since ${shortDate(outcomes.fromDate)}` : ''}
      </h2>
      <dl className="stats">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A patient's page for clinicians: exposure, timeline, diary, trends, labs, cards, forms. */
export function PatientPage(): ReactElement {
  const { id } = useParams<{ id: string }>();
  const { patient, doses, blockade, loading, error } = usePatientBlockade(id, true);
  const diary = useRecords(id, 'diary');
  const cravings = useRecords(id, 'cravings');
  const questionnaires = useRecords(id, 'questionnaires');
  const labs = useRecords(id, 'labs');
  const notes = useRecords(id, 'notes');
  const cards = useCards(id);
  const outcomes = useOutcomes(id);
  if (loading) {
    return (
      <Layout>
        <Loading what="Loading the patient" />
      </Layout>
    );
  }
  if (error || !patient || !doses) {
    return (
      <Layout>
        <ErrorBox error={error} />
      </Layout>
    );
  }
  return (
    <Layout>
      <p>
        <Link href="/clinic">← Dashboard</Link>
      </p>
      <h1>{patient.displayName}</h1>
      <p className="muted">
        {patient.indication.replace(/-/g, ' ')} · {patient.doseMg} mg {formLabels[patient.form]}{' '}
        every{' '}
        {patient.intervalHours >= 48
          ? `${Math.round(patient.intervalHours / 24)} days`
          : `${patient.intervalHours} h`}
        {patient.goal ? ` · goal: ${patient.goal}` : ''} · since {shortDate(patient.startDate)} ·
        naloxone kit: {patient.naloxoneKit ?? 'unknown'}
      </p>
      {outcomes.data && <OutcomeStrip outcomes={outcomes.data} />}
      <section className="card" aria-labelledby="cards-title">
        <h2 id="cards-title">Decision support</h2>
        {cards.isPending && <Loading />}
        {cards.data && <Cards cards={cards.data} />}
        {cards.error && !(cards.error instanceof ApiError && cards.error.status === 404) ? (
          <ErrorBox error={cards.error} />
        ) : null}
      </section>
      <section className="card" aria-labelledby="exposure-title">
        <h2 id="exposure-title">
          Estimated exposure and μ blockade <EstimateTag />
        </h2>
        {blockade ? (
          <>
            <p data-testid="mu-now">
              Estimated μ occupancy now <strong>{pct(blockade.muNow)}</strong>
              {blockade.muNowP5 !== undefined && blockade.muNowP95 !== undefined
                ? ` (5-95%: ${pct(blockade.muNowP5)}-${pct(blockade.muNowP95)})`
                : ''}
              , {protectionLevel(blockade.muNow)}.{' '}
              <span data-testid="mu-fall">
                {blockade.daysUntilBelowBlocking === undefined
                  ? 'Without another dose it stays above 75% for the next 30 days.'
                  : blockade.daysUntilBelowBlocking === 0
                    ? 'Without another dose it stays below 75%, the level thought to block a typical opioid dose.'
                    : `${blockade.muNow < 0.75 ? 'Below 75% now while the dose is absorbed; w' : 'W'}ithout another dose it stays above 75% until about ${blockade.daysUntilBelowBlocking.toFixed(1)} days from now.`}
              </span>
            </p>
            {blockade.problems.length > 0 && <ErrorBox error={blockade.problems.join('; ')} />}
            <BlockadeChart
              points={blockade.points}
              band={blockade.band}
              now={blockade.now}
              xLabel="Date"
              name={`${patient.displayName}: estimated blockade`}
            />
            <p className="source">
              Blockade naltrexone PK/PD model run in the browser on the recorded doses (taken and
              late; missed doses excluded); band: 5-95% over 100 virtual patients; projection 30
              days, with planned doses and with none.
            </p>
          </>
        ) : (
          <p>No dose recorded yet.</p>
        )}
      </section>
      <div className="grid">
        <section className="card" aria-labelledby="record-dose">
          <h2 id="record-dose">Record a dose or injection</h2>
          <DoseRecordForm patient={patient} />
        </section>
        <section className="card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Doses and injections</h2>
          <Timeline doses={doses} />
        </section>
      </div>
      <div className="grid" style={{ marginTop: '1rem' }}>
        <section className="card" aria-labelledby="diary-title">
          <h2 id="diary-title">Drinking diary</h2>
          <DiaryChart diary={diary.data ?? []} />
        </section>
        <section className="card" aria-labelledby="trend-title">
          <h2 id="trend-title">Craving and PHQ-9</h2>
          <TrendChart cravings={cravings.data ?? []} questionnaires={questionnaires.data ?? []} />
        </section>
      </div>
      <section className="card" aria-labelledby="labs-title" style={{ marginTop: '1rem' }}>
        <h2 id="labs-title">Liver tests against the upper limit of normal</h2>
        <LabTable labs={labs.data ?? []} />
      </section>
      <div className="grid">
        <section className="card" aria-labelledby="lab-form">
          <h2 id="lab-form">Record a lab</h2>
          <LabForm patientId={patient.id} />
        </section>
        <section className="card" aria-labelledby="q-form">
          <h2 id="q-form">Record a questionnaire</h2>
          <QuestionnaireForm patientId={patient.id} />
        </section>
      </div>
      <section className="card" aria-labelledby="notes-title" style={{ marginTop: '1rem' }}>
        <h2 id="notes-title">Notes</h2>
        <ul>
          {(notes.data ?? []).map((n) => (
            <li key={n.id}>
              <span className="small muted">{shortDateTime(n.at ?? n.recordedAt ?? '')}</span>{' '}
              {n.text}
            </li>
          ))}
        </ul>
        <NoteForm patientId={patient.id} />
      </section>
    </Layout>
  );
}
