import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import type { Issue, Result, SimulationResult } from '@blockade/pharm';
import { describeRegimen, parseRegimenTextToInput, simulate } from '@blockade/pharm';
import type { LoadedRegimen } from '../io/load-regimen';
import { loadRegimenFile, loadRegimenText } from '../io/load-regimen';
import { readInputText } from '../io/read-text';
import type { RawSimulateOptions, SimulateArgs } from '../io/simulate-args';
import { parseSimulateArgs } from '../io/simulate-args';
import { buildTimes } from '../io/time-grid';
import { renderCsv } from '../render/csv';
import { formatIssues } from '../render/issues';
import { renderTable } from '../render/table';

/** Exit code for invalid input (options, regimen, engine issues). */
export const exitInvalidInput = 2;

/** Where the command writes; tests pass their own. */
export interface SimulateIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly stdin?: AsyncIterable<Buffer | string>;
}

const processIo: SimulateIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * Runs `blockade simulate` on raw option values: validate, read the regimen, simulate, print.
 *
 * @param raw - Option values from commander.
 * @param io - Output sinks (stdout/stderr by default).
 * @returns The exit code: 0, or 2 for invalid input (messages on stderr).
 * @example
 * await runSimulate({ regimen: '50 mg oral once', times: '48', format: 'json' }) //=> 0
 */
export async function runSimulate(
  raw: RawSimulateOptions,
  io: SimulateIo = processIo,
): Promise<number> {
  const invalid = (lines: readonly string[]): number => {
    io.err(`${lines.join('\n')}\n`);
    return exitInvalidInput;
  };
  const parsed = parseSimulateArgs(raw);
  if (!parsed.ok) {
    return invalid(parsed.messages.map((m) => `error: ${m}`));
  }
  const args = parsed.value;
  const loaded = await loadRegimen(args, io);
  if (!loaded.ok) {
    return invalid(formatIssues(loaded.issues));
  }
  const { regimen } = loaded.value;
  const grid = buildTimes(args.grid, regimen);
  if (!grid.ok) {
    return invalid([`error: ${grid.message}`]);
  }
  if (args.explain) {
    const text = `${explainLines(args, loaded.value).join('\n')}\n\n`;
    if (args.format === 'table') {
      io.out(text);
    } else {
      io.err(text);
    }
  }
  const result = simulate(regimen, {
    times: grid.times,
    ...(args.population === undefined
      ? {}
      : { population: args.population, onProgress: progressReporter(io, args) }),
  });
  if (!result.ok) {
    return invalid(formatIssues(result.issues));
  }
  io.out(render(result.value, args, loaded.value, grid.isDefault));
  if (args.plot !== undefined) {
    const written = await writePlot(result.value, args.plot, loaded.value);
    if (!written.ok) {
      return invalid(formatIssues(written.issues));
    }
    io.err(`wrote ${args.plot.file} (model estimates)\n`);
  }
  return 0;
}

/** The parsed doses, and for text input the JSON form it parses to (reusable with --input). */
function explainLines(args: SimulateArgs, loaded: LoadedRegimen): string[] {
  const lines = describeRegimen(loaded.regimen);
  if (args.source.kind === 'text') {
    const json = parseRegimenTextToInput(
      args.source.text,
      args.start === undefined ? {} : { start: args.start },
    );
    if (json.ok) {
      lines.push(`As JSON: ${JSON.stringify(json.value)}`);
    }
    const weekdays = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/iu.test(args.source.text);
    if (weekdays && loaded.regimen.startIso === undefined) {
      lines.push(
        'Weekday schedule without a start: hour 0 is taken to be a Monday 08:00 (give --start ISO to place it).',
      );
    }
  }
  return lines;
}

