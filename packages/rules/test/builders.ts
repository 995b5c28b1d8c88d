// Builders for rule tests: short, readable patient facts relative to a fixed "now".
import type {
  ConditionKind,
  MedicationFact,
  MedicationKind,
  PatientFacts,
  ScoreFact,
} from '../src/facts/types';
import { emptyFacts } from '../src/facts/types';

/** Evaluation time used by the rule tests. */
export const NOW = new Date('2026-11-23T12:00:00Z');

/** ISO date-time `days` before NOW (negative: in the future). */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

/** A medication record; `last` is days since last use, 'ongoing' for an active record. */
export function med(
  kind: MedicationKind,
  name: string,
  last: number | 'ongoing' | 'unknown',
  extra: Partial<MedicationFact> = {},
): MedicationFact {
  const base: MedicationFact = {
    name,
    ingredient: name.split(' ')[0]!.toLowerCase(),
    kind,
    source: 'statement',
    status: last === 'ongoing' ? 'active' : 'completed',
    ongoing: last === 'ongoing',
    ...(typeof last === 'number' ? { lastUseIso: daysAgo(last) } : {}),
    ...(last === 'ongoing' ? { startIso: daysAgo(60) } : {}),
  };
  return { ...base, ...extra };
}

/** A naltrexone draft order (oral 50 mg daily unless told otherwise). */
export function ntxDraft(extra: Partial<MedicationFact> = {}): MedicationFact {
  return {
    ref: 'MedicationRequest/draft-1',
    name: 'naltrexone 50 mg tablet',
    ingredient: 'naltrexone',
    kind: 'naltrexone-oral',
    source: 'request',
    status: 'draft',
    ongoing: false,
    doseMg: 50,
    dosesPerWeek: 7,
    ...extra,
  };
}

/** A Vivitrol draft order. */
export function depotDraft(extra: Partial<MedicationFact> = {}): MedicationFact {
  return ntxDraft({
    name: 'Vivitrol 380 mg injection',
    kind: 'naltrexone-xr',
    doseMg: 380,
    route: 'intramuscular',
    ...extra,
  });
}

/** A Vivitrol injection given `days` ago. */
export function depotGiven(days: number): MedicationFact {
  return med('naltrexone-xr', 'Vivitrol 380 mg injection', days, {
    source: 'administration',
    doseMg: 380,
    startIso: daysAgo(days),
  });
}

/** Oral naltrexone taken now (started 30 days ago). */
export function oralOngoing(extra: Partial<MedicationFact> = {}): MedicationFact {
  return med('naltrexone-oral', 'naltrexone 50 mg tablet', 'ongoing', {
    doseMg: 50,
    dosesPerWeek: 7,
    startIso: daysAgo(30),
    ...extra,
  });
}

/** A condition. */
export function condition(
  kind: ConditionKind,
  name: string,
  active = true,
): PatientFacts['conditions'][number] {
  return { kind, name, active };
}

/** A score result `days` ago. */
export function score(instrument: ScoreFact['instrument'], value: number, days: number): ScoreFact {
  return { instrument, value, dateIso: daysAgo(days) };
}

/** A liver test `days` ago with a reported ULN. */
export function lab(
  test: 'alt' | 'ast' | 'bilirubin',
  value: number,
  uln: number,
  days: number,
): PatientFacts['labs'][number] {
  return {
    test,
    value,
    uln,
    unit: test === 'bilirubin' ? 'mg/dL' : 'U/L',
    ulnSource: 'reported',
    dateIso: daysAgo(days),
  };
}

/** Facts: an empty record plus the given parts. */
export function facts(parts: Partial<PatientFacts>): PatientFacts {
  return { ...emptyFacts(), patientRef: 'Patient/p1', ...parts };
}

/**
 * A patient who is fine to start oral naltrexone for alcohol use disorder: diagnosis, normal liver
 * tests last week, counselling on record, no opioids. Adding one fact should raise exactly one topic.
 */
export function fineAudStart(parts: Partial<PatientFacts> = {}): PatientFacts {
  return facts({
    conditions: [condition('alcohol-use-disorder', 'Alcohol use disorder, moderate')],
    labs: [lab('alt', 32, 40, 7), lab('ast', 35, 40, 7), lab('bilirubin', 0.8, 1.2, 7)],
    supportServices: [{ name: 'Cognitive behavioural therapy', dateIso: daysAgo(14) }],
    draftOrders: [ntxDraft()],
    ...parts,
  });
}
