// active-opioid-withdrawal: naltrexone ordered while the latest COWS (within 24 h) shows withdrawal.
// Threshold: COWS total >= 5 (mild 5-12, moderate 13-24, moderately severe 25-36, severe > 36;
// Wesson & Ling 2003). Severity critical: do not start during active withdrawal, and the label
// forbids a naloxone challenge in a patient with withdrawal signs.
import { cancelDraft, overrideReason } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import type { Rule } from './rule';
import { draftPhrase, latestScore, whenAgo } from './rule';

/** COWS total at or above which withdrawal is present. */
export const cowsWithdrawalThreshold = 5;
/** How recent a COWS score must be to describe the patient now (hours, as days). */
export const cowsWindowDays = 1;

/**
 * COWS severity band.
 *
 * @param total - COWS total (0-48).
 * @returns The band's name.
 * @example
 * cowsBand(14) //=> 'moderate'
 */
export function cowsBand(total: number): string {
  if (total < 5) {
    return 'no active withdrawal';
  }
  if (total <= 12) {
    return 'mild';
  }
  if (total <= 24) {
    return 'moderate';
  }
  return total <= 36 ? 'moderately severe' : 'severe';
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (ctx.naltrexoneDrafts.length === 0) {
    return undefined;
  }
  const cows = latestScore(ctx, 'cows', cowsWindowDays);
  if (cows === undefined || cows.value < cowsWithdrawalThreshold) {
    return undefined;
  }
  return {
    topic: 'active-opioid-withdrawal',
    indicator: 'critical',
    clinician: {
      summary: `Active opioid withdrawal (COWS ${cows.value}): do not start naltrexone now`,
      detail: [
        `**Facts.** COWS total ${cows.value} (${cowsBand(cows.value)} withdrawal) recorded ${whenAgo(cows.dateIso, ctx.now)}.`,
        `**Reasoning.** Withdrawal signs mean opioids are still acting or leaving the receptors; naltrexone now can turn this into severe precipitated withdrawal. The labels also rule out a naloxone challenge while withdrawal signs are present.`,
        `**What to do.** Hold ${draftPhrase(ctx)}. Treat withdrawal symptoms, reassess with COWS, and start naltrexone once withdrawal has settled and the opioid-free interval is complete (or within a supervised naltrexone-assisted induction protocol).`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'You seem to be in opioid withdrawal: naltrexone should wait until it settles',
      detail:
        'Your latest withdrawal score suggests withdrawal symptoms. Starting naltrexone now could make them much worse. ' +
        'Your care team can help with the symptoms and plan the right day to start.',
    },
    citation: citations.cows,
    suggestions: cancelDraft(ctx.naltrexoneDrafts[0]?.ref, 'Cancel the naltrexone order for now'),
    overrideReasons: [
      overrideReason('supervised-induction', 'Supervised naltrexone-assisted induction protocol'),
      overrideReason('cows-not-opioid', 'Score reflects another cause, not opioid withdrawal'),
    ],
  };
}

/** Rule: active opioid withdrawal when naltrexone is ordered. */
export const activeWithdrawalRule: Rule = { topic: 'active-opioid-withdrawal', evaluate };
