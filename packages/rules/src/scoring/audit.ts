import type { InstrumentDefinition, ScoreFlag, ScoreResult } from './types';
import { findBand, sumPoints, validateAnswers } from './validate-answers';

const points0to4 = [0, 1, 2, 3, 4] as const;
const points024 = [0, 2, 4] as const;

/**
 * AUDIT (Alcohol Use Disorders Identification Test, WHO): 10 items, total 0-40. Items 1-8 score
 * 0-4; items 9 and 10 have three answers scored 0, 2 or 4. Risk zones I-IV from the WHO manual.
 */
export const auditDefinition: InstrumentDefinition = {
  id: 'audit',
  name: 'AUDIT',
  items: [
    { number: 1, label: 'how often a drink containing alcohol', allowed: points0to4 },
    { number: 2, label: 'drinks on a typical drinking day', allowed: points0to4 },
    { number: 3, label: 'how often six or more drinks on one occasion', allowed: points0to4 },
    { number: 4, label: 'unable to stop once started', allowed: points0to4 },
    { number: 5, label: 'failed to do what was expected because of drinking', allowed: points0to4 },
    { number: 6, label: 'needed a first drink in the morning', allowed: points0to4 },
    { number: 7, label: 'guilt or remorse after drinking', allowed: points0to4 },
    { number: 8, label: 'unable to remember the night before', allowed: points0to4 },
    {
      number: 9,
      label: 'you or someone else injured because of your drinking',
      allowed: points024,
    },
    { number: 10, label: 'someone concerned or suggested cutting down', allowed: points024 },
  ],
  maxTotal: 40,
  bands: [
    { id: 'zone-1', label: 'Zone I: low risk (alcohol education)', min: 0, max: 7 },
    { id: 'zone-2', label: 'Zone II: hazardous (simple advice)', min: 8, max: 15 },
    {
      id: 'zone-3',
      label: 'Zone III: harmful (brief counselling and monitoring)',
      min: 16,
      max: 19,
    },
    {
      id: 'zone-4',
      label: 'Zone IV: possible dependence (refer for assessment)',
      min: 20,
      max: 40,
    },
  ],
  source: {
    title:
      'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: The Alcohol Use Disorders Identification Test. Guidelines for Use in Primary Care, 2nd ed. World Health Organization, 2001 (instrument: Saunders JB et al., Addiction 1993;88:791-804)',
    url: 'https://www.who.int/publications/i/item/WHO-MSD-MSB-01.6a',
  },
};

/**
 * Scores a full AUDIT. A total of 8 or more raises `alcohol-screen-positive`; 20 or more also
 * raises `possible-alcohol-dependence`.
 *
 * @param answers - Ten item scores, question 1 first (items 9-10 only 0, 2 or 4).
 * @returns The total, WHO zone and flags, or issues naming each invalid item.
 * @example
 * const r = scoreAudit([2, 1, 1, 1, 1, 0, 1, 1, 0, 0]);
 * r.ok && r.value.band?.id //=> 'zone-2'
 */
export function scoreAudit(answers: readonly unknown[]): ScoreResult {
  const issues = validateAnswers(auditDefinition, answers);
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const points = answers as readonly number[];
  const total = sumPoints(points);
  const band = findBand(auditDefinition.bands, total);
  const flags: ScoreFlag[] = [];
  if (total >= 8) {
    flags.push({
      code: 'alcohol-screen-positive',
      severity: 'warning',
      message: `AUDIT ${total} is 8 or more: hazardous or harmful drinking is likely.`,
    });
  }
  if (total >= 20) {
    flags.push({
      code: 'possible-alcohol-dependence',
      severity: 'warning',
      message: `AUDIT ${total} is 20 or more: assess for alcohol dependence and offer treatment.`,
    });
  }
  return {
    ok: true,
    value: {
      instrument: 'audit',
      name: auditDefinition.name,
      total,
      maxTotal: auditDefinition.maxTotal,
      band,
      flags,
      interpretation: `${band?.label ?? 'Unbanded'} (${total} of 40). A screening score, not a diagnosis.`,
      answers: points,
      source: auditDefinition.source,
    },
  };
}
