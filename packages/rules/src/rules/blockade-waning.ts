// blockade-waning-overdose-risk: naltrexone recently ended: the last depot injection was more than
// 28 days ago with no new one, or an oral course has stopped, within the last 180 days and no new
// naltrexone is being ordered. Warning with an opioid history (VIVITROL label: vulnerability to
// overdose at the end of a dosing interval, after a missed dose or after stopping); info otherwise.
import { createSuggestion } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import type { MedicationFact } from '../facts/types';
import { daysSince, latestBy } from '../facts/time';
import { hasNaloxone } from './naloxone-kit';
import { naloxoneKitOrder } from './orders';
import type { Rule } from './rule';
import { estimateParagraph, whenAgo } from './rule';

/** Window after the end of naltrexone in which the card shows (days). */
export const wanedWindowDays = 180;

function lastDoseIso(m: MedicationFact): string | undefined {
  return m.kind === 'naltrexone-xr' || m.kind === 'naltrexone-implant'
    ? (m.lastUseIso ?? m.startIso)
    : m.lastUseIso;
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (ctx.currentNaltrexone.length > 0 || ctx.naltrexoneDrafts.length > 0) {
    return undefined;
  }
  const ended = ctx.naltrexoneHistory.filter((m) => {
    const iso = lastDoseIso(m);
    return (
      !m.ongoing &&
      iso !== undefined &&
      daysSince(iso, ctx.now) >= 0 &&
      daysSince(iso, ctx.now) <= wanedWindowDays
    );
  });
  const last = latestBy(ended, lastDoseIso);
  const lastIso = last === undefined ? undefined : lastDoseIso(last);
  if (last === undefined || lastIso === undefined) {
    return undefined;
  }
  const depot = last.kind === 'naltrexone-xr' || last.kind === 'naltrexone-implant';
  const what = depot
    ? `${last.name}: last injection ${whenAgo(lastIso, ctx.now)}, and no newer injection is recorded (the depot is dosed every 4 weeks).`
    : `${last.name}: stopped, last dose ${whenAgo(lastIso, ctx.now)}.`;
  const high = ctx.hasOpioidHistory;
  return {
    topic: 'blockade-waning-overdose-risk',
    indicator: high ? 'warning' : 'info',
    clinician: {
      summary: high
        ? 'Naltrexone blockade has worn off: high risk of fatal overdose if opioids are used'
        : 'Naltrexone has stopped: opioid tolerance is low, so opioids carry overdose risk',
      detail: [
        `**Facts.** ${what}${high ? ' Opioid use disorder or opioid use is recorded.' : ''}${estimateParagraph(ctx)}`,
        `**Reasoning.** Tolerance to opioids fades during naltrexone treatment. Once the blockade wears off (end of the dosing interval, a missed dose, or stopping), a dose the person once tolerated can be fatal.`,
        `**What to do.** Contact the patient; offer the next injection or a restart (check the opioid-free interval first), make sure they have naloxone and know how to use it, and consider agonist therapy if naltrexone is not wanted.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'Your naltrexone has worn off: your body is no longer used to opioids',
      detail:
        'After naltrexone stops, even an amount of opioid you used to take can stop your breathing. ' +
        'Keep naloxone with you, do not use alone, and contact your care team about restarting treatment.',
    },
    citation: citations.vivitrolLabel,
    suggestions: hasNaloxone(ctx)
      ? []
      : [
          createSuggestion(
            'Prescribe a naloxone rescue kit',
            naloxoneKitOrder(ctx.patientRef),
            true,
          ),
        ],
  };
}

/** Rule: blockade waning after naltrexone ends. */
export const blockadeWaningRule: Rule = { topic: 'blockade-waning-overdose-risk', evaluate };
