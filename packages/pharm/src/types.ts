// Shared vocabulary of the pharmacology engine. Times are hours from time zero; amounts in mg;
// concentrations in ng/mL (= µg/L); occupancy is a fraction 0-1.

/** How a dose is given. */
export type DoseForm = 'oral-tablet' | 'er-tablet' | 'xr-injection' | 'implant';

/** Every dose form, in display order. */
export const doseForms: readonly DoseForm[] = [
  'oral-tablet',
  'er-tablet',
  'xr-injection',
  'implant',
];

/** Liver function class used as a covariate. */
export type HepaticFunction = 'normal' | 'compensated-cirrhosis' | 'decompensated-cirrhosis';

/** Subject covariates; every field optional (typical adult when absent). */
export interface Subject {
  readonly weightKg?: number;
  readonly ageYears?: number;
  readonly hepatic?: HepaticFunction;
  readonly creatinineClearanceMlPerMin?: number;
  /** Opioid- or alcohol-dependent patient (clearance +23%, Dunbar 2007). */
  readonly dependent?: boolean;
}

/**
 * One dose record as a person or file writes it, NONMEM-style: `everyHours` + `count` expand to
 * `count` doses `everyHours` apart (count includes the first). Exactly one of `atHours` or `at`.
 */
export interface DoseInput {
  /** Hours from time zero. */
  readonly atHours?: number;
  /** ISO-8601 clock time; converted to hours from the first dose or from a given start. */
  readonly at?: string;
  readonly amountMg: number;
  readonly form: DoseForm;
  readonly everyHours?: number;
  readonly count?: number;
}

/** A regimen as written (JSON input format). */
export interface RegimenInput {
  readonly subject?: Subject;
  readonly doses: readonly DoseInput[];
}

/** One expanded, explicit dose on the engine's clock. */
export interface Dose {
  readonly atHours: number;
  readonly amountMg: number;
  readonly form: DoseForm;
}

/** A validated regimen with every dose expanded and sorted by time (stable). */
export interface Regimen {
  readonly subject: Subject;
  readonly doses: readonly Dose[];
  /** ISO time of tHours = 0 when the input used clock times, else undefined. */
  readonly startIso?: string;
}

/** Fraction (0-1) of brain receptors occupied, by receptor type. */
export interface Occupancy {
  readonly mu: number;
  readonly kappa: number;
  readonly delta: number;
}

/** Model outputs at one time. */
export interface PointValues {
  readonly naltrexoneNgPerMl: number;
  readonly naltrexolNgPerMl: number;
  readonly occupancy: Occupancy;
}

/** One output time; in population mode also the 5th, 50th and 95th percentiles. */
export interface SimulationPoint extends PointValues {
  readonly tHours: number;
  readonly p5?: PointValues;
  readonly p50?: PointValues;
  readonly p95?: PointValues;
}

/** A problem with an input, in zod's shape: which field, why, what is allowed. */
export interface Issue {
  readonly code:
    'invalid_type' | 'out_of_range' | 'missing' | 'conflict' | 'unknown_value' | 'parse_error';
  /** Path to the field, e.g. `['doses', 2, 'amountMg']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Expected failures are values: either the result or the list of issues. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };
