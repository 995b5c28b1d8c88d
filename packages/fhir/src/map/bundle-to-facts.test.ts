import { describe, expect, test } from 'vitest';
import { bundleToFacts } from './bundle-to-facts';

const NOW = { now: new Date('2026-11-23T12:00:00Z') };
const bundle = (...resources: object[]): object => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource })),
});
const facts = (...resources: object[]) => {
  const r = bundleToFacts(bundle(...resources), NOW);
  if (!r.ok) {
    throw new Error(JSON.stringify(r.issues));
  }
  return r.value;
};

describe('medications', () => {
  test('active statement without end is ongoing; completed statement uses period end as last use', () => {
    const f = facts(
      {
        resourceType: 'MedicationStatement',
        status: 'active',
        medicationCodeableConcept: { text: 'Methadone 80 mg daily' },
        effectivePeriod: { start: '2025-01-01' },
      },
      {
        resourceType: 'MedicationStatement',
        status: 'completed',
        medicationCodeableConcept: { text: 'oxycodone 5 mg' },
        effectivePeriod: { start: '2026-10-01', end: '2026-11-15' },
      },
    );
    expect(f.medications.map((m) => [m.kind, m.ongoing, m.lastUseIso])).toEqual([
      ['opioid-long-acting', true, undefined],
      ['opioid-short-acting', false, '2026-11-15'],
    ]);
  });

  test('a completed prescription is last used at the end of its supply', () => {
    const f = facts({
      resourceType: 'MedicationRequest',
      status: 'completed',
      intent: 'order',
      medicationCodeableConcept: {
        coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '10689' }],
      },
      authoredOn: '2026-11-10',
      dispenseRequest: { expectedSupplyDuration: { value: 5, unit: 'days', code: 'd' } },
    });
    expect(f.medications[0]).toMatchObject({
      ingredient: 'tramadol',
      kind: 'opioid-short-acting',
      lastUseIso: '2026-11-15T00:00:00.000Z',
    });
  });

  test('draft requests become draft orders with dose and schedule; Mon/Wed/Fri = 3 doses a week', () => {
    const f = facts({
      resourceType: 'MedicationRequest',
      id: 'd1',
      status: 'draft',
      intent: 'order',
      medicationCodeableConcept: { text: 'naltrexone 50 mg tablet' },
      dosageInstruction: [
        {
          timing: { repeat: { dayOfWeek: ['mon', 'wed', 'fri'] } },
          doseAndRate: [{ doseQuantity: { value: 150, unit: 'mg' } }],
        },
      ],
    });
    expect(f.medications).toEqual([]);
    expect(f.draftOrders[0]).toMatchObject({
      ref: 'MedicationRequest/d1',
      kind: 'naltrexone-oral',
      doseMg: 150,
      dosesPerWeek: 3,
    });
  });

  test('medicationReference resolves contained Medications; entered-in-error records are dropped', () => {
    const f = facts(
      {
        resourceType: 'MedicationStatement',
        status: 'active',
        contained: [{ resourceType: 'Medication', id: 'm', code: { text: 'Sublocade 300 mg' } }],
        medicationReference: { reference: '#m' },
      },
      {
        resourceType: 'MedicationStatement',
        status: 'entered-in-error',
        medicationCodeableConcept: { text: 'heroin' },
        effectiveDateTime: '2026-11-22',
      },
    );
    expect(f.medications.map((m) => m.ingredient)).toEqual(['buprenorphine']);
  });
});

