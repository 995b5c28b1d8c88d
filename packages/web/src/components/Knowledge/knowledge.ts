// The knowledge base from @blockade/rules (pure data, bundled into the app).
import * as rules from '@blockade/rules';

/** A cited work. */
export interface KnowledgeSource {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

/** The part of a knowledge entry (see @blockade/rules `KnowledgeEntry`) that the pages show. */
export interface KnowledgeEntry {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  readonly evidenceLevel: string;
  readonly figures: readonly {
    readonly literatureId: string;
    readonly label: string;
    readonly value: string;
    readonly source: KnowledgeSource;
  }[];
  readonly sources: readonly KnowledgeSource[];
  readonly audience: readonly string[];
  readonly related: readonly string[];
}

interface KnowledgeApi {
  readonly knowledgeEntries?: readonly KnowledgeEntry[];
  readonly searchKnowledge?: (
    query: string,
  ) => readonly (KnowledgeEntry | { entry: KnowledgeEntry })[];
  readonly evidenceLevelLabels?: Readonly<Record<string, string>>;
}
const kb = rules as unknown as KnowledgeApi;
const entries: readonly KnowledgeEntry[] = kb.knowledgeEntries ?? [];

/** Display labels of evidence levels. */
export const evidenceLevelLabels: Readonly<Record<string, string>> = kb.evidenceLevelLabels ?? {};

/**
 * Entries matching a query (all entries for an empty query), optionally for one audience.
 *
 * @param query - Words typed by the reader.
 * @param audience - Restrict to entries written for this audience.
 * @returns Matching entries, best first.
 */
export function findEntries(
  query: string,
  audience?: 'patient' | 'clinician',
): readonly KnowledgeEntry[] {
  const all =
    query.trim() === '' || !kb.searchKnowledge
      ? entries
      : kb.searchKnowledge(query).map((hit) => ('entry' in hit ? hit.entry : hit));
  return audience ? all.filter((e) => e.audience.includes(audience)) : all;
}

/**
 * One entry by id.
 *
 * @param id - Entry id.
 * @returns The entry or undefined.
 */
export function entryById(id: string): KnowledgeEntry | undefined {
  return entries.find((e) => e.id === id);
}
