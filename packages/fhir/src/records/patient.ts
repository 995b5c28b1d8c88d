// Patient ↔ FHIR Patient (+ body weight Observation, + Conditions derived from plan indications).
import type { Condition, Observation, Patient } from '@medplum/fhirtypes';
import { bodyWeightLoinc, extensions, indicationCondition, systems } from './codes';
import {
  compact,
  concept,
  extString,
  hasCode,
  isDate,
  patientReference,
  recordIdentifier,
  sourceId,
  type RecordIssue,
} from './helpers';
import type { PatientRec, PlanRec } from './types';

/**
 * Maps a patient to a FHIR R4 Patient (identifiers: Blockade record id and MRN; time zone extension).
 *
 * @param p - The patient.
 * @returns The Patient resource.
 */
export function patientToFhir(p: PatientRec): Patient {
  return compact<Patient>({
    resourceType: 'Patient',
    id: p.id,
    extension: [{ url: extensions.timeZone, valueCode: p.timeZone }],
    identifier: [
      recordIdentifier(p.id),
      ...(p.mrn === undefined
        ? []
        : [
            {
              type: concept(systems.identifierType, 'MR', 'Medical record number'),
              system: systems.blockadeMrn,
              value: p.mrn,
            },
          ]),
    ],
    active: p.active,
    name: [{ family: p.familyName, given: [p.givenName] }],
    gender: p.sex,
    birthDate: p.birthDate,
  });
}

/**
 * The patient's body weight as an Observation (LOINC 29463-7, UCUM kg), when recorded.
 *
 * @param p - The patient.
 * @returns The Observation, or undefined.
 */
export function weightToFhir(p: PatientRec): Observation | undefined {
  if (p.weightKg === undefined) {
    return undefined;
  }
  return {
    resourceType: 'Observation',
    id: `${p.id}-weight`,
    status: 'final',
    category: [concept(systems.observationCategory, 'vital-signs', 'Vital Signs')],
    code: concept(systems.loinc, bodyWeightLoinc.code, bodyWeightLoinc.display),
    subject: patientReference(p.id),
    valueQuantity: { value: p.weightKg, unit: 'kg', system: systems.ucum, code: 'kg' },
  };
}

/**
 * One Condition per distinct plan indication that is a diagnosis (ICD-10-CM); LDN has none.
 * Derived data: import ignores these (the plan carries the indication).
 *
 * @param patientId - The patient.
 * @param plans - Treatment plans.
 * @returns Conditions.
 */
export function conditionsToFhir(patientId: string, plans: readonly PlanRec[]): Condition[] {
  const seen = new Set<string>();
  const out: Condition[] = [];
  for (const plan of plans) {
    const code = indicationCondition[plan.indication];
    if (code === undefined || seen.has(plan.indication)) {
      continue;
    }
    seen.add(plan.indication);
    out.push({
      resourceType: 'Condition',
      id: `${plan.id}-condition`,
      clinicalStatus: concept(
        'http://terminology.hl7.org/CodeSystem/condition-clinical',
        'active',
        'Active',
      ),
      verificationStatus: concept(
        'http://terminology.hl7.org/CodeSystem/condition-ver-status',
        'confirmed',
        'Confirmed',
      ),
      category: [
        concept(
          'http://terminology.hl7.org/CodeSystem/condition-category',
          'problem-list-item',
          'Problem List Item',
        ),
      ],
      code: concept(systems.icd10, code.code, code.display),
      subject: patientReference(patientId),
      onsetDateTime: plan.startDate,
    });
  }
  return out;
}

/**
 * Reads a FHIR Patient back (needs a name with family and given, and a `tz-code` extension or
 * falls back to `UTC`).
 *
 * @param r - The resource.
 * @param path - Its path, for issues.
 * @param issues - Collects problems.
 * @returns The patient, or undefined when invalid.
 */
export function patientFromFhir(
  r: Patient,
  path: string,
  issues: RecordIssue[],
): PatientRec | undefined {
  const id = sourceId(r);
  const name = r.name?.[0];
  const given = name?.given?.join(' ');
  const family = name?.family;
  const before = issues.length;
  if (id === undefined) {
    issues.push({ path: `${path}.id`, message: 'Patient needs an id or a Blockade identifier' });
  }
  if (!given || !family) {
    issues.push({ path: `${path}.name[0]`, message: 'Patient needs a family and a given name' });
  }
  if (r.birthDate !== undefined && !isDate(r.birthDate)) {
    issues.push({
      path: `${path}.birthDate`,
      message: `'${String(r.birthDate)}' is not a YYYY-MM-DD date`,
    });
  }
  if (r.gender !== undefined && !['female', 'male', 'other', 'unknown'].includes(r.gender)) {
    issues.push({ path: `${path}.gender`, message: 'must be female, male, other or unknown' });
  }
  if (issues.length > before || id === undefined || !given || !family) {
    return undefined;
  }
  const mrn = r.identifier?.find(
    (i) => i.system === systems.blockadeMrn || hasCode(i.type, systems.identifierType, 'MR'),
  )?.value;
  return compact<PatientRec>({
    id,
    mrn,
    givenName: given,
    familyName: family,
    birthDate: r.birthDate,
    sex: r.gender,
    timeZone: extString(r.extension, extensions.timeZone) ?? 'UTC',
    active: r.active ?? true,
  });
}

/**
 * Reads a body-weight Observation's value in kg (accepts kg or g).
 *
 * @param r - The Observation.
 * @returns Weight in kg, or undefined when it is not a body weight.
 */
export function weightFromFhir(r: Observation): number | undefined {
  if (
    !hasCode(r.code, systems.loinc, bodyWeightLoinc.code) ||
    r.valueQuantity?.value === undefined
  ) {
    return undefined;
  }
  const q = r.valueQuantity;
  return q.code === 'g' ? (q.value ?? 0) / 1000 : q.value;
}
