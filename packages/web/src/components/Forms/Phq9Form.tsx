import type { FormEvent, ReactElement } from 'react';
import { useState } from 'react';
import { Source } from '../Status/Status';

/** The nine PHQ-9 items ("Over the last 2 weeks, how often have you been bothered by…"). */
export const phq9Items: readonly string[] = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself, or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead, or of hurting yourself in some way',
];

const answers = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

/**
 * PHQ-9 questionnaire. Every item must be answered; item 9 answered above 0 shows where to get
 * help at once (the server also raises a card for the clinician).
 */
export function Phq9Form({
  onSubmit,
  busy,
}: {
  onSubmit: (answers: number[]) => void;
  busy: boolean;
}): ReactElement {
  const [values, setValues] = useState<(number | undefined)[]>(() =>
    phq9Items.map(() => undefined),
  );
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const missing = values.findIndex((v) => v === undefined);
    if (missing >= 0) {
      setError(`Please answer question ${missing + 1}.`);
      return;
    }
    setError(null);
    onSubmit(values as number[]);
  };
  const item9 = values[8] ?? 0;
  return (
    <form onSubmit={submit} aria-label="PHQ-9 mood questionnaire">
      <p className="muted">Over the last 2 weeks, how often have you been bothered by:</p>
      {phq9Items.map((item, i) => (
        <fieldset key={i}>
          <legend>
            {i + 1}. {item}
          </legend>
          {answers.map((label, score) => (
            <label className="choice" key={score}>
              <input
                type="radio"
                name={`phq9-${i}`}
                value={score}
                checked={values[i] === score}
                onChange={() => setValues((v) => v.map((x, j) => (j === i ? score : x)))}
              />
              {label}
            </label>
          ))}
        </fieldset>
      ))}
      {item9 > 0 && (
        <div className="notice danger" role="alert">
          <p>
            Thank you for telling us. If you are thinking about hurting yourself, please talk to
            someone now: call your local emergency number or a crisis line, or contact your clinic
            today. Your care team will see this answer.
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="notice warn">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save questionnaire'}
      </button>
      <Source>
        Patient Health Questionnaire-9 (PHQ-9), Kroenke, Spitzer and Williams, 2001. Mood should be
        screened and followed during naltrexone treatment (A. Datta, &quot;Does Naltrexone cause
        depression?&quot;).
      </Source>
    </form>
  );
}
