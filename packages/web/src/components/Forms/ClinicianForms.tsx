import type { FormEvent, ReactElement } from 'react';
import { useState } from 'react';
import { useAddRecord } from '../../api/hooks';
import type { DoseFormName, DoseInput, Instrument, LabInput, PatientDto } from '../../api/types';
import { ErrorBox } from '../Status/Status';

const nowLocal = (): string => {
  const d = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};
const toIso = (local: string): string => new Date(local).toISOString();

function Saved({ ok, what }: { ok: boolean; what: string }): ReactElement | null {
  return ok ? (
    <p role="status" className="notice ok">
      {what} saved.
    </p>
  ) : null;
}

/** Record a dose or a depot injection (site, lot, reaction). */
export function DoseRecordForm({ patient }: { patient: PatientDto }): ReactElement {
  const add = useAddRecord(patient.id, 'doses');
  const [at, setAt] = useState(nowLocal);
  const [form, setForm] = useState<DoseFormName>(patient.form);
  const [amount, setAmount] = useState(String(patient.doseMg));
  const [status, setStatus] = useState<DoseInput['status']>('taken');
  const [site, setSite] = useState<'left-gluteal' | 'right-gluteal'>('left-gluteal');
  const [lot, setLot] = useState('');
  const [reaction, setReaction] = useState<NonNullable<DoseInput['siteReaction']>>('none');
  const injection = form === 'xr-injection';
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const body: DoseInput = {
      at: toIso(at),
      status,
      form,
      amountMg: Number(amount),
      ...(injection ? { injectionSite: site, siteReaction: reaction } : {}),
      ...(injection && lot.trim() ? { lot: lot.trim() } : {}),
    };
    add.mutate(body);
  };
  return (
    <form onSubmit={submit} aria-label="Record a dose or injection">
      <div className="row">
        <div className="field" style={{ flex: '1 1 12rem' }}>
          <label htmlFor="dose-at">Date and time</label>
          <input
            id="dose-at"
            type="datetime-local"
            value={at}
            onChange={(e) => setAt(e.target.value)}
          />
        </div>
        <div className="field" style={{ flex: '1 1 10rem' }}>
          <label htmlFor="dose-form">Form</label>
          <select
            id="dose-form"
            value={form}
            onChange={(e) => setForm(e.target.value as DoseFormName)}
          >
            <option value="oral-tablet">Oral tablet</option>
            <option value="er-tablet">Extended-release tablet</option>
            <option value="xr-injection">Depot injection</option>
            <option value="implant">Implant</option>
          </select>
        </div>
        <div className="field" style={{ flex: '1 1 6rem' }}>
          <label htmlFor="dose-mg">Amount (mg)</label>
          <input
            id="dose-mg"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </div>
        <div className="field" style={{ flex: '1 1 7rem' }}>
          <label htmlFor="dose-status">Status</label>
          <select
            id="dose-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as DoseInput['status'])}
          >
            <option value="taken">Taken / given</option>
            <option value="late">Late</option>
            <option value="missed">Missed</option>
          </select>
        </div>
      </div>
      {injection && (
        <div className="row">
          <div className="field" style={{ flex: '1 1 9rem' }}>
            <label htmlFor="dose-site">Injection site</label>
            <select
              id="dose-site"
              value={site}
              onChange={(e) => setSite(e.target.value as typeof site)}
            >
              <option value="left-gluteal">Left gluteal</option>
              <option value="right-gluteal">Right gluteal</option>
            </select>
          </div>
          <div className="field" style={{ flex: '1 1 7rem' }}>
            <label htmlFor="dose-lot">Lot</label>
            <input id="dose-lot" value={lot} onChange={(e) => setLot(e.target.value)} />
          </div>
          <div className="field" style={{ flex: '1 1 8rem' }}>
            <label htmlFor="dose-reaction">Site reaction</label>
            <select
              id="dose-reaction"
              value={reaction}
              onChange={(e) => setReaction(e.target.value as typeof reaction)}
            >
              <option value="none">None</option>
              <option value="mild">Mild</option>
              <option value="moderate">Moderate</option>
              <option value="severe">Severe</option>
            </select>
          </div>
        </div>
      )}
      <button type="submit" disabled={add.isPending}>
        {injection ? 'Record injection' : 'Record dose'}
      </button>
      <Saved ok={add.isSuccess} what={injection ? 'Injection' : 'Dose'} />
      {add.error && <ErrorBox error={add.error} />}
    </form>
  );
}

