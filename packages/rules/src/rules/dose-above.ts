// dose-above-recommended: a naltrexone order or current course above the labelled dose.
// Oral: a single dose above 150 mg, or more than 100 mg/day on average (label: 50 mg/day, or
// 100/100/150 mg Mon/Wed/Fri = 350 mg/week; 50-100 mg/day shows little toxicity; hepatotoxicity
// concern from 300 mg/day). Depot: more than 380 mg per injection, or an injection ordered less
// than 21 days after the last one (label: every 4 weeks). Severity warning.
import { overrideReason } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import type { MedicationFact } from '../facts/types';
import { daysSince, latestBy } from '../facts/time';
import type { Rule } from './rule';
import { whenAgo } from './rule';

/** Labelled limits. */
export const doseLimits = {
  oralSingleMg: 150,
  oralDailyMg: 100,
  depotMg: 380,
  depotMinIntervalDays: 21,
} as const;

function oralProblem(m: MedicationFact): string | undefined {
  if (m.kind !== 'naltrexone-oral' || m.doseMg === undefined) {
    return undefined;
  }
  const perWeek = m.dosesPerWeek ?? 7;
  const dailyMg = (m.doseMg * perWeek) / 7;
  if (m.doseMg > doseLimits.oralSingleMg) {
    return `${m.name}: ${m.doseMg} mg per dose (label maximum single dose in the supervised schedule: ${doseLimits.oralSingleMg} mg).`;
  }
  if (dailyMg > doseLimits.oralDailyMg) {
    return `${m.name}: ${m.doseMg} mg ${perWeek} times a week = ${Math.round(dailyMg)} mg/day on average (recommended 50 mg/day; up to ${doseLimits.oralDailyMg} mg/day is commonly used).`;
  }
  return undefined;
}

function depotProblem(m: MedicationFact, ctx: RuleContext): string | undefined {
  if (m.kind !== 'naltrexone-xr') {
    return undefined;
  }
  if (m.doseMg !== undefined && m.doseMg > doseLimits.depotMg) {
    return `${m.name}: ${m.doseMg} mg per injection (labelled dose ${doseLimits.depotMg} mg every 4 weeks).`;
  }
  if (m.status !== 'draft') {
    return undefined;
  }
  const last = latestBy(
    ctx.naltrexoneHistory.filter(
      (h) => h.kind === 'naltrexone-xr' && (h.lastUseIso ?? h.startIso) !== undefined,
    ),
    (h) => h.lastUseIso ?? h.startIso,
  );
  const lastIso = last?.lastUseIso ?? last?.startIso;
  if (lastIso !== undefined && daysSince(lastIso, ctx.now) < doseLimits.depotMinIntervalDays) {
    return `${m.name} ordered, but the last injection was on ${whenAgo(lastIso, ctx.now)} (labelled interval: every 4 weeks).`;
  }
  return undefined;
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  const meds = [...ctx.naltrexoneDrafts, ...ctx.currentNaltrexone];
  const problems = meds
    .map((m) => oralProblem(m) ?? depotProblem(m, ctx))
    .filter((p): p is string => p !== undefined);
  if (problems.length === 0) {
    return undefined;
  }
  const depot = meds.some((m) => m.kind === 'naltrexone-xr');
  return {
    topic: 'dose-above-recommended',
    indicator: 'warning',
    clinician: {
      summary: 'Naltrexone dose or frequency is above the labelled regimen',
      detail: [
        `**Facts.** ${problems.join(' ')}`,
        `**Reasoning.** Naltrexone's hepatotoxicity warning concerns doses above the recommended range (liver enzyme rises were seen at 300 mg/day); 50-100 mg/day shows little or no liver toxicity. Higher doses are not known to work better for alcohol or opioid use disorder.`,
        `**What to do.** Check the order for a typing or unit error. If a higher dose is intended (for example in an off-label use), document the reason and monitor liver tests.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'Your naltrexone dose is higher than usual: your care team will double-check it',
      detail:
        'The dose on record is above the usual amount. This may be intended, but please confirm it with your prescriber or pharmacist.',
    },
    citation: depot ? citations.vivitrolLabel : citations.reviaLabel,
    overrideReasons: [
      overrideReason('intended-dose', 'Higher dose intended; reason documented'),
      overrideReason('schedule-misread', 'Schedule misread; dose is within the label'),
    ],
  };
}

/** Rule: naltrexone dose above the recommended regimen. */
export const doseAboveRule: Rule = { topic: 'dose-above-recommended', evaluate };
