// Treatment plans, dose events, the drinking diary, cravings and questionnaires.
// Multi-row writes here assume the caller holds a transaction (KyselyRepository.atomic).
import { sql } from 'kysely';
import { checkAnswers, checkDay, checkTimestamp, checkUuid, idOrNew, isUuid } from '../checks';
import type {
  Craving,
  DiaryEntry,
  DoseEvent,
  Instrument,
  QuestionnaireResponse,
  TreatmentPlan,
} from '../records';
import type {
  DateRange,
  NewCraving,
  NewDiaryEntry,
  NewDoseEvent,
  NewQuestionnaireResponse,
  NewTreatmentPlan,
  TimeRange,
} from '../repository';
import { toCraving, toDiaryEntry, toDoseEvent, toQuestionnaire, toTreatmentPlan } from '../rows';
import { type Db, window } from './db';

/** Checks the clinic and patient ids every patient-data write carries. */
export function checkOwner(input: { readonly clinicId: string; readonly patientId: string }): void {
  checkUuid('clinicId', input.clinicId);
  checkUuid('patientId', input.patientId);
}

/** True when both ids are UUIDs (reads with malformed ids return nothing). */
export const validIds = (clinicId: string, patientId: string): boolean =>
  isUuid(clinicId) && isUuid(patientId);

/** Inserts a treatment plan. */
export async function createTreatmentPlan(db: Db, input: NewTreatmentPlan): Promise<TreatmentPlan> {
  checkOwner(input);
  checkDay('startDate', input.startDate);
  if (input.stopDate !== undefined) {
    checkDay('stopDate', input.stopDate);
  }
  const row = await db
    .insertInto('treatment_plans')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      indication: input.indication,
      form: input.form,
      regimen: input.regimen,
      dose_mg: input.doseMg,
      interval_hours: input.intervalHours ?? null,
      goal: input.goal,
      start_date: input.startDate,
      stop_date: input.stopDate ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTreatmentPlan(row);
}

/** The patient's plans by start date. */
export async function listTreatmentPlans(
  db: Db,
  clinicId: string,
  patientId: string,
): Promise<TreatmentPlan[]> {
  if (!validIds(clinicId, patientId)) {
    return [];
  }
  const rows = await db
    .selectFrom('treatment_plans')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .orderBy('start_date')
    .orderBy('created_at')
    .execute();
  return rows.map(toTreatmentPlan);
}

/** Sets a plan's stop date; undefined when the clinic has no such plan. */
export async function stopTreatmentPlan(
  db: Db,
  clinicId: string,
  planId: string,
  stopDate: string,
): Promise<TreatmentPlan | undefined> {
  if (!isUuid(clinicId) || !isUuid(planId)) {
    return undefined;
  }
  checkDay('stopDate', stopDate);
  const row = await db
    .updateTable('treatment_plans')
    .set({ stop_date: stopDate })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', planId)
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? undefined : toTreatmentPlan(row);
}

/** Inserts one dose event. */
export async function addDoseEvent(db: Db, input: NewDoseEvent): Promise<DoseEvent> {
  checkOwner(input);
  for (const [field, value] of [
    ['planId', input.planId],
    ['recordedBy', input.recordedBy],
  ] as const) {
    if (value !== undefined) {
      checkUuid(field, value);
    }
  }
  const row = await db
    .insertInto('dose_events')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      plan_id: input.planId ?? null,
      status: input.status,
      at: checkTimestamp('at', input.at),
      amount_mg: input.amountMg,
      form: input.form,
      injection_site: input.injectionSite ?? null,
      lot: input.lot ?? null,
      site_reaction: input.siteReaction ?? null,
      recorded_by: input.recordedBy ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDoseEvent(row);
}

/** The patient's dose events by time. */
export async function listDoseEvents(
  db: Db,
  clinicId: string,
  patientId: string,
  range?: TimeRange,
): Promise<DoseEvent[]> {
  if (!validIds(clinicId, patientId)) {
    return [];
  }
  const { from, to } = window(range);
  const rows = await db
    .selectFrom('dose_events')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .$if(from !== undefined, (q) => q.where('at', '>=', from as Date))
    .$if(to !== undefined, (q) => q.where('at', '<', to as Date))
    .orderBy('at')
    .orderBy('created_at')
    .execute();
  return rows.map(toDoseEvent);
}

