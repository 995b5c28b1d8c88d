// A patient's whole record ↔ one FHIR R4 Bundle.
import type {
  Appointment,
  Bundle,
  BundleEntry,
  DocumentReference,
  MedicationAdministration,
  MedicationRequest,
  MedicationStatement,
  Observation,
  QuestionnaireResponse,
  Resource,
} from '@medplum/fhirtypes';
import {
  appointmentFromFhir,
  appointmentToFhir,
  noteFromFhir,
  noteToFhir,
  questionnaireFromFhir,
  questionnaireToFhir,
} from './other';
import { doseFromFhir, doseToFhir, planFromFhir, planToFhir } from './medication';
import {
  cravingToFhir,
  diaryToFhir,
  drugScreenToFhir,
  labToFhir,
  observationFromFhir,
} from './observations';
import {
  conditionsToFhir,
  patientFromFhir,
  patientToFhir,
  weightFromFhir,
  weightToFhir,
} from './patient';
import { kitToFhir, opioidUseToFhir, statementFromFhir } from './statements';
import type { RecordIssue } from './helpers';
import type { PatientRecord } from './types';

/**
 * Every resource of a patient's record: Patient first, then Conditions, MedicationRequests,
 * MedicationAdministrations, MedicationStatements, Observations, QuestionnaireResponses,
 * Appointments and DocumentReferences.
 *
 * @param record - The record (the store's `PatientHistory` fits).
 * @returns The resources.
 */
export function recordToResources(record: PatientRecord): Resource[] {
  const pid = record.patient.id;
  const weight = weightToFhir(record.patient);
  return [
    patientToFhir(record.patient),
    ...conditionsToFhir(pid, record.plans),
    ...record.plans.map((p) => planToFhir(pid, p)),
    ...record.doses.map((d) => doseToFhir(pid, d)),
    ...record.opioidUse.map((o) => opioidUseToFhir(pid, o)),
    ...record.naloxoneKits.map((k) => kitToFhir(pid, k)),
    ...(weight === undefined ? [] : [weight]),
    ...record.labs.map((l) => labToFhir(pid, l)),
    ...record.diary.map((d) => diaryToFhir(pid, d)),
    ...record.cravings.map((c) => cravingToFhir(pid, c)),
    ...record.urineDrugScreens.map((s) => drugScreenToFhir(pid, s)),
    ...record.questionnaires.map((q) => questionnaireToFhir(pid, q)),
    ...record.appointments.map((a) => appointmentToFhir(pid, a)),
    ...record.notes.map((n) => noteToFhir(pid, n)),
  ];
}

/** Options of {@link recordToBundle}. */
export interface RecordBundleOptions {
  /** `collection` (export, default), `searchset` ($everything) or `transaction` (to POST elsewhere). */
  readonly type?: 'collection' | 'searchset' | 'transaction';
  /** Server base for `fullUrl`s (`https://host/fhir/R4`); without it, `urn:uuid:` style is not used and fullUrl is `Type/id`. */
  readonly baseUrl?: string;
  /** Bundle timestamp (ISO). */
  readonly timestamp?: string;
}

/**
 * Wraps a patient's record in a Bundle.
 *
 * @param record - The record.
 * @param options - Bundle type, base URL, timestamp.
 * @returns The Bundle.
 * @example
 * recordToBundle(history, { type: 'searchset' }).entry?.[0]?.resource?.resourceType //=> 'Patient'
 */
export function recordToBundle(record: PatientRecord, options: RecordBundleOptions = {}): Bundle {
  const type = options.type ?? 'collection';
  const resources = recordToResources(record);
  const entry: BundleEntry[] = resources.map((resource) => {
    const relative = `${resource.resourceType}/${resource.id ?? ''}`;
    return {
      fullUrl: options.baseUrl === undefined ? relative : `${options.baseUrl}/${relative}`,
      resource,
      ...(type === 'searchset' ? { search: { mode: 'match' as const } } : {}),
      ...(type === 'transaction' ? { request: { method: 'PUT' as const, url: relative } } : {}),
    };
  });
  return {
    resourceType: 'Bundle',
    type,
    ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    ...(type === 'searchset' ? { total: entry.length } : {}),
    entry,
  };
}

/** Result of reading a Bundle: the record, or every problem found. */
export type BundleReadResult =
  | { readonly ok: true; readonly value: PatientRecord; readonly skipped: number }
  | { readonly ok: false; readonly issues: readonly RecordIssue[] };

const empty = (): {
  -readonly [K in keyof Omit<PatientRecord, 'patient'>]: PatientRecord[K][number][];
} => ({
  plans: [],
  doses: [],
  diary: [],
  cravings: [],
  questionnaires: [],
  labs: [],
  opioidUse: [],
  urineDrugScreens: [],
  appointments: [],
  naloxoneKits: [],
  notes: [],
});

