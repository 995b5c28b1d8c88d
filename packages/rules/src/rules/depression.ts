// depression-screen-positive: latest PHQ-9 total within 90 days is 10 or more (moderate or worse;
// Kroenke 2001: 10 = moderate, 15 = moderately severe, 20 = severe) in a patient starting or taking
// naltrexone. Severity warning. Silent when PHQ-9 item 9 is positive: the suicidality card speaks.
import { createSuggestion } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import { mentalHealthAssessment } from './orders';
import type { Rule } from './rule';
import { latestScore, whenAgo } from './rule';

/** PHQ-9 total at or above which the screen is positive, and the look-back in days. */
export const phq9Positive = { total: 10, windowDays: 90 } as const;

/**
 * PHQ-9 severity band (Kroenke 2001).
 *
 * @param total - PHQ-9 total (0-27).
 * @returns The band's name.
 * @example
 * phq9Band(16) //=> 'moderately severe'
 */
export function phq9Band(total: number): string {
  if (total >= 20) {
    return 'severe';
  }
  if (total >= 15) {
    return 'moderately severe';
  }
  if (total >= 10) {
    return 'moderate';
  }
  return total >= 5 ? 'mild' : 'minimal';
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (!ctx.inNaltrexoneCare && ctx.naltrexoneHistory.length === 0) {
    return undefined;
  }
  const total = latestScore(ctx, 'phq9-total', phq9Positive.windowDays);
  const item9 = latestScore(ctx, 'phq9-item9', phq9Positive.windowDays);
  if (
    total === undefined ||
    total.value < phq9Positive.total ||
    (item9 !== undefined && item9.value > 0)
  ) {
    return undefined;
  }
  const combo = [...ctx.naltrexoneDrafts, ...ctx.currentNaltrexone].some(
    (m) => m.kind === 'naltrexone-bupropion',
  );
  return {
    topic: 'depression-screen-positive',
    indicator: 'warning',
    clinician: {
      summary: `PHQ-9 ${total.value} (${phq9Band(total.value)} depression): assess and follow mood during naltrexone`,
      detail: [
        `**Facts.** PHQ-9 total ${total.value} (${phq9Band(total.value)}) on ${whenAgo(total.dateIso, ctx.now)}.${item9 === undefined ? ' Item 9 (thoughts of self-harm) is not recorded: ask about it.' : ' Item 9 scored 0.'}`,
        `**Reasoning.** The naltrexone labels warn about depression and suicidality in people treated for dependence. Longer-term studies mostly did not find that naltrexone causes depression, but the loss of a drug's euphoria can feel like low mood, and untreated depression predicts relapse.${combo ? ' Naltrexone/bupropion carries a boxed warning on suicidal thoughts (bupropion).' : ''}`,
        `**What to do.** Assess for a depressive disorder, ask about suicidal thoughts, offer treatment (psychotherapy and/or an antidepressant), and repeat the PHQ-9 at follow-up.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'Your mood questionnaire suggests depression: please talk with your care team',
      detail:
        'Your answers suggest you may be depressed. This is common and treatable. Your care team can talk it through and offer support. ' +
        'If you have thoughts of harming yourself, call your local emergency number or a crisis line now.',
    },
    citation: citations.phq9,
    suggestions: [
      createSuggestion(
        'Arrange a depression assessment',
        mentalHealthAssessment(ctx.patientRef, false),
        true,
      ),
    ],
  };
}

/** Rule: positive depression screen. */
export const depressionRule: Rule = { topic: 'depression-screen-positive', evaluate };
