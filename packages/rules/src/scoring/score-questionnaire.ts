import { auditDefinition, scoreAudit } from './audit';
import { auditCDefinition, scoreAuditC } from './audit-c';
import { cowsDefinition, scoreCows } from './cows';
import { pacsDefinition, scorePacs } from './pacs';
import { phq9Definition, scorePhq9 } from './phq9';
import type { InstrumentDefinition, InstrumentId, ScoreResult, Sex } from './types';

/** Every questionnaire definition by id. */
export const instrumentDefinitions: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  phq9: phq9Definition,
  'audit-c': auditCDefinition,
  audit: auditDefinition,
  cows: cowsDefinition,
  pacs: pacsDefinition,
};

/** Options for instruments that need more than the answers. */
export interface ScoreOptions {
  /** Required for AUDIT-C (sex-specific threshold); ignored by the others. */
  readonly sex?: Sex;
}

/**
 * Scores any supported questionnaire by id.
 *
 * @param instrument - Which questionnaire.
 * @param answers - Item scores in item order.
 * @param options - `sex` for AUDIT-C.
 * @returns The score, or issues (including a missing `sex` for AUDIT-C).
 * @example
 * const r = scoreQuestionnaire('pacs', [0, 0, 0, 0, 1]);
 * r.ok && r.value.total //=> 1
 */
export function scoreQuestionnaire(
  instrument: InstrumentId,
  answers: readonly unknown[],
  options: ScoreOptions = {},
): ScoreResult {
  switch (instrument) {
    case 'phq9':
      return scorePhq9(answers);
    case 'audit':
      return scoreAudit(answers);
    case 'cows':
      return scoreCows(answers);
    case 'pacs':
      return scorePacs(answers);
    case 'audit-c':
      if (options.sex === undefined) {
        return {
          ok: false,
          issues: [
            {
              code: 'missing',
              path: ['sex'],
              message:
                'AUDIT-C needs the sex (female or male): its positive threshold is 3 for women and 4 for men.',
            },
          ],
        };
      }
      return scoreAuditC(answers, options.sex);
  }
}
