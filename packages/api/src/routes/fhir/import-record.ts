// Writes a patient record read from FHIR into one clinic, without duplicates: a record whose source
// id already exists in the clinic (or a patient with the same MRN) is kept, not copied; every other
// record gets a UUID derived from the clinic and its source id (UUID v5), so importing the same
// bundle twice gives the same ids and the second import adds nothing.
import { createHash } from 'node:crypto';
import type {
  AppointmentRec,
  CravingRec,
  DiaryRec,
  DrugScreenRec,
  LabRec,
  NaloxoneKitRec,
  NoteRec,
  OpioidUseRec,
  PatientRecord,
  QuestionnaireRec,
} from '@blockade/fhir';
import type { Repository } from '@blockade/store';

/** Namespace of Blockade import ids (a fixed random UUID). */
const importNamespace = 'c7d1f4a2-5b8e-4f0a-9d3c-2e6b1a7f8c90';

/**
 * RFC 9562 UUID version 5 (SHA-1, name-based).
 *
 * @param name - The name.
 * @param namespace - Namespace UUID.
 * @returns The UUID.
 * @example
 * uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8') //=> '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function uuidV5(name: string, namespace: string = importNamespace): string {
  const ns = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What an import did, per record kind. */
export interface ImportSummary {
  readonly patientId: string;
  readonly patientCreated: boolean;
  /** Records written, by kind (plans, doses, …). */
  readonly created: Readonly<Record<string, number>>;
  /** Records already present (same id in this clinic), by kind. */
  readonly unchanged: Readonly<Record<string, number>>;
}

type Kind = Exclude<keyof PatientRecord, 'patient'>;

/**
 * Imports one patient's record into a clinic. Call inside `store.transaction` so that a failure
 * anywhere (e.g. a value the database refuses) leaves nothing behind.
 *
 * @param tx - The repository (a transaction).
 * @param clinicId - Target clinic.
 * @param record - The record read by `bundleToRecord` (ids are source ids).
 * @returns What was created and what was already there.
 */
export async function importPatientRecord(
  tx: Repository,
  clinicId: string,
  record: PatientRecord,
): Promise<ImportSummary> {
  const p = record.patient;
  const sameId = await tx.getPatient(clinicId, p.id).catch(() => undefined);
  const sameMrn =
    sameId === undefined && p.mrn !== undefined
      ? (await tx.listPatients(clinicId)).find((x) => x.mrn === p.mrn)
      : undefined;
  const existing = sameId ?? sameMrn;
  const patientId = existing?.id ?? uuidV5(`${clinicId}|Patient|${p.id}`);
  const existingPatient = existing ?? (await tx.getPatient(clinicId, patientId));
  const ids = { clinicId, patientId };
  if (existingPatient === undefined) {
    const { id: _source, ...fields } = p;
    await tx.createPatient({ ...fields, id: patientId, clinicId });
  }
  const history = await tx.getPatientHistory(clinicId, patientId);
  const have = (kind: Kind): Set<string> =>
    new Set(((history?.[kind] ?? []) as readonly { readonly id: string }[]).map((r) => r.id));
  const created: Record<string, number> = {};
  const unchanged: Record<string, number> = {};
  const target = (kind: Kind, sourceId: string): string | undefined => {
    const known = have(kind);
    const id = known.has(sourceId) ? sourceId : uuidV5(`${clinicId}|${kind}|${sourceId}`);
    if (known.has(id)) {
      unchanged[kind] = (unchanged[kind] ?? 0) + 1;
      return undefined;
    }
    created[kind] = (created[kind] ?? 0) + 1;
    return id;
  };
  const planIds = new Map<string, string>();
  for (const plan of record.plans) {
    const id = target('plans', plan.id);
    const known = have('plans').has(plan.id) ? plan.id : uuidV5(`${clinicId}|plans|${plan.id}`);
    planIds.set(plan.id, known);
    if (id !== undefined) {
      await tx.createTreatmentPlan({ ...plan, ...ids, id });
    }
  }
  for (const d of record.doses) {
    const id = target('doses', d.id);
    if (id !== undefined) {
      const { planId, ...rest } = d;
      const mapped = planId === undefined ? undefined : planIds.get(planId);
      await tx.addDoseEvent({
        ...rest,
        ...ids,
        id,
        ...(mapped === undefined ? {} : { planId: mapped }),
      });
    }
  }
  const simple = async <T extends { readonly id: string }>(
    kind: Kind,
    items: readonly T[],
    write: (item: T & { clinicId: string; patientId: string }) => Promise<unknown>,
  ): Promise<void> => {
    for (const item of items) {
      const id = target(kind, item.id);
      if (id !== undefined) {
        await write({ ...item, ...ids, id });
      }
    }
  };
  await simple<DiaryRec>('diary', record.diary, (x) => tx.saveDiaryEntry(x));
  await simple<CravingRec>('cravings', record.cravings, (x) => tx.addCraving(x));
  await simple<QuestionnaireRec>('questionnaires', record.questionnaires, (x) =>
    tx.addQuestionnaire(x),
  );
  await simple<LabRec>('labs', record.labs, (x) => tx.addLabResult(x));
  await simple<OpioidUseRec>('opioidUse', record.opioidUse, (x) => tx.addOpioidUseReport(x));
  await simple<DrugScreenRec>('urineDrugScreens', record.urineDrugScreens, (x) =>
    tx.addUrineDrugScreen(x),
  );
  await simple<AppointmentRec>('appointments', record.appointments, (x) => tx.createAppointment(x));
  await simple<NaloxoneKitRec>('naloxoneKits', record.naloxoneKits, (x) => tx.recordNaloxoneKit(x));
  await simple<NoteRec>('notes', record.notes, (x) => tx.addNote(x));
  return { patientId, patientCreated: existingPatient === undefined, created, unchanged };
}
