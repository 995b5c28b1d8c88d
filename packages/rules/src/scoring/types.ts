// Shared vocabulary of questionnaire scoring. Scores are plain integers (points); no units.

/** Identifier of a supported questionnaire. */
export type InstrumentId = 'phq9' | 'audit-c' | 'audit' | 'cows' | 'pacs';

/** Every supported questionnaire, in display order. */
export const instrumentIds: readonly InstrumentId[] = ['phq9', 'audit-c', 'audit', 'cows', 'pacs'];

/** Sex used by instruments whose cut-offs differ between women and men (AUDIT-C). */
export type Sex = 'female' | 'male';

/** A published source: title (authors, journal, year) and a public link where one exists. */
export interface ScoreSource {
  readonly title: string;
  readonly url?: string;
}

/** One item of a questionnaire: its number (1-based), a short label and the allowed points. */
export interface InstrumentItem {
  readonly number: number;
  readonly label: string;
  readonly allowed: readonly number[];
}

/** A severity band: inclusive total range with a stable id and a display label. */
export interface ScoreBand {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

/** Something in the answers that needs attention regardless of the band. */
export interface ScoreFlag {
  /** Stable code, e.g. `suicidality-risk` (matches the CDS topic codes where one exists). */
  readonly code: string;
  readonly severity: 'info' | 'warning' | 'critical';
  readonly message: string;
}

/** A questionnaire definition: items, bands and source. Data, not logic. */
export interface InstrumentDefinition {
  readonly id: InstrumentId;
  readonly name: string;
  readonly items: readonly InstrumentItem[];
  readonly maxTotal: number;
  /** Bands covering 0..maxTotal without gaps; empty when the instrument has no validated cut-offs. */
  readonly bands: readonly ScoreBand[];
  readonly source: ScoreSource;
}

/** The scored questionnaire. */
export interface QuestionnaireScore {
  readonly instrument: InstrumentId;
  readonly name: string;
  /** Sum of item points. */
  readonly total: number;
  readonly maxTotal: number;
  /** The severity band, or `null` for instruments without validated cut-offs (PACS). */
  readonly band: ScoreBand | null;
  readonly flags: readonly ScoreFlag[];
  /** One or two plain sentences on what the total means. */
  readonly interpretation: string;
  readonly answers: readonly number[];
  readonly source: ScoreSource;
}

/** A problem with the answers, in zod's shape, naming the item, the value and what is allowed. */
export interface ScoreIssue {
  readonly code: 'invalid_type' | 'out_of_range' | 'missing' | 'unknown_value';
  /** Path to the field, e.g. `['answers', 8]` for item 9. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Expected failures are values: either the score or the issues (same shape as pharm's `Result`). */
export type ScoreResult =
  | { readonly ok: true; readonly value: QuestionnaireScore }
  | { readonly ok: false; readonly issues: readonly ScoreIssue[] };
