// pregnancy-caution: naltrexone ordered or taken during a recorded pregnancy. Severity warning:
// human safety data are limited (VIVITROL label, section 8.1; "safety unclear"), and for opioid use
// disorder in pregnancy agonist therapy (methadone, buprenorphine) is the established treatment (ASAM).
import { overrideReason } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import { daysSince, latestBy } from '../facts/time';
import type { Rule } from './rule';
import { whenAgo } from './rule';

/** A pregnancy record older than this (days) no longer describes the patient now. */
export const pregnancyRecordDays = 300;

/**
 * The evidence that the patient is pregnant now, as one sentence; undefined when none.
 *
 * @param ctx - Rule context.
 * @returns Sentence naming the record and its date.
 * @example
 * pregnancyEvidence(ctx) //=> 'Pregnancy status "pregnant" recorded 2026-11-01 (22 days ago).'
 */
export function pregnancyEvidence(ctx: RuleContext): string | undefined {
  const status = latestBy(ctx.facts.pregnancyStatus, (s) => s.dateIso);
  const statusFresh =
    status !== undefined && daysSince(status.dateIso, ctx.now) <= pregnancyRecordDays;
  if (statusFresh && !status.pregnant) {
    return undefined;
  }
  if (statusFresh && status.pregnant) {
    return `Pregnancy status "pregnant" recorded ${whenAgo(status.dateIso, ctx.now)}.`;
  }
  const condition = ctx.facts.conditions.find(
    (c) =>
      c.kind === 'pregnancy' &&
      c.active &&
      (c.recordedIso === undefined || daysSince(c.recordedIso, ctx.now) <= pregnancyRecordDays),
  );
  if (condition === undefined) {
    return undefined;
  }
  return `Active condition "${condition.name}"${condition.recordedIso === undefined ? '' : ` recorded ${whenAgo(condition.recordedIso, ctx.now)}`}.`;
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (!ctx.inNaltrexoneCare) {
    return undefined;
  }
  const evidence = pregnancyEvidence(ctx);
  if (evidence === undefined) {
    return undefined;
  }
  return {
    topic: 'pregnancy-caution',
    indicator: 'warning',
    clinician: {
      summary: 'Pregnant patient: naltrexone safety in pregnancy is not established',
      detail: [
        `**Facts.** ${evidence}`,
        `**Reasoning.** Data on naltrexone in human pregnancy are limited, so its safety is unclear. For opioid use disorder in pregnancy, methadone or buprenorphine is the established treatment; stopping a working treatment also carries risk.`,
        `**What to do.** Discuss benefits and risks with the patient and document the decision; involve obstetric care. For opioid use disorder consider agonist therapy; for alcohol use disorder prefer psychosocial treatment first.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'You are pregnant: talk with your care team about naltrexone',
      detail:
        'There is not much research on naltrexone in pregnancy, so its safety is not known. Do not stop any treatment on your own; ' +
        'your care team can help you weigh the options for you and your baby.',
    },
    citation: citations.vivitrolLabel,
    overrideReasons: [
      overrideReason(
        'shared-decision',
        'Benefits and risks discussed; patient chooses to continue',
      ),
      overrideReason('not-pregnant', 'Patient is not pregnant; record out of date'),
    ],
  };
}

/** Rule: naltrexone in pregnancy. */
export const pregnancyRule: Rule = { topic: 'pregnancy-caution', evaluate };