/** Inserts or replaces the entry for the patient's date (the existing id is kept). */
export async function saveDiaryEntry(db: Db, input: NewDiaryEntry): Promise<DiaryEntry> {
  checkOwner(input);
  checkDay('date', input.date);
  const values = {
    standard_drinks: input.standardDrinks,
    heavy_drinking_day: input.heavyDrinkingDay,
    sinclair_dose_at:
      input.sinclairDoseAt === undefined
        ? null
        : checkTimestamp('sinclairDoseAt', input.sinclairDoseAt),
    first_drink_at:
      input.firstDrinkAt === undefined ? null : checkTimestamp('firstDrinkAt', input.firstDrinkAt),
    note: input.note ?? null,
  };
  const row = await db
    .insertInto('diary_entries')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      entry_date: input.date,
      ...values,
    })
    .onConflict((oc) => oc.columns(['clinic_id', 'patient_id', 'entry_date']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toDiaryEntry(row);
}

/** The patient's diary by date (both ends inclusive). */
export async function listDiaryEntries(
  db: Db,
  clinicId: string,
  patientId: string,
  range?: DateRange,
): Promise<DiaryEntry[]> {
  if (!validIds(clinicId, patientId)) {
    return [];
  }
  const { fromDate, toDate } = range ?? {};
  if (fromDate !== undefined) {
    checkDay('fromDate', fromDate);
  }
  if (toDate !== undefined) {
    checkDay('toDate', toDate);
  }
  const rows = await db
    .selectFrom('diary_entries')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .$if(fromDate !== undefined, (q) => q.where('entry_date', '>=', fromDate as string))
    .$if(toDate !== undefined, (q) => q.where('entry_date', '<=', toDate as string))
    .orderBy('entry_date')
    .execute();
  return rows.map(toDiaryEntry);
}

/** Inserts a craving rating. */
export async function addCraving(db: Db, input: NewCraving): Promise<Craving> {
  checkOwner(input);
  const row = await db
    .insertInto('cravings')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      at: checkTimestamp('at', input.at),
      score: input.score,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCraving(row);
}

/** The patient's craving ratings by time. */
export async function listCravings(
  db: Db,
  clinicId: string,
  patientId: string,
  range?: TimeRange,
): Promise<Craving[]> {
  if (!validIds(clinicId, patientId)) {
    return [];
  }
  const { from, to } = window(range);
  const rows = await db
    .selectFrom('cravings')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .$if(from !== undefined, (q) => q.where('at', '>=', from as Date))
    .$if(to !== undefined, (q) => q.where('at', '<', to as Date))
    .orderBy('at')
    .execute();
  return rows.map(toCraving);
}

/** Inserts a questionnaire and one row per item (caller holds the transaction). */
export async function addQuestionnaire(
  db: Db,
  input: NewQuestionnaireResponse,
): Promise<QuestionnaireResponse> {
  checkOwner(input);
  checkAnswers(input.instrument, input.answers);
  const id = idOrNew(input.id);
  const total = input.answers.reduce((sum, answer) => sum + answer, 0);
  await db
    .insertInto('questionnaires')
    .values({
      id,
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      instrument: input.instrument,
      at: checkTimestamp('at', input.at),
      total,
    })
    .execute();
  await db
    .insertInto('questionnaire_items')
    .values(
      input.answers.map((answer, index) => ({
        clinic_id: input.clinicId,
        questionnaire_id: id,
        instrument: input.instrument,
        item_number: index + 1,
        answer,
      })),
    )
    .execute();
  const [created] = await listQuestionnaires(db, input.clinicId, input.patientId, { id });
  if (created === undefined) {
    throw new Error('questionnaire vanished inside its own transaction');
  }
  return created;
}

/** The patient's questionnaires by time, each with its answers in item order. */
export async function listQuestionnaires(
  db: Db,
  clinicId: string,
  patientId: string,
  options?: TimeRange & { readonly instrument?: Instrument; readonly id?: string },
): Promise<QuestionnaireResponse[]> {
  if (!validIds(clinicId, patientId)) {
    return [];
  }
  const { from, to } = window(options);
  const instrument = options?.instrument;
  const id = options?.id;
  const rows = await db
    .selectFrom('questionnaires as q')
    .selectAll('q')
    .select(
      sql<unknown>`coalesce((select json_agg(i.answer order by i.item_number)
        from questionnaire_items i where i.questionnaire_id = q.id), '[]'::json)`.as('answers'),
    )
    .where('q.clinic_id', '=', clinicId)
    .where('q.patient_id', '=', patientId)
    .$if(instrument !== undefined, (q) => q.where('q.instrument', '=', instrument as string))
    .$if(id !== undefined, (q) => q.where('q.id', '=', id as string))
    .$if(from !== undefined, (q) => q.where('q.at', '>=', from as Date))
    .$if(to !== undefined, (q) => q.where('q.at', '<', to as Date))
    .orderBy('q.at')
    .execute();
  return rows.map(toQuestionnaire);
}
