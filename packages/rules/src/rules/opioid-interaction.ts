// opioid-interaction: an opioid ordered or taken while naltrexone blocks μ receptors (oral taken
// now, a depot injection within 28 days, or a naltrexone order with an opioid also ordered).
// Analgesics and agonist therapy: warning (blocked; overcoming the blockade with large doses is
// dangerous; ASAM: start an agonist ~1 day after oral and ~30 days after the depot). Antitussives
// and antidiarrhoeals: info (less effective). Dextromethorphan is not an opioid agonist.
import { cancelDraft, overrideReason } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import type { MedicationFact } from '../facts/types';
import { opioidKinds } from '../facts/types';
import type { Rule } from './rule';
import { estimateParagraph, whenAgo } from './rule';

const minorKinds = ['opioid-antitussive', 'opioid-antidiarrheal'];

function naltrexoneLine(ctx: RuleContext): string {
  const med = ctx.currentNaltrexone[0] ?? ctx.naltrexoneDrafts[0];
  if (med === undefined) {
    return '';
  }
  if (med.kind === 'naltrexone-xr' && (med.lastUseIso ?? med.startIso) !== undefined) {
    return `${med.name}: last injection ${whenAgo(med.lastUseIso ?? med.startIso ?? '', ctx.now)}.`;
  }
  return `${med.name} (${med.status === 'draft' ? 'being ordered' : 'taken now'}).`;
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (!ctx.inNaltrexoneCare) {
    return undefined;
  }
  const isOpioid = (m: MedicationFact): boolean => opioidKinds.includes(m.kind);
  const drafts = ctx.hook === 'patient-view' ? [] : ctx.facts.draftOrders.filter(isOpioid);
  // Opioids taken now only clash with a naltrexone that is itself taken now; with a naltrexone draft,
  // current opioids are the agonist-therapy rule's business.
  const current =
    ctx.currentNaltrexone.length > 0
      ? ctx.facts.medications.filter((m) => isOpioid(m) && m.ongoing)
      : [];
  const clashing = [...drafts, ...current];
  if (clashing.length === 0) {
    return undefined;
  }
  const major = clashing.filter((m) => !minorKinds.includes(m.kind));
  const agonistSwitch = major.some((m) => m.kind === 'opioid-long-acting');
  const names = clashing
    .map((m) => `${m.name}${m.status === 'draft' ? ' (being ordered)' : ''}`)
    .join('; ');
  const depot = ctx.currentNaltrexone.some((m) => m.kind === 'naltrexone-xr');
  return {
    topic: 'opioid-interaction',
    indicator: major.length > 0 ? 'warning' : 'info',
    clinician: {
      summary:
        major.length > 0
          ? 'Naltrexone will block this opioid; larger doses to overcome it risk overdose'
          : 'Naltrexone makes opioid cough or diarrhoea medicines work less well',
      detail: [
        `**Facts.** Opioid: ${names}. Naltrexone: ${naltrexoneLine(ctx)}${estimateParagraph(ctx)}`,
        `**Reasoning.** Naltrexone blocks opioid analgesics, opioid antitussives and antidiarrhoeals. Trying to overcome the blockade with large opioid doses can cause fatal respiratory depression when the blockade fades.${agonistSwitch ? ` When switching to methadone or buprenorphine, ASAM advises starting about 1 day after the last oral naltrexone and about 30 days after the last injection.` : ''}`,
        major.length > 0
          ? `**What to do.** Prefer non-opioid analgesia (NSAIDs, paracetamol, regional anaesthesia). If an opioid is unavoidable${depot ? ' while the depot is active' : ''}, use it only with monitoring in a setting able to manage respiratory depression.`
          : `**What to do.** Choose a non-opioid alternative (e.g. dextromethorphan for cough, which is not an opioid agonist; non-opioid treatment for diarrhoea).`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'Naltrexone blocks opioid medicines: they will not work as expected',
      detail:
        'While naltrexone is working, opioid pain, cough or diarrhoea medicines work poorly or not at all. Never take more to overcome the block: ' +
        'that can stop your breathing. Ask your care team about other options.',
    },
    citation: agonistSwitch ? citations.asam2020 : citations.reviaLabel,
    suggestions: drafts.flatMap((d) => cancelDraft(d.ref, `Cancel the order for ${d.name}`)),
    overrideReasons: [
      overrideReason('monitored-setting', 'Opioid needed; will be given with monitoring'),
      overrideReason(
        'naltrexone-stopped',
        'Naltrexone stopped long enough ago; record out of date',
      ),
    ],
  };
}

/** Rule: opioid blocked by naltrexone. */
export const opioidInteractionRule: Rule = { topic: 'opioid-interaction', evaluate };
