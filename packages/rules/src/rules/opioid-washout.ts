// opioid-washout-incomplete: naltrexone ordered before the opioid-free interval is over.
// Thresholds: short-acting opioids (incl. tramadol, opioid antitussives) 7 days (both labels: 7-10);
// methadone/buprenorphine/extended-release 10 days critical, 10-13 days warning (ASAM 2015 10-14;
// VIVITROL label: up to 14); fentanyl 7 days critical, 7-13 days warning (Huhn 2020 norfentanyl
// 13.3 ± 6.9 days: a practice convention); any positive opioid urine screen in the last 7 days critical.
import { cancelDraft, createSuggestion, overrideReason } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext, OpioidExposure } from '../engine/context';
import type { MedicationKind } from '../facts/types';
import { daysSince, latestBy } from '../facts/time';
import { naloxoneChallengeOrder } from './orders';
import type { Rule } from './rule';
import { draftPhrase, whenAgo } from './rule';

/** Minimum opioid-free days (critical below) and the safer wait (warning below), by kind. */
export const washoutDays: Partial<Record<MedicationKind, { critical: number; warning: number }>> = {
  'opioid-short-acting': { critical: 7, warning: 7 },
  'opioid-antitussive': { critical: 7, warning: 7 },
  'opioid-fentanyl': { critical: 7, warning: 14 },
  'opioid-long-acting': { critical: 10, warning: 14 },
};

/** A positive opioid urine screen this recent (days) means recent use. */
export const positiveScreenDays = 7;

interface Reason {
  readonly severity: 'critical' | 'warning';
  readonly line: string;
}

function exposureReason(e: OpioidExposure, now: Date): Reason | undefined {
  const limits = washoutDays[e.med.kind];
  if (limits === undefined || e.ongoing || e.lastIso === undefined || e.daysAgo === undefined) {
    return undefined;
  }
  const label = `${e.med.name}: last use ${whenAgo(e.lastIso, now)}`;
  if (e.daysAgo < limits.critical) {
    return {
      severity: 'critical',
      line: `${label}; at least ${limits.critical} opioid-free days are needed.`,
    };
  }
  if (e.daysAgo < limits.warning) {
    const why =
      e.med.kind === 'opioid-fentanyl'
        ? 'fentanyl lingers (urine norfentanyl stays positive 13.3 ± 6.9 days after regular use)'
        : 'precipitated withdrawal is possible up to 14 days after methadone or buprenorphine';
    return {
      severity: 'warning',
      line: `${label}; ${why}, so waiting ${limits.warning} days or a naloxone challenge is prudent.`,
    };
  }
  return undefined;
}

function screenReason(ctx: RuleContext): Reason | undefined {
  const recent = ctx.facts.drugScreens.filter(
    (s) => daysSince(s.dateIso, ctx.now) <= positiveScreenDays,
  );
  const latestPositive = latestBy(
    recent.filter((s) => s.positive),
    (s) => s.dateIso,
  );
  if (latestPositive === undefined) {
    return undefined;
  }
  return {
    severity: 'critical',
    line: `Urine drug screen positive for ${latestPositive.analyte} on ${whenAgo(latestPositive.dateIso, ctx.now)}.`,
  };
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (ctx.naltrexoneDrafts.length === 0) {
    return undefined;
  }
  const reasons = [
    ...ctx.opioidExposures.map((e) => exposureReason(e, ctx.now)),
    screenReason(ctx),
  ].filter((r): r is Reason => r !== undefined);
  if (reasons.length === 0) {
    return undefined;
  }
  const critical = reasons.some((r) => r.severity === 'critical');
  const draft = ctx.naltrexoneDrafts[0];
  const summary = critical
    ? 'Recent opioid use: starting naltrexone now can cause severe precipitated withdrawal'
    : 'Opioid-free interval may be too short for naltrexone; consider waiting or a naloxone challenge';
  const detail = [
    `**Facts.** ${reasons.map((r) => r.line).join(' ')}`,
    `**Reasoning.** Naltrexone displaces opioids from μ receptors. Started inside the opioid-free interval it precipitates withdrawal, which can be severe. The labels ask for 7-10 opioid-free days after short-acting opioids and up to 14 days after methadone or buprenorphine (ASAM: 10-14 days); the fentanyl wait is a practice convention based on Huhn 2020.`,
    critical
      ? `**What to do.** Do not start ${draftPhrase(ctx)} yet. Confirm the last use, repeat the urine screen, and start only after the interval (or under a supervised naltrexone-assisted induction protocol).`
      : `**What to do.** Wait until the longer interval has passed, or give a naloxone challenge first (label: 0.2 mg IV then 0.6 mg, or 0.8 mg SC; do not start if withdrawal appears).`,
  ].join('\n\n');
  return {
    topic: 'opioid-washout-incomplete',
    indicator: critical ? 'critical' : 'warning',
    clinician: { summary, detail },
    patient: {
      summary: 'Naltrexone may need to wait: recent opioid use can make it cause sudden withdrawal',
      detail:
        'Your record shows opioid use recently. Naltrexone works best and is safest after a full opioid-free period ' +
        '(usually 7 to 14 days, depending on the opioid). Please talk with your care team before taking it.',
    },
    citation: critical
      ? citations.vivitrolLabel
      : reasons.some((r) => r.line.includes('fentanyl'))
        ? citations.huhn2020
        : citations.asam2015,
    suggestions: [
      ...cancelDraft(draft?.ref, 'Cancel the naltrexone order for now'),
      ...(critical
        ? []
        : [
            createSuggestion(
              'Order a naloxone challenge',
              naloxoneChallengeOrder(ctx.patientRef),
              true,
            ),
          ]),
    ],
    overrideReasons: [
      overrideReason('supervised-induction', 'Supervised naltrexone-assisted induction protocol'),
      overrideReason('negative-naloxone-challenge', 'Negative naloxone challenge documented'),
      overrideReason('record-incorrect', 'Opioid use date in the record is wrong'),
    ],
  };
}

/** Rule: opioid-free interval before naltrexone not complete. */
export const opioidWashoutRule: Rule = { topic: 'opioid-washout-incomplete', evaluate };
