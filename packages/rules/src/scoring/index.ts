export * from './types';
export { validateAnswers, describeAllowed, findBand, sumPoints } from './validate-answers';
export { phq9Definition, scorePhq9 } from './phq9';
export { auditCDefinition, auditCPositiveThreshold, scoreAuditC } from './audit-c';
export { auditDefinition, scoreAudit } from './audit';
export { cowsDefinition, scoreCows } from './cows';
export { pacsDefinition, scorePacs } from './pacs';
export { instrumentDefinitions, scoreQuestionnaire } from './score-questionnaire';
export type { ScoreOptions } from './score-questionnaire';
