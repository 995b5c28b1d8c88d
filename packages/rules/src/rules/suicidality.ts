// suicidality-risk: PHQ-9 item 9 > 0 within 30 days, or an active suicidal-ideation diagnosis:
// critical for every patient (no naltrexone gate: safety first). Naltrexone/bupropion ordered or
// taken with depression on record (condition or PHQ-9 >= 10): warning (CONTRAVE boxed warning).
import { createSuggestion } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import { mentalHealthAssessment } from './orders';
import { phq9Positive } from './depression';
import type { Rule } from './rule';
import { latestScore, whenAgo } from './rule';

/** PHQ-9 item 9 look-back in days. */
export const item9WindowDays = 30;

function criticalFacts(ctx: RuleContext): string[] {
  const item9 = latestScore(ctx, 'phq9-item9', item9WindowDays);
  const facts: string[] = [];
  if (item9 !== undefined && item9.value > 0) {
    facts.push(
      `PHQ-9 item 9 (thoughts of being better off dead or of self-harm) scored ${item9.value} of 3 on ${whenAgo(item9.dateIso, ctx.now)}.`,
    );
  }
  for (const c of ctx.facts.conditions) {
    if (c.kind === 'suicidal-ideation' && c.active) {
      facts.push(`Active condition: ${c.name}.`);
    }
  }
  return facts;
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  const facts = criticalFacts(ctx);
  if (facts.length > 0) {
    return {
      topic: 'suicidality-risk',
      indicator: 'critical',
      clinician: {
        summary: 'Thoughts of self-harm reported: assess suicide risk today',
        detail: [
          `**Facts.** ${facts.join(' ')}`,
          `**Reasoning.** Any positive answer to PHQ-9 item 9 needs a same-day suicide risk assessment. The naltrexone labels warn about depression and suicidality in people treated for dependence; overdose risk after the blockade fades adds to the danger.`,
          `**What to do.** Ask directly about suicidal thoughts, plans and means; make a safety plan; involve crisis or mental health services as needed; limit access to means, including large opioid supplies.`,
        ].join('\n\n'),
      },
      patient: {
        summary: 'You said you have had thoughts of harming yourself: help is available now',
        detail:
          'You are not alone. If you might act on these thoughts, call your local emergency number or a crisis line now. ' +
          'Your care team wants to talk with you today.',
      },
      citation: citations.phq9,
      suggestions: [
        createSuggestion(
          'Arrange a same-day suicide risk assessment',
          mentalHealthAssessment(ctx.patientRef, true),
          true,
        ),
      ],
    };
  }
  const combo = [...ctx.naltrexoneDrafts, ...ctx.currentNaltrexone].find(
    (m) => m.kind === 'naltrexone-bupropion',
  );
  const total = latestScore(ctx, 'phq9-total', phq9Positive.windowDays);
  const depressed =
    ctx.facts.conditions.some((c) => c.kind === 'depression' && c.active) ||
    (total !== undefined && total.value >= phq9Positive.total);
  if (combo === undefined || !depressed) {
    return undefined;
  }
  return {
    topic: 'suicidality-risk',
    indicator: 'warning',
    clinician: {
      summary: 'Naltrexone/bupropion with depression: boxed warning on suicidal thoughts',
      detail: [
        `**Facts.** ${combo.name} ${combo.status === 'draft' ? 'is being ordered' : 'is being taken'}; depression is recorded${total === undefined ? '' : ` (latest PHQ-9 ${total.value})`}.`,
        `**Reasoning.** The bupropion component carries a boxed warning for suicidal thoughts and behaviours, especially early in treatment and after dose changes.`,
        `**What to do.** Discuss the risk, monitor mood and suicidal thinking closely in the first weeks, and tell the patient and family what to watch for.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'This medicine needs close mood follow-up',
      detail:
        'Tell your care team at once about new or worse low mood, agitation, or thoughts of self-harm.',
    },
    citation: citations.contraveLabel,
  };
}

/** Rule: suicidality risk. */
export const suicidalityRule: Rule = { topic: 'suicidality-risk', evaluate };
