// Code systems, codes and extension URLs used by the record ↔ FHIR mappers.
// LOINC and UCUM for observations, RxNorm for medications, SNOMED CT for routes and body sites.
import type { AnalyteRec, FormRec, InstrumentRec, LabRec, OpioidRec } from './types';

export const systems = {
  loinc: 'http://loinc.org',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
  icd10: 'http://hl7.org/fhir/sid/icd-10-cm',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  /** Blockade's own observation codes, where LOINC has none that fits. */
  blockadeObservation: 'https://blockade.example.org/fhir/CodeSystem/observation',
  /** Identifier system of every exported record: value = the record's id in its source clinic. */
  blockadeRecord: 'https://blockade.example.org/fhir/NamingSystem/record-id',
  /** The clinic's own medical record number. */
  blockadeMrn: 'https://blockade.example.org/fhir/NamingSystem/mrn',
} as const;

const ext = 'https://blockade.example.org/fhir/StructureDefinition/';
/** Extension URLs for Blockade fields with no standard element. */
export const extensions = {
  timeZone: 'http://hl7.org/fhir/StructureDefinition/tz-code',
  plan: `${ext}treatment-plan`,
  doseForm: `${ext}dose-form`,
  doseStatus: `${ext}dose-status`,
  lot: `${ext}lot-number`,
  siteReaction: `${ext}injection-site-reaction`,
  opioidKind: `${ext}opioid-kind`,
  kitStatus: `${ext}naloxone-kit-status`,
  kitExpiresOn: `${ext}naloxone-kit-expires-on`,
  appointmentKind: `${ext}appointment-kind`,
} as const;

/** RxNorm ingredient codes. */
export const rxnorm = {
  naltrexone: { system: systems.rxnorm, code: '7243', display: 'naltrexone' },
  naloxone: { system: systems.rxnorm, code: '7242', display: 'naloxone' },
} as const;

/** RxNorm ingredient of each opioid kind that has one. */
export const opioidRxnorm: Readonly<Partial<Record<OpioidRec, { code: string; display: string }>>> =
  {
    fentanyl: { code: '4337', display: 'fentanyl' },
    buprenorphine: { code: '1819', display: 'buprenorphine' },
    methadone: { code: '6813', display: 'methadone' },
  };

/** Display names of dose forms. */
export const formText: Readonly<Record<FormRec, string>> = {
  'oral-tablet': 'naltrexone oral tablet',
  'er-tablet': 'naltrexone/bupropion extended-release tablet',
  'xr-injection': 'naltrexone extended-release injectable suspension',
  implant: 'naltrexone implant',
};

/** SNOMED CT route per form. */
export const formRoute: Readonly<Record<FormRec, { code: string; display: string }>> = {
  'oral-tablet': { code: '26643006', display: 'Oral route' },
  'er-tablet': { code: '26643006', display: 'Oral route' },
  'xr-injection': { code: '78421000', display: 'Intramuscular route' },
  implant: { code: '34206005', display: 'Subcutaneous route' },
};

/** LOINC code and display per liver test. */
export const labLoinc: Readonly<Record<LabRec['test'], { code: string; display: string }>> = {
  alt: {
    code: '1742-6',
    display: 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma',
  },
  ast: {
    code: '1920-8',
    display: 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma',
  },
  ggt: {
    code: '2324-2',
    display: 'Gamma glutamyl transferase [Enzymatic activity/volume] in Serum or Plasma',
  },
  bilirubin: { code: '1975-2', display: 'Bilirubin.total [Mass/volume] in Serum or Plasma' },
};

/** UCUM code for the lab units Blockade stores. */
export const ucumUnit = (unit: string): string =>
  ({ 'U/L': 'U/L', 'IU/L': '[IU]/L', 'mg/dL': 'mg/dL', 'umol/L': 'umol/L', 'µmol/L': 'umol/L' })[
    unit
  ] ?? unit;

/** Body weight (LOINC). */
export const bodyWeightLoinc = { code: '29463-7', display: 'Body weight' } as const;

/** Blockade observation codes (no LOINC code carries these exact meanings). */
export const blockadeCodes = {
  drinks: { code: 'standard-drinks-day', display: 'Standard drinks on the day' },
  heavy: { code: 'heavy-drinking-day', display: 'Heavy-drinking day' },
  sinclairDose: { code: 'sinclair-dose-time', display: 'Targeted naltrexone dose time' },
  firstDrink: { code: 'first-drink-time', display: 'First drink time' },
  craving: { code: 'craving-nrs', display: 'Craving, 0-10 numeric rating' },
  drugScreen: { code: 'urine-drug-screen', display: 'Urine drug screen' },
} as const;

/** Urine drug screen analyte codes (Blockade system), with LOINC where one is well known. */
export const analyteText: Readonly<Record<AnalyteRec, string>> = {
  opiates: 'Opiates',
  fentanyl: 'Fentanyl',
  buprenorphine: 'Buprenorphine',
  methadone: 'Methadone',
  oxycodone: 'Oxycodone',
  'other-opioid': 'Other opioid',
};

/** Canonical URL of Blockade's Questionnaire for each instrument. */
export const questionnaireUrl = (instrument: InstrumentRec): string =>
  `https://blockade.example.org/fhir/Questionnaire/${instrument}`;

/** Condition codes (ICD-10-CM) per plan indication; LDN is an indication, not a condition. */
export const indicationCondition: Readonly<
  Partial<Record<string, { code: string; display: string }>>
> = {
  'alcohol-use-disorder': { code: 'F10.20', display: 'Alcohol dependence, uncomplicated' },
  'opioid-use-disorder': { code: 'F11.20', display: 'Opioid dependence, uncomplicated' },
  obesity: { code: 'E66.9', display: 'Obesity, unspecified' },
};
