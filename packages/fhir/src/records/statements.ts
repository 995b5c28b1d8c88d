// Opioid use reports and naloxone kit status ↔ MedicationStatement.
import type { MedicationStatement } from '@medplum/fhirtypes';
import { extensions, opioidRxnorm, rxnorm, systems } from './codes';
import {
  codeExt,
  compact,
  extString,
  isDate,
  isInstant,
  patientReference,
  recordIdentifier,
  sourceId,
  toUtc,
  type RecordIssue,
} from './helpers';
import type { NaloxoneKitRec, OpioidRec, OpioidUseRec } from './types';

const opioids: readonly OpioidRec[] = [
  'short-acting',
  'long-acting',
  'fentanyl',
  'buprenorphine',
  'methadone',
  'unknown',
];
const kitStatuses: readonly NaloxoneKitRec['status'][] = ['has-kit', 'no-kit', 'expired', 'used'];

/**
 * Maps an opioid use report to a completed MedicationStatement whose effective time is the last use.
 *
 * @param patientId - The patient.
 * @param o - The report.
 * @returns The MedicationStatement.
 */
export function opioidUseToFhir(patientId: string, o: OpioidUseRec): MedicationStatement {
  const code = opioidRxnorm[o.opioid];
  return {
    resourceType: 'MedicationStatement',
    id: o.id,
    extension: [codeExt(extensions.opioidKind, o.opioid)],
    identifier: [recordIdentifier(o.id)],
    status: 'completed',
    medicationCodeableConcept: {
      ...(code === undefined ? {} : { coding: [{ system: systems.rxnorm, ...code }] }),
      text: `${o.opioid.replace('-', ' ')} opioid`,
    },
    subject: patientReference(patientId),
    effectiveDateTime: o.lastUseAt,
    dateAsserted: o.reportedAt,
  };
}

/**
 * Maps a naloxone kit record to a MedicationStatement (RxNorm naloxone): `active` when the patient
 * has a kit, `not-taken` when not, `completed` when expired or used.
 *
 * @param patientId - The patient.
 * @param k - The kit record.
 * @returns The MedicationStatement.
 */
export function kitToFhir(patientId: string, k: NaloxoneKitRec): MedicationStatement {
  return {
    resourceType: 'MedicationStatement',
    id: k.id,
    extension: [
      codeExt(extensions.kitStatus, k.status),
      ...(k.expiresOn === undefined
        ? []
        : [{ url: extensions.kitExpiresOn, valueDate: k.expiresOn }]),
    ],
    identifier: [recordIdentifier(k.id)],
    status: k.status === 'has-kit' ? 'active' : k.status === 'no-kit' ? 'not-taken' : 'completed',
    medicationCodeableConcept: { coding: [rxnorm.naloxone], text: 'naloxone rescue kit' },
    subject: patientReference(patientId),
    dateAsserted: k.recordedAt,
  };
}

/** Which record a MedicationStatement holds. */
export type StatementRec =
  | { readonly kind: 'opioid'; readonly value: OpioidUseRec }
  | { readonly kind: 'kit'; readonly value: NaloxoneKitRec };

/**
 * Reads a MedicationStatement: a naloxone kit (Blockade kit extension or RxNorm naloxone) or an
 * opioid use report (Blockade opioid-kind extension). Other statements are skipped (undefined, no issue).
 *
 * @param r - The resource.
 * @param path - Its path, for issues.
 * @param issues - Collects problems.
 * @returns The record, or undefined.
 */
export function statementFromFhir(
  r: MedicationStatement,
  path: string,
  issues: RecordIssue[],
): StatementRec | undefined {
  const id = sourceId(r);
  const kit = extString(r.extension, extensions.kitStatus);
  const opioid = extString(r.extension, extensions.opioidKind);
  if (id === undefined) {
    issues.push({ path: `${path}.id`, message: 'needs an id or a Blockade identifier' });
    return undefined;
  }
  if (kit !== undefined) {
    const expiresOn = extString(r.extension, extensions.kitExpiresOn);
    if (
      !kitStatuses.includes(kit as NaloxoneKitRec['status']) ||
      !isInstant(r.dateAsserted) ||
      (expiresOn !== undefined && !isDate(expiresOn))
    ) {
      issues.push({
        path,
        message:
          'naloxone kit needs a known status, dateAsserted (date-time) and an optional YYYY-MM-DD expiry',
      });
      return undefined;
    }
    return {
      kind: 'kit',
      value: compact<NaloxoneKitRec>({
        id,
        status: kit as NaloxoneKitRec['status'],
        expiresOn,
        recordedAt: toUtc(r.dateAsserted),
      }),
    };
  }
  if (opioid !== undefined) {
    if (
      !opioids.includes(opioid as OpioidRec) ||
      !isInstant(r.effectiveDateTime) ||
      !isInstant(r.dateAsserted)
    ) {
      issues.push({
        path,
        message: `opioid use needs a kind (${opioids.join(', ')}), effectiveDateTime and dateAsserted (date-times)`,
      });
      return undefined;
    }
    return {
      kind: 'opioid',
      value: {
        id,
        opioid: opioid as OpioidRec,
        lastUseAt: toUtc(r.effectiveDateTime),
        reportedAt: toUtc(r.dateAsserted),
      },
    };
  }
  return undefined;
}
