// Blockade's CDS services for the discovery endpoint (https://cds-hooks.hl7.org/2.0/#discovery),
// with prefetch templates for everything `bundleToFacts` reads.
import type { CdsHook, CdsServiceDefinition } from './types';

const patient = '{{context.patientId}}';

/** Prefetch templates: FHIR queries the EHR runs before calling the service. */
export const blockadePrefetch: Readonly<Record<string, string>> = {
  patient: `Patient/${patient}`,
  conditions: `Condition?patient=${patient}`,
  medicationStatements: `MedicationStatement?patient=${patient}`,
  medicationRequests: `MedicationRequest?patient=${patient}`,
  medicationAdministrations: `MedicationAdministration?patient=${patient}`,
  medicationDispenses: `MedicationDispense?patient=${patient}`,
  observations: `Observation?patient=${patient}&category=laboratory,survey&_sort=-date&_count=200`,
  serviceRequests: `ServiceRequest?patient=${patient}&status=active,draft,completed`,
  procedures: `Procedure?patient=${patient}`,
  appointments: `Appointment?patient=${patient}&status=proposed,pending,booked`,
};

const descriptions: Readonly<Record<CdsHook, string>> = {
  'patient-view':
    'Naltrexone treatment review: waning blockade and overdose risk, liver tests, mood and suicidality screens, planned surgery, naloxone.',
  'order-select':
    'Naltrexone and opioid orders: opioid-free interval, withdrawal, agonist therapy, liver, pregnancy, dose, interactions.',
  'order-sign':
    'Naltrexone and opioid orders at signing: opioid-free interval, withdrawal, agonist therapy, liver, pregnancy, dose, interactions.',
};

/**
 * The discovery entries of Blockade's CDS services, one per hook (`blockade-<hook>`).
 *
 * @returns Service definitions with prefetch templates.
 * @example
 * blockadeCdsServices().map((s) => s.id) //=> ['blockade-patient-view', 'blockade-order-select', 'blockade-order-sign']
 */
export function blockadeCdsServices(): CdsServiceDefinition[] {
  return (['patient-view', 'order-select', 'order-sign'] as const).map((hook) => ({
    hook,
    id: `blockade-${hook}`,
    title: `Blockade naltrexone decision support (${hook})`,
    description: descriptions[hook],
    prefetch: blockadePrefetch,
  }));
}
