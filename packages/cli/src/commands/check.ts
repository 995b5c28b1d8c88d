import type { Command } from 'commander';
import type { Issue } from '@blockade/pharm';
import type { Audience } from '@blockade/rules';
import type { CdsCard } from '@blockade/fhir';
import { evaluateBundle, pathToExpression } from '@blockade/fhir';
import { readInputText } from '../io/read-text';

/** Exit code for invalid input (unreadable file, bad JSON, malformed FHIR, bad option). */
export const exitInvalidInput = 2;

/** Parsed, validated options of `blockade check`. */
export interface CheckArgs {
  readonly input: string;
  readonly at: Date;
  readonly format: 'text' | 'json';
  readonly audience?: Audience;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Validates the raw options of `blockade check` (strings in, typed values out).
 *
 * @param options - Raw `--input`, `--at`, `--format`, `--audience`.
 * @param now - The clock, used when `--at` is absent.
 * @returns The arguments, or messages naming each bad option and what is allowed.
 * @example
 * parseCheckArgs({ input: 'b.json', at: '2026-11-23T12:00:00Z' }, new Date()) //=> { ok: true, value: { input: 'b.json', at: 2026-11-23T12:00:00.000Z, format: 'text' } }
 */
export function parseCheckArgs(
  options: {
    readonly input?: string;
    readonly at?: string;
    readonly format?: string;
    readonly audience?: string;
  },
  now: Date,
): { ok: true; value: CheckArgs } | { ok: false; messages: string[] } {
  const messages: string[] = [];
  if (options.input === undefined || options.input === '') {
    messages.push(
      '--input is required; allowed: a FHIR Bundle or CDS Hooks request JSON file, or - for stdin',
    );
  }
  let at = now;
  if (options.at !== undefined) {
    const ms = isoDateTime.test(options.at) ? Date.parse(options.at) : NaN;
    if (Number.isNaN(ms)) {
      messages.push(
        `--at "${options.at}" is not an ISO-8601 date-time; allowed: e.g. 2026-11-23T12:00:00Z`,
      );
    } else {
      at = new Date(ms);
    }
  }
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    messages.push(`--format "${format}" is not allowed; allowed: text, json`);
  }
  const audience = options.audience;
  if (audience !== undefined && audience !== 'clinician' && audience !== 'patient') {
    messages.push(`--audience "${audience}" is not allowed; allowed: clinician, patient`);
  }
  if (
    messages.length > 0 ||
    options.input === undefined ||
    (format !== 'text' && format !== 'json')
  ) {
    return { ok: false, messages };
  }
  return {
    ok: true,
    value: {
      input: options.input,
      at,
      format,
      ...(audience === 'clinician' || audience === 'patient' ? { audience } : {}),
    },
  };
}

/**
 * Formats cards for the terminal: indicator, summary, detail (indented), source and suggestions.
 *
 * @param cards - CDS Hooks cards.
 * @param at - Evaluation time (stated when there is nothing to flag).
 * @returns Text ending in a newline.
 * @example
 * formatCardsText([], new Date('2026-11-23T12:00:00Z')) //=> 'No cards: nothing to flag at 2026-11-23T12:00:00.000Z.\n'
 */
export function formatCardsText(cards: readonly CdsCard[], at: Date): string {
  if (cards.length === 0) {
    return `No cards: nothing to flag at ${at.toISOString()}.\n`;
  }
  const blocks = cards.map((card) => {
    const lines = [`[${card.indicator.toUpperCase()}] ${card.summary}`];
    for (const line of (card.detail ?? '').split('\n')) {
      lines.push(line === '' ? '' : `    ${line}`);
    }
    const topic = card.source.topic?.code === undefined ? '' : ` [${card.source.topic.code}]`;
    lines.push(
      `    Source: ${card.source.label}${card.source.url === undefined ? '' : ` <${card.source.url}>`}${topic}`,
    );
    for (const s of card.suggestions ?? []) {
      lines.push(`    Suggestion: ${s.label}${s.isRecommended === true ? ' (recommended)' : ''}`);
    }
    if ((card.overrideReasons ?? []).length > 0) {
      lines.push(
        `    Override reasons: ${(card.overrideReasons ?? []).map((r) => r.display ?? r.code).join('; ')}`,
      );
    }
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/**
 * One stderr line per input problem, naming the field.
 *
 * @param issues - Issues from reading or mapping.
 * @returns Lines without trailing newlines.
 * @example
 * formatCheckIssues([{ code: 'missing', path: ['context'], message: 'a CDS Hooks request needs a context object' }])
 * //=> ['blockade check: context: a CDS Hooks request needs a context object']
 */
export function formatCheckIssues(issues: readonly Issue[]): string[] {
  return issues.map(
    (i) =>
      `blockade check: ${i.path.length === 0 ? '' : `${pathToExpression(i.path)}: `}${i.message}`,
  );
}

function fail(lines: readonly string[]): void {
  for (const line of lines) {
    process.stderr.write(`${line}\n`);
  }
  process.exitCode = exitInvalidInput;
}

/**
 * Registers `blockade check --input FILE|- [--at ISO-8601] [--format text|json] [--audience …]`:
 * evaluates the clinical rules on a FHIR R4 Bundle or CDS Hooks request and prints the cards
 * (`--format json` prints exactly a CDS Hooks response `{"cards": [...]}`). Bad input exits with 2.
 *
 * @param program - The root command.
 */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'Check a patient record (FHIR R4 Bundle or CDS Hooks request) against the clinical rules and print CDS Hooks cards.',
    )
    .option('--input <file>', 'JSON file with a FHIR Bundle or CDS Hooks request, or - for stdin')
    .option('--at <iso>', 'evaluation time, ISO-8601 (default: now)')
    .option('--format <format>', 'text or json', 'text')
    .option(
      '--audience <audience>',
      'clinician or patient (default: from the request, else clinician)',
    )
    .action(
      async (options: { input?: string; at?: string; format?: string; audience?: string }) => {
        const args = parseCheckArgs(options, new Date());
        if (!args.ok) {
          fail(args.messages.map((m) => `blockade check: ${m}`));
          return;
        }
        const { value } = args;
        const text = await readInputText(value.input);
        if (!text.ok) {
          fail(formatCheckIssues(text.issues));
          return;
        }
        let json: unknown;
        try {
          json = JSON.parse(text.value);
        } catch (error) {
          fail([
            `blockade check: --input is not valid JSON (${(error as Error).message}); allowed: a FHIR Bundle or CDS Hooks request`,
          ]);
          return;
        }
        const result = evaluateBundle(json, {
          now: value.at,
          ...(value.audience === undefined ? {} : { audience: value.audience }),
        });
        if (!result.ok) {
          fail(formatCheckIssues(result.issues));
          return;
        }
        process.stdout.write(
          value.format === 'json'
            ? `${JSON.stringify({ cards: result.value.cards }, null, 2)}\n`
            : formatCardsText(result.value.cards, value.at),
        );
      },
    );
}
