// Plans ↔ MedicationRequest, doses ↔ MedicationAdministration (RxNorm, UCUM mg, SNOMED routes).
import type {
  CodeableConcept,
  Dosage,
  Extension,
  Period,
  MedicationAdministration,
  MedicationRequest,
  Timing,
} from '@medplum/fhirtypes';
import { extensions, formRoute, formText, rxnorm, systems } from './codes';
import {
  codeExt,
  compact,
  concept,
  extString,
  extValue,
  isDate,
  isInstant,
  patientReference,
  recordIdentifier,
  sourceId,
  toUtc,
  type RecordIssue,
} from './helpers';
import type { DoseRec, FormRec, PlanRec } from './types';

const forms: readonly FormRec[] = ['oral-tablet', 'er-tablet', 'xr-injection', 'implant'];
const indications: readonly PlanRec['indication'][] = [
  'alcohol-use-disorder',
  'opioid-use-disorder',
  'low-dose-naltrexone',
  'obesity',
];
const regimens: readonly PlanRec['regimen'][] = [
  'daily',
  'three-times-weekly',
  'every-4-weeks',
  'targeted',
  'custom',
];
const goals: readonly PlanRec['goal'][] = ['abstinence', 'moderation'];

const medication = (form: FormRec): CodeableConcept => ({
  coding: [rxnorm.naltrexone],
  text: formText[form],
});

function timing(plan: PlanRec): Timing | undefined {
  switch (plan.regimen) {
    case 'daily':
      return { repeat: { frequency: 1, period: 1, periodUnit: 'd' } };
    case 'three-times-weekly':
      return { repeat: { frequency: 3, period: 1, periodUnit: 'wk' } };
    case 'every-4-weeks':
      return { repeat: { frequency: 1, period: 4, periodUnit: 'wk' } };
    case 'targeted':
      return undefined;
    case 'custom':
      return plan.intervalHours === undefined
        ? undefined
        : { repeat: { frequency: 1, period: plan.intervalHours, periodUnit: 'h' } };
  }
}

/**
 * Maps a treatment plan to a MedicationRequest (RxNorm naltrexone, dose in UCUM mg, timing, route).
 * Blockade's plan fields travel in the `treatment-plan` extension so nothing is lost.
 *
 * @param patientId - The patient.
 * @param plan - The plan.
 * @returns The MedicationRequest.
 */
export function planToFhir(patientId: string, plan: PlanRec): MedicationRequest {
  const dosage: Dosage = compact<Dosage>({
    text: `${plan.doseMg} mg ${plan.regimen.replaceAll('-', ' ')}`,
    timing: timing(plan),
    asNeededBoolean: plan.regimen === 'targeted' ? true : undefined,
    route: concept(systems.snomed, formRoute[plan.form].code, formRoute[plan.form].display),
    doseAndRate: [
      { doseQuantity: { value: plan.doseMg, unit: 'mg', system: systems.ucum, code: 'mg' } },
    ],
  });
  const planExt: Extension[] = [
    codeExt('indication', plan.indication),
    codeExt('form', plan.form),
    codeExt('regimen', plan.regimen),
    codeExt('goal', plan.goal),
    { url: 'startDate', valueDate: plan.startDate },
    ...(plan.stopDate === undefined ? [] : [{ url: 'stopDate', valueDate: plan.stopDate }]),
    ...(plan.intervalHours === undefined
      ? []
      : [{ url: 'intervalHours', valueDecimal: plan.intervalHours }]),
  ];
  return {
    resourceType: 'MedicationRequest',
    id: plan.id,
    extension: [{ url: extensions.plan, extension: planExt }],
    identifier: [recordIdentifier(plan.id)],
    status: plan.stopDate === undefined ? 'active' : 'stopped',
    intent: 'plan',
    medicationCodeableConcept: medication(plan.form),
    subject: patientReference(patientId),
    authoredOn: plan.startDate,
    reasonCode: [{ text: plan.indication.replaceAll('-', ' ') }],
    dosageInstruction: [dosage],
    dispenseRequest: {
      validityPeriod: compact<Period>({ start: plan.startDate, end: plan.stopDate }),
    },
  };
}

/**
 * Reads a MedicationRequest written by {@link planToFhir} (needs the `treatment-plan` extension).
 *
 * @param r - The resource.
 * @param path - Its path, for issues.
 * @param issues - Collects problems.
 * @returns The plan, or undefined.
 */
export function planFromFhir(
  r: MedicationRequest,
  path: string,
  issues: RecordIssue[],
): PlanRec | undefined {
  const e = r.extension?.find((x) => x.url === extensions.plan)?.extension;
  const id = sourceId(r);
  if (e === undefined || id === undefined) {
    issues.push({
      path: `${path}.extension`,
      message: 'MedicationRequest needs an id and the Blockade treatment-plan extension',
    });
    return undefined;
  }
  const get = (url: string): string | number | boolean | undefined => extValue(e, url);
  const doseMg = r.dosageInstruction?.[0]?.doseAndRate?.[0]?.doseQuantity?.value;
  const plan = compact({
    id,
    indication: get('indication'),
    form: get('form'),
    regimen: get('regimen'),
    goal: get('goal'),
    doseMg,
    startDate: get('startDate'),
    stopDate: get('stopDate'),
    intervalHours: get('intervalHours'),
  });
  const before = issues.length;
  const check = (ok: boolean, field: string, message: string): void => {
    if (!ok) {
      issues.push({ path: `${path}.${field}`, message });
    }
  };
  check(
    indications.includes(plan.indication as PlanRec['indication']),
    'extension.indication',
    `must be one of ${indications.join(', ')}`,
  );
  check(
    forms.includes(plan.form as FormRec),
    'extension.form',
    `must be one of ${forms.join(', ')}`,
  );
  check(
    regimens.includes(plan.regimen as PlanRec['regimen']),
    'extension.regimen',
    `must be one of ${regimens.join(', ')}`,
  );
  check(
    goals.includes(plan.goal as PlanRec['goal']),
    'extension.goal',
    'must be abstinence or moderation',
  );
  check(
    typeof doseMg === 'number' && doseMg > 0,
    'dosageInstruction[0].doseAndRate[0].doseQuantity.value',
    'dose in mg must be > 0',
  );
  check(isDate(plan.startDate), 'extension.startDate', 'must be a YYYY-MM-DD date');
  check(
    plan.stopDate === undefined || isDate(plan.stopDate),
    'extension.stopDate',
    'must be a YYYY-MM-DD date',
  );
  check(
    plan.intervalHours === undefined ||
      (typeof plan.intervalHours === 'number' && plan.intervalHours > 0),
    'extension.intervalHours',
    'must be > 0',
  );
  return issues.length > before ? undefined : (plan as unknown as PlanRec);
}

