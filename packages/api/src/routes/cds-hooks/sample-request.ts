// A realistic CDS Hooks order-sign request (fictional patient): an extended-release naltrexone
// order drafted three days after heroin use, with about 30 prefetched resources. Used by the tests
// and the benchmark.

const day = 86_400_000;
const iso = (now: Date, daysAgo: number): string =>
  new Date(now.getTime() - daysAgo * day).toISOString();
const pid = 'pat-1';
const subject = { reference: `Patient/${pid}` };
const searchset = (resources: readonly object[]): object => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource })),
});
const loinc = (code: string, display: string): object => ({
  coding: [{ system: 'http://loinc.org', code, display }],
  text: display,
});

/**
 * Builds the request.
 *
 * @param now - Evaluation time.
 * @param hook - `order-sign` (default), `order-select` or `patient-view`.
 * @param userId - The user (`Practitioner/…` or `Patient/…`).
 * @returns The request body.
 */
export function sampleCdsRequest(
  now: Date,
  hook = 'order-sign',
  userId = 'Practitioner/dr-1',
): Record<string, unknown> {
  const labs = [0, 90, 180].flatMap((daysAgo) =>
    [
      { code: '1742-6', display: 'ALT', value: 38 + daysAgo / 30 },
      { code: '1920-8', display: 'AST', value: 31 },
      { code: '1975-2', display: 'Bilirubin total', value: 0.8, unit: 'mg/dL', uln: 1.2 },
    ].map((l, i) => ({
      resourceType: 'Observation',
      id: `lab-${daysAgo}-${i}`,
      status: 'final',
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/observation-category',
              code: 'laboratory',
            },
          ],
        },
      ],
      code: loinc(l.code, l.display),
      subject,
      effectiveDateTime: iso(now, daysAgo + 2),
      valueQuantity: {
        value: l.value,
        unit: l.unit ?? 'U/L',
        system: 'http://unitsofmeasure.org',
        code: l.unit ?? 'U/L',
      },
      referenceRange: [{ high: { value: l.uln ?? 40, unit: l.unit ?? 'U/L' } }],
    })),
  );
  const phq = [14, 45, 120].map((daysAgo, i) => ({
    resourceType: 'Observation',
    id: `phq-${i}`,
    status: 'final',
    code: loinc('44261-6', 'PHQ-9 total score'),
    subject,
    effectiveDateTime: iso(now, daysAgo),
    valueInteger: 6 + i,
  }));
  const conditions = [
    { code: 'F11.20', display: 'Opioid dependence, uncomplicated' },
    { code: 'F10.20', display: 'Alcohol dependence, uncomplicated' },
    { code: 'I10', display: 'Essential hypertension' },
    { code: 'E78.5', display: 'Hyperlipidemia' },
  ].map((c, i) => ({
    resourceType: 'Condition',
    id: `cond-${i}`,
    clinicalStatus: {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' },
      ],
    },
    code: {
      coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: c.code, display: c.display }],
      text: c.display,
    },
    subject,
  }));
  const statements = [
    { text: 'heroin', daysAgo: 3 },
    { text: 'lisinopril 10 mg tablet', rx: '29046', daysAgo: 0, ongoing: true },
    { text: 'atorvastatin 20 mg tablet', rx: '83367', daysAgo: 0, ongoing: true },
    { text: 'ibuprofen 400 mg tablet', rx: '5640', daysAgo: 20 },
    ...(hook === 'patient-view'
      ? [{ text: 'naltrexone 50 mg tablet', rx: '7243', daysAgo: 0, ongoing: true }]
      : []),
  ].map((m, i) => ({
    resourceType: 'MedicationStatement',
    id: `ms-${i}`,
    status: m.ongoing === true ? 'active' : 'completed',
    medicationCodeableConcept: {
      ...(m.rx === undefined
        ? {}
        : { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: m.rx }] }),
      text: m.text,
    },
    subject,
    ...(m.ongoing === true
      ? { effectivePeriod: { start: iso(now, 400) } }
      : { effectiveDateTime: iso(now, m.daysAgo) }),
  }));
  const requests = ['lisinopril 10 mg tablet', 'atorvastatin 20 mg tablet'].map((text, i) => ({
    resourceType: 'MedicationRequest',
    id: `mr-${i}`,
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: { text },
    subject,
    authoredOn: iso(now, 400),
  }));
  const draft = {
    resourceType: 'MedicationRequest',
    id: 'draft-xr',
    status: 'draft',
    intent: 'order',
    medicationCodeableConcept: {
      coding: [
        {
          system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
          code: '7243',
          display: 'naltrexone',
        },
      ],
      text: 'naltrexone 380 mg extended-release injectable suspension',
    },
    subject,
    dosageInstruction: [
      {
        text: '380 mg IM every 4 weeks',
        route: { text: 'intramuscular' },
        doseAndRate: [{ doseQuantity: { value: 380, unit: 'mg' } }],
      },
    ],
  };
  return {
    hook,
    hookInstance: '5f4a7c2e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    context: {
      userId,
      patientId: pid,
      ...(hook === 'patient-view'
        ? {}
        : {
            draftOrders: {
              resourceType: 'Bundle',
              type: 'collection',
              entry: [{ resource: draft }],
            },
          }),
    },
    prefetch: {
      patient: {
        resourceType: 'Patient',
        id: pid,
        gender: 'male',
        birthDate: '1985-06-01',
        name: [{ family: 'Example', given: ['Sam'] }],
      },
      conditions: searchset(conditions),
      medicationRequests: searchset(requests),
      medicationStatements: searchset(statements),
      medicationAdministrations: searchset([]),
      observations: searchset([...labs, ...phq]),
      serviceRequests: searchset([]),
      procedures: searchset([]),
      appointments: searchset([]),
    },
  };
}
