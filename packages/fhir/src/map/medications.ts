// MedicationStatement, MedicationRequest, MedicationAdministration and MedicationDispense → the
// rules' MedicationFact. Last use = effectivePeriod.end / effectiveDateTime (statements and
// administrations); a prescription's last use is the end of its supply when known, else its date.
// Status `active` with no end date = ongoing. `draft` requests are the orders being signed.
import type { MedicationFact, MedicationSource } from '@blockade/rules';
import type {
  CodeableConcept,
  Dosage,
  Medication,
  MedicationAdministration,
  MedicationDispense,
  MedicationRequest,
  MedicationStatement,
  Reference,
} from '@medplum/fhirtypes';
import { classifyMedication, rxnormIngredients } from '../codes/medication-codes';
import { RXNORM } from '../codes/systems';
import type { IssueSink, Path } from './common';
import { conceptName, conceptText, readDate } from './common';
import type { Located } from './collect';
import { readDosage } from './dosage';

/** Looks up Medication resources referenced by `medicationReference`. */
export type MedicationLookup = (
  ref: Reference | undefined,
  container: { contained?: unknown[] },
) => Medication | undefined;

/**
 * Builds a lookup over the Medication resources of the input (by `Medication/id` and fullUrl) and
 * contained resources (`#id`).
 *
 * @param located - All collected resources.
 * @returns The lookup.
 * @example
 * medicationLookup(resources)({ reference: 'Medication/m1' }, {})?.id //=> 'm1'
 */
export function medicationLookup(located: readonly Located[]): MedicationLookup {
  const byRef = new Map<string, Medication>();
  for (const l of located) {
    if (l.resource.resourceType === 'Medication') {
      if (l.resource.id !== undefined) {
        byRef.set(`Medication/${l.resource.id}`, l.resource);
      }
      if (l.fullUrl !== undefined) {
        byRef.set(l.fullUrl, l.resource);
      }
    }
  }
  return (ref, container) => {
    const target = ref?.reference;
    if (target === undefined) {
      return undefined;
    }
    if (target.startsWith('#')) {
      const found = (container.contained ?? []).find(
        (c): c is Medication =>
          typeof c === 'object' &&
          c !== null &&
          (c as Medication).resourceType === 'Medication' &&
          (c as Medication).id === target.slice(1),
      );
      return found;
    }
    return byRef.get(target) ?? byRef.get(target.replace(/^.*\/(Medication\/[^/]+)$/, '$1'));
  };
}

function rxnormNames(concept: CodeableConcept | undefined): string {
  return (concept?.coding ?? [])
    .filter(
      (c) => c.system === RXNORM && c.code !== undefined && rxnormIngredients[c.code] !== undefined,
    )
    .map((c) => rxnormIngredients[c.code!])
    .join(' ');
}

interface Common {
  readonly ref: string | undefined;
  readonly concept: CodeableConcept | undefined;
  readonly medication: Medication | undefined;
  readonly dosages: readonly Dosage[];
  readonly source: MedicationSource;
  readonly status: string;
  readonly startIso: string | undefined;
  readonly lastUseIso: string | undefined;
  readonly hasEnd: boolean;
  readonly reasons: readonly CodeableConcept[];
}

function toFact(c: Common): MedicationFact | undefined {
  const ingredientConcepts = (c.medication?.ingredient ?? []).map((i) => i.itemCodeableConcept);
  const text = [
    conceptText(c.concept, c.medication?.code, c.medication?.form, ...ingredientConcepts),
    rxnormNames(c.concept),
    rxnormNames(c.medication?.code),
    ...ingredientConcepts.map(rxnormNames),
  ].join(' ');
  const dose = readDosage(c.dosages, text);
  const match = classifyMedication(text, dose.route);
  if (match === undefined) {
    return undefined;
  }
  const reasonText = c.reasons
    .map((r) => conceptText(r))
    .join(' ')
    .trim();
  const ongoing = c.status === 'active' && !c.hasEnd;
  return {
    ...(c.ref === undefined ? {} : { ref: c.ref }),
    name: conceptName(c.concept ?? c.medication?.code, match.ingredient),
    ingredient: match.ingredient,
    kind: match.kind,
    source: c.source,
    status: c.status,
    ...(c.startIso === undefined ? {} : { startIso: c.startIso }),
    ...(c.lastUseIso === undefined ? {} : { lastUseIso: c.lastUseIso }),
    ongoing,
    ...dose,
    ...(reasonText === '' ? {} : { reasonText }),
  };
}

const skipped = new Set(['entered-in-error', 'not-taken', 'cancelled', 'not-done', 'declined']);

function addDays(iso: string, days: number): string {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return new Date(ms + days * 86_400_000).toISOString();
}

function supplyDays(
  d: { value?: number; unit?: string; code?: string } | undefined,
): number | undefined {
  if (d?.value === undefined) {
    return undefined;
  }
  const unit = (d.code ?? d.unit ?? 'd').toLowerCase();
  return unit.startsWith('w')
    ? d.value * 7
    : unit.startsWith('mo')
      ? d.value * 30
      : unit.startsWith('h')
        ? d.value / 24
        : d.value;
}

