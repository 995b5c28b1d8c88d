import type { Command } from 'commander';
import {
  instrumentDefinitions,
  instrumentIds,
  scoreQuestionnaire,
  type InstrumentId,
  type QuestionnaireScore,
  type ScoreIssue,
  type Sex,
} from '@blockade/rules';

/** Exit code for invalid input (bad instrument, answers, sex or format). */
export const exitInvalidInput = 2;

const instrumentAliases: Readonly<Record<string, InstrumentId>> = {
  phq9: 'phq9',
  'phq-9': 'phq9',
  'audit-c': 'audit-c',
  auditc: 'audit-c',
  audit: 'audit',
  cows: 'cows',
  pacs: 'pacs',
};

/** Parsed, validated arguments of `blockade score`. */
export interface ScoreArgs {
  readonly instrument: InstrumentId;
  /** Item scores; non-numeric pieces are kept as text for the scorer to report. */
  readonly answers: readonly (number | string)[];
  readonly sex?: Sex;
  readonly format: 'text' | 'json';
}

/**
 * Validates the raw arguments of `blockade score` (the boundary: strings in, typed values out).
 * Item values are only converted to numbers here; the scorer checks each against its allowed values.
 *
 * @param instrument - Instrument name as typed (`phq9`, `audit-c`, `audit`, `cows`, `pacs`).
 * @param answers - Comma-separated item scores, item 1 first.
 * @param options - Raw `--sex` and `--format` values.
 * @returns The parsed arguments, or messages naming each problem.
 * @example
 * parseScoreArgs('PHQ-9', '0,1,2', { format: 'json' }) //=> { ok: true, value: { instrument: 'phq9', answers: [0, 1, 2], format: 'json' } }
 */
export function parseScoreArgs(
  instrument: string,
  answers: string,
  options: { readonly sex?: string; readonly format?: string },
): { ok: true; value: ScoreArgs } | { ok: false; messages: string[] } {
  const messages: string[] = [];
  const id = instrumentAliases[instrument.trim().toLowerCase()];
  if (id === undefined) {
    messages.push(`unknown instrument "${instrument}"; allowed: ${instrumentIds.join(', ')}`);
  }
  // Numbers become numbers; anything else is passed on as text so that the scorer reports it
  // with the item's label and allowed values.
  const values = answers
    .trim()
    .split(/\s*,\s*|\s+/)
    .map((piece): number | string => (/^-?\d+(\.\d+)?$/.test(piece) ? Number(piece) : piece));
  const sex = options.sex?.toLowerCase();
  const sexValue: Sex | undefined =
    sex === undefined
      ? undefined
      : sex === 'female' || sex === 'f'
        ? 'female'
        : sex === 'male' || sex === 'm'
          ? 'male'
          : undefined;
  if (sex !== undefined && sexValue === undefined) {
    messages.push(`--sex "${options.sex ?? ''}" is not allowed; allowed: female, male`);
  }
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    messages.push(`--format "${format}" is not allowed; allowed: text, json`);
  }
  if (messages.length > 0 || id === undefined || (format !== 'text' && format !== 'json')) {
    return { ok: false, messages };
  }
  return {
    ok: true,
    value: {
      instrument: id,
      answers: values,
      format,
      ...(sexValue === undefined ? {} : { sex: sexValue }),
    },
  };
}

/**
 * Formats a score for the terminal: total, band, flags, interpretation and source.
 *
 * @param score - A questionnaire score.
 * @returns Multi-line text ending in a newline.
 * @example
 * formatScoreText(score).split('\n')[0] //=> 'PHQ-9: 11 of 27 (Moderate)'
 */
export function formatScoreText(score: QuestionnaireScore): string {
  const lines = [
    `${score.name}: ${score.total} of ${score.maxTotal}${score.band === null ? '' : ` (${score.band.label})`}`,
  ];
  for (const flag of score.flags) {
    lines.push(`  ${flag.severity.toUpperCase()} ${flag.code}: ${flag.message}`);
  }
  lines.push(
    score.interpretation,
    `Source: ${score.source.title}${score.source.url === undefined ? '' : ` <${score.source.url}>`}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Writes a scoring issue as one line for stderr, prefixed with the instrument name.
 *
 * @param instrument - The instrument scored.
 * @param issue - One scoring issue.
 * @returns A line without a trailing newline.
 * @example
 * formatScoreIssue('phq9', { code: 'out_of_range', path: ['answers', 2], message: 'Item 3 (trouble with sleep): 4 is not allowed; allowed: 0-3.' })
 * //=> 'PHQ-9 item 3 (trouble with sleep): 4 is not allowed; allowed: 0-3.'
 */
export function formatScoreIssue(instrument: InstrumentId, issue: ScoreIssue): string {
  const name = instrumentDefinitions[instrument].name;
  if (issue.message.startsWith(name)) {
    return issue.message;
  }
  return `${name} ${issue.message.replace(/^Item /, 'item ')}`;
}

function fail(messages: readonly string[]): void {
  for (const message of messages) {
    process.stderr.write(`blockade score: ${message}\n`);
  }
  process.exitCode = exitInvalidInput;
}

/**
 * Registers `blockade score <instrument> <answers> [--sex female|male] [--format text|json]`.
 * Invalid input prints each problem (item, value, allowed range) to stderr and exits with 2.
 *
 * @param program - The root command.
 */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description(
      'Score a questionnaire: phq9, audit-c (needs --sex), audit, cows, pacs. Answers are item scores, item 1 first, comma-separated.',
    )
    .argument('<instrument>', `one of ${instrumentIds.join(', ')}`)
    .argument('<answers>', 'comma-separated item scores, e.g. 0,1,2,0,1,0,0,1,0')
    .option('--sex <sex>', 'female or male (AUDIT-C thresholds differ)')
    .option('--format <format>', 'text or json', 'text')
    .action((instrument: string, answers: string, options: { sex?: string; format?: string }) => {
      const args = parseScoreArgs(instrument, answers, options);
      if (!args.ok) {
        fail(args.messages);
        return;
      }
      const { value } = args;
      const result = scoreQuestionnaire(
        value.instrument,
        value.answers,
        value.sex === undefined ? {} : { sex: value.sex },
      );
      if (!result.ok) {
        fail(result.issues.map((issue) => formatScoreIssue(value.instrument, issue)));
        return;
      }
      process.stdout.write(
        value.format === 'json'
          ? `${JSON.stringify(result.value, null, 2)}\n`
          : formatScoreText(result.value),
      );
    });
}
