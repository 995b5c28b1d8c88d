import type { FormEvent, ReactElement } from 'react';
import { useState } from 'react';
import { useAddRecord, usePatient, useRecords } from '../../api/hooks';
import { useSession } from '../../api/session';
import { localDate, localToIso, shortDate } from '../../components/Forms/dates';
import { Layout } from '../../components/Layout/Layout';
import { ErrorBox, EstimateTag, Source } from '../../components/Status/Status';
import { subjectOf } from '../../engine/history';
import type { SinclairVerdict } from '../../engine/sinclair';
import { sinclairVerdict } from '../../engine/sinclair';

/** Sinclair method: log the dose time and the first drink; the model says if it was early enough. */
export function SinclairPage(): ReactElement {
  const { me } = useSession();
  const id = me?.patientId;
  const patient = usePatient(id);
  const diary = useRecords(id, 'diary');
  const add = useAddRecord(id, 'diary');
  const [date, setDate] = useState(localDate());
  const [doseTime, setDoseTime] = useState('18:00');
  const [drinkTime, setDrinkTime] = useState('19:00');
  const [drinks, setDrinks] = useState('2');
  const [error, setError] = useState<string | null>(null);
  const doseMg = patient.data?.form === 'oral-tablet' ? patient.data.doseMg : 50;
  const subject = patient.data ? subjectOf(patient.data, Date.now()) : {};
  const doseIso = localToIso(date, doseTime);
  const drinkIso = localToIso(date, drinkTime);
  const preview: SinclairVerdict | undefined =
    doseIso && drinkIso
      ? sinclairVerdict(Date.parse(doseIso), Date.parse(drinkIso), doseMg, subject)
      : undefined;
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const n = Number(drinks);
    if (!doseIso || !drinkIso || !Number.isFinite(n) || n < 0) {
      setError('Please give the day, both times and the number of drinks.');
      return;
    }
    setError(null);
    add.mutate({
      date,
      standardDrinks: n,
      heavyDrinkingDay: n >= 5,
      sinclairDoseAt: doseIso,
      firstDrinkAt: drinkIso,
    });
  };
  const past = (diary.data ?? [])
    .filter((d) => d.sinclairDoseAt && d.firstDrinkAt)
    .slice(-7)
    .reverse();
  return (
    <Layout narrow>
      <h1>Sinclair method</h1>
      <p>
        With the Sinclair method you take one naltrexone tablet about an hour before you drink, so
        that drinking slowly stops being rewarding.
      </p>
      <Source>
        &quot;Naltrexone&quot; encyclopedia article (targeted dosing, Sinclair method)
      </Source>
      <section className="card" aria-labelledby="sinclair-log">
        <h2 id="sinclair-log">Log a drinking day</h2>
        <form onSubmit={submit}>
          <div className="field">
            <label htmlFor="s-date">Day</label>
            <input id="s-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
          <div className="row">
            <div className="field" style={{ flex: '1 1 8rem' }}>
              <label htmlFor="s-dose">Tablet taken at</label>
              <input
                id="s-dose"
                type="time"
                value={doseTime}
                onChange={(e) => setDoseTime(e.target.value)}
              />
            </div>
            <div className="field" style={{ flex: '1 1 8rem' }}>
              <label htmlFor="s-drink">First drink at</label>
              <input
                id="s-drink"
                type="time"
                value={drinkTime}
                onChange={(e) => setDrinkTime(e.target.value)}
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor="s-drinks">Standard drinks that day</label>
            <input
              id="s-drinks"
              type="number"
              min={0}
              max={100}
              step={0.5}
              value={drinks}
              onChange={(e) => setDrinks(e.target.value)}
            />
          </div>
          {preview && (
            <div
              className={`notice ${preview.earlyEnough ? 'ok' : 'warn'}`}
              aria-live="polite"
              data-testid="sinclair-verdict"
            >
              <p>
                <EstimateTag /> {preview.message}
              </p>
            </div>
          )}
          {error && (
            <p role="alert" className="notice warn">
              {error}
            </p>
          )}
          <button type="submit" disabled={add.isPending}>
            {add.isPending ? 'Saving…' : 'Save'}
          </button>
          {add.isSuccess && (
            <p role="status" className="notice ok">
              Saved.
            </p>
          )}
          {add.error && <ErrorBox error={add.error} />}
        </form>
        <Source>
          Blockade naltrexone model, single {doseMg} mg tablet; blocking level ~75% μ occupancy.
        </Source>
      </section>
      {past.length > 0 && (
        <section className="card" aria-labelledby="sinclair-past">
          <h2 id="sinclair-past">Recent drinking days</h2>
          <ul>
            {past.map((d) => {
              const v = sinclairVerdict(
                Date.parse(d.sinclairDoseAt ?? ''),
                Date.parse(d.firstDrinkAt ?? ''),
                doseMg,
                subject,
              );
              return (
                <li key={d.id}>
                  {shortDate(d.date)}: {d.standardDrinks} drink{d.standardDrinks === 1 ? '' : 's'},{' '}
                  {v ? (v.earlyEnough ? 'dose early enough' : 'dose too late') : 'no estimate'}{' '}
                  <span className="badge estimate">estimate</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </Layout>
  );
}
