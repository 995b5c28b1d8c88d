import type { Dose, DoseForm, Subject } from '../types';
import {
  individualParameters,
  typicalValues,
  zeroEtas,
  type Etas,
  type IndividualParameters,
  type ParameterValues,
} from '../model/individual';
import { buildSystem, type LinearSystem } from '../model/system';
import { Propagator } from '../solve/exact';

/** Everything needed to simulate one (typical or virtual) subject on one regimen. */
export interface SubjectModel {
  readonly params: IndividualParameters;
  readonly system: LinearSystem;
  readonly propagator: Propagator;
}

/**
 * Dose forms used by a list of doses, in a fixed order.
 *
 * @param doses - Doses.
 * @returns Distinct forms.
 * @example
 * formsOf([{ atHours: 0, amountMg: 50, form: 'oral-tablet' }]) //=> ['oral-tablet']
 */
export function formsOf(doses: readonly Dose[]): DoseForm[] {
  const seen = new Set(doses.map((d) => d.form));
  return (['oral-tablet', 'er-tablet', 'xr-injection', 'implant'] as const).filter((f) =>
    seen.has(f),
  );
}

/**
 * Doses sorted by time (stable), as a new array.
 *
 * @param doses - Doses in any order.
 * @returns Sorted copy.
 * @example
 * sortDoses([{ atHours: 5, amountMg: 1, form: 'implant' }, { atHours: 0, amountMg: 1, form: 'implant' }])[0].atHours //=> 0
 */
export function sortDoses(doses: readonly Dose[]): Dose[] {
  return [...doses].sort((a, b) => a.atHours - b.atHours);
}

/**
 * Builds the model of one subject: parameters after covariates and random effects, its linear
 * system restricted to the forms used, and an exact propagator.
 *
 * @param subject - Covariates.
 * @param forms - Forms the regimen uses.
 * @param etas - Random effects (zero for the typical subject).
 * @param values - Parameter values (the specification table by default).
 * @returns The subject model.
 * @example
 * subjectModel({}, ['oral-tablet']).system.n //=> 7
 */
export function subjectModel(
  subject: Subject,
  forms: readonly DoseForm[],
  etas: Etas = zeroEtas,
  values: ParameterValues = typicalValues,
): SubjectModel {
  const params = individualParameters(values, subject, etas);
  const system = buildSystem(params, forms);
  return { params, system, propagator: new Propagator(system) };
}
