// The public entry point: facts in, CDS Hooks cards out. Pure: the time is an argument.
import type { Finding } from '../cards/finding';
import { toCard } from '../cards/finding';
import type { Card, Indicator } from '../cards/types';
import type { PatientFacts } from '../facts/types';
import { allRules } from '../rules/all-rules';
import type { Audience, Hook } from './context';
import { buildContext } from './context';
import type { BlockadeEstimator } from './estimate';
import { naltrexoneDoses } from './estimate';
import { defaultEstimator } from './pharm-estimator';

/** Options of `evaluateRules`. */
export interface EvaluateOptions {
  /** Evaluation time (the rules never read the clock). */
  readonly now: Date;
  /** The CDS Hooks hook that asked; `patient-view` ignores draft orders. */
  readonly hook?: Hook;
  /** Wording for clinicians (default) or plain words for a patient. */
  readonly audience?: Audience;
  /** Blockade estimator; defaults to the @blockade/pharm engine. */
  readonly estimator?: BlockadeEstimator;
}

const rank: Record<Indicator, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Runs every rule and returns the findings, most urgent first (ties keep rule order).
 *
 * @param facts - Patient facts.
 * @param options - Evaluation time, hook, audience, estimator.
 * @returns Findings.
 * @example
 * evaluateFindings(emptyFacts(), { now: new Date() }) //=> []
 */
export function evaluateFindings(facts: PatientFacts, options: EvaluateOptions): Finding[] {
  const estimator = options.estimator ?? defaultEstimator;
  const ctx = buildContext(facts, options.now, options.hook, options.audience ?? 'clinician', () =>
    estimator(naltrexoneDoses(facts, options.now), options.now),
  );
  return allRules
    .map((rule) => rule.evaluate(ctx))
    .filter((f): f is Finding => f !== undefined)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.indicator] - rank[b.f.indicator] || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * Evaluates the clinical decision-support rules for one patient and returns CDS Hooks cards.
 * A patient with nothing to flag gets an empty list.
 *
 * @param facts - Patient facts (see `PatientFacts`; @blockade/fhir builds them from FHIR).
 * @param options - `now` (required), `hook`, `audience` (`clinician` | `patient`), `estimator`.
 * @returns Cards, critical first.
 * @example
 * evaluateRules(factsHeroin3DaysAgoDepotOrdered, { now, hook: 'order-sign' })[0]?.indicator //=> 'critical'
 */
export function evaluateRules(facts: PatientFacts, options: EvaluateOptions): Card[] {
  return evaluateFindings(facts, options).map((f) => toCard(f, options.audience ?? 'clinician'));
}
