// Observation → liver tests (ALT, AST, bilirubin with ULN), PHQ-9 total and item 9, COWS total,
// urine drug screens and pregnancy status.
import type {
  DrugScreenFact,
  LabFact,
  PatientFacts,
  PregnancyStatusFact,
  ScoreFact,
} from '@blockade/rules';
import type { Observation } from '@medplum/fhirtypes';
import {
  defaultBilirubinUlnUmolPerL,
  defaultUln,
  isCows,
  liverTestFromText,
  loincLiver,
  loincPhq9,
  loincPregnancyStatus,
  phqAnswerPoints,
  readPositive,
  screenAnalyte,
} from '../codes/observation-codes';
import { LOINC, SNOMED } from '../codes/systems';
import type { IssueSink } from './common';
import { codings, conceptName, conceptText, readDate } from './common';
import type { Located } from './collect';

/** What one Observation contributes. */
export type ObservationFacts = Partial<
  Pick<PatientFacts, 'labs' | 'scores' | 'drugScreens' | 'pregnancyStatus'>
>;

const usable = new Set(['final', 'amended', 'corrected', 'preliminary', 'registered']);

function numberOf(o: Observation): number | undefined {
  if (typeof o.valueQuantity?.value === 'number') {
    return o.valueQuantity.value;
  }
  if (typeof o.valueInteger === 'number') {
    return o.valueInteger;
  }
  const answer = codings(o.valueCodeableConcept).find(
    (c) => c.code !== undefined && phqAnswerPoints[c.code] !== undefined,
  );
  return answer === undefined ? undefined : phqAnswerPoints[answer.code!];
}

function liver(
  o: Observation,
  dateIso: string,
  loinc: readonly string[],
  text: string,
): LabFact | undefined {
  const test =
    loinc.map((c) => loincLiver[c]).find((t) => t !== undefined) ?? liverTestFromText(text);
  const value = o.valueQuantity?.value;
  if (test === undefined || typeof value !== 'number') {
    return undefined;
  }
  const unit = o.valueQuantity?.unit ?? o.valueQuantity?.code ?? defaultUln[test].unit;
  const high = o.referenceRange?.find((r) => typeof r.high?.value === 'number')?.high?.value;
  const umol = /mol/i.test(unit);
  const uln =
    high ?? (test === 'bilirubin' && umol ? defaultBilirubinUlnUmolPerL : defaultUln[test].value);
  return {
    test,
    value,
    unit,
    uln,
    ulnSource: high === undefined ? 'default' : 'reported',
    dateIso,
  };
}

function pregnancy(o: Observation, dateIso: string): PregnancyStatusFact | undefined {
  const codes = codings(o.valueCodeableConcept)
    .filter((c) => c.system === SNOMED)
    .map((c) => c.code);
  const text = conceptText(o.valueCodeableConcept) + (o.valueString ?? '').toLowerCase();
  if (codes.includes('60001007') || /not pregnant|non-?pregnant/.test(text)) {
    return { pregnant: false, dateIso };
  }
  if (codes.includes('77386006') || /pregnant/.test(text)) {
    return { pregnant: true, dateIso };
  }
  return undefined;
}

function screen(o: Observation, dateIso: string, text: string): DrugScreenFact | undefined {
  const analyte = screenAnalyte(text);
  if (analyte === undefined) {
    return undefined;
  }
  const texts = [
    o.valueString ?? '',
    conceptText(o.valueCodeableConcept),
    ...(o.interpretation ?? []).map((i) => conceptText(i)),
  ]
    .map((t) => t.toLowerCase())
    .filter((t) => t !== '');
  const codes = [
    ...codings(o.valueCodeableConcept),
    ...(o.interpretation ?? []).flatMap((i) => codings(i)),
  ].map((c) => c.code!);
  const positive = readPositive(texts, codes);
  return positive === undefined
    ? undefined
    : { analyte, positive, dateIso, name: conceptName(o.code, `${analyte} screen`) };
}

/**
 * Maps an Observation to the facts it carries (at most one kind).
 *
 * @param l - Located Observation.
 * @param sink - Issue collector (malformed dates).
 * @returns Facts to add; empty for unrelated observations.
 * @example
 * mapObservation(altObservation, sink).labs?.[0]?.test //=> 'alt'
 */
export function mapObservation(l: Located, sink: IssueSink): ObservationFacts {
  if (l.resource.resourceType !== 'Observation' || !usable.has(l.resource.status)) {
    return {};
  }
  const o = l.resource;
  const dateIso =
    readDate(o.effectiveDateTime, [...l.path, 'effectiveDateTime'], sink) ??
    readDate(o.effectivePeriod?.start, [...l.path, 'effectivePeriod', 'start'], sink) ??
    readDate(o.issued, [...l.path, 'issued'], sink);
  if (dateIso === undefined) {
    return {};
  }
  const loinc = codings(o.code)
    .filter((c) => c.system === LOINC)
    .map((c) => c.code!);
  const text = conceptText(o.code);
  if (loinc.includes(loincPregnancyStatus)) {
    const p = pregnancy(o, dateIso);
    return p === undefined ? {} : { pregnancyStatus: [p] };
  }
  const n = numberOf(o);
  const score = (instrument: ScoreFact['instrument']): ObservationFacts =>
    n === undefined ? {} : { scores: [{ instrument, value: n, dateIso }] };
  if (loinc.includes(loincPhq9.item9)) {
    return score('phq9-item9');
  }
  if (loinc.includes(loincPhq9.total) || (/phq-?9/.test(text) && /total|score/.test(text))) {
    return score('phq9-total');
  }
  if (isCows(text)) {
    return score('cows');
  }
  const lab = liver(o, dateIso, loinc, text);
  if (lab !== undefined) {
    return { labs: [lab] };
  }
  const uds = screen(o, dateIso, text);
  return uds === undefined ? {} : { drugScreens: [uds] };
}
