import type { InstrumentDefinition, ScoreFlag, ScoreResult } from './types';
import { findBand, sumPoints, validateAnswers } from './validate-answers';

/**
 * COWS (Clinical Opiate Withdrawal Scale): 11 clinician-rated signs, each with its own set of
 * allowed points (from the published form), total 0-48. Bands from the authors: below 5 no active
 * withdrawal, 5-12 mild, 13-24 moderate, 25-36 moderately severe, above 36 severe.
 */
export const cowsDefinition: InstrumentDefinition = {
  id: 'cows',
  name: 'COWS',
  items: [
    { number: 1, label: 'resting pulse rate', allowed: [0, 1, 2, 4] },
    { number: 2, label: 'sweating', allowed: [0, 1, 2, 3, 4] },
    { number: 3, label: 'restlessness', allowed: [0, 1, 3, 5] },
    { number: 4, label: 'pupil size', allowed: [0, 1, 2, 5] },
    { number: 5, label: 'bone or joint aches', allowed: [0, 1, 2, 4] },
    { number: 6, label: 'runny nose or tearing', allowed: [0, 1, 2, 4] },
    { number: 7, label: 'gastrointestinal upset', allowed: [0, 1, 2, 3, 5] },
    { number: 8, label: 'tremor', allowed: [0, 1, 2, 4] },
    { number: 9, label: 'yawning', allowed: [0, 1, 2, 4] },
    { number: 10, label: 'anxiety or irritability', allowed: [0, 1, 2, 4] },
    { number: 11, label: 'gooseflesh skin', allowed: [0, 3, 5] },
  ],
  maxTotal: 48,
  bands: [
    { id: 'none', label: 'No active withdrawal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 12 },
    { id: 'moderate', label: 'Moderate', min: 13, max: 24 },
    { id: 'moderately-severe', label: 'Moderately severe', min: 25, max: 36 },
    { id: 'severe', label: 'Severe', min: 37, max: 48 },
  ],
  source: {
    title:
      'Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs 2003;35(2):253-259',
    url: 'https://doi.org/10.1080/02791072.2003.10400007',
  },
};

/**
 * Scores a COWS. Any total of 5 or more raises a critical `active-opioid-withdrawal` flag, because
 * naltrexone must not be started during withdrawal (it would deepen it).
 *
 * @param answers - Eleven item scores, item 1 (pulse) first; each item has its own allowed points.
 * @returns The total, band and flags, or issues naming each invalid item.
 * @example
 * const r = scoreCows([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
 * r.ok && r.value.band?.id //=> 'mild'
 */
export function scoreCows(answers: readonly unknown[]): ScoreResult {
  const issues = validateAnswers(cowsDefinition, answers);
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const points = answers as readonly number[];
  const total = sumPoints(points);
  const band = findBand(cowsDefinition.bands, total);
  const flags: ScoreFlag[] =
    total >= 5
      ? [
          {
            code: 'active-opioid-withdrawal',
            severity: 'critical',
            message: `COWS ${total} shows active opioid withdrawal: do not start naltrexone now; treat withdrawal and reassess.`,
          },
        ]
      : [];
  return {
    ok: true,
    value: {
      instrument: 'cows',
      name: cowsDefinition.name,
      total,
      maxTotal: cowsDefinition.maxTotal,
      band,
      flags,
      interpretation: `${band?.label ?? 'Unbanded'} opioid withdrawal (${total} of 48).`,
      answers: points,
      source: cowsDefinition.source,
    },
  };
}
