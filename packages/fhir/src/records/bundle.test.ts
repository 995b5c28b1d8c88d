import { describe, expect, test } from 'vitest';
import { bundleToRecord, recordToBundle } from './bundle';
import type { PatientRecord } from './types';

const pid = '11111111-1111-4111-8111-111111111111';
const id = (n: number): string => `22222222-2222-4222-8222-${String(n).padStart(12, '0')}`;

/** A fictional record touching every record kind and every optional field. */
const sampleRecord: PatientRecord = {
  patient: {
    id: pid,
    mrn: 'MRN-7',
    givenName: 'Alex',
    familyName: 'Example',
    birthDate: '1980-02-29',
    sex: 'female',
    timeZone: 'Europe/Berlin',
    weightKg: 71.5,
    active: true,
  },
  plans: [
    {
      id: id(1),
      indication: 'alcohol-use-disorder',
      form: 'oral-tablet',
      regimen: 'daily',
      doseMg: 50,
      intervalHours: 24,
      goal: 'moderation',
      startDate: '2026-01-05',
      stopDate: '2026-02-01',
    },
    {
      id: id(2),
      indication: 'opioid-use-disorder',
      form: 'xr-injection',
      regimen: 'every-4-weeks',
      doseMg: 380,
      goal: 'abstinence',
      startDate: '2026-02-02',
    },
  ],
  doses: [
    {
      id: id(3),
      planId: id(1),
      status: 'taken',
      at: '2026-01-05T08:00:00.000Z',
      amountMg: 50,
      form: 'oral-tablet',
    },
    {
      id: id(4),
      planId: id(1),
      status: 'missed',
      at: '2026-01-06T08:00:00.000Z',
      amountMg: 0,
      form: 'oral-tablet',
    },
    {
      id: id(5),
      planId: id(2),
      status: 'late',
      at: '2026-02-03T10:00:00.000Z',
      amountMg: 380,
      form: 'xr-injection',
      injectionSite: 'left-gluteal',
      lot: 'L-42',
      siteReaction: 'mild',
    },
  ],
  diary: [
    {
      id: id(6),
      date: '2026-01-06',
      standardDrinks: 6,
      heavyDrinkingDay: true,
      sinclairDoseAt: '2026-01-06T17:00:00.000Z',
      firstDrinkAt: '2026-01-06T18:00:00.000Z',
      note: 'birthday party',
    },
    { id: id(7), date: '2026-01-07', standardDrinks: 0, heavyDrinkingDay: false },
  ],
  cravings: [{ id: id(8), at: '2026-01-07T20:00:00.000Z', score: 4 }],
  questionnaires: [
    {
      id: id(9),
      instrument: 'phq-9',
      at: '2026-01-10T09:00:00.000Z',
      answers: [1, 1, 0, 2, 0, 1, 0, 0, 1],
    },
  ],
  labs: [
    {
      id: id(10),
      test: 'alt',
      value: 88,
      unit: 'U/L',
      upperLimitNormal: 40,
      collectedAt: '2026-01-04T07:30:00.000Z',
    },
  ],
  opioidUse: [
    {
      id: id(11),
      opioid: 'fentanyl',
      lastUseAt: '2026-01-20T00:00:00.000Z',
      reportedAt: '2026-01-27T10:00:00.000Z',
    },
  ],
  urineDrugScreens: [
    {
      id: id(12),
      collectedAt: '2026-01-27T10:00:00.000Z',
      results: { fentanyl: 'negative', opiates: 'positive' },
    },
  ],
  appointments: [
    { id: id(13), kind: 'injection', dueAt: '2026-03-02T09:00:00.000Z', status: 'scheduled' },
  ],
  naloxoneKits: [
    {
      id: id(14),
      status: 'has-kit',
      expiresOn: '2027-06-30',
      recordedAt: '2026-02-02T10:00:00.000Z',
    },
  ],
  notes: [{ id: id(15), at: '2026-02-02T10:05:00.000Z', text: 'Tolerated injection. Ünïcödé ✓' }],
};

