import type { HepaticFunction, Issue, Subject } from '../types';
import { issue } from './issue';
import { subjectRanges } from './limits';

const hepaticValues: readonly HepaticFunction[] = [
  'normal',
  'compensated-cirrhosis',
  'decompensated-cirrhosis',
];
const subjectKeys = ['weightKg', 'ageYears', 'hepatic', 'creatinineClearanceMlPerMin', 'dependent'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Checks subject covariates against `subjectRanges`; pushes one issue per bad field.
 *
 * @param raw - The `subject` value as written (may be undefined: typical adult).
 * @param issues - Collector; issues are appended here.
 * @param basePath - Path prefix for issues (default `['subject']`).
 * @returns The subject with only the valid fields kept.
 * @example
 * validateSubject({ weightKg: 70 }, []) //=> { weightKg: 70 }
 */
export function validateSubject(
  raw: unknown,
  issues: Issue[],
  basePath: readonly (string | number)[] = ['subject'],
): Subject {
  if (raw === undefined) {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.push(issue('invalid_type', basePath, raw, 'an object of covariates'));
    return {};
  }
  const record = raw as Record<string, unknown>;
  const subject: Mutable<Subject> = {};
  for (const key of Object.keys(record)) {
    if (!subjectKeys.includes(key)) {
      issues.push(
        issue(
          'unknown_value',
          [...basePath, key],
          record[key],
          `one of the fields ${subjectKeys.join(', ')}`,
        ),
      );
    }
  }
  for (const key of ['weightKg', 'ageYears', 'creatinineClearanceMlPerMin'] as const) {
    const value = record[key];
    if (value === undefined) {
      continue;
    }
    const { min, max, unit } = subjectRanges[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      issues.push(
        issue(
          typeof value === 'number' ? 'out_of_range' : 'invalid_type',
          [...basePath, key],
          value,
          `a number from ${min} to ${max} ${unit}`,
        ),
      );
    } else {
      subject[key] = value;
    }
  }
  const { hepatic, dependent } = record;
  if (hepatic !== undefined) {
    if (typeof hepatic === 'string' && (hepaticValues as readonly string[]).includes(hepatic)) {
      subject.hepatic = hepatic as HepaticFunction;
    } else {
      issues.push(
        issue(
          'unknown_value',
          [...basePath, 'hepatic'],
          hepatic,
          `one of ${hepaticValues.join(', ')}`,
        ),
      );
    }
  }
  if (dependent !== undefined) {
    if (typeof dependent === 'boolean') {
      subject.dependent = dependent;
    } else {
      issues.push(issue('invalid_type', [...basePath, 'dependent'], dependent, 'true or false'));
    }
  }
  return subject;
}
