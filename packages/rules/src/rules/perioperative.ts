// perioperative-hold: a procedure is planned within 60 days while the patient takes naltrexone.
// Consensus guidance (SPAQI, via secondary summaries; verify locally): hold oral naltrexone ~72 h
// before elective surgery where opioid analgesia is expected; after the depot, plan surgery 24-30
// days after the last injection, or use non-opioid/regional analgesia; restart naltrexone only
// after 7-10 opioid-free days. Warning when the hold can no longer be completed; info otherwise.
import { overrideReason } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import { addDaysIso, daysSince, isoToMs } from '../facts/time';
import type { Rule } from './rule';
import { estimateParagraph, whenAgo } from './rule';

/** Hold and planning intervals (consensus guidance). */
export const periopIntervals = {
  oralHoldHours: 72,
  depotMinDays: 24,
  depotMaxDays: 30,
  lookAheadDays: 60,
} as const;

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (ctx.currentNaltrexone.length === 0) {
    return undefined;
  }
  const upcoming = ctx.facts.plannedProcedures
    .map((p) => ({ p, inDays: -daysSince(p.plannedIso, ctx.now) }))
    .filter((x) => x.inDays >= 0 && x.inDays <= periopIntervals.lookAheadDays)
    .sort((a, b) => a.inDays - b.inDays)[0];
  if (upcoming === undefined) {
    return undefined;
  }
  const { p, inDays } = upcoming;
  const depot = ctx.currentNaltrexone.find(
    (m) => m.kind === 'naltrexone-xr' || m.kind === 'naltrexone-implant',
  );
  const procedureLine = `Planned: ${p.name} on ${p.plannedIso.slice(0, 10)} (in ${Math.max(0, Math.floor(inDays))} days).`;
  let late: boolean;
  let facts: string;
  let todo: string;
  if (depot !== undefined) {
    const injIso = depot.lastUseIso ?? depot.startIso ?? '';
    const gapDays = (isoToMs(p.plannedIso) - isoToMs(injIso)) / 86_400_000;
    late = gapDays < periopIntervals.depotMinDays;
    facts = `${procedureLine} ${depot.name}: last injection ${whenAgo(injIso, ctx.now)}, ${Math.floor(gapDays)} days before the procedure.`;
    todo = late
      ? `The procedure falls inside the depot's blockade. If it is elective, move it to ${addDaysIso(injIso, periopIntervals.depotMinDays)}-${addDaysIso(injIso, periopIntervals.depotMaxDays)} or later; otherwise plan non-opioid and regional analgesia, and do not give the next injection before surgery.`
      : `Do not give the next injection before the procedure; plan non-opioid and regional analgesia in case blockade remains.`;
  } else {
    const holdFromIso = new Date(
      isoToMs(p.plannedIso) - periopIntervals.oralHoldHours * 3_600_000,
    ).toISOString();
    late = isoToMs(holdFromIso) <= ctx.now.getTime();
    facts = `${procedureLine} Oral naltrexone is being taken.`;
    todo = late
      ? `Less than ${periopIntervals.oralHoldHours} hours remain: stop oral naltrexone now, tell the anaesthetist, and plan non-opioid and regional analgesia because blockade will remain.`
      : `Take the last dose of oral naltrexone no later than ${holdFromIso.slice(0, 10)} (${periopIntervals.oralHoldHours} hours before), if opioid analgesia is expected.`;
  }
  return {
    topic: 'perioperative-hold',
    indicator: late ? 'warning' : 'info',
    clinician: {
      summary: late
        ? 'Procedure planned while naltrexone still blocks opioids: plan analgesia now'
        : 'Procedure planned: time the naltrexone hold so opioid pain relief can work',
      detail: [
        `**Facts.** ${facts}${estimateParagraph(ctx)}`,
        `**Reasoning.** Naltrexone blocks opioid pain relief. Consensus guidance: hold oral naltrexone about 72 hours before elective surgery where opioids are expected; after the depot, plan around 24-30 days from the last injection. After surgery, restart naltrexone only after 7-10 opioid-free days. This is consensus guidance: verify with local anaesthesia policy.`,
        `**What to do.** ${todo}`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'You have a procedure coming up: your naltrexone plan may need to change',
      detail:
        'Naltrexone blocks opioid pain medicines. Tell your surgeon and anaesthetist that you take it; your care team will tell you when to pause it ' +
        'and when to restart after the procedure.',
    },
    citation: citations.spaqi,
    overrideReasons: [
      overrideReason('no-opioids-expected', 'No opioid analgesia expected for this procedure'),
      overrideReason('anaesthesia-aware', 'Anaesthesia team aware; analgesia plan in place'),
    ],
  };
}

/** Rule: naltrexone around planned procedures. */
export const perioperativeRule: Rule = { topic: 'perioperative-hold', evaluate };
