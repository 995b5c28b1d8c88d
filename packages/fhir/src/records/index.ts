// Store records ↔ FHIR R4 resources (Patient, Condition, MedicationRequest/Administration/Statement,
// Observation, QuestionnaireResponse, Appointment, DocumentReference).
export type * from './types';
export type { RecordIssue } from './helpers';
export { systems, extensions } from './codes';
export {
  recordToBundle,
  recordToResources,
  bundleToRecord,
  type BundleReadResult,
  type RecordBundleOptions,
} from './bundle';
