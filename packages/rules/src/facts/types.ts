// The plain clinical "facts" model the rules read. It is deliberately FHIR-free: @blockade/fhir maps
// FHIR R4 resources to these types (`bundleToFacts`), and tests build them directly. Dates are
// ISO-8601 strings (a date or a date-time); a missing date means the record did not say.

/** What a medication record is, as far as naltrexone decisions care. */
export type MedicationKind =
  | 'naltrexone-oral'
  | 'naltrexone-xr'
  | 'naltrexone-implant'
  | 'naltrexone-bupropion'
  | 'opioid-short-acting'
  | 'opioid-fentanyl'
  | 'opioid-long-acting'
  | 'opioid-antitussive'
  | 'opioid-antidiarrheal'
  | 'naloxone'
  | 'other';

/** Every opioid agonist kind (the ones that naltrexone blocks and that precipitate withdrawal). */
export const opioidKinds: readonly MedicationKind[] = [
  'opioid-short-acting',
  'opioid-fentanyl',
  'opioid-long-acting',
  'opioid-antitussive',
  'opioid-antidiarrheal',
];

/** Every naltrexone-containing kind. */
export const naltrexoneKinds: readonly MedicationKind[] = [
  'naltrexone-oral',
  'naltrexone-xr',
  'naltrexone-implant',
  'naltrexone-bupropion',
];

/** Where a medication fact came from. */
export type MedicationSource = 'statement' | 'request' | 'administration';

/** One medication record (a statement of use, a prescription, an administration or a draft order). */
export interface MedicationFact {
  /** Relative reference of the source record, e.g. `MedicationRequest/abc` (for suggestions). */
  readonly ref?: string;
  /** Name as written in the record, e.g. "Vivitrol 380 mg injection". */
  readonly name: string;
  /** Matched ingredient, lower case, e.g. `heroin`, `naltrexone`. */
  readonly ingredient: string;
  readonly kind: MedicationKind;
  readonly source: MedicationSource;
  /** FHIR status as recorded (`active`, `completed`, `stopped`, `draft`, …). */
  readonly status: string;
  /** First use or authored date. */
  readonly startIso?: string;
  /** Last known use: `effectivePeriod.end` or `effectiveDateTime`. */
  readonly lastUseIso?: string;
  /** Active with no end date: still being taken. */
  readonly ongoing: boolean;
  /** Amount per dose in mg, when the record states it. */
  readonly doseMg?: number;
  /** Doses per week, when the record states a schedule (7 = once daily). */
  readonly dosesPerWeek?: number;
  readonly route?: 'oral' | 'intramuscular' | 'subcutaneous' | 'intravenous' | 'nasal' | 'other';
  /** Coded or written reason for the order, lower case text (e.g. "alcohol use disorder"). */
  readonly reasonText?: string;
}

/** A condition on the problem list or in the encounter diagnoses. */
export type ConditionKind =
  | 'alcohol-use-disorder'
  | 'opioid-use-disorder'
  | 'acute-hepatitis'
  | 'liver-failure'
  | 'cirrhosis'
  | 'chronic-hepatitis'
  | 'pregnancy'
  | 'depression'
  | 'suicidal-ideation'
  | 'obesity'
  | 'other';

/** One condition. */
export interface ConditionFact {
  readonly kind: ConditionKind;
  readonly name: string;
  /** The code as `system|code` when coded. */
  readonly code?: string;
  /** `active` unless the record says resolved/inactive/remission. */
  readonly active: boolean;
  readonly recordedIso?: string;
}

/** Liver tests the rules read. */
export type LiverTest = 'alt' | 'ast' | 'bilirubin';

/** One liver test result. */
export interface LabFact {
  readonly test: LiverTest;
  readonly value: number;
  readonly unit: string;
  /** Upper limit of normal, in the same unit. */
  readonly uln: number;
  /** Whether the ULN came from the result's reference range or is Blockade's default. */
  readonly ulnSource: 'reported' | 'default';
  readonly dateIso: string;
}

/** A questionnaire or scale result (PHQ-9 total, PHQ-9 item 9, COWS total). */
export interface ScoreFact {
  readonly instrument: 'phq9-total' | 'phq9-item9' | 'cows';
  readonly value: number;
  readonly dateIso: string;
}

/** What a urine drug screen tested for. */
export type DrugScreenAnalyte = 'opioids' | 'fentanyl' | 'methadone' | 'buprenorphine';

/** One urine drug screen result. */
export interface DrugScreenFact {
  readonly analyte: DrugScreenAnalyte;
  readonly positive: boolean;
  readonly dateIso: string;
  readonly name: string;
}

/** A planned procedure (surgery or other intervention where opioid analgesia may be needed). */
export interface ProcedureFact {
  readonly name: string;
  readonly plannedIso: string;
}

/** A record of psychosocial care: counselling, psychotherapy, mutual-help or peer support. */
export interface SupportFact {
  readonly name: string;
  readonly dateIso?: string;
}

/** Pregnancy status observation (LOINC 82810-3) or equivalent. */
export interface PregnancyStatusFact {
  readonly pregnant: boolean;
  readonly dateIso: string;
}

/**
 * Everything the rules know about one patient. Arrays may be empty; the rules never assume a
 * missing record means a negative result.
 */
export interface PatientFacts {
  /** Relative reference of the patient (e.g. `Patient/123`), used in suggested orders. */
  readonly patientRef?: string;
  /** Non-draft medication records (history, current, administrations). */
  readonly medications: readonly MedicationFact[];
  /** The orders being selected or signed (`status: draft`). */
  readonly draftOrders: readonly MedicationFact[];
  readonly conditions: readonly ConditionFact[];
  readonly labs: readonly LabFact[];
  readonly scores: readonly ScoreFact[];
  readonly drugScreens: readonly DrugScreenFact[];
  readonly plannedProcedures: readonly ProcedureFact[];
  readonly supportServices: readonly SupportFact[];
  readonly pregnancyStatus: readonly PregnancyStatusFact[];
}

/**
 * An empty facts record, handy for building test cases.
 *
 * @returns Facts with every list empty.
 * @example
 * emptyFacts().medications //=> []
 */
export function emptyFacts(): PatientFacts {
  return {
    medications: [],
    draftOrders: [],
    conditions: [],
    labs: [],
    scores: [],
    drugScreens: [],
    plannedProcedures: [],
    supportServices: [],
    pregnancyStatus: [],
  };
}
