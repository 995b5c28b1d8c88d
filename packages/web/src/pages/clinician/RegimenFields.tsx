import type { DoseForm } from '@blockade/pharm';
import type { ReactElement } from 'react';
import type { PlannerForm } from '../../engine/planner';
import { defaultPlannerForm, formDefaults } from '../../engine/planner';

const forms = Object.keys(formDefaults) as DoseForm[];

/** The dose fields of one regimen (form, dose, interval, count, delay of the last dose). */
export function RegimenFields({
  idPrefix,
  legend,
  value,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  value: PlannerForm;
  onChange: (next: PlannerForm) => void;
}): ReactElement {
  const set = (patch: Partial<PlannerForm>): void => onChange({ ...value, ...patch });
  const id = (name: string): string => `${idPrefix}-${name}`;
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={id('form')}>Form</label>
        <select
          id={id('form')}
          value={value.form}
          onChange={(e) => {
            const form = e.target.value as DoseForm;
            const d = defaultPlannerForm(form);
            set({ form, doseMg: d.doseMg, everyHours: d.everyHours, count: d.count });
          }}
        >
          {forms.map((f) => (
            <option key={f} value={f}>
              {formDefaults[f].label}
            </option>
          ))}
        </select>
      </div>
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <div className="field" style={{ flex: '1 1 6rem' }}>
          <label htmlFor={id('dose')}>Dose (mg)</label>
          <input
            id={id('dose')}
            inputMode="decimal"
            value={value.doseMg}
            onChange={(e) => set({ doseMg: e.target.value })}
          />
        </div>
        <div className="field" style={{ flex: '1 1 6rem' }}>
          <label htmlFor={id('every')}>Every (hours)</label>
          <input
            id={id('every')}
            inputMode="decimal"
            aria-describedby={id('every-hint')}
            value={value.everyHours}
            onChange={(e) => set({ everyHours: e.target.value })}
          />
          <span className="hint-below" id={id('every-hint')}>
            24 = daily, 672 = 4 weeks
          </span>
        </div>
        <div className="field" style={{ flex: '1 1 6rem' }}>
          <label htmlFor={id('count')}>Number of doses</label>
          <input
            id={id('count')}
            inputMode="numeric"
            value={value.count}
            onChange={(e) => set({ count: e.target.value })}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('late')}>Last dose late by (days)</label>
        <input
          id={id('late')}
          inputMode="decimal"
          aria-describedby={id('late-hint')}
          value={value.lateDays}
          onChange={(e) => set({ lateDays: e.target.value })}
        />
        <span className="hint-below" id={id('late-hint')}>
          0 = on time; &quot;what if the next injection is late?&quot;
        </span>
      </div>
    </fieldset>
  );
}

/** Covariates shared by both regimens (the same person). */
export function CovariateFields({
  value,
  onChange,
}: {
  value: PlannerForm;
  onChange: (patch: Partial<PlannerForm>) => void;
}): ReactElement {
  return (
    <fieldset>
      <legend>Person (optional)</legend>
      <div className="row">
        <div className="field" style={{ flex: '1 1 6rem' }}>
          <label htmlFor="cov-weight">Weight (kg)</label>
          <input
            id="cov-weight"
            inputMode="decimal"
            value={value.weightKg}
            onChange={(e) => onChange({ weightKg: e.target.value })}
          />
        </div>
        <div className="field" style={{ flex: '1 1 6rem' }}>
          <label htmlFor="cov-age">Age (years)</label>
          <input
            id="cov-age"
            inputMode="numeric"
            value={value.ageYears}
            onChange={(e) => onChange({ ageYears: e.target.value })}
          />
        </div>
        <div className="field" style={{ flex: '1 1 6rem' }}>
          <label htmlFor="cov-crcl">CrCl (mL/min)</label>
          <input
            id="cov-crcl"
            inputMode="decimal"
            value={value.creatinineClearanceMlPerMin}
            onChange={(e) => onChange({ creatinineClearanceMlPerMin: e.target.value })}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="cov-hepatic">Liver function</label>
        <select
          id="cov-hepatic"
          value={value.hepatic}
          onChange={(e) => onChange({ hepatic: e.target.value as PlannerForm['hepatic'] })}
        >
          <option value="normal">Normal</option>
          <option value="compensated-cirrhosis">Compensated cirrhosis</option>
          <option value="decompensated-cirrhosis">Decompensated cirrhosis</option>
        </select>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={value.dependent}
          onChange={(e) => onChange({ dependent: e.target.checked })}
        />
        Opioid- or alcohol-dependent (higher clearance)
      </label>
    </fieldset>
  );
}
