// Reading dose (mg), schedule (doses per week) and route from FHIR Dosage, with text fallbacks.
import type { Dosage } from '@medplum/fhirtypes';
import type { MedicationFact } from '@blockade/rules';

/** Dose facts read from a record. */
export interface DoseFacts {
  readonly doseMg?: number;
  readonly dosesPerWeek?: number;
  readonly route?: NonNullable<MedicationFact['route']>;
}

const routeCodes: Readonly<Record<string, NonNullable<MedicationFact['route']>>> = {
  '78421000': 'intramuscular',
  '26643006': 'oral',
  '34206005': 'subcutaneous',
  '47625008': 'intravenous',
  '46713006': 'nasal',
};

const perWeekOfUnit: Readonly<Record<string, number>> = {
  h: 168,
  d: 7,
  wk: 1,
  mo: 7 / 30.4375,
  a: 7 / 365.25,
};

function routeOf(dosage: Dosage | undefined): DoseFacts['route'] {
  const code = dosage?.route?.coding?.find(
    (c) => c.code !== undefined && routeCodes[c.code] !== undefined,
  )?.code;
  if (code !== undefined) {
    return routeCodes[code];
  }
  const text =
    `${dosage?.route?.text ?? ''} ${dosage?.route?.coding?.map((c) => c.display ?? '').join(' ') ?? ''}`.toLowerCase();
  if (/intramuscular|\bim\b/.test(text)) {
    return 'intramuscular';
  }
  if (/subcutaneous|\bsc\b|implant/.test(text)) {
    return 'subcutaneous';
  }
  if (/oral|by mouth|\bpo\b/.test(text)) {
    return 'oral';
  }
  return undefined;
}

function mgOf(value: number | undefined, unit: string | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value)) {
    return undefined;
  }
  const u = (unit ?? 'mg').toLowerCase();
  if (u === 'mg') {
    return value;
  }
  if (u === 'g') {
    return value * 1000;
  }
  return u === 'ug' || u === 'mcg' || u === 'µg' ? value / 1000 : undefined;
}

function perWeekFromText(text: string): number | undefined {
  if (/mon.{0,12}wed.{0,12}fri|three times (a|per) week|\btiw\b/.test(text)) {
    return 3;
  }
  if (/twice (a|per) day|\bbid\b|every 12 ?h/.test(text)) {
    return 14;
  }
  if (
    /daily|once a day|every day|\bqd\b|every 24 ?h|each morning|every morning|at bedtime/.test(text)
  ) {
    return 7;
  }
  return /every 4 weeks|monthly|every 28 days|once a month/.test(text) ? 7 / 28 : undefined;
}

/**
 * Reads dose, schedule and route from the first dosage that states them, else from text.
 *
 * @param dosages - Dosage instructions (MedicationStatement.dosage, MedicationRequest.dosageInstruction).
 * @param text - Lower-case medication text (product strength such as "50 mg" is a last resort).
 * @returns Dose facts.
 * @example
 * readDosage([{ doseAndRate: [{ doseQuantity: { value: 50, unit: 'mg' } }], timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } } }], '')
 * //=> { doseMg: 50, dosesPerWeek: 7 }
 */
export function readDosage(dosages: readonly Dosage[], text: string): DoseFacts {
  const dosage = dosages[0];
  const q = dosage?.doseAndRate?.[0]?.doseQuantity;
  const dosageText = (dosage?.text ?? '').toLowerCase();
  const strength = /(\d+(?:\.\d+)?)\s*mg\b/.exec(`${dosageText} ${text}`);
  const doseMg =
    mgOf(q?.value, q?.unit ?? q?.code) ?? (strength === null ? undefined : Number(strength[1]));
  const repeat = dosage?.timing?.repeat;
  let dosesPerWeek: number | undefined;
  if (repeat?.dayOfWeek !== undefined && repeat.dayOfWeek.length > 0) {
    dosesPerWeek = repeat.dayOfWeek.length * (repeat.frequency ?? 1);
  } else if (repeat?.periodUnit !== undefined && perWeekOfUnit[repeat.periodUnit] !== undefined) {
    dosesPerWeek =
      ((repeat.frequency ?? 1) / (repeat.period ?? 1)) * perWeekOfUnit[repeat.periodUnit]!;
  } else {
    dosesPerWeek = perWeekFromText(`${dosageText} ${text}`);
  }
  const route = routeOf(dosage);
  return {
    ...(doseMg === undefined ? {} : { doseMg }),
    ...(dosesPerWeek === undefined ? {} : { dosesPerWeek }),
    ...(route === undefined ? {} : { route }),
  };
}
