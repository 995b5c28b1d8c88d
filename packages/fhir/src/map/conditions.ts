// Condition → ConditionFact (ICD-10-CM, SNOMED CT or text). Inactive, resolved, in-remission or
// refuted conditions are kept as inactive (or dropped when refuted / entered in error).
import type { ConditionFact, ConditionKind } from '@blockade/rules';
import type { Condition } from '@medplum/fhirtypes';
import { conditionFromIcd10, conditionFromText, snomedConditions } from '../codes/condition-codes';
import { ICD10, ICD10CM, SNOMED } from '../codes/systems';
import type { IssueSink } from './common';
import { codings, conceptName, conceptText, readDate } from './common';
import type { Located } from './collect';

function kindOf(c: Condition): { kind: ConditionKind; code?: string } | undefined {
  for (const coding of codings(c.code)) {
    const code = coding.code!;
    const kind =
      coding.system === ICD10CM || coding.system === ICD10
        ? conditionFromIcd10(code)
        : coding.system === SNOMED
          ? snomedConditions[code]
          : undefined;
    if (kind !== undefined) {
      return { kind, code: `${coding.system}|${code}` };
    }
  }
  const kind = conditionFromText(conceptText(c.code));
  return kind === undefined ? undefined : { kind };
}

/**
 * Maps a Condition to a fact; undefined for unrelated, refuted or erroneous conditions.
 *
 * @param l - Located Condition.
 * @param sink - Issue collector (malformed dates).
 * @returns The fact.
 * @example
 * mapCondition({ resource: { resourceType: 'Condition', code: { coding: [{ system: ICD10CM, code: 'F10.20' }] } }, path: [], draft: false }, sink)?.kind
 * //=> 'alcohol-use-disorder'
 */
export function mapCondition(l: Located, sink: IssueSink): ConditionFact | undefined {
  if (l.resource.resourceType !== 'Condition') {
    return undefined;
  }
  const c = l.resource;
  const verification = c.verificationStatus?.coding?.[0]?.code;
  if (verification === 'refuted' || verification === 'entered-in-error') {
    return undefined;
  }
  const found = kindOf(c);
  if (found === undefined) {
    return undefined;
  }
  const clinical = c.clinicalStatus?.coding?.[0]?.code;
  const abated = readDate(c.abatementDateTime, [...l.path, 'abatementDateTime'], sink);
  const active =
    (clinical === undefined || ['active', 'recurrence', 'relapse'].includes(clinical)) &&
    abated === undefined;
  const recorded =
    readDate(c.recordedDate, [...l.path, 'recordedDate'], sink) ??
    readDate(c.onsetDateTime, [...l.path, 'onsetDateTime'], sink) ??
    readDate(c.onsetPeriod?.start, [...l.path, 'onsetPeriod', 'start'], sink);
  return {
    kind: found.kind,
    name: conceptName(c.code, found.kind),
    ...(found.code === undefined ? {} : { code: found.code }),
    active,
    ...(recorded === undefined ? {} : { recordedIso: recorded }),
  };
}
