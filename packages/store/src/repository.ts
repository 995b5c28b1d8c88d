// The storage contract. Every method that touches patient data takes the clinic id and never reads or
// writes another clinic's rows: an id from another clinic behaves exactly like an unknown id.
// Unknown or malformed ids read as `undefined` / empty lists. Database constraint violations throw
// `StoreError` (see errors.ts) and store nothing. Implementations: `openStore` (PGlite or PostgreSQL).
import type {
  AppointmentStatus,
  Appointment,
  AuditEvent,
  Clinic,
  Craving,
  DiaryEntry,
  DoseEvent,
  Instrument,
  LabResult,
  NaloxoneKit,
  Note,
  OpioidUseReport,
  Patient,
  PatientHistory,
  QuestionnaireResponse,
  Role,
  Session,
  Sex,
  TreatmentPlan,
  UrineDrugScreen,
  User,
} from './records';
import type { CdsRepository } from './cds-records';

export * from './records';
export * from './cds-records';

/** Input for a new record: the record without `createdAt` (set by the store); `id` optional. */
export type NewRecord<T, Derived extends keyof T = never> = Omit<
  T,
  'id' | 'createdAt' | Derived
> & {
  readonly id?: string;
};

export type NewClinic = NewRecord<Clinic>;
/** `active` defaults to true. */
export type NewUser = NewRecord<User, 'active'> & { readonly active?: boolean };
/** `active` defaults to true. */
export type NewPatient = NewRecord<Patient, 'active'> & { readonly active?: boolean };
export type NewTreatmentPlan = NewRecord<TreatmentPlan>;
export type NewDoseEvent = NewRecord<DoseEvent>;
export type NewDiaryEntry = NewRecord<DiaryEntry>;
export type NewCraving = NewRecord<Craving>;
/** `total` is computed by the store. */
export type NewQuestionnaireResponse = NewRecord<QuestionnaireResponse, 'total'>;
export type NewLabResult = NewRecord<LabResult>;
export type NewOpioidUseReport = NewRecord<OpioidUseReport>;
export type NewUrineDrugScreen = NewRecord<UrineDrugScreen>;
export type NewAppointment = NewRecord<Appointment>;
export type NewNaloxoneKit = NewRecord<NaloxoneKit>;
export type NewNote = NewRecord<Note>;
export type NewAuditEvent = NewRecord<AuditEvent>;
/** Sessions carry no `createdAt` default: the caller's clock decides. */
export type NewSession = Omit<Session, 'id' | 'revokedAt'> & { readonly id?: string };

/** Changes to a user; `patientId: null` unlinks. */
export interface UserPatch {
  readonly displayName?: string;
  readonly role?: Role;
  readonly patientId?: string | null;
  readonly passwordHash?: string;
  readonly active?: boolean;
}

/** Changes to a patient; `null` clears an optional field. */
export interface PatientPatch {
  readonly mrn?: string | null;
  readonly givenName?: string;
  readonly familyName?: string;
  readonly birthDate?: string | null;
  readonly sex?: Sex | null;
  readonly timeZone?: string;
  readonly weightKg?: number | null;
  readonly active?: boolean;
}

/** A UTC time window: `from` inclusive, `to` exclusive (ISO strings); either side open when absent. */
export interface TimeRange {
  readonly from?: string;
  readonly to?: string;
}

/** A calendar window: both ends inclusive (`YYYY-MM-DD`). */
export interface DateRange {
  readonly fromDate?: string;
  readonly toDate?: string;
}

/** What an audit action (`diary.create`) or action group (`diary`) looks like: dotted lower-case words. */
export const auditActionPattern = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * Audit query: time window plus optional patient and action; newest first, `limit` default 1000
 * (max 10000). `action` matches the action itself (`diary.create`) or a group (`diary` matches
 * every `diary.*` action).
 */
export interface AuditQuery extends TimeRange {
  readonly patientId?: string;
  readonly action?: string;
  readonly limit?: number;
}

/** Appointment query: window on `dueAt`, optional patient and status; soonest first. */
export interface AppointmentQuery extends TimeRange {
  readonly patientId?: string;
  readonly status?: AppointmentStatus;
}

/** A login attempt, keyed by e.g. `account:<email>` or `address:<ip>` (throttling). */
export interface LoginAttempt {
  readonly key: string;
  readonly at: string;
  readonly success: boolean;
}

/** The treatment-records store. Lists are oldest first unless stated. */
export interface Repository extends CdsRepository {
  /** Which database is behind this store. */
  readonly backend: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: all its writes commit together or none do (any throw rolls back).
   * Inside, use only the `tx` repository. Nested calls join the outer transaction.
   */
  transaction<T>(work: (tx: Repository) => Promise<T>): Promise<T>;
  /** Closes the database and releases the PGlite data-directory lock. Idempotent. */
  close(): Promise<void>;

  createClinic(input: NewClinic): Promise<Clinic>;
  getClinic(clinicId: string): Promise<Clinic | undefined>;
  listClinics(): Promise<readonly Clinic[]>;

