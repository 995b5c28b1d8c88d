// The shape of one rule and helpers the rule modules share.
import type { Finding } from '../cards/finding';
import type { TopicCode } from '../cards/types';
import type { RuleContext } from '../engine/context';
import type { MedicationFact, ScoreFact } from '../facts/types';
import { dateOf, daysSince, latestBy } from '../facts/time';
import { describeEstimate } from '../engine/estimate';

/** One clinical rule: a topic and a pure function from context to at most one finding. */
export interface Rule {
  readonly topic: TopicCode;
  readonly evaluate: (ctx: RuleContext) => Finding | undefined;
}

/**
 * The latest score of one instrument within a look-back window.
 *
 * @param ctx - Rule context.
 * @param instrument - Which score.
 * @param withinDays - Look-back window in days.
 * @returns The latest score in the window, or undefined.
 * @example
 * latestScore(ctx, 'cows', 1)?.value //=> 8
 */
export function latestScore(
  ctx: RuleContext,
  instrument: ScoreFact['instrument'],
  withinDays: number,
): ScoreFact | undefined {
  const inWindow = ctx.facts.scores.filter(
    (s) =>
      s.instrument === instrument &&
      daysSince(s.dateIso, ctx.now) <= withinDays &&
      daysSince(s.dateIso, ctx.now) >= -1,
  );
  return latestBy(inWindow, (s) => s.dateIso);
}

/**
 * The naltrexone draft named in card text, e.g. "the draft order for Vivitrol 380 mg".
 *
 * @param ctx - Rule context with at least one naltrexone draft.
 * @returns A phrase, or "naltrexone" when there is no draft.
 * @example
 * draftPhrase(ctx) //=> 'the draft order for naltrexone 50 mg tablet'
 */
export function draftPhrase(ctx: RuleContext): string {
  const draft = ctx.naltrexoneDrafts[0];
  return draft === undefined ? 'naltrexone' : `the draft order for ${draft.name}`;
}

/**
 * A paragraph with the engine's blockade estimate, or an empty string when there is none.
 *
 * @param ctx - Rule context.
 * @returns Markdown paragraph (with leading blank line) or ''.
 * @example
 * estimateParagraph(ctxWithoutHistory) //=> ''
 */
export function estimateParagraph(ctx: RuleContext): string {
  if (ctx.estimate === undefined) {
    return '';
  }
  const continuing = ctx.currentNaltrexone.some((m) => m.ongoing && m.kind !== 'naltrexone-xr');
  const note = continuing ? ' The dates assume the last oral dose is taken today.' : '';
  return `\n\n${describeEstimate(ctx.estimate)}${note}`;
}

/**
 * The recorded date of an item plus "(N days ago)".
 *
 * @param iso - Date.
 * @param now - Evaluation time.
 * @returns e.g. `2026-11-20 (3 days ago)`.
 * @example
 * whenAgo('2026-11-20', new Date('2026-11-23T10:00:00Z')) //=> '2026-11-20 (3 days ago)'
 */
export function whenAgo(iso: string, now: Date): string {
  const days = Math.floor(daysSince(iso, now));
  const ago = days <= 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
  return `${dateOf(iso)} (${ago})`;
}

/**
 * Whether a medication is a naltrexone record covering the start of treatment with the depot.
 *
 * @param med - Record.
 * @returns True for the extended-release injectable.
 * @example
 * isDepot({ kind: 'naltrexone-xr', … }) //=> true
 */
export function isDepot(med: MedicationFact): boolean {
  return med.kind === 'naltrexone-xr';
}
