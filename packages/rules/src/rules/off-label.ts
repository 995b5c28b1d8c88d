// off-label-evidence: naltrexone ordered for a use outside its approvals (alcohol and opioid use
// disorder; naltrexone/bupropion for weight management). Fires for low-dose naltrexone (oral dose
// of 6 mg or less) or when no alcohol/opioid use disorder is recorded or given as the reason.
// Severity info: it states the evidence level so the prescriber and patient can weigh it.
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import type { MedicationFact } from '../facts/types';
import type { Rule } from './rule';

/** Oral doses at or below this (mg) are low-dose naltrexone (LDN, ~0.5-4.5 mg/day). */
export const ldnMaxMg = 6;

const onLabelReason = /alcohol|opioid|opiate|heroin|F1[01]/i;

function isLowDose(m: MedicationFact): boolean {
  return m.kind === 'naltrexone-oral' && m.doseMg !== undefined && m.doseMg <= ldnMaxMg;
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  const draft = ctx.naltrexoneDrafts[0];
  if (draft === undefined) {
    return undefined;
  }
  const hasIndication =
    ctx.facts.conditions.some(
      (c) => c.active && (c.kind === 'alcohol-use-disorder' || c.kind === 'opioid-use-disorder'),
    ) ||
    ctx.hasOpioidHistory ||
    (draft.reasonText !== undefined && onLabelReason.test(draft.reasonText));
  const weightIndication =
    draft.kind === 'naltrexone-bupropion' &&
    (ctx.facts.conditions.some((c) => c.active && c.kind === 'obesity') ||
      /obes|weight|BMI/i.test(draft.reasonText ?? ''));
  const lowDose = isLowDose(draft);
  if (!lowDose && (hasIndication || weightIndication)) {
    return undefined;
  }
  const reason =
    draft.reasonText === undefined
      ? 'no reason given on the order'
      : `reason on the order: "${draft.reasonText}"`;
  return {
    topic: 'off-label-evidence',
    indicator: 'info',
    clinician: {
      summary: lowDose
        ? 'Low-dose naltrexone is off-label: evidence is limited to small studies'
        : 'No approved indication on record: this naltrexone use may be off-label',
      detail: [
        `**Facts.** ${draft.name}${draft.doseMg === undefined ? '' : ` (${draft.doseMg} mg per dose)`}; ${reason}; no alcohol or opioid use disorder recorded${lowDose ? '' : ' as a condition'}.`,
        lowDose
          ? `**Evidence.** Low-dose naltrexone (about 0.5-4.5 mg/day) for fibromyalgia, multiple sclerosis, Crohn's disease and other conditions rests on small studies; there is not enough evidence for a recommendation, and no published plasma pharmacokinetics at these doses. It is usually made by compounding pharmacies.`
          : `**Evidence.** Naltrexone is approved for alcohol and opioid use disorder (and, with bupropion, weight management). Uses such as gambling, kleptomania, self-injury or dissociation rest on case reports and small studies.`,
        `**What to do.** Record the indication. If the use is off-label, tell the patient, document the evidence discussed, and set a review date to judge benefit. \`npx blockade ask\` shows the knowledge base entries with their evidence levels.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'This use of naltrexone is not officially approved: ask how well it is supported',
      detail:
        'Naltrexone is approved for alcohol and opioid problems. Other uses are "off-label": they may help, but the research is smaller. ' +
        'Ask your prescriber what to expect and when to review whether it is working.',
    },
    citation: lowDose ? citations.ldn : citations.reviaLabel,
  };
}

/** Rule: off-label naltrexone use. */
export const offLabelRule: Rule = { topic: 'off-label-evidence', evaluate };