  createUser(input: NewUser): Promise<User>;
  getUser(clinicId: string, userId: string): Promise<User | undefined>;
  /** Not clinic-scoped: for resolving a session or token to its user. */
  findUserById(userId: string): Promise<User | undefined>;
  /** Not clinic-scoped (login does not know the clinic); case-insensitive. */
  findUserByEmail(email: string): Promise<User | undefined>;
  listUsers(clinicId: string): Promise<readonly User[]>;
  updateUser(clinicId: string, userId: string, patch: UserPatch): Promise<User | undefined>;

  createPatient(input: NewPatient): Promise<Patient>;
  getPatient(clinicId: string, patientId: string): Promise<Patient | undefined>;
  /** Sorted by family name, given name. */
  listPatients(clinicId: string): Promise<readonly Patient[]>;
  updatePatient(
    clinicId: string,
    patientId: string,
    patch: PatientPatch,
  ): Promise<Patient | undefined>;

  createTreatmentPlan(input: NewTreatmentPlan): Promise<TreatmentPlan>;
  listTreatmentPlans(clinicId: string, patientId: string): Promise<readonly TreatmentPlan[]>;
  stopTreatmentPlan(
    clinicId: string,
    planId: string,
    stopDate: string,
  ): Promise<TreatmentPlan | undefined>;

  addDoseEvent(input: NewDoseEvent): Promise<DoseEvent>;
  /** All or nothing, in one transaction. */
  addDoseEvents(inputs: readonly NewDoseEvent[]): Promise<readonly DoseEvent[]>;
  listDoseEvents(
    clinicId: string,
    patientId: string,
    range?: TimeRange,
  ): Promise<readonly DoseEvent[]>;

  /** Inserts or replaces the patient's entry for that date (keeps the existing id). */
  saveDiaryEntry(input: NewDiaryEntry): Promise<DiaryEntry>;
  /** All or nothing, in one transaction. */
  saveDiaryEntries(inputs: readonly NewDiaryEntry[]): Promise<readonly DiaryEntry[]>;
  listDiaryEntries(
    clinicId: string,
    patientId: string,
    range?: DateRange,
  ): Promise<readonly DiaryEntry[]>;

  addCraving(input: NewCraving): Promise<Craving>;
  listCravings(clinicId: string, patientId: string, range?: TimeRange): Promise<readonly Craving[]>;

  /** Questionnaire and its item rows in one transaction; wrong item count or range: `invalid`. */
  addQuestionnaire(input: NewQuestionnaireResponse): Promise<QuestionnaireResponse>;
  listQuestionnaires(
    clinicId: string,
    patientId: string,
    options?: TimeRange & { readonly instrument?: Instrument },
  ): Promise<readonly QuestionnaireResponse[]>;

  addLabResult(input: NewLabResult): Promise<LabResult>;
  listLabResults(
    clinicId: string,
    patientId: string,
    range?: TimeRange,
  ): Promise<readonly LabResult[]>;

  addOpioidUseReport(input: NewOpioidUseReport): Promise<OpioidUseReport>;
  listOpioidUseReports(clinicId: string, patientId: string): Promise<readonly OpioidUseReport[]>;
  addUrineDrugScreen(input: NewUrineDrugScreen): Promise<UrineDrugScreen>;
  listUrineDrugScreens(clinicId: string, patientId: string): Promise<readonly UrineDrugScreen[]>;

  createAppointment(input: NewAppointment): Promise<Appointment>;
  updateAppointmentStatus(
    clinicId: string,
    appointmentId: string,
    status: AppointmentStatus,
  ): Promise<Appointment | undefined>;
  listAppointments(clinicId: string, query?: AppointmentQuery): Promise<readonly Appointment[]>;

  recordNaloxoneKit(input: NewNaloxoneKit): Promise<NaloxoneKit>;
  listNaloxoneKits(clinicId: string, patientId: string): Promise<readonly NaloxoneKit[]>;

  addNote(input: NewNote): Promise<Note>;
  listNotes(clinicId: string, patientId: string): Promise<readonly Note[]>;

  /** The patient and all their records (times within `range` when given); undefined if unknown. */
  getPatientHistory(
    clinicId: string,
    patientId: string,
    range?: TimeRange,
  ): Promise<PatientHistory | undefined>;

  /** Appends an audit event; the database refuses updates and deletes of audit rows. */
  appendAuditEvent(input: NewAuditEvent): Promise<AuditEvent>;
  /** The clinic's audit events in the window, newest first. */
  listAuditEvents(clinicId: string, query?: AuditQuery): Promise<readonly AuditEvent[]>;

  createSession(input: NewSession): Promise<Session>;
  getSession(sessionId: string): Promise<Session | undefined>;
  revokeSession(sessionId: string, at: string): Promise<void>;
  recordLoginAttempt(attempt: LoginAttempt): Promise<void>;
  /** Failed attempts for `key` at or after `since` (ISO). */
  countFailedLoginAttempts(key: string, since: string): Promise<number>;

  /** A stored server setting (e.g. a generated session secret), or undefined. */
  getSetting(key: string): Promise<string | undefined>;
  /** Stores `value` unless the key exists; returns the value now stored (race-safe). */
  setSettingIfAbsent(key: string, value: string): Promise<string>;
}
