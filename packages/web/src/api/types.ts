// Shapes of the REST API (issue 5, "HTTP"). Kept tolerant: optional where the server may omit a field.
// The web app reads these; it never imports server code.

/** Role of a signed-in user. */
export type Role = 'admin' | 'clinician' | 'patient';

/** GET /api/me. */
export interface Me {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly clinicId?: string;
  readonly displayName?: string;
  /** Set for patient users: the one patient record they may see. */
  readonly patientId?: string;
}

/**
 * A patient with the active treatment plan folded in (built by `normalizePatient` from
 * GET /api/patients/{id}, which returns the patient and its `plans`).
 */
export interface PatientDto {
  readonly id: string;
  readonly clinicId?: string;
  readonly displayName: string;
  readonly planId?: string;
  /** Plan regimen code, e.g. `daily`, `every-4-weeks`, `targeted`. */
  readonly regimen?: string;
  readonly birthDate?: string;
  readonly timeZone?: string;
  readonly weightKg?: number;
  readonly indication: 'alcohol-use-disorder' | 'opioid-use-disorder' | 'ldn' | 'obesity';
  readonly form: DoseFormName;
  readonly doseMg: number;
  readonly intervalHours: number;
  readonly goal?: 'abstinence' | 'moderation';
  readonly startDate: string;
  readonly naloxoneKit?: string;
  /** False when the patient has no plan yet (form, dose and interval are then placeholders). */
  readonly hasPlan: boolean;
}

/** Dose forms (the engine's vocabulary). */
export type DoseFormName = 'oral-tablet' | 'er-tablet' | 'xr-injection' | 'implant';

/** Fields every stored record carries. */
export interface Stored {
  readonly id: string;
  readonly patientId?: string;
  readonly recordedAt?: string;
  readonly recordedBy?: string;
}

/** POST body of /doses: taken, missed or late; for the depot an injection with its site. */
export interface DoseInput {
  readonly at: string;
  readonly status: 'taken' | 'missed' | 'late';
  readonly form: DoseFormName;
  readonly amountMg: number;
  readonly injectionSite?: 'left-gluteal' | 'right-gluteal';
  readonly lot?: string;
  readonly siteReaction?: 'none' | 'mild' | 'moderate' | 'severe';
}
/** A stored dose event. */
export type DoseRecord = DoseInput & Stored;

/** POST body of /diary: one drinking-diary day (Sinclair: dose time and first drink). */
export interface DiaryInput {
  readonly date: string;
  readonly standardDrinks: number;
  readonly heavyDrinkingDay?: boolean;
  readonly sinclairDoseAt?: string;
  readonly firstDrinkAt?: string;
  readonly note?: string;
}
/** A stored diary day. */
export type DiaryRecord = DiaryInput & Stored;

/** POST body of /cravings (0-10). */
export interface CravingInput {
  readonly at: string;
  readonly score: number;
}
/** A stored craving rating. */
export type CravingRecord = CravingInput & Stored;

/** Questionnaire instruments. */
export type Instrument = 'phq-9' | 'audit-c' | 'cows' | 'pacs';

/** POST body of /questionnaires. */
export interface QuestionnaireInput {
  readonly instrument: Instrument;
  readonly at: string;
  readonly answers: readonly number[];
}
/** A stored questionnaire with the server's score. */
export type QuestionnaireRecord = QuestionnaireInput &
  Stored & {
    readonly total?: number;
    readonly score?: { readonly total?: number; readonly band?: { readonly label?: string } };
  };

/** POST body of /labs: a liver test with its upper limit of normal. */
export interface LabInput {
  readonly collectedAt: string;
  readonly test: 'alt' | 'ast' | 'ggt' | 'bilirubin';
  readonly value: number;
  readonly unit: 'U/L' | 'mg/dL' | 'umol/L';
  readonly upperLimitNormal: number;
}
/** A stored lab result. */
export type LabRecord = LabInput & Stored;

/** POST body of /notes. */
export interface NoteInput {
  readonly at?: string;
  readonly text: string;
}
/** A stored note. */
export type NoteRecord = NoteInput & Stored;

/** A stored appointment. */
export interface AppointmentRecord extends Stored {
  readonly dueAt: string;
  readonly kind: 'injection' | 'visit' | 'lab';
  readonly status?: 'scheduled' | 'done' | 'cancelled';
}

/** Record kinds with their stored shapes (GET/POST /api/patients/{id}/<kind>). */
export interface RecordKinds {
  readonly doses: DoseRecord;
  readonly diary: DiaryRecord;
  readonly cravings: CravingRecord;
  readonly questionnaires: QuestionnaireRecord;
  readonly labs: LabRecord;
  readonly notes: NoteRecord;
  readonly appointments: AppointmentRecord;
}

/** One time point of an estimated curve from GET /api/patients/{id}/blockade. */
export interface BlockadePointDto {
  readonly at: string;
  readonly naltrexoneNgPerMl: number;
  readonly naltrexolNgPerMl: number;
  readonly muOccupancy: number;
  readonly muOccupancyP5?: number;
  readonly muOccupancyP95?: number;
}

/** GET /api/patients/{id}/blockade (normalised by the client). */
export interface BlockadeDto {
  readonly now: string;
  readonly points: readonly BlockadePointDto[];
  readonly note?: string;
}

/** A decision-support card (CDS Hooks shape). */
export interface CardDto {
  readonly summary: string;
  readonly detail?: string;
  readonly indicator: 'info' | 'warning' | 'critical';
  readonly source?: { readonly label: string; readonly url?: string };
  readonly sources?: readonly { readonly label: string; readonly url?: string }[];
}

/** One row of GET /api/clinic/coverage. */
export interface CoverageRow {
  readonly patientId: string;
  readonly name: string;
  readonly riskScore: number;
  readonly reasons: readonly string[];
  readonly muOccupancyNow?: number;
  readonly nextInjectionDue?: string;
}

/** GET /api/patients/{id}/outcomes (last 12 weeks). */
export interface OutcomesDto {
  readonly fromDate?: string;
  readonly toDate?: string;
  /** Adherence: share of days covered by a dose, 0-1 (null without a plan). */
  readonly proportionDaysCovered?: number | null;
  readonly missedDoses?: number;
  readonly diaryDays?: number;
  readonly drinksPerWeek?: number | null;
  readonly heavyDrinkingDays?: number;
  readonly cravingSlopePerWeek?: number | null;
}
