// Migration 0001: the whole first schema. Plain SQL, identical on PGlite and PostgreSQL 15+.
// Every patient-data table carries clinic_id and references patients by (clinic_id, id), so a row
// can never point at another clinic's patient; every query filters on clinic_id first.
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

const enumCheck = (column: string, values: readonly string[]): string =>
  `CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`;

const forms = ['oral-tablet', 'er-tablet', 'xr-injection', 'implant'];
const tz = (column: string): string => `CHECK (blockade_is_valid_time_zone(${column}))`;
/** The patient reference every patient-data table carries. */
const patientRef = `clinic_id uuid NOT NULL,
  patient_id uuid NOT NULL,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)`;

const statements: readonly string[] = [
  `CREATE FUNCTION blockade_is_valid_time_zone(tz text) RETURNS boolean
   LANGUAGE plpgsql IMMUTABLE AS $$
   BEGIN
     IF tz IS NULL OR tz !~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$' THEN
       RETURN false;
     END IF;
     PERFORM now() AT TIME ZONE tz;
     RETURN true;
   EXCEPTION WHEN OTHERS THEN
     RETURN false;
   END $$`,
  `CREATE TABLE clinics (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    time_zone text NOT NULL ${tz('time_zone')},
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE patients (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    mrn text CHECK (length(mrn) BETWEEN 1 AND 64),
    given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200),
    family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
    birth_date date CHECK (birth_date >= DATE '1900-01-01'),
    sex text ${enumCheck('sex', ['female', 'male', 'other', 'unknown'])},
    time_zone text NOT NULL ${tz('time_zone')},
    weight_kg double precision CHECK (weight_kg > 0 AND weight_kg < 700),
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, id),
    UNIQUE (clinic_id, mrn)
  )`,
  `CREATE INDEX patients_clinic_name_idx ON patients (clinic_id, family_name, given_name)`,
  `CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    email text NOT NULL UNIQUE
      CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 320 AND position('@' IN email) > 1),
    display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    role text NOT NULL ${enumCheck('role', ['admin', 'clinician', 'patient'])},
    patient_id uuid,
    password_hash text NOT NULL CHECK (length(password_hash) BETWEEN 1 AND 1000),
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, id),
    CONSTRAINT users_patient_link_check CHECK ((role = 'patient') = (patient_id IS NOT NULL)),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id)
  )`,
  `CREATE TABLE treatment_plans (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    indication text NOT NULL ${enumCheck('indication', ['alcohol-use-disorder', 'opioid-use-disorder', 'low-dose-naltrexone', 'obesity'])},
    form text NOT NULL ${enumCheck('form', forms)},
    regimen text NOT NULL ${enumCheck('regimen', ['daily', 'three-times-weekly', 'every-4-weeks', 'targeted', 'custom'])},
    dose_mg double precision NOT NULL CHECK (dose_mg > 0 AND dose_mg <= 5000),
    interval_hours double precision CHECK (interval_hours > 0 AND interval_hours <= 8760),
    goal text NOT NULL ${enumCheck('goal', ['abstinence', 'moderation'])},
    start_date date NOT NULL,
    stop_date date,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, id),
    CONSTRAINT treatment_plans_dates_check CHECK (stop_date IS NULL OR stop_date >= start_date)
  )`,
  `CREATE INDEX treatment_plans_patient_idx ON treatment_plans (clinic_id, patient_id, start_date)`,
  `CREATE TABLE dose_events (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    plan_id uuid,
    status text NOT NULL ${enumCheck('status', ['taken', 'missed', 'late'])},
    at timestamptz NOT NULL,
    amount_mg double precision NOT NULL CHECK (amount_mg >= 0 AND amount_mg <= 5000),
    form text NOT NULL ${enumCheck('form', forms)},
    injection_site text ${enumCheck('injection_site', ['left-gluteal', 'right-gluteal'])},
    lot text CHECK (length(lot) BETWEEN 1 AND 100),
    site_reaction text ${enumCheck('site_reaction', ['none', 'mild', 'moderate', 'severe'])},
    recorded_by uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (clinic_id, plan_id) REFERENCES treatment_plans (clinic_id, id),
    FOREIGN KEY (clinic_id, recorded_by) REFERENCES users (clinic_id, id),
    CONSTRAINT dose_events_depot_fields_check CHECK (
      form IN ('xr-injection', 'implant') OR (injection_site IS NULL AND site_reaction IS NULL))
  )`,
  `CREATE INDEX dose_events_patient_at_idx ON dose_events (clinic_id, patient_id, at)`,
  `CREATE TABLE diary_entries (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    entry_date date NOT NULL,
    standard_drinks double precision NOT NULL CHECK (standard_drinks >= 0 AND standard_drinks <= 100),
    heavy_drinking_day boolean NOT NULL,
    sinclair_dose_at timestamptz,
    first_drink_at timestamptz,
    note text CHECK (length(note) <= 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT diary_entries_one_per_day UNIQUE (clinic_id, patient_id, entry_date)
  )`,
  `CREATE TABLE cravings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    at timestamptz NOT NULL,
    score smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX cravings_patient_at_idx ON cravings (clinic_id, patient_id, at)`,
  `CREATE TABLE questionnaires (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    instrument text NOT NULL ${enumCheck('instrument', ['phq-9', 'audit-c', 'cows', 'pacs'])},
    at timestamptz NOT NULL,
    total smallint NOT NULL CHECK (total >= 0 AND total <= 66),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, id, instrument)
  )`,
  `CREATE INDEX questionnaires_patient_at_idx ON questionnaires (clinic_id, patient_id, at)`,
  `CREATE TABLE questionnaire_items (
    clinic_id uuid NOT NULL,
    questionnaire_id uuid NOT NULL,
    instrument text NOT NULL,
    item_number smallint NOT NULL,
    answer smallint NOT NULL,
    PRIMARY KEY (questionnaire_id, item_number),
    FOREIGN KEY (clinic_id, questionnaire_id, instrument)
      REFERENCES questionnaires (clinic_id, id, instrument),
    CONSTRAINT questionnaire_items_range_check CHECK (
      (instrument = 'phq-9' AND item_number BETWEEN 1 AND 9 AND answer BETWEEN 0 AND 3) OR
      (instrument = 'audit-c' AND item_number BETWEEN 1 AND 3 AND answer BETWEEN 0 AND 4) OR
      (instrument = 'cows' AND item_number BETWEEN 1 AND 11 AND answer BETWEEN 0 AND 5) OR
      (instrument = 'pacs' AND item_number BETWEEN 1 AND 5 AND answer BETWEEN 0 AND 6))
  )`,
  `CREATE TABLE lab_results (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    test text NOT NULL ${enumCheck('test', ['alt', 'ast', 'ggt', 'bilirubin'])},
    value double precision NOT NULL CHECK (value >= 0 AND value < 100000),
    unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
    upper_limit_normal double precision NOT NULL CHECK (upper_limit_normal > 0),
    collected_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX lab_results_patient_at_idx ON lab_results (clinic_id, patient_id, collected_at)`,
  `CREATE TABLE opioid_use_reports (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    opioid text NOT NULL ${enumCheck('opioid', ['short-acting', 'long-acting', 'fentanyl', 'buprenorphine', 'methadone', 'unknown'])},
    last_use_at timestamptz NOT NULL,
    reported_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX opioid_use_reports_patient_idx ON opioid_use_reports (clinic_id, patient_id, last_use_at)`,
  `CREATE TABLE urine_drug_screens (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    collected_at timestamptz NOT NULL,
    results jsonb NOT NULL CHECK (jsonb_typeof(results) = 'object'),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX urine_drug_screens_patient_idx ON urine_drug_screens (clinic_id, patient_id, collected_at)`,
  `CREATE TABLE appointments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    kind text NOT NULL ${enumCheck('kind', ['injection', 'visit', 'lab', 'telehealth'])},
    due_at timestamptz NOT NULL,
    status text NOT NULL ${enumCheck('status', ['scheduled', 'done', 'missed', 'cancelled'])},
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX appointments_clinic_due_idx ON appointments (clinic_id, due_at)`,
  `CREATE INDEX appointments_patient_due_idx ON appointments (clinic_id, patient_id, due_at)`,
  `CREATE TABLE naloxone_kits (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    status text NOT NULL ${enumCheck('status', ['has-kit', 'no-kit', 'expired', 'used'])},
    expires_on date,
    recorded_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX naloxone_kits_patient_idx ON naloxone_kits (clinic_id, patient_id, recorded_at)`,
  `CREATE TABLE notes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    ${patientRef},
    author_user_id uuid,
    at timestamptz NOT NULL,
    text text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (clinic_id, author_user_id) REFERENCES users (clinic_id, id)
  )`,
  `CREATE INDEX notes_patient_at_idx ON notes (clinic_id, patient_id, at)`,
  `CREATE TABLE audit_events (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    at timestamptz NOT NULL,
    actor_user_id uuid,
    actor_role text NOT NULL ${enumCheck('actor_role', ['admin', 'clinician', 'patient', 'system', 'anonymous'])},
    action text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_.-]{0,99}$'),
    patient_id uuid,
    outcome text NOT NULL ${enumCheck('outcome', ['success', 'denied', 'not-found', 'invalid', 'error'])}
  )`,
  `CREATE INDEX audit_events_clinic_at_idx ON audit_events (clinic_id, at)`,
  `CREATE FUNCTION blockade_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
   END $$`,
  `CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
   FOR EACH ROW EXECUTE FUNCTION blockade_audit_is_append_only()`,
  `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
   FOR EACH STATEMENT EXECUTE FUNCTION blockade_audit_is_append_only()`,
  `CREATE TABLE sessions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id uuid NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    FOREIGN KEY (clinic_id, user_id) REFERENCES users (clinic_id, id),
    CONSTRAINT sessions_expiry_check CHECK (expires_at > created_at)
  )`,
  `CREATE TABLE login_attempts (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key text NOT NULL CHECK (length(key) BETWEEN 1 AND 400),
    at timestamptz NOT NULL,
    success boolean NOT NULL
  )`,
  `CREATE INDEX login_attempts_key_at_idx ON login_attempts (key, at)`,
  `CREATE TABLE settings (
    key text PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),
    value text NOT NULL
  )`,
];

/** The first schema: every table, index, constraint and the append-only audit trigger. */
export const migration0001: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    for (const statement of statements) {
      await sql.raw(statement).execute(db);
    }
  },
  async down(db: Kysely<unknown>): Promise<void> {
    const tables = [
      'settings',
      'login_attempts',
      'sessions',
      'audit_events',
      'notes',
      'naloxone_kits',
      'appointments',
      'urine_drug_screens',
      'opioid_use_reports',
      'lab_results',
      'questionnaire_items',
      'questionnaires',
      'cravings',
      'diary_entries',
      'dose_events',
      'treatment_plans',
      'users',
      'patients',
      'clinics',
    ];
    for (const table of tables) {
      await sql.raw(`DROP TABLE IF EXISTS ${table}`).execute(db);
    }
    await sql.raw('DROP FUNCTION IF EXISTS blockade_audit_is_append_only()').execute(db);
    await sql.raw('DROP FUNCTION IF EXISTS blockade_is_valid_time_zone(text)').execute(db);
  },
};
