// Code system URIs recognised by the mappers.

/** RxNorm (https://www.nlm.nih.gov/research/umls/rxnorm/). */
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
/** ICD-10-CM, and the WHO ICD-10 URI some EHRs send. */
export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
/** SNOMED CT. */
export const SNOMED = 'http://snomed.info/sct';
/** LOINC. */
export const LOINC = 'http://loinc.org';
