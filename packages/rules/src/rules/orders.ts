// Draft resources proposed by suggestions. Codes: LOINC panel for liver tests, RxNorm ingredient
// for naloxone; everything else is text so an EHR can map it.
import type { MedicationRequestDraft, ServiceRequestDraft } from '../cards/types';

/**
 * Draft ServiceRequest for a naloxone challenge before naltrexone.
 *
 * @param patientRef - Subject reference.
 * @returns The draft resource.
 * @example
 * naloxoneChallengeOrder('Patient/1').code.text //=> 'Naloxone challenge test before naltrexone'
 */
export function naloxoneChallengeOrder(patientRef: string): ServiceRequestDraft {
  return {
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'proposal',
    code: { text: 'Naloxone challenge test before naltrexone' },
    subject: { reference: patientRef },
    note: [
      {
        text: 'Label protocol: naloxone 0.2 mg IV, observe 30 s, then 0.6 mg IV and observe 20 min; or 0.8 mg SC and observe 20 min. Do not start naltrexone if withdrawal signs appear.',
      },
    ],
  };
}

/**
 * Draft ServiceRequest for a hepatic function panel (LOINC 24325-3).
 *
 * @param patientRef - Subject reference.
 * @returns The draft resource.
 * @example
 * liverPanelOrder('Patient/1').code.coding?.[0]?.code //=> '24325-3'
 */
export function liverPanelOrder(patientRef: string): ServiceRequestDraft {
  return {
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'proposal',
    code: {
      coding: [
        {
          system: 'http://loinc.org',
          code: '24325-3',
          display: 'Hepatic function panel - Serum or Plasma',
        },
      ],
      text: 'Liver function tests (ALT, AST, bilirubin)',
    },
    subject: { reference: patientRef },
  };
}

/**
 * Draft MedicationRequest for a naloxone 4 mg nasal spray rescue kit.
 *
 * @param patientRef - Subject reference.
 * @returns The draft resource.
 * @example
 * naloxoneKitOrder('Patient/1').medicationCodeableConcept.text //=> 'Naloxone 4 mg nasal spray (rescue kit, 2 devices)'
 */
export function naloxoneKitOrder(patientRef: string): MedicationRequestDraft {
  return {
    resourceType: 'MedicationRequest',
    status: 'draft',
    intent: 'proposal',
    medicationCodeableConcept: {
      coding: [
        {
          system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
          code: '7242',
          display: 'naloxone',
        },
      ],
      text: 'Naloxone 4 mg nasal spray (rescue kit, 2 devices)',
    },
    subject: { reference: patientRef },
    dosageInstruction: [
      {
        text: 'For suspected opioid overdose: 1 spray in one nostril; call emergency services; repeat after 2-3 minutes with the second device if no response.',
      },
    ],
  };
}

/**
 * Draft ServiceRequest for counselling or another psychosocial treatment.
 *
 * @param patientRef - Subject reference.
 * @returns The draft resource.
 * @example
 * counsellingReferral('Patient/1').code.text //=> 'Referral for addiction counselling / psychosocial treatment'
 */
export function counsellingReferral(patientRef: string): ServiceRequestDraft {
  return {
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'proposal',
    code: { text: 'Referral for addiction counselling / psychosocial treatment' },
    subject: { reference: patientRef },
  };
}

/**
 * Draft ServiceRequest for a depression / suicide risk assessment.
 *
 * @param patientRef - Subject reference.
 * @param urgent - Same-day safety assessment rather than a routine review.
 * @returns The draft resource.
 * @example
 * mentalHealthAssessment('Patient/1', true).code.text //=> 'Same-day suicide risk assessment'
 */
export function mentalHealthAssessment(patientRef: string, urgent: boolean): ServiceRequestDraft {
  return {
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'proposal',
    code: {
      text: urgent ? 'Same-day suicide risk assessment' : 'Depression assessment and follow-up',
    },
    subject: { reference: patientRef },
  };
}
