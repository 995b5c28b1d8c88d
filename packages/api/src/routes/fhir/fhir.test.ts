import type { Bundle } from '@medplum/fhirtypes';
import { bundleToRecord, type PatientRecord } from '@blockade/fhir';
import type { User } from '@blockade/store';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fhirMount } from './mount';
import { standardsTestApp, type StandardsTestApp } from './test-setup';

let t: StandardsTestApp;
let clinician: User;
let admin: User;
let patientUser: User;
let otherClinician: User;
let clinicA: string;

beforeAll(async () => {
  t = await standardsTestApp([fhirMount]);
  const clinics = await t.store.listClinics();
  clinicA = clinics[0]!.id;
  const users = await t.store.listUsers(clinicA);
  clinician = users.find((u) => u.role === 'clinician')!;
  admin = users.find((u) => u.role === 'admin')!;
  patientUser = users.find((u) => u.role === 'patient')!;
  otherClinician = (await t.store.listUsers(clinics[1]!.id)).find((u) => u.role === 'clinician')!;
});
afterAll(async () => {
  await t.store.close();
});

async function get(path: string, user?: User): Promise<Response> {
  const headers: Record<string, string> = user
    ? { authorization: `Bearer ${await t.token(user)}` }
    : {};
  return t.app.request(path, { headers });
}
async function post(body: unknown, user: User): Promise<Response> {
  return t.app.request('/fhir/R4', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await t.token(user)}`,
      'content-type': 'application/fhir+json',
    },
    body: JSON.stringify(body),
  });
}
const everything = (id: string): string => `/fhir/R4/Patient/${id}/$everything`;

/** Clinical content only: ids replaced by their order, plan links by the plan's position. */
function clinicalContent(r: PatientRecord): unknown {
  const planIndex = new Map(r.plans.map((p, i) => [p.id, i]));
  const strip = <T extends { id: string }>(xs: readonly T[]): Omit<T, 'id'>[] =>
    xs.map(({ id: _id, ...rest }) => rest);
  const { id: _pid, ...patient } = r.patient;
  return {
    patient,
    plans: strip(r.plans),
    doses: r.doses.map(({ id: _id, planId, ...rest }) => ({
      ...rest,
      plan: planId === undefined ? undefined : planIndex.get(planId),
    })),
    diary: strip(r.diary),
    cravings: strip(r.cravings),
    questionnaires: strip(r.questionnaires),
    labs: strip(r.labs),
    opioidUse: strip(r.opioidUse),
    urineDrugScreens: strip(r.urineDrugScreens),
    appointments: strip(r.appointments),
    naloxoneKits: strip(r.naloxoneKits),
    notes: strip(r.notes),
  };
}
const asRecord = (bundle: Bundle): PatientRecord => {
  const read = bundleToRecord({ ...bundle, type: 'collection' });
  if (!read.ok) {
    throw new Error(JSON.stringify(read.issues));
  }
  return read.value;
};

describe('GET /fhir/R4/metadata', () => {
  test('is a public CapabilityStatement listing $everything and transaction', async () => {
    const res = await get('/fhir/R4/metadata');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/fhir+json');
    const body = (await res.json()) as {
      resourceType: string;
      fhirVersion: string;
      rest: {
        interaction: unknown[];
        resource: { type: string; operation?: { name: string }[] }[];
      }[];
    };
    expect(body.resourceType).toBe('CapabilityStatement');
    expect(body.fhirVersion).toBe('4.0.1');
    expect(body.rest[0]!.resource.find((r) => r.type === 'Patient')!.operation![0]!.name).toBe(
      'everything',
    );
  });
});

describe('GET /fhir/R4/Patient/{id}/$everything', () => {
  test("returns the patient's record as a searchset Bundle with standard codes", async () => {
    const res = await get(everything(patientUser.patientId!), clinician);
    expect(res.status).toBe(200);
    const bundle = (await res.json()) as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
    expect(bundle.total).toBe(bundle.entry!.length);
    expect(bundle.entry![0]!.resource).toMatchObject({
      resourceType: 'Patient',
      id: patientUser.patientId,
    });
    expect(bundle.entry!.every((e) => e.fullUrl?.startsWith('http://localhost/fhir/R4/'))).toBe(
      true,
    );
    expect(bundle.entry!.length).toBeGreaterThan(5);
  });

  test('authorization: the patient themself yes; admins 403; no token 401; other patients and other clinics 404', async () => {
    expect((await get(everything(patientUser.patientId!), patientUser)).status).toBe(200);
    expect((await get(everything(patientUser.patientId!), admin)).status).toBe(403);
    expect((await get(everything(patientUser.patientId!))).status).toBe(401);
    expect((await get(everything(patientUser.patientId!), otherClinician)).status).toBe(404);
    const other = (await t.store.listPatients(clinicA)).find(
      (p) => p.id !== patientUser.patientId,
    )!;
    expect((await get(everything(other.id), patientUser)).status).toBe(404);
    expect((await get(`/fhir/R4/Patient/${patientUser.patientId!}`, clinician)).status).toBe(200);
  });
});

describe('POST /fhir/R4 (import)', () => {
  test('round trip: export every demo patient, import into an empty clinic, export again: same clinical content; re-import adds nothing', async () => {
    const empty = await t.store.createClinic({ name: 'Empty clinic', timeZone: 'UTC' });
    const importer = await t.store.createUser({
      clinicId: empty.id,
      email: 'importer@empty.example',
      displayName: 'Importer',
      role: 'clinician',
      passwordHash: 'x',
    });
    for (const p of await t.store.listPatients(clinicA)) {
      const exported = (await (await get(everything(p.id), clinician)).json()) as Bundle;
      const transaction = {
        ...exported,
        type: 'transaction',
        entry: exported.entry!.map((e) => ({
          fullUrl: e.fullUrl,
          resource: e.resource,
          request: { method: 'PUT', url: `${e.resource!.resourceType}/${e.resource!.id}` },
        })),
      };
      const res = await post(transaction, importer);
      expect(res.status).toBe(200);
      const location = (
        (await res.json()) as { entry: { response: { location: string; status: string } }[] }
      ).entry[0]!.response;
      expect(location.status).toBe('201 Created');
      const newId = location.location.replace('Patient/', '');
      expect(newId).not.toBe(p.id);
      const again = (await (await get(everything(newId), importer)).json()) as Bundle;
      expect(clinicalContent(asRecord(again))).toEqual(clinicalContent(asRecord(exported)));
      const before = again.entry!.length;
      const second = await post(transaction, importer);
      expect(
        ((await second.json()) as { entry: { response: { status: string } }[] }).entry[0]!.response
          .status,
      ).toBe('200 OK');
      const after = (await (await get(everything(newId), importer)).json()) as Bundle;
      expect(after.entry!.length).toBe(before);
    }
    expect((await t.store.listPatients(empty.id)).length).toBe(
      (await t.store.listPatients(clinicA)).length,
    );
  });

  test('a bad bundle is refused whole with an OperationOutcome naming each problem; nothing is written', async () => {
    const exported = (await (
      await get(everything(patientUser.patientId!), clinician)
    ).json()) as Bundle;
    const target = await t.store.createClinic({ name: 'Target', timeZone: 'UTC' });
    const user = await t.store.createUser({
      clinicId: target.id,
      email: 'c@target.example',
      displayName: 'C',
      role: 'clinician',
      passwordHash: 'x',
    });
    const broken = structuredClone(exported);
    const obs = broken.entry!.findIndex(
      (e) =>
        e.resource?.resourceType === 'Observation' &&
        'valueQuantity' in e.resource &&
        e.resource.code.coding?.[0]?.system === 'http://loinc.org' &&
        e.resource.code.coding[0].code !== '29463-7',
    );
    expect(obs).toBeGreaterThanOrEqual(0);
    (broken.entry![obs]!.resource as { effectiveDateTime?: string }).effectiveDateTime =
      'not a date';
    broken.type = 'collection';
    const res = await post(broken, user);
    expect(res.status).toBe(400);
    const outcome = (await res.json()) as {
      resourceType: string;
      issue: { expression: string[] }[];
    };
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue.length).toBeGreaterThan(0);
    expect((await t.store.listPatients(target.id)).length).toBe(0);
  });

  test('a bundle the database refuses part-way is rolled back: no patient, no records', async () => {
    const exported = (await (
      await get(everything(patientUser.patientId!), clinician)
    ).json()) as Bundle;
    const target = await t.store.createClinic({ name: 'Rollback', timeZone: 'UTC' });
    const user = await t.store.createUser({
      clinicId: target.id,
      email: 'c@rollback.example',
      displayName: 'C',
      role: 'clinician',
      passwordHash: 'x',
    });
    const bad = structuredClone(exported);
    bad.type = 'collection';
    bad.entry!.push({
      resource: {
        resourceType: 'QuestionnaireResponse',
        id: 'short-phq9',
        status: 'completed',
        questionnaire: 'https://blockade.example.org/fhir/Questionnaire/phq-9',
        subject: { reference: `Patient/${patientUser.patientId!}` },
        authored: '2026-02-01T10:00:00Z',
        item: [{ linkId: '1', answer: [{ valueInteger: 1 }] }],
      },
    });
    const res = await post(bad, user);
    expect(res.status).toBe(400);
    expect((await t.store.listPatients(target.id)).length).toBe(0);
  });

  test('patients and admins may not import', async () => {
    const exported = (await (
      await get(everything(patientUser.patientId!), clinician)
    ).json()) as Bundle;
    expect((await post({ ...exported, type: 'collection' }, patientUser)).status).toBe(403);
    expect((await post({ ...exported, type: 'collection' }, admin)).status).toBe(403);
  });
});
