export { parseRegimen } from './parse-regimen';
export type { ParseRegimenOptions } from './parse-regimen';
export { parseRegimenText, parseRegimenTextToInput } from './parse-regimen-text';
export { describeRegimen } from './describe-regimen';
export { validateSubject } from './validate-subject';
export { maxDoseMgByForm, maxExpandedDoses, subjectRanges } from './limits';
export { parseIsoMs, formatIsoMs } from './iso-time';
export { formatPath } from './issue';
