import type { InstrumentDefinition, ScoreFlag, ScoreResult, Sex } from './types';
import { sumPoints, validateAnswers } from './validate-answers';

const points0to4 = [0, 1, 2, 3, 4] as const;

/** Total at or above which AUDIT-C is positive, by sex (Bradley 2007 cut-offs). */
export const auditCPositiveThreshold: Readonly<Record<Sex, number>> = { female: 3, male: 4 };

/**
 * AUDIT-C: the three consumption questions of the AUDIT, each 0-4, total 0-12.
 * Positive screen at 3 or more for women and 4 or more for men.
 */
export const auditCDefinition: InstrumentDefinition = {
  id: 'audit-c',
  name: 'AUDIT-C',
  items: [
    { number: 1, label: 'how often a drink containing alcohol', allowed: points0to4 },
    { number: 2, label: 'drinks on a typical drinking day', allowed: points0to4 },
    { number: 3, label: 'how often six or more drinks on one occasion', allowed: points0to4 },
  ],
  maxTotal: 12,
  bands: [],
  source: {
    title:
      'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med 1998;158(16):1789-1795; cut-offs by sex: Bradley KA et al. AUDIT-C as a brief screen for alcohol misuse in primary care. Alcohol Clin Exp Res 2007;31(7):1208-1217',
    url: 'https://doi.org/10.1001/archinte.158.16.1789',
  },
};

/**
 * Scores an AUDIT-C. The band is `positive` or `negative` against the sex-specific threshold
 * (women ≥ 3, men ≥ 4); a positive screen raises an `alcohol-screen-positive` flag.
 *
 * @param answers - Three item scores (0-4), question 1 first.
 * @param sex - `female` or `male`; selects the threshold.
 * @returns The total, the positive/negative band and flags, or issues naming each invalid item.
 * @example
 * const r = scoreAuditC([1, 1, 1], 'female');
 * r.ok && r.value.band?.id //=> 'positive'
 */
export function scoreAuditC(answers: readonly unknown[], sex: Sex): ScoreResult {
  const issues = validateAnswers(auditCDefinition, answers);
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const points = answers as readonly number[];
  const total = sumPoints(points);
  const threshold = auditCPositiveThreshold[sex];
  const positive = total >= threshold;
  const band = positive
    ? { id: 'positive', label: `Positive (${sex}: ${threshold} or more)`, min: threshold, max: 12 }
    : {
        id: 'negative',
        label: `Negative (${sex}: below ${threshold})`,
        min: 0,
        max: threshold - 1,
      };
  const flags: ScoreFlag[] = positive
    ? [
        {
          code: 'alcohol-screen-positive',
          severity: 'warning',
          message: `AUDIT-C ${total} meets the ${sex} threshold of ${threshold}: assess drinking further (full AUDIT or interview).`,
        },
      ]
    : [];
  return {
    ok: true,
    value: {
      instrument: 'audit-c',
      name: auditCDefinition.name,
      total,
      maxTotal: auditCDefinition.maxTotal,
      band,
      flags,
      interpretation: positive
        ? `Positive screen for unhealthy drinking (${total} of 12). Higher scores suggest more risk.`
        : `Negative screen (${total} of 12).`,
      answers: points,
      source: auditCDefinition.source,
    },
  };
}
