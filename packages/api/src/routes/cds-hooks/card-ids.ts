// Card uuids that remember their topic: the first byte of a random v4 uuid is replaced by the
// topic's index, so feedback (which names only the card uuid) can be attributed to a topic
// without storing every card served.
import { randomUUID } from 'node:crypto';
import { topicCodes, type TopicCode } from '@blockade/rules';

/**
 * A new card uuid carrying the topic.
 *
 * @param topic - Topic code of the card, e.g. `opioid-washout-incomplete`.
 * @returns A v4-format uuid.
 */
export function cardUuid(topic: string | undefined): string {
  const index = topicCodes.indexOf(topic as TopicCode);
  const id = randomUUID();
  return index < 0 ? `ff${id.slice(2)}` : `${index.toString(16).padStart(2, '0')}${id.slice(2)}`;
}

/**
 * The topic a card uuid carries.
 *
 * @param uuid - A card uuid from {@link cardUuid}.
 * @returns The topic code, or `unknown`.
 * @example
 * topicOfCard(cardUuid('liver-tests-due')) //=> 'liver-tests-due'
 */
export function topicOfCard(uuid: string): string {
  const index = Number.parseInt(uuid.slice(0, 2), 16);
  return topicCodes[index] ?? 'unknown';
}
