import type { InstrumentDefinition, ScoreResult } from './types';
import { sumPoints, validateAnswers } from './validate-answers';

const points0to6 = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * PACS (Penn Alcohol Craving Scale): 5 self-rated items about the past week, each 0-6, total 0-30.
 * The authors published no severity cut-offs, so the score has no band: follow it over time.
 */
export const pacsDefinition: InstrumentDefinition = {
  id: 'pacs',
  name: 'Penn Alcohol Craving Scale',
  items: [
    { number: 1, label: 'how often you thought about drinking', allowed: points0to6 },
    { number: 2, label: 'strength of the strongest craving', allowed: points0to6 },
    { number: 3, label: 'time spent thinking about drinking', allowed: points0to6 },
    { number: 4, label: 'difficulty resisting a drink if available', allowed: points0to6 },
    { number: 5, label: 'average craving over the week', allowed: points0to6 },
  ],
  maxTotal: 30,
  bands: [],
  source: {
    title:
      'Flannery BA, Volpicelli JR, Pettinati HM. Psychometric properties of the Penn Alcohol Craving Scale. Alcohol Clin Exp Res 1999;23(8):1289-1295',
    url: 'https://doi.org/10.1111/j.1530-0277.1999.tb04349.x',
  },
};

/**
 * Scores a PACS. No band and no flags: the authors give no cut-offs; a falling total is the aim.
 *
 * @param answers - Five item scores (0-6), item 1 first.
 * @returns The total (0-30), or issues naming each invalid item.
 * @example
 * const r = scorePacs([3, 2, 2, 1, 2]);
 * r.ok && r.value.total //=> 10
 */
export function scorePacs(answers: readonly unknown[]): ScoreResult {
  const issues = validateAnswers(pacsDefinition, answers);
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const points = answers as readonly number[];
  const total = sumPoints(points);
  return {
    ok: true,
    value: {
      instrument: 'pacs',
      name: pacsDefinition.name,
      total,
      maxTotal: pacsDefinition.maxTotal,
      band: null,
      flags: [],
      interpretation: `Craving score ${total} of 30 (higher means more craving). No validated cut-offs: compare with earlier scores.`,
      answers: points,
      source: pacsDefinition.source,
    },
  };
}
