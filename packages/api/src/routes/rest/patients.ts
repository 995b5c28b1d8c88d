import { z } from '@hono/zod-openapi';
import type { Patient } from '@blockade/store';
import { IdParams, PatientBody } from '../../data/schemas';
import { stripUndefined } from '../../data/strip-undefined';
import { defineEndpoint, type Endpoint } from '../../http/endpoint';

const PatientOut = z
  .object({
    id: z.string(),
    clinicId: z.string(),
    mrn: z.string().optional(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string().optional(),
    sex: z.string().optional(),
    timeZone: z.string(),
    weightKg: z.number().optional(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Patient');

/** Sample body for tests and the docs. */
export const samplePatient = {
  givenName: 'Test',
  familyName: 'Patient',
  sex: 'female',
  timeZone: 'Europe/Berlin',
  plan: {
    indication: 'alcohol-use-disorder',
    form: 'oral-tablet',
    regimen: 'daily',
    doseMg: 50,
    intervalHours: 24,
    goal: 'moderation',
    startDate: '2026-01-05',
  },
} as const;

/** Patient list, one patient with their plans, and enrolment. */
export const patientEndpoints: readonly Endpoint[] = [
  defineEndpoint({
    method: 'get',
    path: '/api/patients',
    summary: "The clinic's patients (clinicians; admins, to link patient logins)",
    tags: ['patients'],
    access: { kind: 'clinic', roles: ['clinician', 'admin'] },
    audit: 'patient.list',
    success: { status: 200, schema: z.array(PatientOut), description: 'Patients by family name' },
    handler: async ({ deps, principal }) => ({
      status: 200,
      body: await deps.store.listPatients(principal!.clinicId),
    }),
  }),
  defineEndpoint({
    method: 'post',
    path: '/api/patients',
    summary: 'Enrol a patient, optionally with a first treatment plan (one transaction)',
    tags: ['patients'],
    access: { kind: 'clinic', roles: ['clinician'] },
    audit: 'patient.create',
    body: PatientBody,
    sample: { body: samplePatient },
    success: { status: 201, schema: PatientOut, description: 'Enrolled' },
    handler: async ({ deps, principal, body }) => {
      const clinicId = principal!.clinicId;
      const { plan, ...fields } = stripUndefined(body);
      const patient: Patient = await deps.store.transaction(async (tx) => {
        const created = await tx.createPatient({ ...fields, clinicId });
        if (plan !== undefined) {
          await tx.createTreatmentPlan({
            ...stripUndefined(plan),
            clinicId,
            patientId: created.id,
          });
        }
        return created;
      });
      return { status: 201, body: patient };
    },
  }),
  defineEndpoint({
    method: 'get',
    path: '/api/patients/{id}',
    summary: 'One patient with their treatment plans (their clinicians, or the patient themself)',
    tags: ['patients'],
    access: { kind: 'patient', clinician: true, self: true },
    audit: 'patient.read',
    params: IdParams,
    success: { status: 200, schema: PatientOut, description: 'The patient' },
    handler: async ({ deps, patient }) => {
      const plans = await deps.store.listTreatmentPlans(patient!.clinicId, patient!.id);
      return { status: 200, body: { ...patient, plans } };
    },
  }),
];
