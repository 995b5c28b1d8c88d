import type { KnowledgeEntry } from '../types';
import { backgroundEntries } from './background';
import { formEntries } from './forms';
import { ldnEntries } from './ldn';
import { offLabelEntries } from './off-label';
import { safetyEntries } from './safety';
import { sideEffectEntries } from './side-effects';
import { startingEntries } from './starting';
import { useEntries } from './uses';

/** Every knowledge entry, grouped roughly as an education page would show them. */
export const knowledgeEntries: readonly KnowledgeEntry[] = [
  ...useEntries,
  ...formEntries,
  ...startingEntries,
  ...safetyEntries,
  ...sideEffectEntries,
  ...backgroundEntries,
  ...offLabelEntries,
  ...ldnEntries,
];

/**
 * Looks up an entry by id.
 *
 * @param id - Entry id, e.g. `naltrexone-vs-naloxone`.
 * @returns The entry, or `undefined` when no entry has that id.
 * @example
 * getKnowledgeEntry('pregnancy')?.evidenceLevel //=> 'small-studies'
 */
export function getKnowledgeEntry(id: string): KnowledgeEntry | undefined {
  return knowledgeEntries.find((entry) => entry.id === id);
}
