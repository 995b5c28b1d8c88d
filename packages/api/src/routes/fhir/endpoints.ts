// FHIR R4 endpoints. They go through the REST endpoint machinery (same authentication, roles,
// clinic scoping, 404 for other clinics' patients, audit events) and answer application/fhir+json.
import { bundleToRecord, recordToBundle } from '@blockade/fhir';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { IdParams } from '../../data/schemas';
import { defineEndpoint, type Endpoint } from '../../http/endpoint';
import { HttpError, notFound } from '../../http/outcome';
import { capabilityStatement } from './capability';
import { importPatientRecord } from './import-record';

/** FHIR base path. */
export const fhirBase = '/fhir/R4';

/**
 * A FHIR JSON response.
 *
 * @param c - Hono context.
 * @param body - The resource.
 * @param status - HTTP status (default 200).
 * @returns The response with `Content-Type: application/fhir+json`.
 */
export function fhirJson(c: Context, body: unknown, status: ContentfulStatusCode = 200): Response {
  return c.body(JSON.stringify(body), status, {
    'Content-Type': 'application/fhir+json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}

/** The server's FHIR base URL as seen by the caller. */
const baseOf = (c: Context): string => `${new URL(c.req.url).origin}${fhirBase}`;

/** Every FHIR endpoint (mounted by `fhirMount`). */
export const fhirEndpoints: readonly Endpoint[] = [
  defineEndpoint({
    method: 'get',
    path: `${fhirBase}/metadata`,
    summary: 'FHIR R4 CapabilityStatement',
    tags: ['fhir'],
    access: { kind: 'public' },
    success: { status: 200, schema: z.unknown(), description: 'CapabilityStatement' },
    handler: ({ c, deps }) =>
      Promise.resolve(fhirJson(c, capabilityStatement(baseOf(c), deps.clock().toISOString()))),
  }),
  defineEndpoint({
    method: 'get',
    path: `${fhirBase}/Patient/{id}`,
    summary: 'One Patient resource',
    tags: ['fhir'],
    access: { kind: 'patient', clinician: true, self: true },
    audit: 'fhir.patient.read',
    params: IdParams,
    success: { status: 200, schema: z.unknown(), description: 'Patient' },
    handler: async ({ c, deps, patient }) => {
      const history = await deps.store.getPatientHistory(patient!.clinicId, patient!.id);
      if (history === undefined) {
        throw notFound('Patient');
      }
      return fhirJson(c, recordToBundle(history).entry?.[0]?.resource);
    },
  }),
  defineEndpoint({
    method: 'get',
    path: `${fhirBase}/Patient/{id}/$everything`,
    summary: "The patient's whole record as a searchset Bundle of standard resources",
    tags: ['fhir'],
    access: { kind: 'patient', clinician: true, self: true },
    audit: 'fhir.everything.read',
    params: IdParams,
    success: { status: 200, schema: z.unknown(), description: 'Bundle (searchset)' },
    handler: async ({ c, deps, patient }) => {
      const history = await deps.store.getPatientHistory(patient!.clinicId, patient!.id);
      if (history === undefined) {
        throw notFound('Patient');
      }
      const bundle = recordToBundle(history, {
        type: 'searchset',
        baseUrl: baseOf(c),
        timestamp: deps.clock().toISOString(),
      });
      return fhirJson(c, { ...bundle, id: crypto.randomUUID() });
    },
  }),
  defineEndpoint({
    method: 'post',
    path: fhirBase,
    summary:
      'Import one patient record (transaction or collection Bundle): validated whole, written in one transaction, no duplicates on re-import',
    tags: ['fhir'],
    access: { kind: 'clinic', roles: ['clinician'] },
    audit: 'fhir.import.create',
    body: z.unknown(),
    sample: {
      body: {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          {
            resource: {
              resourceType: 'Patient',
              id: 'sample-1',
              name: [{ given: ['Sam'], family: 'Sample' }],
              birthDate: '1990-01-01',
            },
          },
        ],
      },
    },
    success: { status: 200, schema: z.unknown(), description: 'transaction-response Bundle' },
    handler: async ({ c, deps, principal, body }) => {
      const read = bundleToRecord(body);
      if (!read.ok) {
        throw new HttpError(400, {
          resourceType: 'OperationOutcome',
          issue: read.issues.map((i) => ({
            severity: 'error',
            code: 'invalid',
            diagnostics: i.message,
            expression: [i.path],
          })),
        });
      }
      const clinicId = principal!.clinicId;
      const summary = await deps.store.transaction((tx) =>
        importPatientRecord(tx, clinicId, read.value),
      );
      const createdCount = Object.values(summary.created).reduce((a, b) => a + b, 0);
      return fhirJson(c, {
        resourceType: 'Bundle',
        type:
          (body as { type?: string }).type === 'transaction'
            ? 'transaction-response'
            : 'collection',
        entry: [
          {
            response: {
              status: summary.patientCreated ? '201 Created' : '200 OK',
              location: `Patient/${summary.patientId}`,
              outcome: {
                resourceType: 'OperationOutcome',
                issue: [
                  {
                    severity: 'information',
                    code: 'informational',
                    diagnostics: `Imported: ${createdCount} new records, ${Object.values(summary.unchanged).reduce((a, b) => a + b, 0)} already present, ${read.skipped} resources not stored (derived or unsupported).`,
                  },
                ],
              },
            },
          },
        ],
      });
    },
  }),
];
