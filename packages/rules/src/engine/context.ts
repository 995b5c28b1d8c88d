// Facts derived once per evaluation and shared by every rule: is naltrexone being started, is the
// patient covered now, when were opioids last used, is there an opioid history.
import type { MedicationFact, PatientFacts } from '../facts/types';
import { naltrexoneKinds, opioidKinds } from '../facts/types';
import { daysSince } from '../facts/time';
import type { BlockadeEstimate } from './estimate';

/** Which CDS Hooks hook asked. */
export type Hook = 'patient-view' | 'order-sign' | 'order-select';

/** Who reads the cards. */
export type Audience = 'clinician' | 'patient';

/** Days a depot injection counts as "covering" the patient (label: dosing every 4 weeks). */
export const xrCoverDays = 28;

/** Opioid use or a positive screen within this many days counts as an opioid history. */
export const opioidHistoryDays = 365;

/** The latest known opioid exposure of one medication record. */
export interface OpioidExposure {
  readonly med: MedicationFact;
  /** Still being taken (active, no end). */
  readonly ongoing: boolean;
  /** Date of last known use; undefined when the record gives none. */
  readonly lastIso?: string;
  /** Days since last use (undefined when unknown; 0 when ongoing). */
  readonly daysAgo?: number;
}

/** What every rule may read besides the raw facts. */
export interface RuleContext {
  readonly facts: PatientFacts;
  readonly now: Date;
  readonly hook: Hook | undefined;
  readonly audience: Audience;
  /** Draft orders for a naltrexone product (empty in patient-view). */
  readonly naltrexoneDrafts: readonly MedicationFact[];
  /** Naltrexone records that cover the patient now (ongoing oral, or an injection within 28 days). */
  readonly currentNaltrexone: readonly MedicationFact[];
  /** Any naltrexone record (drafts excluded). */
  readonly naltrexoneHistory: readonly MedicationFact[];
  /** True when a naltrexone draft exists or naltrexone covers the patient now. */
  readonly inNaltrexoneCare: boolean;
  /** Opioid agonist exposures, latest first (antidiarrhoeals excluded). */
  readonly opioidExposures: readonly OpioidExposure[];
  /** OUD diagnosis, opioid use within a year (or undated), or a positive opioid screen within a year. */
  readonly hasOpioidHistory: boolean;
  /** Estimated μ blockade from the naltrexone history, when an engine is wired and history exists. */
  readonly estimate: BlockadeEstimate | undefined;
  /** Patient reference for suggested resources. */
  readonly patientRef: string;
}

/**
 * True when the record describes an injection or implant that still covers the patient at `now`.
 *
 * @param med - A naltrexone record.
 * @param now - Evaluation time.
 * @returns Whether it covers now.
 * @example
 * coversNow(vivitrolTenDaysAgo, now) //=> true
 */
export function coversNow(med: MedicationFact, now: Date): boolean {
  if (med.kind === 'naltrexone-xr' || med.kind === 'naltrexone-implant') {
    const iso = med.lastUseIso ?? med.startIso;
    if (iso === undefined) {
      return med.ongoing;
    }
    const days = daysSince(iso, now);
    return days >= 0 && days <= (med.kind === 'naltrexone-xr' ? xrCoverDays : 90);
  }
  return med.ongoing;
}

function exposureOf(med: MedicationFact, now: Date): OpioidExposure {
  if (med.ongoing) {
    return { med, ongoing: true, daysAgo: 0 };
  }
  const lastIso = med.lastUseIso ?? (med.source === 'request' ? undefined : med.startIso);
  return lastIso === undefined
    ? { med, ongoing: false }
    : { med, ongoing: false, lastIso, daysAgo: daysSince(lastIso, now) };
}

/**
 * Builds the shared context for one evaluation.
 *
 * @param facts - Patient facts.
 * @param now - Evaluation time.
 * @param hook - The hook that asked, if any; in `patient-view` draft orders are ignored.
 * @param audience - Who reads the cards.
 * @param estimate - Computes the blockade estimate lazily from the facts.
 * @returns The context.
 * @example
 * buildContext(facts, now, 'order-sign', 'clinician', () => undefined).naltrexoneDrafts.length //=> 1
 */
export function buildContext(
  facts: PatientFacts,
  now: Date,
  hook: Hook | undefined,
  audience: Audience,
  estimate: () => BlockadeEstimate | undefined,
): RuleContext {
  const isNtx = (m: MedicationFact): boolean => naltrexoneKinds.includes(m.kind);
  const naltrexoneDrafts = hook === 'patient-view' ? [] : facts.draftOrders.filter(isNtx);
  const naltrexoneHistory = facts.medications.filter(isNtx);
  const currentNaltrexone = naltrexoneHistory.filter((m) => coversNow(m, now));
  const opioidExposures = facts.medications
    .filter((m) => opioidKinds.includes(m.kind) && m.kind !== 'opioid-antidiarrheal')
    .filter((m) => m.lastUseIso === undefined || daysSince(m.lastUseIso, now) >= 0)
    .map((m) => exposureOf(m, now))
    .sort((a, b) => (a.daysAgo ?? Infinity) - (b.daysAgo ?? Infinity));
  // An opioid history that matters for overdose and induction: an OUD diagnosis (even in
  // remission), opioid use within a year (or with no date), or a positive screen within a year.
  const withinYear = (days: number | undefined): boolean =>
    days === undefined || days <= opioidHistoryDays;
  const hasOpioidHistory =
    opioidExposures.some((e) => withinYear(e.daysAgo)) ||
    facts.conditions.some((c) => c.kind === 'opioid-use-disorder') ||
    facts.drugScreens.some((s) => s.positive && daysSince(s.dateIso, now) <= opioidHistoryDays);
  return {
    facts,
    now,
    hook,
    audience,
    naltrexoneDrafts,
    currentNaltrexone,
    naltrexoneHistory,
    inNaltrexoneCare: naltrexoneDrafts.length > 0 || currentNaltrexone.length > 0,
    opioidExposures,
    hasOpioidHistory,
    estimate: naltrexoneHistory.length > 0 ? estimate() : undefined,
    patientRef: facts.patientRef ?? 'Patient/unknown',
  };
}
