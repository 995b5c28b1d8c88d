// current-opioid-agonist-therapy: naltrexone ordered while an opioid is still being taken
// (methadone/buprenorphine maintenance, or an ongoing opioid analgesic or antitussive).
// Severity critical: naltrexone would precipitate withdrawal and block the opioid (both labels:
// contraindicated in patients receiving opioid analgesics or with current physiological dependence).
// Warning when the only ongoing opioid is an antitussive (dependence unlikely; the cough medicine
// will simply be blocked).
import { cancelDraft, overrideReason } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import type { Rule } from './rule';
import { draftPhrase } from './rule';

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (ctx.naltrexoneDrafts.length === 0) {
    return undefined;
  }
  const ongoing = ctx.opioidExposures.filter((e) => e.ongoing);
  if (ongoing.length === 0) {
    return undefined;
  }
  // A cough medicine alone rarely causes dependence: warn rather than stop the order.
  const coughOnly = ongoing.every((e) => e.med.kind === 'opioid-antitussive');
  const maintenance = ongoing.some((e) => e.med.kind === 'opioid-long-acting');
  const names = ongoing.map((e) => `${e.med.name} (${e.med.status}, no end date)`).join('; ');
  return {
    topic: 'current-opioid-agonist-therapy',
    indicator: coughOnly ? 'warning' : 'critical',
    clinician: {
      summary: maintenance
        ? 'Patient is on opioid agonist therapy: naltrexone would cause withdrawal'
        : 'Patient still takes an opioid: naltrexone would cause withdrawal and block it',
      detail: [
        `**Facts.** Active opioid in the record: ${names}.`,
        `**Reasoning.** Naltrexone is contraindicated while a person takes opioids or is physically dependent on them: it precipitates withdrawal and blocks the opioid's effect. After methadone or buprenorphine the labels advise up to 14 opioid-free days (ASAM: 10-14 days).`,
        `**What to do.** Do not sign ${draftPhrase(ctx)}. If the plan is to switch from agonist therapy, taper and stop the agonist first, then start naltrexone after the opioid-free interval (a naloxone challenge helps confirm). If the record is out of date, mark the opioid as stopped with its end date.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'Naltrexone cannot be started while you are taking an opioid medicine',
      detail:
        'Your record lists an opioid medicine you are still taking. Naltrexone would block it and could cause sudden withdrawal. ' +
        'If you want to switch, your care team can plan a safe taper and a start date.',
    },
    citation: maintenance ? citations.asam2015 : citations.reviaLabel,
    suggestions: cancelDraft(ctx.naltrexoneDrafts[0]?.ref, 'Cancel the naltrexone order'),
    overrideReasons: [
      overrideReason('record-incorrect', 'Opioid already stopped; record out of date'),
      overrideReason('supervised-induction', 'Supervised naltrexone-assisted induction protocol'),
    ],
  };
}

/** Rule: naltrexone ordered during opioid agonist therapy or ongoing opioid use. */
export const agonistTherapyRule: Rule = { topic: 'current-opioid-agonist-therapy', evaluate };
