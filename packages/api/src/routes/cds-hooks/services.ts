// The CDS services Blockade offers (https://cds-hooks.hl7.org/2.0/#discovery). The discovery
// entries and prefetch templates come from @blockade/fhir (they list what its mapper reads);
// this file decides which prefetch keys are required.
import { blockadeCdsServices, type CdsServiceDefinition } from '@blockade/fhir';

/** Blockade's services: `blockade-patient-view`, `blockade-order-select`, `blockade-order-sign`. */
export const cdsServices: readonly CdsServiceDefinition[] = blockadeCdsServices();

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
