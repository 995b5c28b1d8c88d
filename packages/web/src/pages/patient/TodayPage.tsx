import type { ReactElement } from 'react';
import { useState } from 'react';
import { Link } from 'wouter';
import { useAddRecord, useRecords } from '../../api/hooks';
import { useSession } from '../../api/session';
import type { AppointmentRecord, DoseRecord, PatientDto } from '../../api/types';
import { DiaryForm } from '../../components/Forms/DiaryForm';
import { localDate, shortDate } from '../../components/Forms/dates';
import { Phq9Form } from '../../components/Forms/Phq9Form';
import { Layout } from '../../components/Layout/Layout';
import { usePatientBlockade } from '../../components/Protection/useBlockade';
import { SafetyMessage } from '../../components/Safety/SafetyMessage';
import { ErrorBox, EstimateTag, Loading } from '../../components/Status/Status';
import { needsSafetyWarning } from '../../engine/protection';

const msPerDay = 86_400_000;

/**
 * Next injection: the next scheduled injection appointment, else the last injection plus the
 * plan's interval.
 *
 * @returns ISO date-time or undefined.
 */
export function nextInjection(
  patient: PatientDto,
  doses: readonly DoseRecord[],
  appointments: readonly AppointmentRecord[],
  nowMs: number,
): string | undefined {
  const scheduled = appointments
    .filter((a) => a.kind === 'injection' && a.status !== 'cancelled' && a.status !== 'done')
    .map((a) => a.dueAt)
    .sort();
  const upcoming = scheduled.find((at) => Date.parse(at) >= nowMs - msPerDay) ?? scheduled.at(-1);
  if (upcoming) {
    return upcoming;
  }
  const last = doses
    .filter((d) => d.form === 'xr-injection' && d.status !== 'missed')
    .map((d) => Date.parse(d.at))
    .sort((a, b) => a - b)
    .at(-1);
  return last === undefined
    ? undefined
    : new Date(last + patient.intervalHours * 3_600_000).toISOString();
}

function TodaysDose({
  patient,
  doses,
}: {
  patient: PatientDto;
  doses: DoseRecord[];
}): ReactElement {
  const add = useAddRecord(patient.id, 'doses');
  const today = localDate();
  const logged = doses.filter((d) => localDate(new Date(d.at)) === today);
  const record = (status: 'taken' | 'missed'): void => {
    add.mutate({
      at: new Date().toISOString(),
      status,
      form: patient.form,
      amountMg: patient.doseMg,
    });
  };
  return (
    <section className="card" aria-labelledby="dose-title">
      <h2 id="dose-title">Today&apos;s dose</h2>
      <p className="muted">
        {patient.doseMg} mg naltrexone tablet
        {patient.intervalHours === 24 ? ', once a day' : ''}.
      </p>
      {logged.length > 0 ? (
        <p className="notice ok" role="status">
          Recorded today: {logged.map((d) => d.status).join(', ')}.
        </p>
      ) : null}
      <div className="row">
        <button type="button" onClick={() => record('taken')} disabled={add.isPending}>
          I took it
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => record('missed')}
          disabled={add.isPending}
        >
          I missed it
        </button>
      </div>
      {add.error && <ErrorBox error={add.error} />}
    </section>
  );
}