/**
 * Maps a dose event to a MedicationAdministration: `completed` for taken/late, `not-done` for missed.
 *
 * @param patientId - The patient.
 * @param d - The dose.
 * @returns The MedicationAdministration.
 */
export function doseToFhir(patientId: string, d: DoseRec): MedicationAdministration {
  return compact<MedicationAdministration>({
    resourceType: 'MedicationAdministration',
    id: d.id,
    extension: [
      codeExt(extensions.doseForm, d.form),
      codeExt(extensions.doseStatus, d.status),
      ...(d.lot === undefined ? [] : [{ url: extensions.lot, valueString: d.lot }]),
      ...(d.siteReaction === undefined ? [] : [codeExt(extensions.siteReaction, d.siteReaction)]),
    ],
    identifier: [recordIdentifier(d.id)],
    status: d.status === 'missed' ? 'not-done' : 'completed',
    statusReason: d.status === 'missed' ? [{ text: 'missed dose' }] : undefined,
    medicationCodeableConcept: medication(d.form),
    subject: patientReference(patientId),
    effectiveDateTime: d.at,
    request: d.planId === undefined ? undefined : { reference: `MedicationRequest/${d.planId}` },
    dosage: compact({
      site: d.injectionSite === undefined ? undefined : { text: d.injectionSite.replace('-', ' ') },
      route: concept(systems.snomed, formRoute[d.form].code, formRoute[d.form].display),
      dose: { value: d.amountMg, unit: 'mg', system: systems.ucum, code: 'mg' },
    }),
  });
}

/**
 * Reads a MedicationAdministration back into a dose event.
 *
 * @param r - The resource.
 * @param path - Its path, for issues.
 * @param issues - Collects problems.
 * @returns The dose, or undefined.
 */
export function doseFromFhir(
  r: MedicationAdministration,
  path: string,
  issues: RecordIssue[],
): DoseRec | undefined {
  const before = issues.length;
  const id = sourceId(r);
  const form =
    extString(r.extension, extensions.doseForm) ??
    (r.dosage?.route?.coding?.[0]?.code === '78421000' ? 'xr-injection' : 'oral-tablet');
  const status =
    extString(r.extension, extensions.doseStatus) ?? (r.status === 'not-done' ? 'missed' : 'taken');
  const at = r.effectiveDateTime ?? r.effectivePeriod?.start;
  const amountMg = r.dosage?.dose?.value ?? (status === 'missed' ? 0 : undefined);
  const site = r.dosage?.site?.text?.replace(' ', '-');
  if (id === undefined) {
    issues.push({ path: `${path}.id`, message: 'needs an id or a Blockade identifier' });
  }
  if (!forms.includes(form as FormRec)) {
    issues.push({
      path: `${path}.extension`,
      message: `dose form must be one of ${forms.join(', ')}`,
    });
  }
  if (!['taken', 'missed', 'late'].includes(status)) {
    issues.push({
      path: `${path}.extension`,
      message: 'dose status must be taken, missed or late',
    });
  }
  if (!isInstant(at)) {
    issues.push({
      path: `${path}.effectiveDateTime`,
      message: 'must be a date-time with a time zone',
    });
  }
  if (
    typeof amountMg !== 'number' ||
    amountMg < 0 ||
    (r.dosage?.dose?.code !== undefined && r.dosage.dose.code !== 'mg')
  ) {
    issues.push({
      path: `${path}.dosage.dose`,
      message: 'dose must be a quantity in mg (UCUM mg), >= 0',
    });
  }
  if (site !== undefined && site !== 'left-gluteal' && site !== 'right-gluteal') {
    issues.push({
      path: `${path}.dosage.site`,
      message: 'site must be left gluteal or right gluteal',
    });
  }
  if (
    issues.length > before ||
    id === undefined ||
    !isInstant(at) ||
    typeof amountMg !== 'number'
  ) {
    return undefined;
  }
  const planRef = r.request?.reference;
  return compact<DoseRec>({
    id,
    planId: planRef?.startsWith('MedicationRequest/')
      ? planRef.slice('MedicationRequest/'.length)
      : undefined,
    status: status as DoseRec['status'],
    at: toUtc(at),
    amountMg,
    form: form as FormRec,
    injectionSite: site as DoseRec['injectionSite'],
    lot: extString(r.extension, extensions.lot),
    siteReaction: extString(r.extension, extensions.siteReaction) as DoseRec['siteReaction'],
  });
}
