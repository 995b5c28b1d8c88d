// The knowledge base from @blockade/rules (pure data, bundled into the app's knowledge pages).
import type { KnowledgeEntry } from '@blockade/rules';
import { getKnowledgeEntry, knowledgeEntries, searchKnowledge } from '@blockade/rules';

export type { KnowledgeEntry };
export { evidenceLevelLabels } from '@blockade/rules';

/**
 * Entries matching a query (every entry for an empty query), optionally for one audience.
 *
 * @param query - Words typed by the reader.
 * @param audience - Keep entries written for this audience.
 * @returns Matching entries, best first.
 * @example
 * findEntries('naloxone')[0]?.question //=> 'What is the difference between naltrexone and naloxone?'
 */
export function findEntries(
  query: string,
  audience?: 'patient' | 'clinician',
): readonly KnowledgeEntry[] {
  const all =
    query.trim() === ''
      ? knowledgeEntries
      : searchKnowledge(query, { limit: 20 }).map((hit) => hit.entry);
  return audience ? all.filter((e) => e.audience.includes(audience)) : all;
}

/**
 * One entry by id.
 *
 * @param id - Entry id.
 * @returns The entry or undefined.
 */
export function entryById(id: string): KnowledgeEntry | undefined {
  return getKnowledgeEntry(id);
}
