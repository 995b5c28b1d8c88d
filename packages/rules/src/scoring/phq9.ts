import type { InstrumentDefinition, ScoreFlag, ScoreResult } from './types';
import { findBand, sumPoints, validateAnswers } from './validate-answers';

const frequency = [0, 1, 2, 3] as const;

/**
 * PHQ-9 (Patient Health Questionnaire, depression module): 9 items scored 0-3 over the last two
 * weeks, total 0-27. Bands and the item-9 follow-up from the instrument's authors.
 */
export const phq9Definition: InstrumentDefinition = {
  id: 'phq9',
  name: 'PHQ-9',
  items: [
    { number: 1, label: 'little interest or pleasure in doing things', allowed: frequency },
    { number: 2, label: 'feeling down, depressed or hopeless', allowed: frequency },
    { number: 3, label: 'trouble with sleep', allowed: frequency },
    { number: 4, label: 'feeling tired or having little energy', allowed: frequency },
    { number: 5, label: 'poor appetite or overeating', allowed: frequency },
    { number: 6, label: 'feeling bad about yourself', allowed: frequency },
    { number: 7, label: 'trouble concentrating', allowed: frequency },
    { number: 8, label: 'moving or speaking slowly, or being restless', allowed: frequency },
    { number: 9, label: 'thoughts of being better off dead or of self-harm', allowed: frequency },
  ],
  maxTotal: 27,
  bands: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
    { id: 'severe', label: 'Severe', min: 20, max: 27 },
  ],
  source: {
    title:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606-613',
    url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x',
  },
};

/**
 * Scores a PHQ-9. Any point on item 9 raises a critical `suicidality-risk` flag whatever the total;
 * a total of 10 or more raises `depression-screen-positive` (the authors' cut-off for major depression).
 *
 * @param answers - Nine item scores (0-3), item 1 first.
 * @returns The total, band and flags, or issues naming each invalid item.
 * @example
 * const r = scorePhq9([1, 1, 1, 1, 1, 0, 0, 0, 1]);
 * r.ok && r.value.band?.id //=> 'mild'; flags include 'suicidality-risk'
 */
export function scorePhq9(answers: readonly unknown[]): ScoreResult {
  const issues = validateAnswers(phq9Definition, answers);
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const points = answers as readonly number[];
  const total = sumPoints(points);
  const band = findBand(phq9Definition.bands, total);
  const flags: ScoreFlag[] = [];
  const item9 = points[8] ?? 0;
  if (item9 > 0) {
    flags.push({
      code: 'suicidality-risk',
      severity: 'critical',
      message: `Item 9 scored ${item9}: ask about thoughts of death or self-harm today and assess safety, whatever the total.`,
    });
  }
  if (total >= 10) {
    flags.push({
      code: 'depression-screen-positive',
      severity: 'warning',
      message: `Total ${total} is 10 or more, the usual cut-off for possible major depression: a clinical assessment is needed.`,
    });
  }
  return {
    ok: true,
    value: {
      instrument: 'phq9',
      name: phq9Definition.name,
      total,
      maxTotal: phq9Definition.maxTotal,
      band,
      flags,
      interpretation: `${band?.label ?? 'Unbanded'} depressive symptoms (${total} of 27). A screening score, not a diagnosis.`,
      answers: points,
      source: phq9Definition.source,
    },
  };
}
