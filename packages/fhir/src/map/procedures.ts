// Planned procedures (ServiceRequest, Procedure in preparation, Appointment with a date) and records
// of psychosocial care (counselling, psychotherapy, mutual-help or peer support).
import type { ProcedureFact, SupportFact } from '@blockade/rules';
import type { CodeableConcept } from '@medplum/fhirtypes';
import { SNOMED } from '../codes/systems';
import type { IssueSink } from './common';
import { codings, conceptName, conceptText, readDate } from './common';
import type { Located } from './collect';

const surgical =
  /surg|ectomy|otomy|ostomy|plasty|pexy|arthroscop|laparoscop|endoscop|colonoscop|operation|repair|fixation|replacement|extraction|biopsy|an(a)?esthe|caesarean|cesarean|c-section|transplant/;
const support =
  /counsel|psychotherap|cognitive behavio|\bcbt\b|motivational|support group|peer support|peer recovery|alcoholics anonymous|narcotics anonymous|smart recovery|12-step|twelve-step|mutual[- ]help|psychosocial|behavio(u)?ral health|addiction therapy|contingency management/;
/** SNOMED: surgical procedure (category), counseling. */
const surgicalCategory = '387713003';
const counselingCode = '409063005';

/** What one resource contributes. */
export interface ProcedureFacts {
  readonly planned?: ProcedureFact;
  readonly support?: SupportFact;
}

function classify(concepts: (CodeableConcept | undefined)[]): 'surgical' | 'support' | undefined {
  const text = conceptText(...concepts);
  const codes = codings(...concepts)
    .filter((c) => c.system === SNOMED)
    .map((c) => c.code);
  if (codes.includes(counselingCode) || support.test(text)) {
    return 'support';
  }
  return codes.includes(surgicalCategory) || surgical.test(text) ? 'surgical' : undefined;
}

/**
 * Maps ServiceRequest, Procedure, Appointment and CarePlan resources to planned procedures and
 * support records.
 *
 * @param l - Located resource.
 * @param sink - Issue collector (malformed dates).
 * @returns A planned procedure, a support record, or nothing.
 * @example
 * mapProcedure(kneeReplacementRequest, sink).planned?.name //=> 'Total knee replacement'
 */
export function mapProcedure(l: Located, sink: IssueSink): ProcedureFacts {
  const r = l.resource;
  const at = (...k: string[]): (string | number)[] => [...l.path, ...k];
  let concepts: (CodeableConcept | undefined)[];
  let when: string | undefined;
  let planned: boolean;
  if (r.resourceType === 'ServiceRequest') {
    if (['revoked', 'entered-in-error', 'completed'].includes(r.status)) {
      return r.status === 'completed' && classify([r.code, ...(r.category ?? [])]) === 'support'
        ? { support: { name: conceptName(r.code, 'support') } }
        : {};
    }
    concepts = [r.code, ...(r.category ?? [])];
    when =
      readDate(r.occurrenceDateTime, at('occurrenceDateTime'), sink) ??
      readDate(r.occurrencePeriod?.start, at('occurrencePeriod', 'start'), sink);
    planned = true;
  } else if (r.resourceType === 'Procedure') {
    if (r.status === 'entered-in-error' || r.status === 'not-done') {
      return {};
    }
    concepts = [r.code, r.category];
    when =
      readDate(r.performedDateTime, at('performedDateTime'), sink) ??
      readDate(r.performedPeriod?.start, at('performedPeriod', 'start'), sink);
    planned = r.status === 'preparation';
  } else if (r.resourceType === 'Appointment') {
    if (['cancelled', 'noshow', 'entered-in-error'].includes(r.status)) {
      return {};
    }
    concepts = [
      r.appointmentType,
      ...(r.serviceType ?? []),
      ...(r.reasonCode ?? []),
      { text: r.description ?? '' },
    ];
    when = readDate(r.start, at('start'), sink);
    planned = ['proposed', 'pending', 'booked'].includes(r.status);
  } else if (r.resourceType === 'CarePlan') {
    concepts = [...(r.category ?? []), { text: `${r.title ?? ''} ${r.description ?? ''}` }];
    when = readDate(r.period?.start, at('period', 'start'), sink);
    planned = false;
  } else {
    return {};
  }
  const kind = classify(concepts);
  const name =
    concepts.map((c) => conceptName(c, '')).find((n) => n.trim() !== '') ?? r.resourceType;
  if (kind === 'support') {
    return { support: when === undefined ? { name } : { name, dateIso: when } };
  }
  return kind === 'surgical' && planned && when !== undefined
    ? { planned: { name, plannedIso: when } }
    : {};
}
