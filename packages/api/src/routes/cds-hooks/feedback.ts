// CDS Hooks feedback (https://cds-hooks.hl7.org/2.0/#feedback): each accepted or overridden card is
// an append-only audit event `cds.feedback.<outcome>.<topic>[.<reason>]` of the caller's clinic;
// a free-text comment is kept beside it in the settings store (never logged).
import type { AuditEvent, Repository } from '@blockade/store';
import { z } from 'zod';
import { topicOfCard } from './card-ids';

/** Body of POST /cds-services/{id}/feedback. */
export const FeedbackBody = z.strictObject({
  feedback: z
    .array(
      z.looseObject({
        card: z.string().min(1).max(100),
        outcome: z.enum(['accepted', 'overridden']),
        acceptedSuggestions: z
          .array(z.looseObject({ id: z.string().max(100) }))
          .max(50)
          .optional(),
        overrideReason: z
          .looseObject({
            reason: z
              .looseObject({ code: z.string().max(100), system: z.string().max(300).optional() })
              .optional(),
            userComment: z.string().max(2000).optional(),
          })
          .optional(),
        outcomeTimestamp: z.iso.datetime({ offset: true }),
      }),
    )
    .min(1)
    .max(100),
});

/** Parsed feedback body. */
export type FeedbackBody = z.infer<typeof FeedbackBody>;

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 40);

/**
 * Stores feedback items as audit events (and comments as settings).
 *
 * @param store - The repository.
 * @param clinicId - The calling EHR's clinic.
 * @param body - Parsed feedback.
 * @returns The number of items stored.
 */
export async function storeFeedback(
  store: Repository,
  clinicId: string,
  body: FeedbackBody,
): Promise<number> {
  await store.transaction(async (tx) => {
    for (const item of body.feedback) {
      const reason = item.overrideReason?.reason?.code;
      const event = await tx.appendAuditEvent({
        clinicId,
        at: new Date(item.outcomeTimestamp).toISOString(),
        actorRole: 'system',
        action:
          `cds.feedback.${item.outcome}.${topicOfCard(item.card)}${reason === undefined ? '' : `.${slug(reason)}`}`.slice(
            0,
            100,
          ),
        outcome: 'success',
      });
      const comment = item.overrideReason?.userComment;
      if (comment !== undefined && comment.length > 0) {
        await tx.setSettingIfAbsent(`cds-feedback-comment:${event.id}`, comment);
      }
    }
  });
  return body.feedback.length;
}

/** Override statistics of one topic. */
export interface TopicFeedback {
  readonly topic: string;
  readonly accepted: number;
  readonly overridden: number;
  /** overridden / (accepted + overridden). */
  readonly overrideRate: number;
  /** Override reason code → count. */
  readonly reasons: Readonly<Record<string, number>>;
}

/**
 * Summarises feedback events per topic, most overridden first.
 *
 * @param events - The clinic's audit events (any; non-feedback ones are ignored).
 * @returns One row per topic.
 * @example
 * summariseFeedback([]) //=> []
 */
export function summariseFeedback(events: readonly AuditEvent[]): TopicFeedback[] {
  const rows = new Map<
    string,
    { accepted: number; overridden: number; reasons: Record<string, number> }
  >();
  for (const e of events) {
    const m = /^cds\.feedback\.(accepted|overridden)\.([a-z0-9-]+)(?:\.([a-z0-9-]+))?$/.exec(
      e.action,
    );
    if (m === null) {
      continue;
    }
    const [, outcome, topic, reason] = m as unknown as [
      string,
      'accepted' | 'overridden',
      string,
      string | undefined,
    ];
    const row = rows.get(topic) ?? { accepted: 0, overridden: 0, reasons: {} };
    row[outcome] += 1;
    if (outcome === 'overridden') {
      const key = reason ?? 'unspecified';
      row.reasons[key] = (row.reasons[key] ?? 0) + 1;
    }
    rows.set(topic, row);
  }
  return [...rows.entries()]
    .map(([topic, r]) => ({
      topic,
      ...r,
      overrideRate: r.overridden / (r.accepted + r.overridden),
    }))
    .sort((a, b) => b.overrideRate - a.overrideRate || a.topic.localeCompare(b.topic));
}