async function loadRegimen(args: SimulateArgs, io: SimulateIo): Promise<Result<LoadedRegimen>> {
  const options = {
    ...(args.start === undefined ? {} : { start: args.start }),
    ...(args.id === undefined ? {} : { id: args.id }),
  };
  if (args.source.kind === 'text') {
    return loadRegimenText(args.source.text, options);
  }
  const text = await readInputText(args.source.file, io.stdin);
  return text.ok ? loadRegimenFile(text.value, options) : text;
}

function render(
  result: SimulationResult,
  args: SimulateArgs,
  loaded: LoadedRegimen,
  isDefaultGrid: boolean,
): string {
  switch (args.format) {
    case 'json':
      return `${JSON.stringify(result)}\n`;
    case 'csv':
      return renderCsv(result);
    case 'table':
      return renderTable(result, {
        regimen: loaded.regimen,
        thinRows: isDefaultGrid,
        ...(args.population === undefined ? {} : { population: args.population }),
      });
  }
}

/** Prints progress on stderr at every 10% of a population run. */
function progressReporter(
  io: SimulateIo,
  args: SimulateArgs,
): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    const tenth = total === 0 ? 10 : Math.floor((10 * done) / total);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      io.err(`simulating ${args.population?.size ?? 0} virtual subjects: ${tenth * 10}%\n`);
    }
  };
}

async function writePlot(
  result: SimulationResult,
  plot: NonNullable<SimulateArgs['plot']>,
  loaded: LoadedRegimen,
): Promise<Result<true>> {
  try {
    // Loaded on demand: Plot, linkedom and resvg would slow every other command's start-up.
    const { renderPlot } = await import('../render/plot');
    const data = await renderPlot(result, { kind: plot.kind, regimen: loaded.regimen });
    await writeFile(plot.file, data);
    return { ok: true, value: true };
  } catch (error) {
    const issue: Issue = {
      code: 'invalid_type',
      path: ['plot'],
      message: `--plot ${JSON.stringify(plot.file)} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); allowed: a writable .svg or .png path`,
    };
    return { ok: false, issues: [issue] };
  }
}

/**
 * Registers `blockade simulate` (see docs/cli.md). Commander's own errors (unknown option,
 * missing value) also exit with code 2.
 *
 * @param program - The root program.
 * @example
 * registerSimulate(new Command('blockade'))
 */
export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description(
      'Estimate plasma naltrexone, 6β-naltrexol and brain opioid-receptor occupancy for a regimen (model estimates, not measurements).',
    )
    .option('--input <file>', 'regimen file: JSON or NONMEM-style CSV; - reads stdin')
    .option('--regimen <text>', 'regimen in words, e.g. "50 mg oral daily for 14 days"')
    .option('--from <hours>', 'first output time, hours (default 0)')
    .option(
      '--to <hours>',
      'last output time, hours (default: last dose + 7 d oral, 8 wk XR, 32 wk implant)',
    )
    .option('--step <hours>', 'grid step, hours (default 1)')
    .option(
      '--times <list>',
      'explicit output times, hours, comma-separated (instead of --from/--to/--step)',
    )
    .option('--population <n>', 'simulate N virtual subjects and report 5th/50th/95th percentiles')
    .option('--seed <s>', 'random seed for --population (default 1)')
    .option('--miss-probability <p>', 'with --population: probability that each tablet is missed')
    .option(
      '--start <iso>',
      'clock time of hour 0 (ISO 8601); places weekday schedules and clock times',
    )
    .option('--id <id>', 'which ID to simulate from a NONMEM file with several')
    .option('--explain', 'print the parsed doses before the output (stderr for json/csv)')
    .option('--format <format>', 'table, json or csv', 'table')
    .option('--plot <file>', 'also write a chart: FILE.svg or FILE.png')
    .exitOverride((error) => {
      process.exit(error.exitCode === 0 ? 0 : exitInvalidInput);
    })
    .action(async (options: RawSimulateOptions) => {
      // `… | head` closes stdout early: stop quietly instead of crashing with EPIPE.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') {
          process.exit(0);
        }
        throw error;
      });
      process.exitCode = await runSimulate(options);
    });
}
