// hepatic-contraindication: naltrexone ordered or taken with liver disease on the problem list.
// Acute hepatitis or liver failure: critical (REVIA label: contraindicated). Cirrhosis or chronic
// hepatitis: warning (avoid or use with care; cirrhosis raises oral naltrexone exposure 5-10 fold).
import { cancelDraft, overrideReason } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import type { ConditionKind } from '../facts/types';
import type { Rule } from './rule';

const critical: readonly ConditionKind[] = ['acute-hepatitis', 'liver-failure'];
const caution: readonly ConditionKind[] = ['cirrhosis', 'chronic-hepatitis'];

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (!ctx.inNaltrexoneCare) {
    return undefined;
  }
  const liver = ctx.facts.conditions.filter(
    (c) => c.active && (critical.includes(c.kind) || caution.includes(c.kind)),
  );
  if (liver.length === 0) {
    return undefined;
  }
  const isCritical = liver.some((c) => critical.includes(c.kind));
  const names = liver
    .map((c) => `${c.name}${c.code === undefined ? '' : ` (${c.code.split('|')[1] ?? c.code})`}`)
    .join('; ');
  const ordering = ctx.naltrexoneDrafts.length > 0;
  return {
    topic: 'hepatic-contraindication',
    indicator: isCritical ? 'critical' : 'warning',
    clinician: {
      summary: isCritical
        ? 'Acute hepatitis or liver failure: naltrexone is contraindicated'
        : 'Chronic liver disease: avoid naltrexone or use it only with close liver monitoring',
      detail: [
        `**Facts.** Active liver condition in the record: ${names}. ${ordering ? 'Naltrexone is being ordered.' : 'The patient is taking naltrexone.'}`,
        `**Reasoning.** Naltrexone carries a hepatotoxicity warning (mainly at doses above the recommended range). The tablet label lists acute hepatitis and liver failure as contraindications; with cirrhosis, oral naltrexone exposure rises 5-10 fold because less is removed on first pass.`,
        isCritical
          ? `**What to do.** Do not start or continue naltrexone while the acute liver illness lasts. Consider acamprosate (alcohol) or agonist therapy (opioids) instead, with hepatology input.`
          : `**What to do.** Weigh the benefit against the liver risk; if naltrexone is used, check liver tests before starting and regularly, and teach the patient the signs of liver injury.`,
      ].join('\n\n'),
    },
    patient: {
      summary: isCritical
        ? 'Your liver condition means naltrexone is not safe right now'
        : 'Your liver condition needs extra care with naltrexone',
      detail:
        'Naltrexone is processed by the liver and can, rarely, harm it. Talk with your care team about whether it is right for you, ' +
        'and tell them at once about yellow skin or eyes, dark urine or lasting stomach pain.',
    },
    citation: citations.reviaLabel,
    suggestions:
      isCritical && ordering
        ? cancelDraft(ctx.naltrexoneDrafts[0]?.ref, 'Cancel the naltrexone order')
        : [],
    overrideReasons: [
      overrideReason('hepatology-agreed', 'Benefit outweighs risk; agreed with hepatology'),
      overrideReason('condition-resolved', 'Liver condition resolved; record out of date'),
    ],
  };
}

/** Rule: liver disease contraindicating or complicating naltrexone. */
export const hepaticContraindicationRule: Rule = { topic: 'hepatic-contraindication', evaluate };
