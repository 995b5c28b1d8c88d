// Kysely table types for the schema in migrations/. Reads are still parsed with zod (rows.ts).
import type { ColumnType, Generated } from 'kysely';

/** timestamptz: read as Date, written as ISO string or Date. */
type Ts = ColumnType<Date, string | Date, string | Date>;
type TsNullable = ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
type CreatedAt = ColumnType<Date, string | Date | undefined, never>;
type Id = ColumnType<string, string | undefined, never>;
/** date: read as `YYYY-MM-DD` (type parser set in open-store.ts). */
type Day = string;
type Opt<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface ClinicsTable {
  id: Id;
  name: string;
  time_zone: string;
  created_at: CreatedAt;
}
export interface PatientsTable {
  id: Id;
  clinic_id: string;
  mrn: Opt<string>;
  given_name: string;
  family_name: string;
  birth_date: Opt<Day>;
  sex: Opt<string>;
  time_zone: string;
  weight_kg: Opt<number>;
  active: Generated<boolean>;
  created_at: CreatedAt;
}
export interface UsersTable {
  id: Id;
  clinic_id: string;
  email: string;
  display_name: string;
  role: string;
  patient_id: Opt<string>;
  password_hash: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
}
interface PatientData {
  id: Id;
  clinic_id: string;
  patient_id: string;
  created_at: CreatedAt;
}
export interface TreatmentPlansTable extends PatientData {
  indication: string;
  form: string;
  regimen: string;
  dose_mg: number;
  interval_hours: Opt<number>;
  goal: string;
  start_date: Day;
  stop_date: Opt<Day>;
}
export interface DoseEventsTable extends PatientData {
  plan_id: Opt<string>;
  status: string;
  at: Ts;
  amount_mg: number;
  form: string;
  injection_site: Opt<string>;
  lot: Opt<string>;
  site_reaction: Opt<string>;
  recorded_by: Opt<string>;
}
export interface DiaryEntriesTable extends PatientData {
  entry_date: Day;
  standard_drinks: number;
  heavy_drinking_day: boolean;
  sinclair_dose_at: TsNullable;
  first_drink_at: TsNullable;
  note: Opt<string>;
}
export interface CravingsTable extends PatientData {
  at: Ts;
  score: number;
}
export interface QuestionnairesTable extends PatientData {
  instrument: string;
  at: Ts;
  total: number;
}
export interface QuestionnaireItemsTable {
  clinic_id: string;
  questionnaire_id: string;
  instrument: string;
  item_number: number;
  answer: number;
}
export interface LabResultsTable extends PatientData {
  test: string;
  value: number;
  unit: string;
  upper_limit_normal: number;
  collected_at: Ts;
}
export interface OpioidUseReportsTable extends PatientData {
  opioid: string;
  last_use_at: Ts;
  reported_at: Ts;
}
export interface UrineDrugScreensTable extends PatientData {
  collected_at: Ts;
  results: ColumnType<unknown, string, string>;
}
export interface AppointmentsTable extends PatientData {
  kind: string;
  due_at: Ts;
  status: string;
}
export interface NaloxoneKitsTable extends PatientData {
  status: string;
  expires_on: Opt<Day>;
  recorded_at: Ts;
}
export interface NotesTable extends PatientData {
  author_user_id: Opt<string>;
  at: Ts;
  text: string;
}
export interface AuditEventsTable {
  id: Id;
  clinic_id: string;
  at: Ts;
  actor_user_id: Opt<string>;
  actor_role: string;
  action: string;
  patient_id: Opt<string>;
  outcome: string;
}
export interface SessionsTable {
  id: Id;
  clinic_id: string;
  user_id: string;
  created_at: Ts;
  expires_at: Ts;
  revoked_at: TsNullable;
}
export interface LoginAttemptsTable {
  id: Id;
  key: string;
  at: Ts;
  success: boolean;
}
export interface SettingsTable {
  key: string;
  value: string;
}

/** The whole database, for `Kysely<Database>`. */
export interface Database {
  clinics: ClinicsTable;
  patients: PatientsTable;
  users: UsersTable;
  treatment_plans: TreatmentPlansTable;
  dose_events: DoseEventsTable;
  diary_entries: DiaryEntriesTable;
  cravings: CravingsTable;
  questionnaires: QuestionnairesTable;
  questionnaire_items: QuestionnaireItemsTable;
  lab_results: LabResultsTable;
  opioid_use_reports: OpioidUseReportsTable;
  urine_drug_screens: UrineDrugScreensTable;
  appointments: AppointmentsTable;
  naloxone_kits: NaloxoneKitsTable;
  notes: NotesTable;
  audit_events: AuditEventsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  settings: SettingsTable;
}
