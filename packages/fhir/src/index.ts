// @blockade/fhir public API: FHIR R4 → rules facts, CDS Hooks types, OperationOutcome helpers.
export type { BundleToFactsOptions, MappedInput } from './map/bundle-to-facts';
export { bundleToFacts, mapInput } from './map/bundle-to-facts';
export type { EvaluateBundleOptions } from './evaluate-bundle';
export { evaluateBundle } from './evaluate-bundle';
export type {
  CdsAction,
  CdsCard,
  CdsDiscoveryResponse,
  CdsHook,
  CdsHooksContext,
  CdsHooksRequest,
  CdsHooksResponse,
  CdsIndicator,
  CdsLink,
  CdsServiceDefinition,
  CdsSource,
  CdsSuggestion,
} from './cds-hooks/types';
export { toCdsCards } from './cds-hooks/types';
export { blockadeCdsServices, blockadePrefetch } from './cds-hooks/services';
export {
  allOk,
  badRequest,
  conflict,
  created,
  forbidden,
  gone,
  isOk,
  issuesToOutcome,
  normalizeOutcome,
  notFound,
  OutcomeError,
  pathToExpression,
  serverError,
  statusFor,
  tooManyRequests,
  unauthorized,
} from './outcome/outcomes';
export { classifyMedication, rxnormIngredients } from './codes/medication-codes';
export {
  conditionFromIcd10,
  conditionFromText,
  icd10Prefixes,
  snomedConditions,
} from './codes/condition-codes';
export { defaultUln, loincLiver, loincPhq9, loincPregnancyStatus } from './codes/observation-codes';
export { ICD10, ICD10CM, LOINC, RXNORM, SNOMED } from './codes/systems';
export * from './records';
