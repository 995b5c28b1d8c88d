// CDS Hooks feedback (https://cds-hooks.hl7.org/2.0/#feedback): each accepted or overridden card is
// one row of the store's `cds_feedback` table, attributed to the caller's clinic and issuer;
// admins read the override rates per topic (summarised by the store).
import type { NewCdsFeedback, Repository } from '@blockade/store';
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
              .looseObject({
                code: z.string().max(100),
                system: z.string().max(300).optional(),
                display: z.string().max(300).optional(),
              })
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

/**
 * Stores feedback items in the `cds_feedback` table (all or nothing). The topic comes from the card
 * uuid; the free-text comment is stored with the item and never logged.
 *
 * @param store - The repository.
 * @param caller - The calling EHR's clinic and verified issuer (undefined for unsigned dev calls).
 * @param serviceId - The CDS service the feedback is about.
 * @param body - Parsed feedback.
 * @param receivedAt - Server time of receipt.
 * @returns The number of items stored.
 */
export async function storeFeedback(
  store: Repository,
  caller: { readonly clinicId: string; readonly iss: string | undefined },
  serviceId: string,
  body: FeedbackBody,
  receivedAt: Date,
): Promise<number> {
  const items: NewCdsFeedback[] = body.feedback.map((item) => {
    const reason = item.overrideReason?.reason;
    const display = reason?.display;
    const comment = item.overrideReason?.userComment;
    return {
      clinicId: caller.clinicId,
      serviceId,
      cardUuid: item.card,
      topicCode: topicOfCard(item.card),
      outcome: item.outcome,
      ...(item.outcome === 'overridden' && reason !== undefined && reason.code.length > 0
        ? {
            overrideReasonCode: reason.code,
            ...(typeof display === 'string' && display.length > 0
              ? { overrideReasonDisplay: display.slice(0, 300) }
              : {}),
          }
        : {}),
      ...(comment !== undefined && comment.length > 0 ? { userComment: comment } : {}),
      outcomeAt: new Date(item.outcomeTimestamp).toISOString(),
      receivedAt: receivedAt.toISOString(),
      ...(caller.iss === undefined ? {} : { issuer: caller.iss }),
    };
  });
  await store.addCdsFeedback(items);
  return items.length;
}
