// The FHIR R4 CapabilityStatement served at GET /fhir/R4/metadata
// (https://hl7.org/fhir/R4/capabilitystatement.html).

/** Resource types the server reads or writes inside patient records. */
export const recordResourceTypes = [
  'Patient',
  'Condition',
  'MedicationRequest',
  'MedicationAdministration',
  'MedicationStatement',
  'Observation',
  'QuestionnaireResponse',
  'Appointment',
  'DocumentReference',
] as const;

/**
 * Builds the CapabilityStatement: Patient read and `$everything`, whole-record import by POSTing
 * a transaction or collection Bundle to the base, JSON only, bearer-token security.
 *
 * @param baseUrl - The server's FHIR base, e.g. `https://blockade.example.org/fhir/R4`.
 * @param date - Publication date (ISO).
 * @returns The resource.
 */
export function capabilityStatement(baseUrl: string, date: string): Record<string, unknown> {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    publisher: 'Blockade (open source)',
    kind: 'instance',
    software: { name: 'Blockade', version: '0.1.0' },
    implementation: { description: 'Blockade naltrexone treatment records', url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Patient records as standard resources. POST a transaction or collection Bundle holding one Patient to the base to import a record: the bundle is validated whole and written in one database transaction; re-importing the same bundle adds nothing.',
        security: {
          cors: true,
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'OAuth',
                },
              ],
              text: 'Bearer token from POST /api/auth/login (clinic users); SMART on FHIR is planned.',
            },
          ],
        },
        resource: recordResourceTypes.map((type) =>
          type === 'Patient'
            ? {
                type,
                interaction: [{ code: 'read' }],
                operation: [
                  {
                    name: 'everything',
                    definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything',
                  },
                ],
              }
            : {
                type,
                documentation: 'Returned by Patient/$everything; accepted in imported bundles.',
              },
        ),
        interaction: [{ code: 'transaction' }],
      },
    ],
  };
}
