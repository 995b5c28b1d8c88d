// Questionnaires ↔ QuestionnaireResponse, appointments ↔ Appointment, notes ↔ DocumentReference.
import type { Appointment, DocumentReference, QuestionnaireResponse } from '@medplum/fhirtypes';
import { extensions, questionnaireUrl } from './codes';
import {
  codeExt,
  extString,
  isInstant,
  patientReference,
  recordIdentifier,
  sourceId,
  toUtc,
  type RecordIssue,
} from './helpers';
import type { AppointmentRec, InstrumentRec, NoteRec, QuestionnaireRec } from './types';

const instruments: readonly InstrumentRec[] = ['phq-9', 'audit-c', 'cows', 'pacs'];
const apptStatus = {
  scheduled: 'booked',
  done: 'fulfilled',
  missed: 'noshow',
  cancelled: 'cancelled',
} as const;
const apptKinds: readonly AppointmentRec['kind'][] = ['injection', 'visit', 'lab', 'telehealth'];

/** Maps a completed questionnaire to a QuestionnaireResponse (one item per question, linkId 1…n). */
export function questionnaireToFhir(patientId: string, q: QuestionnaireRec): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    id: q.id,
    identifier: recordIdentifier(q.id),
    questionnaire: questionnaireUrl(q.instrument),
    status: 'completed',
    subject: patientReference(patientId),
    authored: q.at,
    item: q.answers.map((answer, i) => ({
      linkId: String(i + 1),
      answer: [{ valueInteger: answer }],
    })),
  };
}

/** Reads a Blockade QuestionnaireResponse (questionnaire URL names the instrument). */
export function questionnaireFromFhir(
  r: QuestionnaireResponse,
  path: string,
  issues: RecordIssue[],
): QuestionnaireRec | undefined {
  const id = sourceId(r);
  const instrument = instruments.find((i) => r.questionnaire === questionnaireUrl(i));
  const answers = (r.item ?? []).map((it) => it.answer?.[0]?.valueInteger);
  if (
    id === undefined ||
    instrument === undefined ||
    !isInstant(r.authored) ||
    answers.some((a) => typeof a !== 'number')
  ) {
    issues.push({
      path,
      message: `needs an id, questionnaire ${questionnaireUrl('phq-9')} (or audit-c, cows, pacs), authored (date-time) and an integer answer per item`,
    });
    return undefined;
  }
  return { id, instrument, at: toUtc(r.authored), answers: answers as number[] };
}

/** Maps an appointment (or due date) to an Appointment with the patient as participant. */
export function appointmentToFhir(patientId: string, a: AppointmentRec): Appointment {
  return {
    resourceType: 'Appointment',
    id: a.id,
    extension: [codeExt(extensions.appointmentKind, a.kind)],
    identifier: [recordIdentifier(a.id)],
    status: apptStatus[a.status],
    serviceType: [
      { text: a.kind === 'injection' ? 'naltrexone extended-release injection' : a.kind },
    ],
    start: a.dueAt,
    participant: [{ actor: patientReference(patientId), status: 'accepted' }],
  };
}

/** Reads an Appointment back. */
export function appointmentFromFhir(
  r: Appointment,
  path: string,
  issues: RecordIssue[],
): AppointmentRec | undefined {
  const id = sourceId(r);
  const kind = extString(r.extension, extensions.appointmentKind) ?? 'visit';
  const status = (Object.entries(apptStatus).find(([, v]) => v === r.status)?.[0] ??
    (r.status === 'proposed' || r.status === 'pending' ? 'scheduled' : undefined)) as
    AppointmentRec['status'] | undefined;
  if (
    id === undefined ||
    !apptKinds.includes(kind as AppointmentRec['kind']) ||
    status === undefined ||
    !isInstant(r.start)
  ) {
    issues.push({
      path,
      message:
        'needs an id, a start (date-time), a status of booked, fulfilled, noshow, cancelled, proposed or pending, and a known kind',
    });
    return undefined;
  }
  return { id, kind: kind as AppointmentRec['kind'], dueAt: toUtc(r.start), status };
}

const encodeText = (text: string): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
};
const decodeText = (data: string): string =>
  new TextDecoder().decode(Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0)));

/** Maps a free-text note to a DocumentReference with the text as a plain-text attachment. */
export function noteToFhir(patientId: string, n: NoteRec): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    id: n.id,
    identifier: [recordIdentifier(n.id)],
    status: 'current',
    type: { text: 'Clinical note' },
    subject: patientReference(patientId),
    date: n.at,
    content: [
      { attachment: { contentType: 'text/plain; charset=utf-8', data: encodeText(n.text) } },
    ],
  };
}

/** Reads a plain-text DocumentReference back into a note. */
export function noteFromFhir(
  r: DocumentReference,
  path: string,
  issues: RecordIssue[],
): NoteRec | undefined {
  const id = sourceId(r);
  const data = r.content?.[0]?.attachment?.data;
  let text: string | undefined;
  try {
    text = data === undefined ? undefined : decodeText(data);
  } catch {
    text = undefined;
  }
  if (
    id === undefined ||
    !isInstant(r.date) ||
    text === undefined ||
    text.length < 1 ||
    text.length > 20000
  ) {
    issues.push({
      path,
      message:
        'a note needs an id, a date (date-time) and a base64 plain-text attachment of 1-20000 characters',
    });
    return undefined;
  }
  return { id, at: toUtc(r.date), text };
}
