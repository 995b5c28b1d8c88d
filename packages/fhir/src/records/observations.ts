// Labs (LOINC + UCUM), drinking diary, cravings and urine drug screens ↔ Observation.
import type { CodeableConcept, Observation, ObservationComponent } from '@medplum/fhirtypes';
import { analyteText, blockadeCodes, labLoinc, systems, ucumUnit } from './codes';
import {
  compact,
  concept,
  hasCode,
  isDate,
  isInstant,
  patientReference,
  recordIdentifier,
  sourceId,
  toUtc,
  type RecordIssue,
} from './helpers';
import type { AnalyteRec, CravingRec, DiaryRec, DrugScreenRec, LabRec } from './types';

const category = (code: string, display: string): CodeableConcept[] => [
  concept(systems.observationCategory, code, display),
];
const bcode = (c: { code: string; display: string }): CodeableConcept =>
  concept(systems.blockadeObservation, c.code, c.display);
const base = (
  id: string,
  patientId: string,
): Pick<Observation, 'resourceType' | 'id' | 'identifier' | 'status' | 'subject'> => ({
  resourceType: 'Observation',
  id,
  identifier: [recordIdentifier(id)],
  status: 'final',
  subject: patientReference(patientId),
});

/** Maps a liver test to a laboratory Observation (LOINC code, UCUM unit, ULN as reference range high). */
export function labToFhir(patientId: string, l: LabRec): Observation {
  const unit = { unit: l.unit, system: systems.ucum, code: ucumUnit(l.unit) };
  return {
    ...base(l.id, patientId),
    category: category('laboratory', 'Laboratory'),
    code: concept(
      systems.loinc,
      labLoinc[l.test].code,
      labLoinc[l.test].display,
      l.test.toUpperCase(),
    ),
    effectiveDateTime: l.collectedAt,
    valueQuantity: { value: l.value, ...unit },
    referenceRange: [{ high: { value: l.upperLimitNormal, ...unit } }],
  };
}

/** Maps a diary day to an Observation (drinks as valueQuantity, components for the rest). */
export function diaryToFhir(patientId: string, d: DiaryRec): Observation {
  const components: ObservationComponent[] = [
    { code: bcode(blockadeCodes.heavy), valueBoolean: d.heavyDrinkingDay },
    ...(d.sinclairDoseAt === undefined
      ? []
      : [{ code: bcode(blockadeCodes.sinclairDose), valueDateTime: d.sinclairDoseAt }]),
    ...(d.firstDrinkAt === undefined
      ? []
      : [{ code: bcode(blockadeCodes.firstDrink), valueDateTime: d.firstDrinkAt }]),
  ];
  return compact<Observation>({
    ...base(d.id, patientId),
    category: category('social-history', 'Social History'),
    code: bcode(blockadeCodes.drinks),
    effectiveDateTime: d.date,
    valueQuantity: {
      value: d.standardDrinks,
      unit: 'standard drinks',
      system: systems.ucum,
      code: '{StandardDrink}',
    },
    component: components,
    note: d.note === undefined ? undefined : [{ text: d.note }],
  });
}

/** Maps a craving rating to an Observation (0-10 score). */
export function cravingToFhir(patientId: string, c: CravingRec): Observation {
  return {
    ...base(c.id, patientId),
    category: category('survey', 'Survey'),
    code: bcode(blockadeCodes.craving),
    effectiveDateTime: c.at,
    valueInteger: c.score,
  };
}

/** Maps a urine drug screen to an Observation with one component per analyte. */
export function drugScreenToFhir(patientId: string, s: DrugScreenRec): Observation {
  return {
    ...base(s.id, patientId),
    category: category('laboratory', 'Laboratory'),
    code: bcode(blockadeCodes.drugScreen),
    effectiveDateTime: s.collectedAt,
    component: Object.entries(s.results).map(([analyte, result]) => ({
      code: concept(
        systems.blockadeObservation,
        `uds-${analyte}`,
        analyteText[analyte as AnalyteRec],
      ),
      valueCodeableConcept:
        result === 'positive'
          ? concept(systems.snomed, '10828004', 'Positive')
          : concept(systems.snomed, '260385009', 'Negative'),
    })),
  };
}

/** An Observation read back into one of the records it can hold. */
export type ObservationRec =
  | { readonly kind: 'lab'; readonly value: LabRec }
  | { readonly kind: 'diary'; readonly value: DiaryRec }
  | { readonly kind: 'craving'; readonly value: CravingRec }
  | { readonly kind: 'drug-screen'; readonly value: DrugScreenRec };

