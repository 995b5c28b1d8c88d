// Convenience: FHIR input in, CDS Hooks response out.
import type { Result } from '@blockade/pharm';
import type { Audience, BlockadeEstimator, Hook } from '@blockade/rules';
import { evaluateRules } from '@blockade/rules';
import type { CdsHooksResponse } from './cds-hooks/types';
import { toCdsCards } from './cds-hooks/types';
import { mapInput } from './map/bundle-to-facts';

/** Options of `evaluateBundle`. */
export interface EvaluateBundleOptions {
  readonly now: Date;
  /** Overrides the hook named in a CDS Hooks request. */
  readonly hook?: Hook;
  /** Overrides the audience; by default a patient-view by a `Patient/…` user gets patient wording. */
  readonly audience?: Audience;
  readonly estimator?: BlockadeEstimator;
}

const hooks: readonly string[] = ['patient-view', 'order-sign', 'order-select'];

/**
 * Maps a FHIR Bundle or CDS Hooks request to facts, evaluates the rules, and returns a CDS Hooks
 * response (`{ cards }`).
 *
 * @param input - Parsed JSON.
 * @param options - Evaluation time, optional hook/audience overrides and estimator.
 * @returns The response, or issues naming malformed fields.
 * @example
 * evaluateBundle(cdsRequest, { now: new Date('2026-11-23T12:00:00Z') }) //=> { ok: true, value: { cards: [...] } }
 */
export function evaluateBundle(
  input: unknown,
  options: EvaluateBundleOptions,
): Result<CdsHooksResponse> {
  const mapped = mapInput(input);
  if (!mapped.ok) {
    return mapped;
  }
  const requested = mapped.value.hook;
  const hook =
    options.hook ??
    (requested !== undefined && hooks.includes(requested) ? (requested as Hook) : undefined);
  const audience =
    options.audience ??
    (hook === 'patient-view' && mapped.value.userId?.startsWith('Patient/') === true
      ? 'patient'
      : 'clinician');
  const cards = evaluateRules(mapped.value.facts, {
    now: options.now,
    audience,
    ...(hook === undefined ? {} : { hook }),
    ...(options.estimator === undefined ? {} : { estimator: options.estimator }),
  });
  return { ok: true, value: { cards: toCdsCards(cards) } };
}
