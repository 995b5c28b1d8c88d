// Clinics, users and patients.
import { checkDay, checkTimeZone, checkUuid, idOrNew, isUuid } from '../checks';
import type { Clinic, Patient, User } from '../records';
import type { NewClinic, NewPatient, NewUser, PatientPatch, UserPatch } from '../repository';
import { toClinic, toPatient, toUser } from '../rows';
import type { Db } from './db';

/** Inserts a clinic. */
export async function createClinic(db: Db, input: NewClinic): Promise<Clinic> {
  checkTimeZone('timeZone', input.timeZone);
  const row = await db
    .insertInto('clinics')
    .values({ id: idOrNew(input.id), name: input.name, time_zone: input.timeZone })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toClinic(row);
}

/** One clinic, or undefined. */
export async function getClinic(db: Db, clinicId: string): Promise<Clinic | undefined> {
  if (!isUuid(clinicId)) {
    return undefined;
  }
  const row = await db
    .selectFrom('clinics')
    .selectAll()
    .where('id', '=', clinicId)
    .executeTakeFirst();
  return row === undefined ? undefined : toClinic(row);
}

/** Every clinic by name. */
export async function listClinics(db: Db): Promise<Clinic[]> {
  const rows = await db.selectFrom('clinics').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toClinic);
}

/** Inserts a user (e-mail lower-cased). */
export async function createUser(db: Db, input: NewUser): Promise<User> {
  checkUuid('clinicId', input.clinicId);
  if (input.patientId !== undefined) {
    checkUuid('patientId', input.patientId);
  }
  const row = await db
    .insertInto('users')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      email: input.email.trim().toLowerCase(),
      display_name: input.displayName,
      role: input.role,
      patient_id: input.patientId ?? null,
      password_hash: input.passwordHash,
      active: input.active ?? true,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** A user of the clinic, or undefined. */
export async function getUser(db: Db, clinicId: string, userId: string): Promise<User | undefined> {
  if (!isUuid(clinicId) || !isUuid(userId)) {
    return undefined;
  }
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

/** A user by id in any clinic, or undefined. */
export async function findUserById(db: Db, userId: string): Promise<User | undefined> {
  if (!isUuid(userId)) {
    return undefined;
  }
  const row = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

/** A user by e-mail (case-insensitive) in any clinic, or undefined. */
export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

/** The clinic's users by e-mail. */
export async function listUsers(db: Db, clinicId: string): Promise<User[]> {
  if (!isUuid(clinicId)) {
    return [];
  }
  const rows = await db
    .selectFrom('users')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .orderBy('email')
    .execute();
  return rows.map(toUser);
}

/** Applies a patch to a user of the clinic; undefined when there is no such user. */
export async function updateUser(
  db: Db,
  clinicId: string,
  userId: string,
  patch: UserPatch,
): Promise<User | undefined> {
  if (!isUuid(clinicId) || !isUuid(userId)) {
    return undefined;
  }
  if (typeof patch.patientId === 'string') {
    checkUuid('patientId', patch.patientId);
  }
  const values = {
    ...(patch.displayName === undefined ? {} : { display_name: patch.displayName }),
    ...(patch.role === undefined ? {} : { role: patch.role }),
    ...(patch.patientId === undefined ? {} : { patient_id: patch.patientId }),
    ...(patch.passwordHash === undefined ? {} : { password_hash: patch.passwordHash }),
    ...(patch.active === undefined ? {} : { active: patch.active }),
  };
  if (Object.keys(values).length === 0) {
    return getUser(db, clinicId, userId);
  }
  const row = await db
    .updateTable('users')
    .set(values)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? undefined : toUser(row);
}

/** Inserts a patient. */
export async function createPatient(db: Db, input: NewPatient): Promise<Patient> {
  checkUuid('clinicId', input.clinicId);
  checkTimeZone('timeZone', input.timeZone);
  if (input.birthDate !== undefined) {
    checkDay('birthDate', input.birthDate);
  }
  const row = await db
    .insertInto('patients')
    .values({
      id: idOrNew(input.id),
      clinic_id: input.clinicId,
      mrn: input.mrn ?? null,
      given_name: input.givenName,
      family_name: input.familyName,
      birth_date: input.birthDate ?? null,
      sex: input.sex ?? null,
      time_zone: input.timeZone,
      weight_kg: input.weightKg ?? null,
      active: input.active ?? true,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPatient(row);
}

/** A patient of the clinic, or undefined. */
export async function getPatient(
  db: Db,
  clinicId: string,
  patientId: string,
): Promise<Patient | undefined> {
  if (!isUuid(clinicId) || !isUuid(patientId)) {
    return undefined;
  }
  const row = await db
    .selectFrom('patients')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .executeTakeFirst();
  return row === undefined ? undefined : toPatient(row);
}

/** The clinic's patients by family name, given name. */
export async function listPatients(db: Db, clinicId: string): Promise<Patient[]> {
  if (!isUuid(clinicId)) {
    return [];
  }
  const rows = await db
    .selectFrom('patients')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .orderBy('family_name')
    .orderBy('given_name')
    .orderBy('id')
    .execute();
  return rows.map(toPatient);
}

/** Applies a patch to a patient of the clinic; undefined when there is no such patient. */
export async function updatePatient(
  db: Db,
  clinicId: string,
  patientId: string,
  patch: PatientPatch,
): Promise<Patient | undefined> {
  if (!isUuid(clinicId) || !isUuid(patientId)) {
    return undefined;
  }
  if (patch.timeZone !== undefined) {
    checkTimeZone('timeZone', patch.timeZone);
  }
  if (typeof patch.birthDate === 'string') {
    checkDay('birthDate', patch.birthDate);
  }
  const values = {
    ...(patch.mrn === undefined ? {} : { mrn: patch.mrn }),
    ...(patch.givenName === undefined ? {} : { given_name: patch.givenName }),
    ...(patch.familyName === undefined ? {} : { family_name: patch.familyName }),
    ...(patch.birthDate === undefined ? {} : { birth_date: patch.birthDate }),
    ...(patch.sex === undefined ? {} : { sex: patch.sex }),
    ...(patch.timeZone === undefined ? {} : { time_zone: patch.timeZone }),
    ...(patch.weightKg === undefined ? {} : { weight_kg: patch.weightKg }),
    ...(patch.active === undefined ? {} : { active: patch.active }),
  };
  if (Object.keys(values).length === 0) {
    return getPatient(db, clinicId, patientId);
  }
  const row = await db
    .updateTable('patients')
    .set(values)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? undefined : toPatient(row);
}