/**
 * Maps one medication resource to a fact; returns undefined for unrelated drugs and for records in
 * error. Malformed dates add issues to `sink`.
 *
 * @param l - The located resource.
 * @param lookup - Medication lookup for `medicationReference`.
 * @param sink - Issue collector.
 * @returns The fact and whether it is a draft order.
 * @example
 * mapMedication(vivitrolAdministration, lookup, sink)?.fact.kind //=> 'naltrexone-xr'
 */
export function mapMedication(
  l: Located,
  lookup: MedicationLookup,
  sink: IssueSink,
): { readonly fact: MedicationFact; readonly draft: boolean } | undefined {
  const r = l.resource;
  const at = (...k: (string | number)[]): Path => [...l.path, ...k];
  const ref = r.id === undefined ? undefined : `${r.resourceType}/${r.id}`;
  let common: Common;
  if (r.resourceType === 'MedicationStatement') {
    common = statement(r, ref, lookup, sink, at);
  } else if (r.resourceType === 'MedicationRequest') {
    common = request(r, ref, lookup, sink, at);
  } else if (r.resourceType === 'MedicationAdministration') {
    common = administration(r, ref, lookup, sink, at);
  } else if (r.resourceType === 'MedicationDispense') {
    common = dispense(r, ref, lookup, sink, at);
  } else {
    return undefined;
  }
  if (skipped.has(common.status)) {
    return undefined;
  }
  const fact = toFact(common);
  return fact === undefined ? undefined : { fact, draft: l.draft || common.status === 'draft' };
}

function statement(
  r: MedicationStatement,
  ref: string | undefined,
  lookup: MedicationLookup,
  sink: IssueSink,
  at: (...k: (string | number)[]) => Path,
): Common {
  const dt = readDate(r.effectiveDateTime, at('effectiveDateTime'), sink);
  const start = readDate(r.effectivePeriod?.start, at('effectivePeriod', 'start'), sink);
  const end = readDate(r.effectivePeriod?.end, at('effectivePeriod', 'end'), sink);
  return {
    ref,
    concept: r.medicationCodeableConcept,
    medication: lookup(r.medicationReference, r),
    dosages: r.dosage ?? [],
    source: 'statement',
    status: r.status,
    startIso: start ?? dt,
    lastUseIso: end ?? dt ?? (r.status === 'active' ? undefined : start),
    hasEnd: end !== undefined,
    reasons: r.reasonCode ?? [],
  };
}

function request(
  r: MedicationRequest,
  ref: string | undefined,
  lookup: MedicationLookup,
  sink: IssueSink,
  at: (...k: (string | number)[]) => Path,
): Common {
  const authored = readDate(r.authoredOn, at('authoredOn'), sink);
  const validityEnd = readDate(
    r.dispenseRequest?.validityPeriod?.end,
    at('dispenseRequest', 'validityPeriod', 'end'),
    sink,
  );
  const supply = supplyDays(r.dispenseRequest?.expectedSupplyDuration);
  const supplyEnd =
    authored === undefined || supply === undefined ? undefined : addDays(authored, supply);
  const finished = r.status === 'completed' || r.status === 'stopped';
  return {
    ref,
    concept: r.medicationCodeableConcept,
    medication: lookup(r.medicationReference, r),
    dosages: r.dosageInstruction ?? [],
    source: 'request',
    status: r.status,
    startIso: authored,
    // A finished prescription was used up to the end of its supply at the latest.
    lastUseIso: finished ? (supplyEnd ?? validityEnd ?? authored) : undefined,
    hasEnd: finished,
    reasons: r.reasonCode ?? [],
  };
}

function administration(
  r: MedicationAdministration,
  ref: string | undefined,
  lookup: MedicationLookup,
  sink: IssueSink,
  at: (...k: (string | number)[]) => Path,
): Common {
  const dt = readDate(r.effectiveDateTime, at('effectiveDateTime'), sink);
  const start = readDate(r.effectivePeriod?.start, at('effectivePeriod', 'start'), sink);
  const end = readDate(r.effectivePeriod?.end, at('effectivePeriod', 'end'), sink);
  const d = r.dosage;
  const dosage: Dosage = {
    ...(d?.route === undefined ? {} : { route: d.route }),
    ...(d?.dose === undefined ? {} : { doseAndRate: [{ doseQuantity: d.dose }] }),
    ...(d?.text === undefined ? {} : { text: d.text }),
  };
  return {
    ref,
    concept: r.medicationCodeableConcept,
    medication: lookup(r.medicationReference, r),
    dosages: [dosage],
    source: 'administration',
    status: r.status === 'in-progress' ? 'active' : r.status,
    startIso: start ?? dt,
    lastUseIso: end ?? dt ?? start,
    hasEnd: true,
    reasons: r.reasonCode ?? [],
  };
}

function dispense(
  r: MedicationDispense,
  ref: string | undefined,
  lookup: MedicationLookup,
  sink: IssueSink,
  at: (...k: (string | number)[]) => Path,
): Common {
  const handed = readDate(r.whenHandedOver, at('whenHandedOver'), sink);
  const supply = supplyDays(r.daysSupply);
  return {
    ref,
    concept: r.medicationCodeableConcept,
    medication: lookup(r.medicationReference, r),
    dosages: r.dosageInstruction ?? [],
    source: 'request',
    status: r.status === 'completed' ? 'completed' : r.status,
    startIso: handed,
    lastUseIso:
      handed === undefined ? undefined : supply === undefined ? handed : addDays(handed, supply),
    hasEnd: true,
    reasons: [],
  };
}
