// The CDS services Blockade offers (https://cds-hooks.hl7.org/2.0/#discovery) and their prefetch
// templates. LOINC codes: ALT 1742-6, AST 1920-8, total bilirubin 1975-2, PHQ-9 total 44261-6,
// PHQ-9 item 9 44260-8, pregnancy status 82810-3, GGT 2324-2.
import type { CdsServiceDefinition } from '@blockade/fhir';

const observationCodes = ['1742-6', '1920-8', '1975-2', '2324-2', '44261-6', '44260-8', '82810-3']
  .map((code) => `http://loinc.org|${code}`)
  .join(',');

/** Prefetch templates shared by every service (FHIR R4 search URLs relative to `fhirServer`). */
export const prefetchTemplates: Readonly<Record<string, string>> = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}&clinical-status=active',
  medicationRequests: 'MedicationRequest?patient={{context.patientId}}',
  medicationStatements: 'MedicationStatement?patient={{context.patientId}}',
  medicationAdministrations: 'MedicationAdministration?patient={{context.patientId}}',
  observations: `Observation?patient={{context.patientId}}&code=${observationCodes}&_sort=-date&_count=100`,
  labObservations:
    'Observation?patient={{context.patientId}}&category=laboratory&_sort=-date&_count=50',
  plannedProcedures: 'ServiceRequest?patient={{context.patientId}}&status=active,draft',
};

/**
 * Prefetch keys without which the rules cannot be trusted (a missing medication list could hide
 * recent opioid use): when absent and not fetchable, the service answers 412.
 */
export const requiredPrefetch: readonly string[] = [
  'patient',
  'conditions',
  'medicationRequests',
  'medicationStatements',
  'observations',
];

/** Blockade's services, by id. */
export const cdsServices: readonly CdsServiceDefinition[] = [
  {
    hook: 'patient-view',
    id: 'blockade-patient-view',
    title: 'Blockade: naltrexone safety and follow-up',
    description:
      'When a chart opens: naltrexone safety (recent opioid use, liver tests, pregnancy, depression and suicidality screens), waning blockade and overdose risk, naloxone kit and follow-up. Plain-language cards when the user is the patient.',
    prefetch: prefetchTemplates,
  },
  {
    hook: 'order-select',
    id: 'blockade-order-select',
    title: 'Blockade: naltrexone order check (select)',
    description:
      'When a naltrexone or opioid order is selected: opioid washout and naloxone challenge, agonist therapy, opioid interaction, liver contraindications, dose above label, off-label evidence.',
    prefetch: prefetchTemplates,
  },
  {
    hook: 'order-sign',
    id: 'blockade-order-sign',
    title: 'Blockade: naltrexone order check (sign)',
    description:
      'Before a naltrexone or opioid order is signed: the same checks as order-select on the final draft orders, with suggestions (liver panel, naloxone kit) and override reasons.',
    prefetch: prefetchTemplates,
  },
];