const labByLoinc = new Map(
  Object.entries(labLoinc).map(([test, c]) => [c.code, test as LabRec['test']]),
);
const analytes = Object.keys(analyteText) as AnalyteRec[];

/**
 * Reads an Observation: a liver test by LOINC, or a Blockade diary day, craving or drug screen.
 * Observations of other kinds are skipped (undefined, no issue).
 *
 * @param r - The resource.
 * @param path - Its path, for issues.
 * @param issues - Collects problems.
 * @returns The record, or undefined.
 */
export function observationFromFhir(
  r: Observation,
  path: string,
  issues: RecordIssue[],
): ObservationRec | undefined {
  const id = sourceId(r);
  const loinc = r.code?.coding?.find((c) => c.system === systems.loinc)?.code;
  const test = loinc === undefined ? undefined : labByLoinc.get(loinc);
  const fail = (field: string, message: string): undefined => {
    issues.push({ path: `${path}${field}`, message });
    return undefined;
  };
  if (id === undefined) {
    return fail('.id', 'needs an id or a Blockade identifier');
  }
  const at = r.effectiveDateTime;
  if (test !== undefined) {
    const q = r.valueQuantity;
    const uln = r.referenceRange?.[0]?.high?.value;
    if (
      !isInstant(at) ||
      typeof q?.value !== 'number' ||
      q.value < 0 ||
      typeof uln !== 'number' ||
      uln <= 0
    ) {
      return fail(
        '',
        'a liver test needs effectiveDateTime (date-time), valueQuantity.value >= 0 and referenceRange[0].high (ULN) > 0',
      );
    }
    return {
      kind: 'lab',
      value: {
        id,
        test,
        value: q.value,
        unit: q.unit ?? q.code ?? '',
        upperLimitNormal: uln,
        collectedAt: toUtc(at),
      },
    };
  }
  const comp = (c: { code: string }): ObservationComponent | undefined =>
    r.component?.find((x) => hasCode(x.code, systems.blockadeObservation, c.code));
  if (hasCode(r.code, systems.blockadeObservation, blockadeCodes.drinks.code)) {
    const drinks = r.valueQuantity?.value;
    const heavy = comp(blockadeCodes.heavy)?.valueBoolean;
    const sinclair = comp(blockadeCodes.sinclairDose)?.valueDateTime;
    const first = comp(blockadeCodes.firstDrink)?.valueDateTime;
    if (
      !isDate(at) ||
      typeof drinks !== 'number' ||
      drinks < 0 ||
      drinks > 100 ||
      typeof heavy !== 'boolean' ||
      (sinclair !== undefined && !isInstant(sinclair)) ||
      (first !== undefined && !isInstant(first))
    ) {
      return fail(
        '',
        'a diary day needs effectiveDateTime (YYYY-MM-DD), 0-100 drinks and a heavy-drinking-day component',
      );
    }
    return {
      kind: 'diary',
      value: compact<DiaryRec>({
        id,
        date: at,
        standardDrinks: drinks,
        heavyDrinkingDay: heavy,
        sinclairDoseAt: sinclair && toUtc(sinclair),
        firstDrinkAt: first && toUtc(first),
        note: r.note?.[0]?.text,
      }),
    };
  }
  if (hasCode(r.code, systems.blockadeObservation, blockadeCodes.craving.code)) {
    const score = r.valueInteger;
    if (
      !isInstant(at) ||
      typeof score !== 'number' ||
      !Number.isInteger(score) ||
      score < 0 ||
      score > 10
    ) {
      return fail('', 'a craving needs effectiveDateTime (date-time) and valueInteger 0-10');
    }
    return { kind: 'craving', value: { id, at: toUtc(at), score } };
  }
  if (hasCode(r.code, systems.blockadeObservation, blockadeCodes.drugScreen.code)) {
    const results: Partial<Record<AnalyteRec, 'positive' | 'negative'>> = {};
    for (const [i, c] of (r.component ?? []).entries()) {
      const analyte = c.code.coding?.[0]?.code?.replace(/^uds-/, '') as AnalyteRec;
      const value = c.valueCodeableConcept?.coding?.[0]?.code;
      if (!analytes.includes(analyte) || (value !== '10828004' && value !== '260385009')) {
        return fail(
          `.component[${i}]`,
          `analyte must be one of ${analytes.join(', ')} with a SNOMED positive/negative value`,
        );
      }
      results[analyte] = value === '10828004' ? 'positive' : 'negative';
    }
    if (!isInstant(at)) {
      return fail('.effectiveDateTime', 'must be a date-time with a time zone');
    }
    return { kind: 'drug-screen', value: { id, collectedAt: toUtc(at), results } };
  }
  return undefined;
}
