// Labs, opioid use reports, urine drug screens, appointments, naloxone kits and notes.
import { checkDay, checkTimestamp, checkUuid, idOrNew, isUuid } from '../checks';
import { StoreError } from '../errors';
import type {
  Appointment,
  AppointmentStatus,
  LabResult,
  NaloxoneKit,
  Note,
  OpioidUseReport,
  UrineDrugScreen,
} from '../records';
import type {
  AppointmentQuery,
  NewAppointment,
  NewLabResult,
  NewNaloxoneKit,
  NewNote,
  NewOpioidUseReport,
  NewUrineDrugScreen,
  TimeRange,
} from '../repository';
import {
  toAppointment,
  toLabResult,
  toNaloxoneKit,
  toNote,
  toOpioidUseReport,
  toUrineDrugScreen,
  udsResults,
} from '../rows';
import { type Db, window } from './db';
import { checkOwner, validIds } from './treatment';

/** Inserts a lab result. */
export async function addLabResult(db: Db, input: NewLabResult): Promise<LabResult> {
  checkOwner(input);
  const row = await db
    .insertInto('lab_results')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      test: input.test,
      value: input.value,
      unit: input.unit,
      upper_limit_normal: input.upperLimitNormal,
      collected_at: checkTimestamp('collectedAt', input.collectedAt),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLabResult(row);
}

/** The patient's lab results by collection time. */
export async function listLabResults(
  db: Db,
  clinicId: string,
  patientId: string,
  range?: TimeRange,
): Promise<LabResult[]> {
  if (!validIds(clinicId, patientId)) {
    return [];
  }
  const { from, to } = window(range);
  const rows = await db
    .selectFrom('lab_results')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .$if(from !== undefined, (q) => q.where('collected_at', '>=', from as Date))
    .$if(to !== undefined, (q) => q.where('collected_at', '<', to as Date))
    .orderBy('collected_at')
    .execute();
  return rows.map(toLabResult);
}

/** Inserts an opioid use report. */
export async function addOpioidUseReport(
  db: Db,
  input: NewOpioidUseReport,
): Promise<OpioidUseReport> {
  checkOwner(input);
  const row = await db
    .insertInto('opioid_use_reports')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      opioid: input.opioid,
      last_use_at: checkTimestamp('lastUseAt', input.lastUseAt),
      reported_at: checkTimestamp('reportedAt', input.reportedAt),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOpioidUseReport(row);
}

/** The patient's opioid use reports by last use. */
export async function listOpioidUseReports(
  db: Db,
  clinicId: string,
  patientId: string,
): Promise<OpioidUseReport[]> {
  if (!validIds(clinicId, patientId)) {
    return [];
  }
  const rows = await db
    .selectFrom('opioid_use_reports')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .orderBy('last_use_at')
    .execute();
  return rows.map(toOpioidUseReport);
}

/** Inserts a urine drug screen (results checked against the analyte list). */
export async function addUrineDrugScreen(
  db: Db,
  input: NewUrineDrugScreen,
): Promise<UrineDrugScreen> {
  checkOwner(input);
  const results = udsResults.safeParse(input.results);
  if (!results.success) {
    throw new StoreError('invalid', 'results must map known analytes to positive or negative');
  }
  const row = await db
    .insertInto('urine_drug_screens')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      collected_at: checkTimestamp('collectedAt', input.collectedAt),
      results: JSON.stringify(results.data),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUrineDrugScreen(row);
}

/** The patient's urine drug screens by collection time. */
export async function listUrineDrugScreens(
  db: Db,
  clinicId: string,
  patientId: string,
): Promise<UrineDrugScreen[]> {
  if (!validIds(clinicId, patientId)) {
    return [];
  }
  const rows = await db
    .selectFrom('urine_drug_screens')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .orderBy('collected_at')
    .execute();
  return rows.map(toUrineDrugScreen);
}

/** Inserts an appointment. */
export async function createAppointment(db: Db, input: NewAppointment): Promise<Appointment> {
  checkOwner(input);
  const row = await db
    .insertInto('appointments')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      kind: input.kind,
      due_at: checkTimestamp('dueAt', input.dueAt),
      status: input.status,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAppointment(row);
}

/** Sets an appointment's status; undefined when the clinic has no such appointment. */
export async function updateAppointmentStatus(
  db: Db,
  clinicId: string,
  appointmentId: string,
  status: AppointmentStatus,
): Promise<Appointment | undefined> {
  if (!isUuid(clinicId) || !isUuid(appointmentId)) {
    return undefined;
  }
  const row = await db
    .updateTable('appointments')
    .set({ status })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', appointmentId)
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? undefined : toAppointment(row);
}

/** The clinic's appointments (optionally one patient's, one status) by due time. */
export async function listAppointments(
  db: Db,
  clinicId: string,
  query?: AppointmentQuery,
): Promise<Appointment[]> {
  if (!isUuid(clinicId) || (query?.patientId !== undefined && !isUuid(query.patientId))) {
    return [];
  }
  const { from, to } = window(query);
  const patientId = query?.patientId;
  const status = query?.status;
  const rows = await db
    .selectFrom('appointments')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .$if(patientId !== undefined, (q) => q.where('patient_id', '=', patientId as string))
    .$if(status !== undefined, (q) => q.where('status', '=', status as string))
    .$if(from !== undefined, (q) => q.where('due_at', '>=', from as Date))
    .$if(to !== undefined, (q) => q.where('due_at', '<', to as Date))
    .orderBy('due_at')
    .execute();
  return rows.map(toAppointment);
}

/** Records a naloxone kit status. */
export async function recordNaloxoneKit(db: Db, input: NewNaloxoneKit): Promise<NaloxoneKit> {
  checkOwner(input);
  if (input.expiresOn !== undefined) {
    checkDay('expiresOn', input.expiresOn);
  }
  const row = await db
    .insertInto('naloxone_kits')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      status: input.status,
      expires_on: input.expiresOn ?? null,
      recorded_at: checkTimestamp('recordedAt', input.recordedAt),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toNaloxoneKit(row);
}

/** The patient's naloxone kit records by time (the last is current). */
export async function listNaloxoneKits(
  db: Db,
  clinicId: string,
  patientId: string,
): Promise<NaloxoneKit[]> {
  if (!validIds(clinicId, patientId)) {
    return [];
  }
  const rows = await db
    .selectFrom('naloxone_kits')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .orderBy('recorded_at')
    .orderBy('created_at')
    .execute();
  return rows.map(toNaloxoneKit);
}

/** Inserts a note. */
export async function addNote(db: Db, input: NewNote): Promise<Note> {
  checkOwner(input);
  if (input.authorUserId !== undefined) {
    checkUuid('authorUserId', input.authorUserId);
  }
  const row = await db
    .insertInto('notes')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      patient_id: input.patientId,
      author_user_id: input.authorUserId ?? null,
      at: checkTimestamp('at', input.at),
      text: input.text,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toNote(row);
}

/** The patient's notes by time. */
export async function listNotes(db: Db, clinicId: string, patientId: string): Promise<Note[]> {
  if (!validIds(clinicId, patientId)) {
    return [];
  }
  const rows = await db
    .selectFrom('notes')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .orderBy('at')
    .execute();
  return rows.map(toNote);
}
