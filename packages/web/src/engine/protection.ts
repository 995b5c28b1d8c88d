// Plain-language wording of estimated μ-opioid receptor blockade, for patients and clinicians.

/** Levels of estimated protection, from the μ occupancy estimate. */
export type ProtectionLevel = 'strong' | 'good' | 'partial' | 'low';

/**
 * Occupancy thought needed to block a typical opioid dose: about 75-80% (functional PET and
 * challenge studies). Source: domain summary, "Blocks heroin is functional".
 */
export const blockingOccupancy = 0.75;

/**
 * Classifies an estimated μ occupancy (0-1).
 *
 * @param mu - Estimated fraction of μ receptors occupied.
 * @returns `strong` ≥ 0.9, `good` ≥ 0.75, `partial` ≥ 0.5, else `low`.
 * @example
 * protectionLevel(0.8) //=> 'good'
 */
export function protectionLevel(mu: number): ProtectionLevel {
  if (mu >= 0.9) {
    return 'strong';
  }
  if (mu >= blockingOccupancy) {
    return 'good';
  }
  if (mu >= 0.5) {
    return 'partial';
  }
  return 'low';
}

/**
 * One sentence a patient can read about the current estimate, with its uncertainty.
 *
 * @param mu - Estimated μ occupancy (typical value, 0-1).
 * @param p5 - 5th percentile, when known.
 * @param p95 - 95th percentile, when known.
 * @returns Plain words, e.g. "Your blockade is estimated to be strong: about 93% …".
 * @example
 * describeProtection(0.93, 0.85, 0.97)
 * //=> 'Your blockade is estimated to be strong: about 93% of the opioid receptors … (likely range 85-97%).'
 */
export function describeProtection(mu: number, p5?: number, p95?: number): string {
  const pct = (x: number): string => `${Math.round(x * 100)}`;
  const range =
    p5 !== undefined && p95 !== undefined ? ` (likely range ${pct(p5)}-${pct(p95)}%)` : '';
  const head: Record<ProtectionLevel, string> = {
    strong: 'Your blockade is estimated to be strong',
    good: 'Your blockade is estimated to be good',
    partial: 'Your blockade is estimated to be partial and may not stop the effect of opioids',
    low: 'Your blockade is estimated to be low or gone',
  };
  return `${head[protectionLevel(mu)]}: about ${pct(mu)}% of the brain's opioid receptors are blocked${range}.`;
}

/**
 * Whether the safety message about lower tolerance must be shown prominently: after a missed
 * dose, or when the blockade is below the blocking level now or within the next week.
 *
 * @param muNow - Estimated μ occupancy now.
 * @param muIn7Days - Estimated μ occupancy in 7 days (projection), when known.
 * @param missedRecently - A dose was recorded as missed in the last 7 days.
 * @returns True when the overdose-risk warning should lead the page.
 * @example
 * needsSafetyWarning(0.95, 0.6, false) //=> true
 */
export function needsSafetyWarning(
  muNow: number,
  muIn7Days: number | undefined,
  missedRecently: boolean,
): boolean {
  return (
    missedRecently ||
    muNow < blockingOccupancy ||
    (muIn7Days !== undefined && muIn7Days < blockingOccupancy)
  );
}
