import type { DoseForm, HepaticFunction } from '../types';

/**
 * Blockade's NONMEM compartment codes for dose rows: the dose form is the compartment the dose
 * enters. A `FORM` column (form name) takes precedence over `CMT` when both are present.
 */
export const formByCmt: Readonly<Record<number, DoseForm>> = {
  1: 'oral-tablet',
  2: 'er-tablet',
  3: 'xr-injection',
  4: 'implant',
};

/** The CMT code written for each form by `toNonmemCsv`. */
export const cmtByForm: Readonly<Record<DoseForm, number>> = {
  'oral-tablet': 1,
  'er-tablet': 2,
  'xr-injection': 3,
  implant: 4,
};

/** HEPATIC column codes (0, 1, 2); the names are accepted too. */
export const hepaticByCode: readonly HepaticFunction[] = [
  'normal',
  'compensated-cirrhosis',
  'decompensated-cirrhosis',
];

/** Columns read by `parseNonmemCsv`; other columns (DV, MDV, …) are ignored. */
export const nonmemColumns = [
  'ID',
  'TIME',
  'AMT',
  'EVID',
  'CMT',
  'II',
  'ADDL',
  'FORM',
  'RATE',
  'SS',
  'WT',
  'AGE',
  'CRCL',
  'HEPATIC',
  'DEP',
] as const;
