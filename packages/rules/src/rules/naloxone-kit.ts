// naloxone-rescue-kit: a patient with an opioid history who is starting, taking or recently
// stopped naltrexone has no naloxone on record within 365 days. Severity info. VIVITROL label:
// patients are vulnerable to overdose when the blockade ends; counsel on naloxone rescue.
import { createSuggestion } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import { daysSince } from '../facts/time';
import { naloxoneKitOrder } from './orders';
import type { Rule } from './rule';

/** A naloxone record older than this (days) is assumed used up or expired. */
export const naloxoneRecordDays = 365;

/**
 * Whether the record shows naloxone available (active, or dispensed/prescribed within a year).
 *
 * @param ctx - Rule context.
 * @returns True when naloxone is on record.
 * @example
 * hasNaloxone(ctxWithNarcan) //=> true
 */
export function hasNaloxone(ctx: RuleContext): boolean {
  const drafts = ctx.hook === 'patient-view' ? [] : ctx.facts.draftOrders;
  return [...ctx.facts.medications, ...drafts].some((m) => {
    if (m.kind !== 'naloxone') {
      return false;
    }
    const iso = m.lastUseIso ?? m.startIso;
    return (
      m.ongoing ||
      m.status === 'draft' ||
      iso === undefined ||
      daysSince(iso, ctx.now) <= naloxoneRecordDays
    );
  });
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  const recentNaltrexone = ctx.naltrexoneHistory.some((m) => {
    const iso = m.lastUseIso ?? m.startIso;
    return m.ongoing || (iso !== undefined && daysSince(iso, ctx.now) <= 180);
  });
  if (!ctx.hasOpioidHistory || !(ctx.inNaltrexoneCare || recentNaltrexone) || hasNaloxone(ctx)) {
    return undefined;
  }
  return {
    topic: 'naloxone-rescue-kit',
    indicator: 'info',
    clinician: {
      summary: 'No naloxone on record: prescribe a rescue kit and teach its use',
      detail: [
        `**Facts.** Opioid use disorder, opioid use or a positive opioid screen is recorded, the patient is ${ctx.naltrexoneDrafts.length > 0 ? 'starting' : 'taking or recently took'} naltrexone, and no naloxone has been prescribed or dispensed in the last ${naloxoneRecordDays} days.`,
        `**Reasoning.** Naltrexone lowers opioid tolerance. When the blockade ends (missed dose, late injection, stopping) or is overridden with large opioid doses, overdose can be fatal. The label asks clinicians to counsel on this and on naloxone.`,
        `**What to do.** Prescribe naloxone (e.g. 4 mg nasal spray), show the patient and family how to use it, and recheck at every injection or visit.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'Ask for a naloxone kit: it can reverse an opioid overdose',
      detail:
        'Naloxone is a rescue medicine that can reverse an opioid overdose. Keep it at home and with you, and show family or friends how to use it.',
    },
    citation: citations.vivitrolLabel,
    suggestions: [
      createSuggestion('Prescribe a naloxone rescue kit', naloxoneKitOrder(ctx.patientRef), true),
    ],
  };
}

/** Rule: naloxone rescue kit. */
export const naloxoneKitRule: Rule = { topic: 'naloxone-rescue-kit', evaluate };
