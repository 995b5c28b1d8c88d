import { doseForms, type Issue, type Regimen } from '../types';
import { maxDoseMgByForm } from '../regimen/limits';
import { limits, type SimulateOptions } from './options';

/**
 * Checks a regimen and simulate options; returns every problem found (empty when valid). Issues
 * name the field, the value and what is allowed.
 *
 * @param regimen - Regimen to check.
 * @param options - Options to check.
 * @returns Issues, possibly empty.
 * @example
 * validateSimulation({ subject: {}, doses: [] }, { times: [-1] })[0].path //=> ['times', 0]
 */
export function validateSimulation(regimen: Regimen, options: SimulateOptions): Issue[] {
  const issues: Issue[] = [];
  regimen.doses.forEach((dose, i) => {
    const path = ['regimen', 'doses', i];
    if (!doseForms.includes(dose.form)) {
      issues.push({
        code: 'unknown_value',
        path: [...path, 'form'],
        message: `form ${JSON.stringify(dose.form)} is unknown; allowed: ${doseForms.join(', ')}`,
      });
      return;
    }
    if (!Number.isFinite(dose.atHours)) {
      issues.push({
        code: 'invalid_type',
        path: [...path, 'atHours'],
        message: `atHours ${dose.atHours} must be a finite number of hours`,
      });
    }
    const max = maxDoseMgByForm[dose.form];
    if (!(Number.isFinite(dose.amountMg) && dose.amountMg > 0 && dose.amountMg <= max)) {
      issues.push({
        code: 'out_of_range',
        path: [...path, 'amountMg'],
        message: `amountMg ${dose.amountMg} is not allowed for ${dose.form}: use a number above 0 and at most ${max} mg`,
      });
    }
  });
  const times = options.times;
  if (times.length === 0 || times.length > limits.maxTimes) {
    issues.push({
      code: 'out_of_range',
      path: ['times'],
      message: `${times.length} output times given; allowed 1 to ${limits.maxTimes}`,
    });
  }
  for (let k = 0; k < times.length; k++) {
    const t = times[k]!;
    if (!Number.isFinite(t) || t < 0) {
      issues.push({
        code: Number.isFinite(t) ? 'out_of_range' : 'invalid_type',
        path: ['times', k],
        message: `time ${t} h is not allowed: output times must be finite and ≥ 0 hours`,
      });
      if (issues.length > 20) {
        break;
      }
    }
  }
  const population = options.population;
  if (population !== undefined) {
    const { size, seed, missProbability } = population;
    if (!Number.isInteger(size) || size < 1 || size > limits.maxPopulation) {
      issues.push({
        code: 'out_of_range',
        path: ['population', 'size'],
        message: `population size ${size} is not allowed: use a whole number from 1 to ${limits.maxPopulation}`,
      });
    } else if (size * times.length > limits.maxSubjectPoints) {
      issues.push({
        code: 'out_of_range',
        path: ['population', 'size'],
        message: `population size ${size} × ${times.length} times exceeds ${limits.maxSubjectPoints} subject-points; use fewer subjects or times`,
      });
    }
    if (!Number.isSafeInteger(seed)) {
      issues.push({
        code: 'invalid_type',
        path: ['population', 'seed'],
        message: `seed ${seed} must be a whole number`,
      });
    }
    if (
      missProbability !== undefined &&
      !(Number.isFinite(missProbability) && missProbability >= 0 && missProbability <= 1)
    ) {
      issues.push({
        code: 'out_of_range',
        path: ['population', 'missProbability'],
        message: `missProbability ${missProbability} must be between 0 and 1`,
      });
    }
  }
  return issues;
}