/** Record a liver test with its upper limit of normal. */
export function LabForm({ patientId }: { patientId: string }): ReactElement {
  const add = useAddRecord(patientId, 'labs');
  const [at, setAt] = useState(nowLocal);
  const [test, setTest] = useState<LabInput['test']>('alt');
  const [value, setValue] = useState('');
  const [uln, setUln] = useState('40');
  return (
    <form
      aria-label="Record a liver test"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({
          collectedAt: toIso(at),
          test,
          value: Number(value),
          unit: test === 'bilirubin' ? 'mg/dL' : 'U/L',
          upperLimitNormal: Number(uln),
        });
      }}
    >
      <div className="row">
        <div className="field" style={{ flex: '1 1 12rem' }}>
          <label htmlFor="lab-at">Date and time</label>
          <input
            id="lab-at"
            type="datetime-local"
            value={at}
            onChange={(e) => setAt(e.target.value)}
          />
        </div>
        <div className="field" style={{ flex: '1 1 6rem' }}>
          <label htmlFor="lab-test">Test</label>
          <select
            id="lab-test"
            value={test}
            onChange={(e) => setTest(e.target.value as LabInput['test'])}
          >
            <option value="alt">ALT</option>
            <option value="ast">AST</option>
            <option value="ggt">GGT</option>
            <option value="bilirubin">Bilirubin</option>
          </select>
        </div>
        <div className="field" style={{ flex: '1 1 6rem' }}>
          <label htmlFor="lab-value">
            Value <span className="hint">{test === 'bilirubin' ? 'mg/dL' : 'U/L'}</span>
          </label>
          <input
            id="lab-value"
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
        <div className="field" style={{ flex: '1 1 6rem' }}>
          <label htmlFor="lab-uln">Upper limit of normal</label>
          <input
            id="lab-uln"
            inputMode="decimal"
            value={uln}
            onChange={(e) => setUln(e.target.value)}
          />
        </div>
      </div>
      <button type="submit" disabled={add.isPending}>
        Record lab
      </button>
      <Saved ok={add.isSuccess} what="Lab" />
      {add.error && <ErrorBox error={add.error} />}
    </form>
  );
}

const itemCounts: Record<Instrument, string> = {
  'phq-9': '9 items, 0-3 each',
  'audit-c': '3 items, 0-4 each',
  cows: '11 items',
  pacs: '5 items, 0-6 each',
};

/** Record a questionnaire by its item answers (comma-separated). */
export function QuestionnaireForm({ patientId }: { patientId: string }): ReactElement {
  const add = useAddRecord(patientId, 'questionnaires');
  const [instrument, setInstrument] = useState<Instrument>('phq-9');
  const [answers, setAnswers] = useState('');
  return (
    <form
      aria-label="Record a questionnaire"
      onSubmit={(e) => {
        e.preventDefault();
        const list = answers
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map(Number);
        add.mutate({ instrument, at: new Date().toISOString(), answers: list });
      }}
    >
      <div className="row">
        <div className="field" style={{ flex: '1 1 8rem' }}>
          <label htmlFor="q-instrument">Questionnaire</label>
          <select
            id="q-instrument"
            value={instrument}
            onChange={(e) => setInstrument(e.target.value as Instrument)}
          >
            {Object.keys(itemCounts).map((k) => (
              <option key={k} value={k}>
                {k.toUpperCase()}
              </option>
            ))}
          </select>
        </div>
        <div className="field" style={{ flex: '3 1 14rem' }}>
          <label htmlFor="q-answers">
            Item answers <span className="hint">{itemCounts[instrument]}, comma-separated</span>
          </label>
          <input id="q-answers" value={answers} onChange={(e) => setAnswers(e.target.value)} />
        </div>
      </div>
      <button type="submit" disabled={add.isPending}>
        Record questionnaire
      </button>
      <Saved ok={add.isSuccess} what="Questionnaire" />
      {add.error && <ErrorBox error={add.error} />}
    </form>
  );
}

/** Add a free-text clinical note. */
export function NoteForm({ patientId }: { patientId: string }): ReactElement {
  const add = useAddRecord(patientId, 'notes');
  const [text, setText] = useState('');
  return (
    <form
      aria-label="Add a note"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({ at: new Date().toISOString(), text }, { onSuccess: () => setText('') });
      }}
    >
      <div className="field">
        <label htmlFor="note-text">Note</label>
        <textarea id="note-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" disabled={add.isPending}>
        Add note
      </button>
      <Saved ok={add.isSuccess} what="Note" />
      {add.error && <ErrorBox error={add.error} />}
    </form>
  );
}
