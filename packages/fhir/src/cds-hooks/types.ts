// CDS Hooks 2.0 types, shaped after the specification (https://cds-hooks.hl7.org/2.0/).
// FHIR resources use @medplum/fhirtypes. The rules' `Card` (from @blockade/rules) is checked to be
// assignable to `CdsCard` below, so rule output can be sent as is.
import type { Card } from '@blockade/rules';
import type { Bundle, Coding, Resource } from '@medplum/fhirtypes';

/** Card urgency (https://cds-hooks.hl7.org/2.0/#card-attributes). */
export type CdsIndicator = 'info' | 'warning' | 'critical';

/** Card source (https://cds-hooks.hl7.org/2.0/#source). */
export interface CdsSource {
  readonly label: string;
  readonly url?: string;
  readonly icon?: string;
  readonly topic?: Coding;
}

/** Suggested action (https://cds-hooks.hl7.org/2.0/#action). */
export interface CdsAction {
  readonly type: 'create' | 'update' | 'delete';
  readonly description: string;
  /** The resource to create or update. */
  readonly resource?: Resource;
  /** Relative reference of the resource to delete, e.g. `MedicationRequest/123`. */
  readonly resourceId?: string;
}

/** Suggestion (https://cds-hooks.hl7.org/2.0/#suggestion). */
export interface CdsSuggestion {
  readonly label: string;
  readonly uuid?: string;
  readonly isRecommended?: boolean;
  readonly actions?: readonly CdsAction[];
}

/** Link (https://cds-hooks.hl7.org/2.0/#link). */
export interface CdsLink {
  readonly label: string;
  readonly url: string;
  readonly type: 'absolute' | 'smart';
  readonly appContext?: string;
}

/** Card (https://cds-hooks.hl7.org/2.0/#card-attributes). */
export interface CdsCard {
  readonly uuid?: string;
  /** Fewer than 140 characters. */
  readonly summary: string;
  /** GitHub-flavoured markdown. */
  readonly detail?: string;
  readonly indicator: CdsIndicator;
  readonly source: CdsSource;
  readonly suggestions?: readonly CdsSuggestion[];
  /** Required when suggestions are present. */
  readonly selectionBehavior?: 'at-most-one' | 'any';
  readonly overrideReasons?: readonly Coding[];
  readonly links?: readonly CdsLink[];
}

/** Response of a CDS service (https://cds-hooks.hl7.org/2.0/#cds-service-response). */
export interface CdsHooksResponse {
  readonly cards: readonly CdsCard[];
  readonly systemActions?: readonly CdsAction[];
}

/** Hooks Blockade answers. */
export type CdsHook = 'patient-view' | 'order-select' | 'order-sign';

/** Request context for the hooks above (https://cds-hooks.hl7.org/hooks/). */
export interface CdsHooksContext {
  readonly userId: string;
  readonly patientId: string;
  readonly encounterId?: string;
  /** order-select: ids of the newly selected orders. */
  readonly selections?: readonly string[];
  /** order-select / order-sign: the draft orders. */
  readonly draftOrders?: Bundle;
}

/** HTTP request to a CDS service (https://cds-hooks.hl7.org/2.0/#http-request). */
export interface CdsHooksRequest {
  /** The hook name; Blockade answers the values of `CdsHook`. */
  readonly hook: string;
  readonly hookInstance: string;
  readonly fhirServer?: string;
  readonly fhirAuthorization?: {
    readonly access_token: string;
    readonly token_type: 'Bearer';
    readonly expires_in: number;
    readonly scope: string;
    readonly subject: string;
  };
  readonly context: CdsHooksContext;
  readonly prefetch?: Readonly<Record<string, Resource | null>>;
}

/** One service in the discovery response (https://cds-hooks.hl7.org/2.0/#discovery). */
export interface CdsServiceDefinition {
  readonly hook: CdsHook;
  readonly id: string;
  readonly title?: string;
  readonly description: string;
  readonly prefetch?: Readonly<Record<string, string>>;
  readonly usageRequirements?: string;
}

/** Discovery response (https://cds-hooks.hl7.org/2.0/#discovery). */
export interface CdsDiscoveryResponse {
  readonly services: readonly CdsServiceDefinition[];
}

/**
 * Widens rule cards to spec cards (a no-op at run time; the compiler checks assignability, so a
 * change to the rules' card shape that breaks the spec fails to build here).
 *
 * @param cards - Cards from `evaluateRules`.
 * @returns The same cards typed as CDS Hooks cards.
 * @example
 * toCdsCards([]) //=> []
 */
export function toCdsCards(cards: readonly Card[]): CdsCard[] {
  return cards.map((card): CdsCard => card);
}