/**
 * Reads one patient's record from a `transaction` or `collection` Bundle, checking it whole:
 * exactly one Patient; every other resource must refer to it; every supported resource must be
 * valid. Resources Blockade does not store (e.g. Conditions, other Observations) are counted in
 * `skipped`. Ids in the result are the records' source ids (Blockade identifier, else resource id).
 *
 * @param input - The parsed JSON body.
 * @returns The record, or every issue (path + message).
 */
export function bundleToRecord(input: unknown): BundleReadResult {
  const issues: RecordIssue[] = [];
  const bundle = input as Bundle;
  if (typeof input !== 'object' || input === null || bundle.resourceType !== 'Bundle') {
    return { ok: false, issues: [{ path: 'Bundle', message: 'body must be a FHIR Bundle' }] };
  }
  if (bundle.type !== 'transaction' && bundle.type !== 'collection') {
    return {
      ok: false,
      issues: [{ path: 'Bundle.type', message: 'must be transaction or collection' }],
    };
  }
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  const patients = entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.resource?.resourceType === 'Patient');
  if (patients.length !== 1) {
    return {
      ok: false,
      issues: [
        {
          path: 'Bundle.entry',
          message: `must hold exactly one Patient (found ${patients.length})`,
        },
      ],
    };
  }
  const { e: pe, i: pi } = patients[0]!;
  const patient = patientFromFhir(pe.resource as never, `Bundle.entry[${pi}].resource`, issues);
  const pRes = pe.resource as { id?: string };
  const patientRefs = new Set(
    [pe.fullUrl, pRes.id === undefined ? undefined : `Patient/${pRes.id}`].filter(
      (x): x is string => x !== undefined,
    ),
  );
  const out = empty();
  let weightKg: number | undefined;
  let skipped = 0;
  entries.forEach((entry, i) => {
    const r = entry.resource as
      | (Resource & {
          subject?: { reference?: string };
          participant?: { actor?: { reference?: string } }[];
        })
      | undefined;
    const path = `Bundle.entry[${i}].resource`;
    if (r === undefined || typeof r !== 'object') {
      issues.push({ path, message: 'every entry needs a resource' });
      return;
    }
    if (r.resourceType === 'Patient') {
      return;
    }
    const ref =
      r.subject?.reference ??
      r.participant?.find(
        (p) => p.actor?.reference?.startsWith('Patient/') || p.actor?.reference?.startsWith('urn:'),
      )?.actor?.reference;
    if (ref !== undefined && !patientRefs.has(ref)) {
      issues.push({
        path: `${path}.subject`,
        message: "refers to a patient other than the bundle's Patient",
      });
      return;
    }
    const resourceType: string = r.resourceType;
    switch (resourceType) {
      case 'MedicationRequest': {
        const v = planFromFhir(r as MedicationRequest, path, issues);
        if (v) {
          out.plans.push(v);
        }
        return;
      }
      case 'MedicationAdministration': {
        const v = doseFromFhir(r as MedicationAdministration, path, issues);
        if (v) {
          out.doses.push(v);
        }
        return;
      }
      case 'MedicationStatement': {
        const v = statementFromFhir(r as MedicationStatement, path, issues);
        if (v?.kind === 'opioid') {
          out.opioidUse.push(v.value);
        } else if (v?.kind === 'kit') {
          out.naloxoneKits.push(v.value);
        } else {
          skipped++;
        }
        return;
      }
      case 'Observation': {
        const w = weightFromFhir(r as Observation);
        if (w !== undefined) {
          weightKg = w;
          return;
        }
        const v = observationFromFhir(r as Observation, path, issues);
        if (v === undefined) {
          skipped++;
          return;
        }
        switch (v.kind) {
          case 'lab':
            out.labs.push(v.value);
            return;
          case 'diary':
            out.diary.push(v.value);
            return;
          case 'craving':
            out.cravings.push(v.value);
            return;
          case 'drug-screen':
            out.urineDrugScreens.push(v.value);
            return;
        }
        return;
      }
      case 'QuestionnaireResponse': {
        const v = questionnaireFromFhir(r as QuestionnaireResponse, path, issues);
        if (v) {
          out.questionnaires.push(v);
        }
        return;
      }
      case 'Appointment': {
        const v = appointmentFromFhir(r as Appointment, path, issues);
        if (v) {
          out.appointments.push(v);
        }
        return;
      }
      case 'DocumentReference': {
        const v = noteFromFhir(r as DocumentReference, path, issues);
        if (v) {
          out.notes.push(v);
        }
        return;
      }
      default:
        skipped++;
    }
  });
  if (issues.length > 0 || patient === undefined) {
    return { ok: false, issues };
  }
  return {
    ok: true,
    value: { patient: weightKg === undefined ? patient : { ...patient, weightKg }, ...out },
    skipped,
  };
}
