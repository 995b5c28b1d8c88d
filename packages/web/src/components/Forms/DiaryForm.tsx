import type { FormEvent, ReactElement } from 'react';
import { useState } from 'react';
import type { DiaryInput } from '../../api/types';
import { localDate } from './dates';

/** Drinking diary for one day: standard drinks, heavy-drinking day, craving 0-10. */
export function DiaryForm({
  onSubmit,
  busy,
}: {
  onSubmit: (entry: DiaryInput, craving: number | undefined) => void;
  busy: boolean;
}): ReactElement {
  const [date, setDate] = useState(localDate());
  const [drinks, setDrinks] = useState('0');
  const [heavy, setHeavy] = useState(false);
  const [craving, setCraving] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const n = Number(drinks);
    if (drinks.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
      setError('Standard drinks must be a number from 0 to 100.');
      return;
    }
    const c = craving.trim() === '' ? undefined : Number(craving);
    if (c !== undefined && (!Number.isInteger(c) || c < 0 || c > 10)) {
      setError('Craving must be a whole number from 0 to 10.');
      return;
    }
    setError(null);
    onSubmit({ date, standardDrinks: n, heavyDrinkingDay: heavy }, c);
  };
  return (
    <form onSubmit={submit} aria-label="Drinking diary">
      <div className="row">
        <div className="field" style={{ flex: '1 1 9rem' }}>
          <label htmlFor="diary-date">Day</label>
          <input
            id="diary-date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="field" style={{ flex: '1 1 7rem' }}>
          <label htmlFor="diary-drinks">Standard drinks</label>
          <input
            id="diary-drinks"
            type="number"
            min={0}
            max={100}
            step={0.5}
            inputMode="decimal"
            value={drinks}
            onChange={(e) => {
              setDrinks(e.target.value);
              setHeavy(Number(e.target.value) >= 5);
            }}
          />
        </div>
      </div>
      <label className="choice">
        <input type="checkbox" checked={heavy} onChange={(e) => setHeavy(e.target.checked)} />
        Heavy drinking day
      </label>
      <div className="field">
        <label htmlFor="diary-craving">
          Craving today, 0 (none) to 10 (strongest) <span className="hint">optional</span>
        </label>
        <input
          id="diary-craving"
          type="number"
          min={0}
          max={10}
          step={1}
          inputMode="numeric"
          value={craving}
          onChange={(e) => setCraving(e.target.value)}
        />
      </div>
      {error && (
        <p role="alert" className="notice warn">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save diary'}
      </button>
    </form>
  );
}
