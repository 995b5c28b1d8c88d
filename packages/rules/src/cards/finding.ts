// A rule's result before it becomes a card: clinician and patient wording side by side.
import type { Audience } from '../engine/context';
import type { Citation } from './sources';
import type {
  Card,
  CardAction,
  CardSuggestion,
  Coding,
  Indicator,
  SuggestedResource,
  TopicCode,
} from './types';
import { topicSystem } from './types';

/** Words for one audience. */
export interface Wording {
  /** Fewer than 140 characters, plain words. */
  readonly summary: string;
  /** Markdown. */
  readonly detail: string;
}

/** What a rule found. */
export interface Finding {
  readonly topic: TopicCode;
  readonly indicator: Indicator;
  readonly clinician: Wording;
  /** Plain-language variant for a patient reading their own record. */
  readonly patient: Wording;
  readonly citation: Citation;
  readonly suggestions?: readonly CardSuggestion[];
  readonly overrideReasons?: readonly Coding[];
}

/** Human-readable names of the topics (the `display` of the topic coding). */
export const topicDisplays: Record<TopicCode, string> = {
  'opioid-washout-incomplete': 'Opioid-free interval before naltrexone not complete',
  'active-opioid-withdrawal': 'Active opioid withdrawal',
  'current-opioid-agonist-therapy': 'Current opioid agonist therapy',
  'naloxone-challenge-advised': 'Naloxone challenge advised before naltrexone',
  'hepatic-contraindication': 'Liver disease: naltrexone contraindicated or to be avoided',
  'liver-enzymes-elevated': 'Liver enzymes elevated',
  'liver-tests-due': 'Liver tests due',
  'pregnancy-caution': 'Pregnancy: naltrexone safety unclear',
  'opioid-interaction': 'Opioid blocked by naltrexone',
  'perioperative-hold': 'Naltrexone and planned procedure',
  'blockade-waning-overdose-risk': 'Blockade waning: opioid overdose risk',
  'naloxone-rescue-kit': 'Naloxone rescue kit',
  'depression-screen-positive': 'Depression screen positive',
  'suicidality-risk': 'Suicidality risk',
  'dose-above-recommended': 'Naltrexone dose above recommended',
  'off-label-evidence': 'Off-label naltrexone use',
  'psychosocial-support': 'Psychosocial support alongside naltrexone',
};

/** System of Blockade's override reasons. */
export const overrideSystem = 'https://blockade.example.org/fhir/CodeSystem/override-reason';

/**
 * An override reason coding.
 *
 * @param code - Machine code, e.g. `supervised-induction`.
 * @param display - Words shown to the clinician.
 * @returns The coding.
 * @example
 * overrideReason('patient-aware', 'Discussed with patient').system //=> overrideSystem
 */
export function overrideReason(code: string, display: string): Coding {
  return { system: overrideSystem, code, display };
}

/**
 * A suggestion that removes the draft order being signed.
 *
 * @param ref - Relative reference of the draft (e.g. `MedicationRequest/d1`); undefined gives none.
 * @param label - Button label.
 * @returns The suggestion, or an empty list when the draft has no reference.
 * @example
 * cancelDraft('MedicationRequest/d1', 'Cancel the naltrexone order')[0]?.actions[0]?.type //=> 'delete'
 */
export function cancelDraft(ref: string | undefined, label: string): CardSuggestion[] {
  if (ref === undefined) {
    return [];
  }
  const action: CardAction = { type: 'delete', description: label, resourceId: ref };
  return [{ label, actions: [action] }];
}

/**
 * A suggestion that creates one resource.
 *
 * @param label - Button label.
 * @param resource - The draft resource.
 * @param isRecommended - Whether it is the recommended choice.
 * @returns The suggestion.
 * @example
 * createSuggestion('Order LFTs', lftOrder, true).actions[0]?.type //=> 'create'
 */
export function createSuggestion(
  label: string,
  resource: SuggestedResource,
  isRecommended = false,
): CardSuggestion {
  return { label, isRecommended, actions: [{ type: 'create', description: label, resource }] };
}

/**
 * Turns a finding into a CDS Hooks card for the given audience. Patients get plain words and no
 * suggestions or override reasons (those are clinician actions).
 *
 * @param finding - The finding.
 * @param audience - `clinician` or `patient`.
 * @returns The card.
 * @example
 * toCard(finding, 'patient').suggestions //=> undefined
 */
export function toCard(finding: Finding, audience: Audience): Card {
  const words = audience === 'patient' ? finding.patient : finding.clinician;
  const source = {
    label: finding.citation.label,
    ...(finding.citation.url === undefined ? {} : { url: finding.citation.url }),
    topic: { system: topicSystem, code: finding.topic, display: topicDisplays[finding.topic] },
  };
  const card: Card = {
    summary: words.summary,
    detail: words.detail,
    indicator: finding.indicator,
    source,
  };
  if (audience === 'patient') {
    return card;
  }
  return {
    ...card,
    ...(finding.suggestions && finding.suggestions.length > 0
      ? { suggestions: finding.suggestions, selectionBehavior: 'at-most-one' as const }
      : {}),
    ...(finding.overrideReasons && finding.overrideReasons.length > 0
      ? { overrideReasons: finding.overrideReasons }
      : {}),
  };
}