/** The patient's home page: dose, protection, diary, mood. Phone first. */
export function TodayPage(): ReactElement {
  const { me } = useSession();
  const id = me?.patientId;
  const { patient, doses, blockade, loading, error } = usePatientBlockade(id, true);
  const appointments = useRecords(id, 'appointments');
  const addDiary = useAddRecord(id, 'diary');
  const addCraving = useAddRecord(id, 'cravings');
  const addPhq = useAddRecord(id, 'questionnaires');
  const [saved, setSaved] = useState<string | null>(null);
  const [showPhq, setShowPhq] = useState(false);
  if (!id) {
    return (
      <Layout narrow>
        <p>This account is not linked to a patient record. Please ask your clinic.</p>
      </Layout>
    );
  }
  if (loading) {
    return (
      <Layout narrow>
        <Loading />
      </Layout>
    );
  }
  if (error || !patient || !doses) {
    return (
      <Layout narrow>
        <ErrorBox error={error} />
      </Layout>
    );
  }
  const nowMs = Date.now();
  const missedRecently = doses.some(
    (d) => d.status === 'missed' && nowMs - Date.parse(d.at) < 7 * msPerDay,
  );
  const urgent = blockade
    ? needsSafetyWarning(blockade.muNow, blockade.muIn7DaysWithoutDose, missedRecently)
    : true;
  const next =
    patient.form === 'xr-injection'
      ? nextInjection(patient, doses, appointments.data ?? [], nowMs)
      : undefined;
  const overdue = next !== undefined && Date.parse(next) < nowMs;
  return (
    <Layout narrow>
      <h1>Hello{me.displayName ? `, ${me.displayName.split(' ')[0]}` : ''}</h1>
      <p className="muted">{shortDate(new Date().toISOString())}</p>
      {saved && (
        <p className="notice ok" role="status">
          {saved}
        </p>
      )}
      {urgent && <SafetyMessage urgent />}
      <section className="card" aria-labelledby="protect-title">
        <h2 id="protect-title">
          How protected am I now? <EstimateTag />
        </h2>
        {blockade ? (
          <p>
            <strong>About {Math.round(blockade.muNow * 100)}%</strong> of the opioid receptors in
            your brain are estimated to be blocked
            {blockade.muNowP5 !== undefined && blockade.muNowP95 !== undefined
              ? ` (likely ${Math.round(blockade.muNowP5 * 100)}-${Math.round(blockade.muNowP95 * 100)}%)`
              : ''}
            .
          </p>
        ) : (
          <p>No dose recorded yet, so there is no estimate.</p>
        )}
        <Link href="/me/protection">What this means for me</Link>
      </section>
      {!patient.hasPlan ? (
        <section className="card" aria-labelledby="plan-title">
          <h2 id="plan-title">Your treatment plan</h2>
          <p>Your clinic has not set up your naltrexone plan yet.</p>
        </section>
      ) : patient.regimen === 'targeted' ? (
        <section className="card" aria-labelledby="sinclair-title">
          <h2 id="sinclair-title">Sinclair method</h2>
          <p>Take your tablet about an hour before you drink, and log the times.</p>
          <Link href="/me/sinclair">Log a drinking day</Link>
        </section>
      ) : patient.form === 'xr-injection' ? (
        <section className="card" aria-labelledby="inj-title">
          <h2 id="inj-title">Next injection</h2>
          {next ? (
            <p className={overdue ? 'notice danger' : undefined}>
              {overdue ? 'Overdue since ' : 'Due '}
              <strong>{shortDate(next)}</strong>
              {overdue ? '. Please contact your clinic to book it.' : '.'}
            </p>
          ) : (
            <p>No injection recorded yet.</p>
          )}
        </section>
      ) : (
        <TodaysDose patient={patient} doses={doses} />
      )}
      <section className="card" aria-labelledby="diary-title">
        <h2 id="diary-title">Drinks and craving</h2>
        <DiaryForm
          busy={addDiary.isPending || addCraving.isPending}
          onSubmit={(entry, craving) => {
            setSaved(null);
            void (async () => {
              await addDiary.mutateAsync(entry);
              if (craving !== undefined) {
                await addCraving.mutateAsync({ at: new Date().toISOString(), score: craving });
              }
              setSaved(`Diary saved for ${shortDate(entry.date)}.`);
            })().catch(() => undefined);
          }}
        />
        {(addDiary.error ?? addCraving.error) && (
          <ErrorBox error={addDiary.error ?? addCraving.error} />
        )}
      </section>
      <section className="card" aria-labelledby="mood-title">
        <h2 id="mood-title">Mood check (PHQ-9)</h2>
        {showPhq ? (
          <Phq9Form
            busy={addPhq.isPending}
            onSubmit={(answers) => {
              addPhq.mutate(
                { instrument: 'phq-9', at: new Date().toISOString(), answers },
                {
                  onSuccess: () => {
                    setShowPhq(false);
                    setSaved('Mood questionnaire saved. Thank you.');
                  },
                },
              );
            }}
          />
        ) : (
          <>
            <p className="muted">Nine short questions about the last two weeks.</p>
            <button type="button" className="secondary" onClick={() => setShowPhq(true)}>
              Start the mood check
            </button>
          </>
        )}
        {addPhq.error && <ErrorBox error={addPhq.error} />}
      </section>
      {!urgent && <SafetyMessage urgent={false} />}
      <p>
        <Link href="/learn">Questions about naltrexone</Link>
        {patient.indication === 'alcohol-use-disorder' && (
          <>
            {' · '}
            <Link href="/me/sinclair">Sinclair method</Link>
          </>
        )}
      </p>
    </Layout>
  );
}
