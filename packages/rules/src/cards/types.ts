// Cards in the shape of the CDS Hooks 2.0 specification (https://cds-hooks.hl7.org/2.0/#card-attributes).
// @blockade/fhir re-exports spec types with FHIR resource typing and checks these stay assignable.

/** Card urgency, exactly the spec's values (https://cds-hooks.hl7.org/2.0/#card-attributes). */
export type Indicator = 'info' | 'warning' | 'critical';

/** A FHIR Coding (system, code, display). */
export interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

/** Code system of Blockade's card topics. */
export const topicSystem = 'https://blockade.example.org/fhir/CodeSystem/cds-topic';

/** Every topic code a Blockade card may carry. */
export const topicCodes = [
  'opioid-washout-incomplete',
  'active-opioid-withdrawal',
  'current-opioid-agonist-therapy',
  'naloxone-challenge-advised',
  'hepatic-contraindication',
  'liver-enzymes-elevated',
  'liver-tests-due',
  'pregnancy-caution',
  'opioid-interaction',
  'perioperative-hold',
  'blockade-waning-overdose-risk',
  'naloxone-rescue-kit',
  'depression-screen-positive',
  'suicidality-risk',
  'dose-above-recommended',
  'off-label-evidence',
  'psychosocial-support',
] as const;

/** One topic code. */
export type TopicCode = (typeof topicCodes)[number];

/** Card source (https://cds-hooks.hl7.org/2.0/#source). */
export interface CardSource {
  readonly label: string;
  readonly url?: string;
  readonly topic: Coding;
}

/**
 * A draft FHIR R4 ServiceRequest proposed by a suggestion (a subset of the resource). Arrays are
 * mutable so the type stays assignable to the FHIR resource types of @medplum/fhirtypes.
 */
export interface ServiceRequestDraft {
  readonly resourceType: 'ServiceRequest';
  readonly status: 'draft';
  readonly intent: 'proposal' | 'order';
  readonly code: { coding?: Coding[]; readonly text: string };
  readonly subject: { readonly reference: string };
  readonly note?: { readonly text: string }[];
}

/** A draft FHIR R4 MedicationRequest proposed by a suggestion (a subset of the resource). */
export interface MedicationRequestDraft {
  readonly resourceType: 'MedicationRequest';
  readonly status: 'draft';
  readonly intent: 'proposal' | 'order';
  readonly medicationCodeableConcept: {
    coding?: Coding[];
    readonly text: string;
  };
  readonly subject: { readonly reference: string };
  readonly dosageInstruction?: { readonly text: string }[];
}

/** A resource a suggestion may create. */
export type SuggestedResource = ServiceRequestDraft | MedicationRequestDraft;

/** A suggestion's action (https://cds-hooks.hl7.org/2.0/#action). */
export type CardAction =
  | {
      readonly type: 'create';
      readonly description: string;
      readonly resource: SuggestedResource;
    }
  | {
      readonly type: 'delete';
      readonly description: string;
      /** Relative reference of the resource to remove, e.g. `MedicationRequest/draft-1`. */
      readonly resourceId: string;
    };

/** A suggestion (https://cds-hooks.hl7.org/2.0/#suggestion). */
export interface CardSuggestion {
  readonly label: string;
  readonly isRecommended?: boolean;
  readonly actions: readonly CardAction[];
}

/** A card (https://cds-hooks.hl7.org/2.0/#card-attributes). */
export interface Card {
  /** Plain words, fewer than 140 characters. */
  readonly summary: string;
  /** Markdown: the patient's facts, the reasoning and what to do. */
  readonly detail: string;
  readonly indicator: Indicator;
  readonly source: CardSource;
  readonly suggestions?: readonly CardSuggestion[];
  readonly selectionBehavior?: 'at-most-one' | 'any';
  readonly overrideReasons?: readonly Coding[];
}
