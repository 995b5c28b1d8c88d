export * from './types';
export { sources as knowledgeSources } from './sources';
export { figures as knowledgeFigures } from './figures';
export { knowledgeEntries, getKnowledgeEntry } from './entries';
export { createKnowledgeIndex, searchKnowledge } from './search';
export type {
  KnowledgeHit,
  KnowledgeIndex,
  SearchOptions as KnowledgeSearchOptions,
} from './search';
