import { scoreQuestionnaire, type InstrumentId, type QuestionnaireScore } from '@blockade/rules';
import type { Instrument, Patient, QuestionnaireResponse } from '@blockade/store';
import { badRequest, zodIssuesToOutcome } from '../../http/outcome';

const rulesId: Readonly<Record<Instrument, InstrumentId>> = {
  'phq-9': 'phq9',
  'audit-c': 'audit-c',
  cows: 'cows',
  pacs: 'pacs',
};

/**
 * Sex for sex-specific cut-offs. When the record says neither female nor male, the lower (female)
 * thresholds are used: they flag more, which is the safer error for a screen.
 */
const cutOffSex = (patient: Patient): 'female' | 'male' =>
  patient.sex === 'male' ? 'male' : 'female';

/**
 * Standard drinks that make a heavy-drinking day: 4 or more for women, 5 or more for men (NIAAA
 * definition used in alcohol trials); 4 when sex is not recorded.
 *
 * @param sex - The patient's recorded sex.
 * @returns The threshold in standard drinks.
 */
export function heavyDrinkingThreshold(sex: Patient['sex']): number {
  return sex === 'male' ? 5 : 4;
}

/**
 * Checks a questionnaire's answers against its instrument (@blockade/rules); throws a 400 naming
 * each bad item (`answers[i]`).
 *
 * @param body - Instrument and answers.
 * @param patient - For sex-specific instruments.
 */
export function validateQuestionnaire(
  body: { readonly instrument: Instrument; readonly answers: readonly number[] },
  patient: Patient,
): void {
  const result = scoreQuestionnaire(rulesId[body.instrument], body.answers, {
    sex: cutOffSex(patient),
  });
  if (!result.ok) {
    throw badRequest(
      zodIssuesToOutcome(
        result.issues.map((i) => ({
          code: 'custom',
          path: [...i.path],
          message: i.message,
          input: undefined,
        })),
      ),
    );
  }
}

/**
 * A stored questionnaire with its score (total, band, flags such as PHQ-9 item 9).
 *
 * @param q - The stored response.
 * @param patient - For sex-specific instruments.
 * @returns The response plus `score` (undefined if the stored answers no longer validate).
 */
export function scoreStored(
  q: QuestionnaireResponse,
  patient: Patient,
): QuestionnaireResponse & { score: QuestionnaireScore | undefined } {
  const result = scoreQuestionnaire(rulesId[q.instrument], q.answers, { sex: cutOffSex(patient) });
  return { ...q, score: result.ok ? result.value : undefined };
}
