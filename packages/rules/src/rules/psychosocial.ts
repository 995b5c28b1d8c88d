// psychosocial-support: naltrexone is being started for alcohol or opioid use disorder and no
// counselling, psychotherapy or mutual-help support is on record within 365 days. Severity info.
// Labels and ASAM: naltrexone is part of a programme with psychosocial support, not the only treatment.
import { createSuggestion } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import { daysSince } from '../facts/time';
import { counsellingReferral } from './orders';
import type { Rule } from './rule';

/** Support recorded within this many days counts (undated records count). */
export const supportWindowDays = 365;

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (ctx.naltrexoneDrafts.length === 0 || ctx.currentNaltrexone.length > 0) {
    return undefined;
  }
  const aud = ctx.facts.conditions.some((c) => c.active && c.kind === 'alcohol-use-disorder');
  if (!aud && !ctx.hasOpioidHistory) {
    return undefined;
  }
  const supported = ctx.facts.supportServices.some(
    (s) => s.dateIso === undefined || daysSince(s.dateIso, ctx.now) <= supportWindowDays,
  );
  if (supported) {
    return undefined;
  }
  const disorder =
    aud && ctx.hasOpioidHistory
      ? 'alcohol and opioid use'
      : aud
        ? 'alcohol use disorder'
        : 'opioid use';
  return {
    topic: 'psychosocial-support',
    indicator: 'info',
    clinician: {
      summary: 'No counselling or peer support on record: pair naltrexone with psychosocial care',
      detail: [
        `**Facts.** Naltrexone is being started; ${disorder} is recorded; no counselling, psychotherapy or mutual-help support is recorded in the last ${supportWindowDays} days.`,
        `**Reasoning.** Naltrexone works as part of a treatment programme that includes counselling and peer support; medication alone is not the whole treatment.`,
        `**What to do.** Offer a referral to counselling (e.g. cognitive behavioural therapy, motivational interviewing) and information about mutual-help groups.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'Naltrexone works best with support: ask about counselling or peer groups',
      detail:
        'Counselling and peer support groups make treatment more likely to succeed. Your care team can suggest options near you or online.',
    },
    citation: citations.programme,
    suggestions: [
      createSuggestion('Refer for counselling', counsellingReferral(ctx.patientRef), true),
    ],
  };
}

/** Rule: psychosocial support alongside naltrexone. */
export const psychosocialRule: Rule = { topic: 'psychosocial-support', evaluate };
