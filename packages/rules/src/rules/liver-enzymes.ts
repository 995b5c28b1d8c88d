// liver-enzymes-elevated: latest ALT or AST above 3x ULN (warning) or 5x ULN (critical), or
// ALT/AST > 3x ULN with bilirubin > 2x ULN (critical). A practice convention ("caution > 3x,
// hold > 5x"): ALT > 3x ULN occurs in ~1% of treated patients (LiverTox); trials excluded > 5x ULN.
import { overrideReason } from '../cards/finding';
import { citations } from '../cards/sources';
import type { RuleContext } from '../engine/context';
import type { LabFact, LiverTest } from '../facts/types';
import { latestBy } from '../facts/time';
import type { Rule } from './rule';
import { whenAgo } from './rule';

/** Multiples of the upper limit of normal. */
export const liverThresholds = { warningXUln: 3, criticalXUln: 5, bilirubinXUln: 2 } as const;

const names: Record<LiverTest, string> = { alt: 'ALT', ast: 'AST', bilirubin: 'Total bilirubin' };

/**
 * The latest result of each liver test.
 *
 * @param labs - All liver results.
 * @returns Latest ALT, AST and bilirubin (each possibly undefined).
 * @example
 * latestLiverTests([]).alt //=> undefined
 */
export function latestLiverTests(labs: readonly LabFact[]): Record<LiverTest, LabFact | undefined> {
  const pick = (test: LiverTest): LabFact | undefined =>
    latestBy(
      labs.filter((l) => l.test === test),
      (l) => l.dateIso,
    );
  return { alt: pick('alt'), ast: pick('ast'), bilirubin: pick('bilirubin') };
}

function line(lab: LabFact, now: Date): string {
  const ratio = (lab.value / lab.uln).toFixed(1);
  const ulnNote =
    lab.ulnSource === 'default' ? ' (no reference range reported; Blockade default ULN)' : '';
  return `${names[lab.test]} ${lab.value} ${lab.unit} on ${whenAgo(lab.dateIso, now)}: ${ratio}x the upper limit of normal ${lab.uln} ${lab.unit}${ulnNote}.`;
}

function evaluate(ctx: RuleContext): ReturnType<Rule['evaluate']> {
  if (!ctx.inNaltrexoneCare) {
    return undefined;
  }
  const latest = latestLiverTests(ctx.facts.labs);
  const enzymes = [latest.alt, latest.ast].filter((l): l is LabFact => l !== undefined);
  const maxRatio = Math.max(0, ...enzymes.map((l) => l.value / l.uln));
  if (maxRatio <= liverThresholds.warningXUln) {
    return undefined;
  }
  const bili = latest.bilirubin;
  const biliHigh = bili !== undefined && bili.value / bili.uln > liverThresholds.bilirubinXUln;
  const isCritical = maxRatio > liverThresholds.criticalXUln || biliHigh;
  const shown = [...enzymes, ...(bili === undefined ? [] : [bili])];
  return {
    topic: 'liver-enzymes-elevated',
    indicator: isCritical ? 'critical' : 'warning',
    clinician: {
      summary: isCritical
        ? `Liver enzymes over ${liverThresholds.criticalXUln}x normal${biliHigh ? ' or raised bilirubin' : ''}: hold naltrexone and assess the liver`
        : `Liver enzymes over ${liverThresholds.warningXUln}x normal: use naltrexone with caution and recheck`,
      detail: [
        `**Facts.** ${shown.map((l) => line(l, ctx.now)).join(' ')}`,
        `**Reasoning.** Naltrexone has a hepatotoxicity warning; ALT above 3x ULN is seen in about 1% of treated patients, and trials excluded people above 5x ULN. The cut-offs used here (caution above 3x, hold above 5x or with raised bilirubin) are a practice convention, not a label rule. Alcohol itself often raises AST and ALT.`,
        isCritical
          ? `**What to do.** Hold naltrexone, look for causes (alcohol, viral hepatitis, other drugs), check for symptoms of liver injury and repeat the tests before deciding.`
          : `**What to do.** Naltrexone can be used with caution; repeat liver tests in 2-4 weeks and stop if they rise further or symptoms appear.`,
      ].join('\n\n'),
    },
    patient: {
      summary: 'Some liver blood test results are high: your care team should review them with you',
      detail:
        'Your recent liver tests are above the normal range. This can have several causes, including alcohol. ' +
        'Your care team may repeat the tests or pause naltrexone. Report yellow skin or eyes, dark urine or stomach pain.',
    },
    citation: citations.liverConvention,
    overrideReasons: [
      overrideReason(
        'alcohol-related-stable',
        'Elevation explained by alcohol and stable; benefit outweighs risk',
      ),
      overrideReason('repeat-normal', 'Repeat result normal, not yet in the record'),
    ],
  };
}

/** Rule: liver enzymes elevated. */
export const liverEnzymesRule: Rule = { topic: 'liver-enzymes-elevated', evaluate };