describe('observations', () => {
  test('ALT without a reference range uses the default ULN and says so', () => {
    const f = facts({
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '1742-6' }] },
      effectiveDateTime: '2026-11-20',
      valueQuantity: { value: 130, unit: 'U/L' },
    });
    expect(f.labs).toEqual([
      {
        test: 'alt',
        value: 130,
        unit: 'U/L',
        uln: 40,
        ulnSource: 'default',
        dateIso: '2026-11-20',
      },
    ]);
  });

  test('PHQ-9 item 9 coded as a LOINC answer, COWS by text, pregnancy status coded', () => {
    const f = facts(
      {
        resourceType: 'Observation',
        status: 'final',
        code: { coding: [{ system: 'http://loinc.org', code: '44260-8' }] },
        effectiveDateTime: '2026-11-20',
        valueCodeableConcept: { coding: [{ system: 'http://loinc.org', code: 'LA6570-1' }] },
      },
      {
        resourceType: 'Observation',
        status: 'final',
        code: { text: 'Clinical Opiate Withdrawal Scale total' },
        effectiveDateTime: '2026-11-23T08:00:00Z',
        valueInteger: 11,
      },
      {
        resourceType: 'Observation',
        status: 'final',
        code: { coding: [{ system: 'http://loinc.org', code: '82810-3' }] },
        effectiveDateTime: '2026-11-01',
        valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '77386006' }] },
      },
    );
    expect(f.scores).toEqual([
      { instrument: 'phq9-item9', value: 2, dateIso: '2026-11-20' },
      { instrument: 'cows', value: 11, dateIso: '2026-11-23T08:00:00Z' },
    ]);
    expect(f.pregnancyStatus).toEqual([{ pregnant: true, dateIso: '2026-11-01' }]);
  });

  test('cancelled observations are ignored', () => {
    const f = facts({
      resourceType: 'Observation',
      status: 'cancelled',
      code: { text: 'COWS' },
      effectiveDateTime: '2026-11-23',
      valueInteger: 20,
    });
    expect(f.scores).toEqual([]);
  });
});

describe('conditions and procedures', () => {
  test('resolved conditions are inactive; refuted are dropped; SNOMED pregnancy recognised', () => {
    const f = facts(
      {
        resourceType: 'Condition',
        clinicalStatus: { coding: [{ code: 'resolved' }] },
        code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'B15.9' }] },
      },
      {
        resourceType: 'Condition',
        verificationStatus: { coding: [{ code: 'refuted' }] },
        code: { text: 'Cirrhosis' },
      },
      {
        resourceType: 'Condition',
        code: {
          coding: [{ system: 'http://snomed.info/sct', code: '77386006', display: 'Pregnant' }],
        },
      },
    );
    expect(f.conditions.map((c) => [c.kind, c.active])).toEqual([
      ['acute-hepatitis', false],
      ['pregnancy', true],
    ]);
  });

  test('surgery requests are planned procedures; lab requests are not; counselling is support', () => {
    const f = facts(
      {
        resourceType: 'ServiceRequest',
        status: 'active',
        intent: 'order',
        code: { text: 'Laparoscopic cholecystectomy' },
        occurrenceDateTime: '2026-12-01',
      },
      {
        resourceType: 'ServiceRequest',
        status: 'active',
        intent: 'order',
        code: { text: 'Hepatic function panel' },
        occurrenceDateTime: '2026-12-01',
      },
      {
        resourceType: 'Appointment',
        status: 'booked',
        serviceType: [{ text: 'Addiction counselling' }],
        start: '2026-11-30T10:00:00Z',
        participant: [],
      },
    );
    expect(f.plannedProcedures).toEqual([
      { name: 'Laparoscopic cholecystectomy', plannedIso: '2026-12-01' },
    ]);
    expect(f.supportServices).toEqual([
      { name: 'Addiction counselling', dateIso: '2026-11-30T10:00:00Z' },
    ]);
  });
});

describe('bad input names the field', () => {
  test.each([
    ['not an object', 42, ''],
    ['a Patient instead of a Bundle', { resourceType: 'Patient' }, 'resourceType'],
    [
      'entry without a resource',
      { resourceType: 'Bundle', entry: [{ fullUrl: 'x' }] },
      'entry,0,resource,resourceType',
    ],
    ['CDS request without context', { hook: 'patient-view', hookInstance: 'x' }, 'context'],
    [
      'draftOrders that is not a Bundle',
      { hook: 'order-sign', context: { draftOrders: [] } },
      'context,draftOrders',
    ],
    [
      'malformed date',
      bundle({
        resourceType: 'MedicationStatement',
        status: 'completed',
        medicationCodeableConcept: { text: 'heroin' },
        effectiveDateTime: 'last Tuesday',
      }),
      'entry,0,resource,effectiveDateTime',
    ],
  ] as const)('%s', (_name, input, path) => {
    const r = bundleToFacts(input, NOW);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.path.join(','))).toContain(path);
  });

  test('partial dates are read as the last day of the period', () => {
    const f = facts({
      resourceType: 'MedicationStatement',
      status: 'completed',
      medicationCodeableConcept: { text: 'heroin' },
      effectiveDateTime: '2026-02',
    });
    expect(f.medications[0]?.lastUseIso).toBe('2026-02-28');
  });
});
