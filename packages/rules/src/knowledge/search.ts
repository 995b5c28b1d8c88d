import { knowledgeEntries } from './entries';
import { tokenize } from './text';
import type { KnowledgeEntry } from './types';

/** One ranked search hit. */
export interface KnowledgeHit {
  readonly entry: KnowledgeEntry;
  /** BM25F score plus phrase bonus; only comparable within one query. */
  readonly score: number;
  /** Canonical query terms found in the entry. */
  readonly matchedTerms: readonly string[];
}

/** Options for `searchKnowledge`. */
export interface SearchOptions {
  /** Maximum number of hits (default 5). */
  readonly limit?: number;
  /** Entries to search (default: the whole knowledge base). */
  readonly entries?: readonly KnowledgeEntry[];
}

type Field = 'question' | 'aliases' | 'answer';

/** Field weights: a word in the question counts three times a word in the answer. */
const fieldBoost: Readonly<Record<Field, number>> = { question: 3, aliases: 2.5, answer: 1 };
const fields: readonly Field[] = ['question', 'aliases', 'answer'];
const k1 = 1.2;
const b = 0.75;
/** Bonus for a whole multi-word alias appearing in the query, per term of the alias. */
const aliasPhraseBonus = 1.5;

interface IndexedEntry {
  readonly entry: KnowledgeEntry;
  readonly termFrequency: Readonly<Record<Field, ReadonlyMap<string, number>>>;
  readonly length: Readonly<Record<Field, number>>;
  readonly aliasTerms: readonly (readonly string[])[];
}

/** A prepared BM25F index over question, aliases and answer. */
export interface KnowledgeIndex {
  readonly entries: readonly IndexedEntry[];
  readonly documentFrequency: ReadonlyMap<string, number>;
  readonly averageLength: Readonly<Record<Field, number>>;
}

function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) {
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/**
 * Builds the search index (pure; cheap enough to build once per process or page).
 *
 * @param entries - Entries to index.
 * @returns The index.
 * @example
 * createKnowledgeIndex(knowledgeEntries).entries.length //=> 63
 */
export function createKnowledgeIndex(entries: readonly KnowledgeEntry[]): KnowledgeIndex {
  const documentFrequency = new Map<string, number>();
  const indexed = entries.map((entry): IndexedEntry => {
    const terms: Record<Field, string[]> = {
      question: tokenize(entry.question),
      aliases: entry.aliases.flatMap((alias) => tokenize(alias)),
      answer: tokenize(entry.answer),
    };
    for (const term of new Set(fields.flatMap((field) => terms[field]))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    return {
      entry,
      termFrequency: {
        question: countTerms(terms.question),
        aliases: countTerms(terms.aliases),
        answer: countTerms(terms.answer),
      },
      length: {
        question: terms.question.length,
        aliases: terms.aliases.length,
        answer: terms.answer.length,
      },
      aliasTerms: entry.aliases.map((alias) => tokenize(alias)).filter((t) => t.length >= 2),
    };
  });
  const mean = (field: Field): number =>
    indexed.reduce((sum, e) => sum + e.length[field], 0) / Math.max(indexed.length, 1) || 1;
  return {
    entries: indexed,
    documentFrequency,
    averageLength: { question: mean('question'), aliases: mean('aliases'), answer: mean('answer') },
  };
}

function scoreEntry(
  index: KnowledgeIndex,
  doc: IndexedEntry,
  queryTerms: readonly string[],
): KnowledgeHit {
  const n = index.entries.length;
  let score = 0;
  const matched: string[] = [];
  for (const term of queryTerms) {
    let weighted = 0;
    for (const field of fields) {
      const tf = doc.termFrequency[field].get(term) ?? 0;
      if (tf > 0) {
        const norm = 1 - b + (b * doc.length[field]) / index.averageLength[field];
        weighted += (fieldBoost[field] * tf) / norm;
      }
    }
    if (weighted > 0) {
      const df = index.documentFrequency.get(term) ?? 0;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += (idf * weighted * (k1 + 1)) / (weighted + k1);
      matched.push(term);
    }
  }
  const querySet = new Set(queryTerms);
  for (const aliasTerms of doc.aliasTerms) {
    if (aliasTerms.every((term) => querySet.has(term))) {
      score += aliasPhraseBonus * aliasTerms.length;
    }
  }
  return { entry: doc.entry, score, matchedTerms: matched };
}

let defaultIndex: KnowledgeIndex | undefined;

/**
 * Searches the knowledge base with BM25F ranking over question (×3), aliases (×2.5) and answer
 * (×1), after light stemming and synonym mapping (LDN ↔ low-dose naltrexone, Vivitrol/shot ↔
 * injection, drinking ↔ alcohol, sad/low mood ↔ depression, Narcan ↔ naloxone, …). A query that
 * contains a whole multi-word alias of an entry earns a bonus.
 *
 * @param query - A plain question or key words.
 * @param options - `limit` (default 5) and optionally the entries to search.
 * @returns Hits with score > 0, best first (ties keep knowledge-base order).
 * @example
 * searchKnowledge('can I drink on naltrexone?')[0]?.entry.id //=> 'alcohol-while-on-naltrexone'
 */
export function searchKnowledge(query: string, options: SearchOptions = {}): KnowledgeHit[] {
  const limit = options.limit ?? 5;
  const index =
    options.entries === undefined
      ? (defaultIndex ??= createKnowledgeIndex(knowledgeEntries))
      : createKnowledgeIndex(options.entries);
  const queryTerms = [...new Set(tokenize(query))];
  if (queryTerms.length === 0 || limit <= 0) {
    return [];
  }
  return index.entries
    .map((doc) => scoreEntry(index, doc, queryTerms))
    .filter((hit) => hit.score > 0)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit);
}
