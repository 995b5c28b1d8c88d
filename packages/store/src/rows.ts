// Rows read from the database are parsed with zod here and turned into domain records
// (camelCase, ISO strings, absent instead of null).
import { z } from 'zod';
import type * as R from './records';

const iso = z.date().transform((d) => d.toISOString());
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const forms = z.enum(['oral-tablet', 'er-tablet', 'xr-injection', 'implant']);

/** `{ [key]: value }` when value is present, else `{}`: keeps optional fields absent, not undefined. */
function present<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value === null || value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

const base = { id: z.string(), clinic_id: z.string(), created_at: iso };
const patientData = { ...base, patient_id: z.string() };
const ids = (r: { id: string; clinic_id: string; created_at: string }) => ({
  id: r.id,
  clinicId: r.clinic_id,
  createdAt: r.created_at,
});
const pids = (r: { id: string; clinic_id: string; patient_id: string; created_at: string }) => ({
  ...ids(r),
  patientId: r.patient_id,
});

const clinicRow = z.object({
  id: z.string(),
  name: z.string(),
  time_zone: z.string(),
  created_at: iso,
});
/** Parses a `clinics` row. */
export const toClinic = (raw: unknown): R.Clinic => {
  const r = clinicRow.parse(raw);
  return { id: r.id, name: r.name, timeZone: r.time_zone, createdAt: r.created_at };
};

const userRow = z.object({
  ...base,
  email: z.string(),
  display_name: z.string(),
  role: z.enum(['admin', 'clinician', 'patient']),
  patient_id: z.string().nullable(),
  password_hash: z.string(),
  active: z.boolean(),
});
/** Parses a `users` row. */
export const toUser = (raw: unknown): R.User => {
  const r = userRow.parse(raw);
  return {
    ...ids(r),
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    ...present('patientId', r.patient_id),
    passwordHash: r.password_hash,
    active: r.active,
  };
};

const patientRow = z.object({
  ...base,
  mrn: z.string().nullable(),
  given_name: z.string(),
  family_name: z.string(),
  birth_date: day.nullable(),
  sex: z.enum(['female', 'male', 'other', 'unknown']).nullable(),
  time_zone: z.string(),
  weight_kg: z.number().nullable(),
  active: z.boolean(),
});
/** Parses a `patients` row. */
export const toPatient = (raw: unknown): R.Patient => {
  const r = patientRow.parse(raw);
  return {
    ...ids(r),
    ...present('mrn', r.mrn),
    givenName: r.given_name,
    familyName: r.family_name,
    ...present('birthDate', r.birth_date),
    ...present('sex', r.sex),
    timeZone: r.time_zone,
    ...present('weightKg', r.weight_kg),
    active: r.active,
  };
};

const planRow = z.object({
  ...patientData,
  indication: z.enum([
    'alcohol-use-disorder',
    'opioid-use-disorder',
    'low-dose-naltrexone',
    'obesity',
  ]),
  form: forms,
  regimen: z.enum(['daily', 'three-times-weekly', 'every-4-weeks', 'targeted', 'custom']),
  dose_mg: z.number(),
  interval_hours: z.number().nullable(),
  goal: z.enum(['abstinence', 'moderation']),
  start_date: day,
  stop_date: day.nullable(),
});
/** Parses a `treatment_plans` row. */
export const toTreatmentPlan = (raw: unknown): R.TreatmentPlan => {
  const r = planRow.parse(raw);
  return {
    ...pids(r),
    indication: r.indication,
    form: r.form,
    regimen: r.regimen,
    doseMg: r.dose_mg,
    ...present('intervalHours', r.interval_hours),
    goal: r.goal,
    startDate: r.start_date,
    ...present('stopDate', r.stop_date),
  };
};

const doseRow = z.object({
  ...patientData,
  plan_id: z.string().nullable(),
  status: z.enum(['taken', 'missed', 'late']),
  at: iso,
  amount_mg: z.number(),
  form: forms,
  injection_site: z.enum(['left-gluteal', 'right-gluteal']).nullable(),
  lot: z.string().nullable(),
  site_reaction: z.enum(['none', 'mild', 'moderate', 'severe']).nullable(),
  recorded_by: z.string().nullable(),
});
/** Parses a `dose_events` row. */
export const toDoseEvent = (raw: unknown): R.DoseEvent => {
  const r = doseRow.parse(raw);
  return {
    ...pids(r),
    ...present('planId', r.plan_id),
    status: r.status,
    at: r.at,
    amountMg: r.amount_mg,
    form: r.form,
    ...present('injectionSite', r.injection_site),
    ...present('lot', r.lot),
    ...present('siteReaction', r.site_reaction),
    ...present('recordedBy', r.recorded_by),
  };
};

const diaryRow = z.object({
  ...patientData,
  entry_date: day,
  standard_drinks: z.number(),
  heavy_drinking_day: z.boolean(),
  sinclair_dose_at: iso.nullable(),
  first_drink_at: iso.nullable(),
  note: z.string().nullable(),
});
/** Parses a `diary_entries` row. */
export const toDiaryEntry = (raw: unknown): R.DiaryEntry => {
  const r = diaryRow.parse(raw);
  return {
    ...pids(r),
    date: r.entry_date,
    standardDrinks: r.standard_drinks,
    heavyDrinkingDay: r.heavy_drinking_day,
    ...present('sinclairDoseAt', r.sinclair_dose_at),
    ...present('firstDrinkAt', r.first_drink_at),
    ...present('note', r.note),
  };
};

