// liver-tests-due: no ALT or AST within 90 days before a naltrexone start, or within 182 days for
// a patient already taking it. Severity info. A practice convention based on the labels'
// hepatotoxicity warnings ("many clinicians check liver function before starting and periodically").
import { createSuggestion } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import { daysSince } from '../facts/time';
import { latestLiverTests } from './liver-enzymes';
import { liverPanelOrder } from './orders';
import type { Rule } from './rule';
import { whenAgo } from './rule';

/** Look-back windows in days (practice convention). */
export const liverTestWindowDays = { beforeStart: 90, onTreatment: 182 } as const;

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (!ctx.inNaltrexoneCare) {
    return undefined;
  }
  const starting = ctx.naltrexoneDrafts.length > 0 && ctx.currentNaltrexone.length === 0;
  const windowDays = starting ? liverTestWindowDays.beforeStart : liverTestWindowDays.onTreatment;
  const latest = latestLiverTests(ctx.facts.labs);
  const enzymes = [latest.alt, latest.ast].filter((l) => l !== undefined);
  const newest = enzymes.sort(
    (a, b) => daysSince(a.dateIso, ctx.now) - daysSince(b.dateIso, ctx.now),
  )[0];
  if (newest !== undefined && daysSince(newest.dateIso, ctx.now) <= windowDays) {
    return undefined;
  }
  const last =
    newest === undefined
      ? 'No ALT or AST result is in the record.'
      : `Last liver enzyme result: ${whenAgo(newest.dateIso, ctx.now)}.`;
  return {
    topic: 'liver-tests-due',
    indicator: 'info',
    clinician: {
      summary: starting
        ? 'No recent liver tests: check ALT, AST and bilirubin before starting naltrexone'
        : 'Liver tests due for a patient on naltrexone',
      detail: [
        `**Facts.** ${last} ${starting ? 'Naltrexone is being ordered.' : 'The patient is taking naltrexone.'}`,
        `**Reasoning.** Naltrexone carries a hepatotoxicity warning. Checking liver tests within ${liverTestWindowDays.beforeStart} days before starting and about every ${liverTestWindowDays.onTreatment} days during treatment is a practice convention (the labels do not fix an interval).`,
        `**What to do.** Order a hepatic function panel; naltrexone may start while results are pending unless liver disease is suspected.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'A liver blood test is due',
      detail:
        'Naltrexone is usually checked with a simple liver blood test before starting and from time to time during treatment.',
    },
    citation: citations.liverMonitoring,
    suggestions: [
      createSuggestion('Order liver function tests', liverPanelOrder(ctx.patientRef), true),
    ],
  };
}

/** Rule: liver tests due. */
export const liverTestsDueRule: Rule = { topic: 'liver-tests-due', evaluate };
