// Vocabulary of the cited knowledge base. Entries are data: question, plain answer, evidence level,
// figures with their literature id, and sources cited by title.

/**
 * Strength of the support for an entry's main claim, strongest first:
 * - `fda-approved`: an approved indication, or a statement of the approved US labelling
 * - `guideline`: a professional guideline or published consensus
 * - `rcts`: randomised controlled trials or meta-analyses of them
 * - `small-studies`: small, open or pilot studies
 * - `case-reports`: case reports or case series only
 * - `not-supported`: studied and found not to help, or no evidence for the claim
 */
export type EvidenceLevel =
  'fda-approved' | 'guideline' | 'rcts' | 'small-studies' | 'case-reports' | 'not-supported';

/** Every evidence level, strongest first. */
export const evidenceLevels: readonly EvidenceLevel[] = [
  'fda-approved',
  'guideline',
  'rcts',
  'small-studies',
  'case-reports',
  'not-supported',
];

/** Display labels for evidence levels. */
export const evidenceLevelLabels: Readonly<Record<EvidenceLevel, string>> = {
  'fda-approved': 'FDA-approved / label',
  guideline: 'Guideline or consensus',
  rcts: 'Randomised trials',
  'small-studies': 'Small studies',
  'case-reports': 'Case reports',
  'not-supported': 'Not supported',
};

/** Who an entry is written for. */
export type KnowledgeAudience = 'patient' | 'family' | 'clinician';

/** Broad subject of an entry, for grouping on education pages. */
export type KnowledgeTopic =
  | 'uses'
  | 'off-label'
  | 'forms'
  | 'starting'
  | 'safety'
  | 'side-effects'
  | 'daily-life'
  | 'background';

/** A cited work: title (with authors and year where known) and a public link where one exists. */
export interface KnowledgeSource {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

/** A number quoted by an entry, tied to its row in `reference/literature.json`. */
export interface KnowledgeFigure {
  /** Row id in `reference/literature.json`. */
  readonly literatureId: string;
  /** What was measured, in plain words. */
  readonly label: string;
  /** The value as shown to readers (numbers must appear in the literature row). */
  readonly value: string;
  /** The literature row's confidence; `low` rows are never used. */
  readonly confidence: 'high' | 'medium';
  readonly source: KnowledgeSource;
}

/** One question-and-answer entry. */
export interface KnowledgeEntry {
  /** Stable kebab-case id (used in links and `related`). */
  readonly id: string;
  /** The question as a reader would ask it. */
  readonly question: string;
  /** Other phrasings and key words (brand names, lay terms) that should find this entry. */
  readonly aliases: readonly string[];
  /** Plain answer in our own words, 2-6 sentences. */
  readonly answer: string;
  readonly evidenceLevel: EvidenceLevel;
  readonly topic: KnowledgeTopic;
  readonly figures: readonly KnowledgeFigure[];
  readonly sources: readonly KnowledgeSource[];
  readonly audience: readonly KnowledgeAudience[];
  /** Ids of related entries. */
  readonly related: readonly string[];
}