const cravingRow = z.object({ ...patientData, at: iso, score: z.number().int() });
/** Parses a `cravings` row. */
export const toCraving = (raw: unknown): R.Craving => {
  const r = cravingRow.parse(raw);
  return { ...pids(r), at: r.at, score: r.score };
};

const questionnaireRow = z.object({
  ...patientData,
  instrument: z.enum(['phq-9', 'audit-c', 'cows', 'pacs']),
  at: iso,
  total: z.number().int(),
  answers: z.array(z.number().int()),
});
/** Parses a `questionnaires` row joined with its answers (`answers` as a JSON array in item order). */
export const toQuestionnaire = (raw: unknown): R.QuestionnaireResponse => {
  const r = questionnaireRow.parse(raw);
  return { ...pids(r), instrument: r.instrument, at: r.at, answers: r.answers, total: r.total };
};

const labRow = z.object({
  ...patientData,
  test: z.enum(['alt', 'ast', 'ggt', 'bilirubin']),
  value: z.number(),
  unit: z.string(),
  upper_limit_normal: z.number(),
  collected_at: iso,
});
/** Parses a `lab_results` row. */
export const toLabResult = (raw: unknown): R.LabResult => {
  const r = labRow.parse(raw);
  return {
    ...pids(r),
    test: r.test,
    value: r.value,
    unit: r.unit,
    upperLimitNormal: r.upper_limit_normal,
    collectedAt: r.collected_at,
  };
};

const opioidRow = z.object({
  ...patientData,
  opioid: z.enum([
    'short-acting',
    'long-acting',
    'fentanyl',
    'buprenorphine',
    'methadone',
    'unknown',
  ]),
  last_use_at: iso,
  reported_at: iso,
});
/** Parses an `opioid_use_reports` row. */
export const toOpioidUseReport = (raw: unknown): R.OpioidUseReport => {
  const r = opioidRow.parse(raw);
  return { ...pids(r), opioid: r.opioid, lastUseAt: r.last_use_at, reportedAt: r.reported_at };
};

/** Result per analyte of a urine drug screen (also used to check input). */
export const udsResults = z.partialRecord(
  z.enum(['opiates', 'fentanyl', 'buprenorphine', 'methadone', 'oxycodone', 'other-opioid']),
  z.enum(['positive', 'negative']),
);
const udsRow = z.object({ ...patientData, collected_at: iso, results: udsResults });
/** Parses a `urine_drug_screens` row. */
export const toUrineDrugScreen = (raw: unknown): R.UrineDrugScreen => {
  const r = udsRow.parse(raw);
  return { ...pids(r), collectedAt: r.collected_at, results: r.results };
};

const appointmentRow = z.object({
  ...patientData,
  kind: z.enum(['injection', 'visit', 'lab', 'telehealth']),
  due_at: iso,
  status: z.enum(['scheduled', 'done', 'missed', 'cancelled']),
});
/** Parses an `appointments` row. */
export const toAppointment = (raw: unknown): R.Appointment => {
  const r = appointmentRow.parse(raw);
  return { ...pids(r), kind: r.kind, dueAt: r.due_at, status: r.status };
};

const kitRow = z.object({
  ...patientData,
  status: z.enum(['has-kit', 'no-kit', 'expired', 'used']),
  expires_on: day.nullable(),
  recorded_at: iso,
});
/** Parses a `naloxone_kits` row. */
export const toNaloxoneKit = (raw: unknown): R.NaloxoneKit => {
  const r = kitRow.parse(raw);
  return {
    ...pids(r),
    status: r.status,
    ...present('expiresOn', r.expires_on),
    recordedAt: r.recorded_at,
  };
};

const noteRow = z.object({
  ...patientData,
  author_user_id: z.string().nullable(),
  at: iso,
  text: z.string(),
});
/** Parses a `notes` row. */
export const toNote = (raw: unknown): R.Note => {
  const r = noteRow.parse(raw);
  return { ...pids(r), ...present('authorUserId', r.author_user_id), at: r.at, text: r.text };
};

const auditRow = z.object({
  id: z.string(),
  clinic_id: z.string(),
  at: iso,
  actor_user_id: z.string().nullable(),
  actor_role: z.enum(['admin', 'clinician', 'patient', 'system', 'anonymous']),
  action: z.string(),
  patient_id: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'not-found', 'invalid', 'error']),
});
/** Parses an `audit_events` row. */
export const toAuditEvent = (raw: unknown): R.AuditEvent => {
  const r = auditRow.parse(raw);
  return {
    id: r.id,
    clinicId: r.clinic_id,
    at: r.at,
    ...present('actorUserId', r.actor_user_id),
    actorRole: r.actor_role,
    action: r.action,
    ...present('patientId', r.patient_id),
    outcome: r.outcome,
  };
};

const sessionRow = z.object({
  id: z.string(),
  clinic_id: z.string(),
  user_id: z.string(),
  created_at: iso,
  expires_at: iso,
  revoked_at: iso.nullable(),
});
/** Parses a `sessions` row. */
export const toSession = (raw: unknown): R.Session => {
  const r = sessionRow.parse(raw);
  return {
    id: r.id,
    clinicId: r.clinic_id,
    userId: r.user_id,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    ...present('revokedAt', r.revoked_at),
  };
};
