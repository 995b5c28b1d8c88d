// The treatment records as the FHIR mappers see them. These mirror @blockade/store's records
// (which this package may not import: the store depends on us) without `clinicId`/`createdAt`;
// the store's `PatientHistory` is assignable to `PatientRecord`.

/** Patient demographics. */
export interface PatientRec {
  readonly id: string;
  readonly mrn?: string;
  readonly givenName: string;
  readonly familyName: string;
  /** `YYYY-MM-DD`. */
  readonly birthDate?: string;
  readonly sex?: 'female' | 'male' | 'other' | 'unknown';
  /** IANA zone. */
  readonly timeZone: string;
  readonly weightKg?: number;
  readonly active: boolean;
}

/** Dose form (the engine's `DoseForm`). */
export type FormRec = 'oral-tablet' | 'er-tablet' | 'xr-injection' | 'implant';

/** Treatment plan. */
export interface PlanRec {
  readonly id: string;
  readonly indication:
    'alcohol-use-disorder' | 'opioid-use-disorder' | 'low-dose-naltrexone' | 'obesity';
  readonly form: FormRec;
  readonly regimen: 'daily' | 'three-times-weekly' | 'every-4-weeks' | 'targeted' | 'custom';
  readonly doseMg: number;
  readonly intervalHours?: number;
  readonly goal: 'abstinence' | 'moderation';
  readonly startDate: string;
  readonly stopDate?: string;
}

/** Dose taken, late or missed. */
export interface DoseRec {
  readonly id: string;
  readonly planId?: string;
  readonly status: 'taken' | 'missed' | 'late';
  readonly at: string;
  readonly amountMg: number;
  readonly form: FormRec;
  readonly injectionSite?: 'left-gluteal' | 'right-gluteal';
  readonly lot?: string;
  readonly siteReaction?: 'none' | 'mild' | 'moderate' | 'severe';
}

/** One drinking-diary day. */
export interface DiaryRec {
  readonly id: string;
  readonly date: string;
  readonly standardDrinks: number;
  readonly heavyDrinkingDay: boolean;
  readonly sinclairDoseAt?: string;
  readonly firstDrinkAt?: string;
  readonly note?: string;
}

/** Craving rating 0-10. */
export interface CravingRec {
  readonly id: string;
  readonly at: string;
  readonly score: number;
}

/** Supported questionnaires. */
export type InstrumentRec = 'phq-9' | 'audit-c' | 'cows' | 'pacs';

/** Completed questionnaire. */
export interface QuestionnaireRec {
  readonly id: string;
  readonly instrument: InstrumentRec;
  readonly at: string;
  readonly answers: readonly number[];
}

/** Liver test result. */
export interface LabRec {
  readonly id: string;
  readonly test: 'alt' | 'ast' | 'ggt' | 'bilirubin';
  readonly value: number;
  readonly unit: string;
  readonly upperLimitNormal: number;
  readonly collectedAt: string;
}

/** Opioid kinds. */
export type OpioidRec =
  'short-acting' | 'long-acting' | 'fentanyl' | 'buprenorphine' | 'methadone' | 'unknown';

/** Report of opioid use. */
export interface OpioidUseRec {
  readonly id: string;
  readonly opioid: OpioidRec;
  readonly lastUseAt: string;
  readonly reportedAt: string;
}

/** Urine drug screen analytes. */
export type AnalyteRec =
  'opiates' | 'fentanyl' | 'buprenorphine' | 'methadone' | 'oxycodone' | 'other-opioid';

/** Urine drug screen. */
export interface DrugScreenRec {
  readonly id: string;
  readonly collectedAt: string;
  readonly results: Readonly<Partial<Record<AnalyteRec, 'positive' | 'negative'>>>;
}

/** Appointment or due date. */
export interface AppointmentRec {
  readonly id: string;
  readonly kind: 'injection' | 'visit' | 'lab' | 'telehealth';
  readonly dueAt: string;
  readonly status: 'scheduled' | 'done' | 'missed' | 'cancelled';
}

/** Naloxone kit status. */
export interface NaloxoneKitRec {
  readonly id: string;
  readonly status: 'has-kit' | 'no-kit' | 'expired' | 'used';
  readonly expiresOn?: string;
  readonly recordedAt: string;
}

/** Free-text note (PHI). */
export interface NoteRec {
  readonly id: string;
  readonly at: string;
  readonly text: string;
}

/** A patient's whole record, every list oldest first (the store's `PatientHistory` fits). */
export interface PatientRecord {
  readonly patient: PatientRec;
  readonly plans: readonly PlanRec[];
  readonly doses: readonly DoseRec[];
  readonly diary: readonly DiaryRec[];
  readonly cravings: readonly CravingRec[];
  readonly questionnaires: readonly QuestionnaireRec[];
  readonly labs: readonly LabRec[];
  readonly opioidUse: readonly OpioidUseRec[];
  readonly urineDrugScreens: readonly DrugScreenRec[];
  readonly appointments: readonly AppointmentRec[];
  readonly naloxoneKits: readonly NaloxoneKitRec[];
  readonly notes: readonly NoteRec[];
}
