// @blockade/rules public API: clinical decision-support rules over a plain facts model.
export type {
  MedicationKind,
  MedicationSource,
  MedicationFact,
  ConditionKind,
  ConditionFact,
  LiverTest,
  LabFact,
  ScoreFact,
  DrugScreenAnalyte,
  DrugScreenFact,
  ProcedureFact,
  SupportFact,
  PregnancyStatusFact,
  PatientFacts,
} from './facts/types';
export { emptyFacts, naltrexoneKinds, opioidKinds } from './facts/types';
export type {
  Card,
  CardAction,
  CardSource,
  CardSuggestion,
  Coding,
  Indicator,
  MedicationRequestDraft,
  ServiceRequestDraft,
  SuggestedResource,
  TopicCode,
} from './cards/types';
export { topicCodes, topicSystem } from './cards/types';
export type { Finding, Wording } from './cards/finding';
export { topicDisplays, overrideSystem, toCard } from './cards/finding';
export type { Citation } from './cards/sources';
export { citations } from './cards/sources';
export type { Audience, Hook } from './engine/context';
export type { BlockadeEstimate, BlockadeEstimator, NaltrexoneDose } from './engine/estimate';
export { naltrexoneDoses, noEstimate, describeEstimate } from './engine/estimate';
export { defaultEstimator, pharmEstimator } from './engine/pharm-estimator';
export type { EvaluateOptions } from './engine/evaluate';
export { evaluateRules, evaluateFindings } from './engine/evaluate';
export { allRules } from './rules/all-rules';
export type { Rule } from './rules/rule';

// Questionnaire scoring and the knowledge base (maintained alongside, see scoring/ and knowledge/).
export * from './scoring';
export * from './knowledge';
