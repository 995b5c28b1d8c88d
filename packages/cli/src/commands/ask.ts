import type { Command } from 'commander';
import { evidenceLevelLabels, searchKnowledge, type KnowledgeHit } from '@blockade/rules';

/** Exit code for invalid input (bad `--limit` or `--format`, empty question). */
const exitInvalidInput = 2;
const width = 100;

/** Parsed, validated arguments of `blockade ask`. */
export interface AskArgs {
  readonly question: string;
  readonly limit: number;
  readonly format: 'text' | 'json';
}

/**
 * Validates the raw arguments of `blockade ask`.
 *
 * @param words - The question, possibly split into words by the shell.
 * @param options - Raw `--limit` (1-20, default 3) and `--format` (text or json).
 * @returns The parsed arguments, or messages naming each problem.
 * @example
 * parseAskArgs(['can', 'I', 'drink?'], { limit: '2' }) //=> { ok: true, value: { question: 'can I drink?', limit: 2, format: 'text' } }
 */
export function parseAskArgs(
  words: readonly string[],
  options: { readonly limit?: string; readonly format?: string },
): { ok: true; value: AskArgs } | { ok: false; messages: string[] } {
  const messages: string[] = [];
  const question = words.join(' ').trim();
  if (question === '') {
    messages.push(
      'the question is empty; ask something, e.g. blockade ask "can I drink on naltrexone?"',
    );
  }
  const limitText = options.limit ?? '3';
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > 20) {
    messages.push(`--limit "${limitText}" is not allowed; allowed: a whole number from 1 to 20`);
  }
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    messages.push(`--format "${format}" is not allowed; allowed: text, json`);
  }
  if (messages.length > 0 || (format !== 'text' && format !== 'json')) {
    return { ok: false, messages };
  }
  return { ok: true, value: { question, limit, format } };
}

function wrap(text: string, firstIndent: string, restIndent = firstIndent): string[] {
  const lines: string[] = [];
  let line = '';
  let indent = firstIndent;
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      indent = restIndent;
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') {
    lines.push(indent + line);
  }
  return lines;
}

/**
 * Formats search hits for the terminal: question, evidence level, answer, figures, sources.
 *
 * @param question - The question asked.
 * @param hits - Ranked hits from `searchKnowledge`.
 * @returns Multi-line text ending in a newline.
 * @example
 * formatAskText('narcan?', hits).split('\n')[2] //=> '1. What is the difference between naltrexone and naloxone? [FDA-approved / label]'
 */
export function formatAskText(question: string, hits: readonly KnowledgeHit[]): string {
  const lines = [`Question: ${question}`, ''];
  if (hits.length === 0) {
    lines.push('No entry matched. Try other words (for example "alcohol", "injection", "liver").');
  }
  hits.forEach((hit, index) => {
    const { entry } = hit;
    lines.push(`${index + 1}. ${entry.question} [${evidenceLevelLabels[entry.evidenceLevel]}]`);
    lines.push(...wrap(entry.answer, '   '));
    for (const figure of entry.figures) {
      const caveat = figure.confidence === 'medium' ? ', medium confidence' : '';
      lines.push(
        ...wrap(
          `- ${figure.label}: ${figure.value} (${figure.source.title}${caveat})`,
          '   ',
          '     ',
        ),
      );
    }
    lines.push('   Sources:');
    for (const source of entry.sources) {
      lines.push(
        ...wrap(
          `- ${source.title}${source.url === undefined ? '' : ` <${source.url}>`}`,
          '     ',
          '       ',
        ),
      );
    }
    lines.push(
      `   id: ${entry.id}; score ${hit.score.toFixed(2)}; matched: ${hit.matchedTerms.join(', ')}`,
      '',
    );
  });
  lines.push(
    'General information with sources, not medical advice: talk to your prescriber about your situation.',
  );
  return `${lines.join('\n')}\n`;
}

/** One result of `blockade ask --format json`. */
export interface AskJsonResult {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  readonly evidenceLevel: KnowledgeHit['entry']['evidenceLevel'];
  readonly evidenceLabel: string;
  readonly score: number;
  readonly matchedTerms: readonly string[];
  readonly figures: KnowledgeHit['entry']['figures'];
  readonly sources: KnowledgeHit['entry']['sources'];
  readonly audience: KnowledgeHit['entry']['audience'];
  readonly related: readonly string[];
}

/** The JSON document printed by `blockade ask --format json`. */
export interface AskJson {
  readonly question: string;
  readonly results: readonly AskJsonResult[];
}

/**
 * The JSON shape of `blockade ask --format json`.
 *
 * @param question - The question asked.
 * @param hits - Ranked hits.
 * @returns `{ question, results: [{ id, question, answer, evidenceLevel, score, matchedTerms, figures, sources, related }] }`.
 * @example
 * toAskJson('narcan', hits).results[0]?.id //=> 'naltrexone-vs-naloxone'
 */
export function toAskJson(question: string, hits: readonly KnowledgeHit[]): AskJson {
  return {
    question,
    results: hits.map((hit) => ({
      id: hit.entry.id,
      question: hit.entry.question,
      answer: hit.entry.answer,
      evidenceLevel: hit.entry.evidenceLevel,
      evidenceLabel: evidenceLevelLabels[hit.entry.evidenceLevel],
      score: Number(hit.score.toFixed(4)),
      matchedTerms: hit.matchedTerms,
      figures: hit.entry.figures,
      sources: hit.entry.sources,
      audience: hit.entry.audience,
      related: hit.entry.related,
    })),
  };
}

/**
 * Registers `blockade ask "question" [--limit N] [--format text|json]`.
 *
 * @param program - The root command.
 */
export function registerAsk(program: Command): void {
  program
    .command('ask')
    .description(
      'Answer a question about naltrexone from the cited knowledge base (best entries first).',
    )
    .argument('<question...>', 'a plain question, e.g. "can I drink on naltrexone?"')
    .option('--limit <n>', 'number of entries to show (1-20)', '3')
    .option('--format <format>', 'text or json', 'text')
    .action((words: string[], options: { limit?: string; format?: string }) => {
      const args = parseAskArgs(words, options);
      if (!args.ok) {
        for (const message of args.messages) {
          process.stderr.write(`blockade ask: ${message}\n`);
        }
        process.exitCode = exitInvalidInput;
        return;
      }
      const { question, limit, format } = args.value;
      const hits = searchKnowledge(question, { limit });
      process.stdout.write(
        format === 'json'
          ? `${JSON.stringify(toAskJson(question, hits), null, 2)}\n`
          : formatAskText(question, hits),
      );
    });
}
