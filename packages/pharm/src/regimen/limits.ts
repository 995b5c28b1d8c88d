import type { DoseForm } from '../types';

/**
 * Largest plausible single dose per form, in mg. Doses above these are refused as input errors
 * (most likely a typo or a unit mix-up), never clamped. The limits are generous on purpose:
 * - `oral-tablet` 2000 mg: one ingestion of 1,500 mg was reported uneventful and up to 800 mg/day
 *   was studied (Wikipedia, "Naltrexone", overdose section); 50 mg is the usual dose.
 * - `er-tablet` 100 mg: naltrexone/bupropion tablets hold 8 mg naltrexone, at most 16 mg per dose
 *   (Contrave label).
 * - `xr-injection` 1000 mg: the standard injection is 380 mg (Vivitrol label).
 * - `implant` 7000 mg: products hold about 1-3.3 g; two 3.3 g implants fit under this limit.
 */
export const maxDoseMgByForm: Readonly<Record<DoseForm, number>> = {
  'oral-tablet': 2000,
  'er-tablet': 100,
  'xr-injection': 1000,
  implant: 7000,
};

/** Most explicit doses one regimen may expand to (about 27 years of daily dosing). */
export const maxExpandedDoses = 10_000;

/** Plausible ranges of subject covariates (inclusive), with their units. */
export const subjectRanges = {
  weightKg: { min: 20, max: 350, unit: 'kg' },
  ageYears: { min: 12, max: 120, unit: 'years' },
  creatinineClearanceMlPerMin: { min: 0, max: 300, unit: 'mL/min' },
} as const;
