// FHIR R4 Bundle or CDS Hooks request → the rules' PatientFacts.
import type { Issue, Result } from '@blockade/pharm';
import type {
  ConditionFact,
  DrugScreenFact,
  LabFact,
  MedicationFact,
  PatientFacts,
  PregnancyStatusFact,
  ProcedureFact,
  ScoreFact,
  SupportFact,
} from '@blockade/rules';
import type { Collected } from './collect';
import { collectResources } from './collect';
import { mapCondition } from './conditions';
import { mapMedication, medicationLookup } from './medications';
import { mapObservation } from './observations';
import { mapProcedure } from './procedures';

/** Options of `bundleToFacts`. */
export interface BundleToFactsOptions {
  /** Evaluation time (kept for symmetry with the rules; mapping itself is time-free). */
  readonly now: Date;
}

/** Facts plus what the input said about the CDS Hooks call. */
export interface MappedInput {
  readonly facts: PatientFacts;
  readonly hook?: string;
  readonly userId?: string;
}

function patientRef(collected: Collected): string | undefined {
  if (collected.patientId !== undefined) {
    return collected.patientId.includes('/')
      ? collected.patientId
      : `Patient/${collected.patientId}`;
  }
  const patient = collected.resources.find((l) => l.resource.resourceType === 'Patient');
  return patient?.resource.id === undefined ? undefined : `Patient/${patient.resource.id}`;
}

/**
 * Maps a FHIR R4 Bundle (collection, searchset, transaction, …) or a CDS Hooks request (prefetch
 * resources and `context.draftOrders`) to the rules' facts, and reports the hook and user.
 *
 * @param input - Parsed JSON.
 * @returns The facts with hook/user, or issues naming each malformed field.
 * @example
 * mapInput({ resourceType: 'Bundle', type: 'collection', entry: [] }).ok //=> true
 */
export function mapInput(input: unknown): Result<MappedInput> {
  const collected = collectResources(input);
  if (!collected.ok) {
    return collected;
  }
  const sink = { issues: [] as Issue[] };
  const lookup = medicationLookup(collected.value.resources);
  const medications: MedicationFact[] = [];
  const draftOrders: MedicationFact[] = [];
  const conditions: ConditionFact[] = [];
  const labs: LabFact[] = [];
  const scores: ScoreFact[] = [];
  const drugScreens: DrugScreenFact[] = [];
  const pregnancyStatus: PregnancyStatusFact[] = [];
  const plannedProcedures: ProcedureFact[] = [];
  const supportServices: SupportFact[] = [];
  for (const l of collected.value.resources) {
    const med = mapMedication(l, lookup, sink);
    if (med !== undefined) {
      (med.draft ? draftOrders : medications).push(med.fact);
      continue;
    }
    const condition = mapCondition(l, sink);
    if (condition !== undefined) {
      conditions.push(condition);
      continue;
    }
    const obs = mapObservation(l, sink);
    labs.push(...(obs.labs ?? []));
    scores.push(...(obs.scores ?? []));
    drugScreens.push(...(obs.drugScreens ?? []));
    pregnancyStatus.push(...(obs.pregnancyStatus ?? []));
    const proc = mapProcedure(l, sink);
    if (proc.planned !== undefined) {
      plannedProcedures.push(proc.planned);
    }
    if (proc.support !== undefined) {
      supportServices.push(proc.support);
    }
  }
  if (sink.issues.length > 0) {
    return { ok: false, issues: sink.issues };
  }
  const ref = patientRef(collected.value);
  const facts: PatientFacts = {
    ...(ref === undefined ? {} : { patientRef: ref }),
    medications,
    draftOrders,
    conditions,
    labs,
    scores,
    drugScreens,
    plannedProcedures,
    supportServices,
    pregnancyStatus,
  };
  const { hook, userId } = collected.value;
  return {
    ok: true,
    value: {
      facts,
      ...(hook === undefined ? {} : { hook }),
      ...(userId === undefined ? {} : { userId }),
    },
  };
}

/**
 * Maps a FHIR R4 Bundle or CDS Hooks request to the rules' facts.
 *
 * @param input - Parsed JSON: a Bundle (collection, searchset, …) or a CDS Hooks request.
 * @param _options - `now` (mapping itself does not depend on time).
 * @returns PatientFacts, or issues naming each malformed field (path, value, what is allowed).
 * @example
 * bundleToFacts(bundle, { now: new Date() }) //=> { ok: true, value: { medications: [...], ... } }
 */
export function bundleToFacts(
  input: unknown,
  _options: BundleToFactsOptions,
): Result<PatientFacts> {
  const mapped = mapInput(input);
  return mapped.ok ? { ok: true, value: mapped.value.facts } : mapped;
}
