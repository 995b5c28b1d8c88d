// naloxone-challenge-advised: naltrexone ordered for a patient with an opioid history whose
// opioid-free interval cannot be confirmed (last use date unknown) or has only just passed the
// minimum (within 14 days of last use). Severity warning when the date is unknown, info otherwise.
// Not advised (and silent) during withdrawal or with a recent positive urine screen: the label rules
// the challenge out then, and the washout/withdrawal cards speak instead.
import { createSuggestion } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import { daysSince } from '../facts/time';
import { cowsWithdrawalThreshold, cowsWindowDays } from './active-withdrawal';
import { positiveScreenDays, washoutDays } from './opioid-washout';
import { naloxoneChallengeOrder } from './orders';
import type { Rule } from './rule';
import { latestScore, whenAgo } from './rule';

/** Within this many days of last opioid use a challenge is advised even after the minimum wait. */
export const challengeWindowDays = 14;

function blocked(ctx: RuleContext): boolean {
  const cows = latestScore(ctx, 'cows', cowsWindowDays);
  const recentPositive = ctx.facts.drugScreens.some(
    (s) => s.positive && daysSince(s.dateIso, ctx.now) <= positiveScreenDays,
  );
  const ongoing = ctx.opioidExposures.some((e) => e.ongoing);
  const insideWashout = ctx.opioidExposures.some((e) => {
    const limits = washoutDays[e.med.kind];
    return limits !== undefined && e.daysAgo !== undefined && e.daysAgo < limits.warning;
  });
  return (
    (cows !== undefined && cows.value >= cowsWithdrawalThreshold) ||
    recentPositive ||
    ongoing ||
    insideWashout
  );
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (
    ctx.naltrexoneDrafts.length === 0 ||
    ctx.currentNaltrexone.length > 0 ||
    !ctx.hasOpioidHistory ||
    blocked(ctx)
  ) {
    return undefined;
  }
  const unknown = ctx.opioidExposures.filter((e) => e.lastIso === undefined && !e.ongoing);
  const recent = ctx.opioidExposures.filter(
    (e) => e.daysAgo !== undefined && e.daysAgo < challengeWindowDays,
  );
  const oudWithoutDates = ctx.opioidExposures.length === 0;
  if (unknown.length === 0 && recent.length === 0 && !oudWithoutDates) {
    return undefined;
  }
  const facts = [
    ...recent.map((e) => `${e.med.name}: last use ${whenAgo(e.lastIso ?? '', ctx.now)}.`),
    ...unknown.map((e) => `${e.med.name}: no date of last use in the record.`),
    ...(oudWithoutDates
      ? [
          'Opioid use disorder or a positive opioid screen is recorded, but no opioid with a date of last use.',
        ]
      : []),
  ];
  const recentNegative = ctx.facts.drugScreens.some(
    (s) => !s.positive && daysSince(s.dateIso, ctx.now) <= positiveScreenDays,
  );
  // A negative urine screen this week softens "no date at all" to advice.
  const dateUnknown = unknown.length > 0 || (oudWithoutDates && !recentNegative);
  return {
    topic: 'naloxone-challenge-advised',
    indicator: dateUnknown ? 'warning' : 'info',
    clinician: {
      summary: dateUnknown
        ? 'Opioid-free interval cannot be confirmed: give a naloxone challenge before naltrexone'
        : 'Opioid use within 14 days: consider a naloxone challenge before naltrexone',
      detail: [
        `**Facts.** ${facts.join(' ')}`,
        `**Reasoning.** A naloxone challenge is a short test for remaining opioid dependence: if withdrawal appears, naltrexone would precipitate it. The label describes the challenge when opioid-free status is uncertain.`,
        `**What to do.** Label protocol: naloxone 0.2 mg IV, watch 30 seconds, then 0.6 mg IV and watch 20 minutes; or 0.8 mg SC and watch 20 minutes. If in doubt, repeat after 24 hours with 1.6 mg. Start naltrexone only if no withdrawal signs appear. Do not give the challenge to a patient with withdrawal signs or an opioid-positive urine.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'A short naloxone test may be done before your first naltrexone dose',
      detail:
        'Before starting naltrexone, your care team may give a small dose of naloxone and watch for withdrawal for about 20 minutes. ' +
        'This checks that opioids have fully left your body, so naltrexone will not make you sick.',
    },
    citation: citations.reviaLabel,
    suggestions: [
      createSuggestion('Order a naloxone challenge', naloxoneChallengeOrder(ctx.patientRef), true),
    ],
  };
}

/** Rule: naloxone challenge advised before starting naltrexone. */
export const naloxoneChallengeRule: Rule = { topic: 'naloxone-challenge-advised', evaluate };
