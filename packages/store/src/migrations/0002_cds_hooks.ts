// Migration 0002: CDS Hooks tables. The EHR issuers a clinic trusts, the feedback EHRs send about
// served cards, and the JWT ids already accepted (replay protection shared by every server process
// on one database and kept across restarts). Plain SQL, identical on PGlite and PostgreSQL 15+.
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

const statements: readonly string[] = [
  `CREATE TABLE cds_issuers (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    iss text NOT NULL CHECK (length(iss) BETWEEN 1 AND 150),
    jwks_url text CHECK (jwks_url ~ '^https?://' AND length(jwks_url) <= 2000),
    jwks jsonb CHECK (jsonb_typeof(jwks) = 'object'),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (clinic_id, iss),
    CHECK ((jwks_url IS NULL) <> (jwks IS NULL))
  )`,
  `CREATE INDEX cds_issuers_iss ON cds_issuers (iss)`,
  `CREATE TABLE cds_feedback (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id uuid NOT NULL REFERENCES clinics (id),
    service_id text NOT NULL CHECK (length(service_id) BETWEEN 1 AND 100),
    card_uuid text NOT NULL CHECK (length(card_uuid) BETWEEN 1 AND 100),
    topic_code text NOT NULL CHECK (length(topic_code) BETWEEN 1 AND 100),
    outcome text NOT NULL CHECK (outcome IN ('accepted', 'overridden')),
    override_reason_code text CHECK (length(override_reason_code) BETWEEN 1 AND 100),
    override_reason_display text CHECK (length(override_reason_display) <= 300),
    user_comment text CHECK (length(user_comment) <= 2000),
    outcome_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    issuer text CHECK (length(issuer) BETWEEN 1 AND 150),
    CHECK (outcome = 'overridden' OR override_reason_code IS NULL)
  )`,
  `CREATE INDEX cds_feedback_clinic_outcome_at ON cds_feedback (clinic_id, outcome_at)`,
  `CREATE TABLE cds_jti (
    iss text NOT NULL CHECK (length(iss) BETWEEN 1 AND 150),
    jti text NOT NULL CHECK (length(jti) BETWEEN 1 AND 300),
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (iss, jti)
  )`,
  `CREATE INDEX cds_jti_expires_at ON cds_jti (expires_at)`,
];

/** Creates the CDS Hooks tables. */
export const migration0002: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    for (const statement of statements) {
      await sql.raw(statement).execute(db);
    }
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const table of ['cds_jti', 'cds_feedback', 'cds_issuers']) {
      await sql.raw(`DROP TABLE ${table}`).execute(db);
    }
  },
};