describe('patient record ↔ FHIR Bundle', () => {
  test('every record kind survives a round trip unchanged', () => {
    const bundle = JSON.parse(JSON.stringify(recordToBundle(sampleRecord))) as unknown;
    const back = bundleToRecord(bundle);
    expect(back.ok).toBe(true);
    expect(back.ok && back.value).toEqual(sampleRecord);
    // Conditions are derived from the plans: exported, not imported.
    expect(back.ok && back.skipped).toBe(2);
  });

  test('exports standard codes: RxNorm naltrexone, LOINC ALT with UCUM unit and ULN', () => {
    const resources = recordToBundle(sampleRecord).entry!.map((e) => e.resource!);
    const types = resources.map((r) => r.resourceType);
    expect(types[0]).toBe('Patient');
    expect(new Set(types)).toEqual(
      new Set([
        'Patient',
        'Condition',
        'MedicationRequest',
        'MedicationAdministration',
        'MedicationStatement',
        'Observation',
        'QuestionnaireResponse',
        'Appointment',
        'DocumentReference',
      ]),
    );
    const plan = resources.find((r) => r.resourceType === 'MedicationRequest');
    expect(plan).toMatchObject({
      medicationCodeableConcept: {
        coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '7243' }],
      },
    });
    const alt = resources.find(
      (r) => r.resourceType === 'Observation' && r.code.coding?.[0]?.code === '1742-6',
    );
    expect(alt).toMatchObject({
      valueQuantity: { value: 88, system: 'http://unitsofmeasure.org', code: 'U/L' },
      referenceRange: [{ high: { value: 40 } }],
    });
  });

  test('searchset bundles carry fullUrls on the server base and a total', () => {
    const b = recordToBundle(sampleRecord, { type: 'searchset', baseUrl: 'https://x.org/fhir/R4' });
    expect(b.total).toBe(b.entry!.length);
    expect(b.entry![0]!.fullUrl).toBe(`https://x.org/fhir/R4/Patient/${pid}`);
  });

  test('a bad bundle reports every problem with its path and yields nothing', () => {
    const bundle = recordToBundle(sampleRecord, { type: 'transaction' });
    const entries = bundle.entry!.map((e) => structuredClone(e));
    const labIndex = entries.findIndex(
      (e) =>
        e.resource?.resourceType === 'Observation' &&
        e.resource.code.coding?.[0]?.code === '1742-6',
    );
    (entries[labIndex]!.resource as { effectiveDateTime?: string }).effectiveDateTime = 'yesterday';
    const craving = entries.find(
      (e) => e.resource?.resourceType === 'Observation' && e.resource.valueInteger !== undefined,
    )!;
    (craving.resource as { valueInteger?: number }).valueInteger = 11;
    const result = bundleToRecord({ ...bundle, entry: entries });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual([
      `Bundle.entry[${labIndex}].resource`,
      `Bundle.entry[${entries.indexOf(craving)}].resource`,
    ]);
  });

  test('refuses a resource about another patient, a second Patient and non-import bundle types', () => {
    const bundle = recordToBundle(sampleRecord);
    const other = structuredClone(bundle);
    (other.entry![3]!.resource as { subject: { reference: string } }).subject.reference =
      'Patient/someone-else';
    expect(bundleToRecord(other).ok).toBe(false);
    const two = { ...bundle, entry: [...bundle.entry!, bundle.entry![0]!] };
    expect(bundleToRecord(two)).toMatchObject({ ok: false, issues: [{ path: 'Bundle.entry' }] });
    expect(bundleToRecord({ ...bundle, type: 'searchset' })).toMatchObject({
      ok: false,
      issues: [{ path: 'Bundle.type' }],
    });
    expect(bundleToRecord({ resourceType: 'Patient' })).toMatchObject({ ok: false });
  });
});
