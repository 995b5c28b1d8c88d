// Records and repository methods of the CDS Hooks service: trusted EHR issuers per clinic, feedback
// on served cards, and accepted JWT ids (replay protection). See migration 0002.

/** A JSON Web Key Set as stored (public keys only; checked by the API before storing). */
export interface StoredJwks {
  readonly keys: readonly Readonly<Record<string, unknown>>[];
}

/** An EHR (CDS client) a clinic trusts. Exactly one of `jwksUrl` and `jwks` is set. */
export interface CdsIssuer {
  readonly id: string;
  readonly clinicId: string;
  /** The JWT `iss` the EHR signs with, e.g. `https://ehr.example.org`. */
  readonly iss: string;
  readonly jwksUrl?: string;
  readonly jwks?: StoredJwks;
  readonly createdAt: string;
}

/** Input of {@link CdsRepository.registerCdsIssuer}. */
export interface NewCdsIssuer {
  readonly clinicId: string;
  readonly iss: string;
  readonly jwksUrl?: string;
  readonly jwks?: StoredJwks;
}

/**
 * Result of registering an issuer: `created`, `unchanged` (the same settings were already stored
 * for this clinic) or `conflict` (this clinic stored other settings, or another clinic holds the iss).
 */
export type CdsIssuerRegistration = 'created' | 'unchanged' | 'conflict';

/** Outcome of a card as reported by the EHR. */
export type CdsFeedbackOutcome = 'accepted' | 'overridden';

/** One feedback item (https://cds-hooks.hl7.org/2.0/#feedback). */
export interface CdsFeedback {
  readonly id: string;
  readonly clinicId: string;
  readonly serviceId: string;
  readonly cardUuid: string;
  /** Topic code of the card, e.g. `liver-tests-due` (`unknown` when the uuid carries none). */
  readonly topicCode: string;
  readonly outcome: CdsFeedbackOutcome;
  readonly overrideReasonCode?: string;
  readonly overrideReasonDisplay?: string;
  /** Free text from the clinician; never logged. */
  readonly userComment?: string;
  /** When the clinician acted (ISO, UTC). */
  readonly outcomeAt: string;
  /** When the server received the feedback (ISO, UTC). */
  readonly receivedAt: string;
  /** The verified JWT `iss` of the EHR; absent for unsigned development calls. */
  readonly issuer?: string;
}

/** Input of {@link CdsRepository.addCdsFeedback}. */
export type NewCdsFeedback = Omit<CdsFeedback, 'id'>;

/** Feedback counts of one topic. */
export interface CdsTopicFeedback {
  readonly topic: string;
  readonly accepted: number;
  readonly overridden: number;
  /** overridden / (accepted + overridden), 0…1. */
  readonly overrideRate: number;
  /** Override reason code → count (`unspecified` when no code was given). */
  readonly reasons: Readonly<Record<string, number>>;
}

/** The CDS Hooks part of the repository. */
export interface CdsRepository {
  /**
   * Registers an EHR issuer for a clinic (write-once per clinic and iss; an iss held by another
   * clinic is refused, so every iss names exactly one clinic).
   *
   * @returns `created`, `unchanged` or `conflict`.
   */
  registerCdsIssuer(input: NewCdsIssuer): Promise<CdsIssuerRegistration>;
  /** Every registration of `iss` (normally zero or one). */
  findCdsIssuers(iss: string): Promise<readonly CdsIssuer[]>;
  /** The clinic's registered issuers, oldest first. */
  listCdsIssuers(clinicId: string): Promise<readonly CdsIssuer[]>;
  /** Stores feedback items in one transaction; all or nothing. */
  addCdsFeedback(inputs: readonly NewCdsFeedback[]): Promise<readonly CdsFeedback[]>;
  /** Feedback per topic with `outcomeAt` in [from, to] (both inclusive), most overridden first. */
  summariseCdsFeedback(
    clinicId: string,
    range: { readonly from: string; readonly to: string },
  ): Promise<readonly CdsTopicFeedback[]>;
  /**
   * Records an accepted JWT id until `expiresAt`; purges expired ids first. Insert-or-fail, so it is
   * safe across processes sharing one database.
   *
   * @returns True the first time, false when (iss, jti) is already recorded and unexpired.
   */
  rememberCdsJti(iss: string, jti: string, expiresAt: string, now: string): Promise<boolean>;
}
