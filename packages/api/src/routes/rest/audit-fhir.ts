import type { AuditEvent } from '@blockade/store';

/** FHIR R4 AuditEvent.outcome codes: 0 success, 4 minor failure, 8 serious failure. */
const outcomeCode: Readonly<Record<AuditEvent['outcome'], string>> = {
  success: '0',
  denied: '4',
  'not-found': '4',
  invalid: '4',
  error: '8',
};

/** FHIR R4 AuditEvent.action: C create, R read, U update, E execute. */
function actionCode(action: string): 'C' | 'R' | 'U' | 'E' {
  if (action.endsWith('.create')) {
    return 'C';
  }
  if (action.endsWith('.update')) {
    return 'U';
  }
  return action.startsWith('auth.') ? 'E' : 'R';
}

/**
 * Maps stored audit events to a FHIR R4 `Bundle` (type `collection`) of `AuditEvent` resources
 * (https://hl7.org/fhir/R4/auditevent.html). The event type is the DICOM "REST" code for API calls
 * and "Login" for sign-ins.
 *
 * @param events - Stored events.
 * @returns The bundle.
 */
export function auditBundle(events: readonly AuditEvent[]): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    total: events.length,
    entry: events.map((e) => ({
      fullUrl: `urn:uuid:${e.id}`,
      resource: {
        resourceType: 'AuditEvent',
        id: e.id,
        type: e.action.startsWith('auth.')
          ? {
              system: 'http://dicom.nema.org/resources/ontology/DCM',
              code: '110114',
              display: 'User Authentication',
            }
          : {
              system: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
              code: 'rest',
              display: 'RESTful Operation',
            },
        subtype: [{ system: 'urn:blockade:audit-action', code: e.action }],
        action: actionCode(e.action),
        recorded: e.at,
        outcome: outcomeCode[e.outcome],
        outcomeDesc: e.outcome,
        agent: [
          {
            ...(e.actorUserId === undefined
              ? {}
              : { who: { reference: `Practitioner/${e.actorUserId}`, display: e.actorRole } }),
            role: [{ text: e.actorRole }],
            requestor: true,
          },
        ],
        source: { site: `Organization/${e.clinicId}`, observer: { display: 'Blockade API' } },
        ...(e.patientId === undefined
          ? {}
          : {
              entity: [
                {
                  what: { reference: `Patient/${e.patientId}` },
                  type: {
                    system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
                    code: '1',
                  },
                },
              ],
            }),
      },
    })),
  };
}
