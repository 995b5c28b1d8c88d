import { limits } from '@blockade/pharm';

/** Output formats of `blockade simulate`. */
export type SimulateFormat = 'table' | 'json' | 'csv';

/** Where the output times come from. */
export type GridSpec =
  | {
      readonly kind: 'grid';
      readonly fromH?: number;
      readonly toH?: number;
      readonly stepH?: number;
    }
  | { readonly kind: 'times'; readonly times: readonly number[] };

/** Validated arguments of `blockade simulate`. */
export interface SimulateArgs {
  readonly source:
    | { readonly kind: 'file'; readonly file: string }
    | { readonly kind: 'text'; readonly text: string };
  readonly grid: GridSpec;
  readonly population?: {
    readonly size: number;
    readonly seed: number;
    readonly missProbability?: number;
  };
  readonly start?: string;
  readonly id?: string;
  readonly explain: boolean;
  readonly format: SimulateFormat;
  readonly plot?: { readonly file: string; readonly kind: 'svg' | 'png' };
}

/** Raw option values as commander hands them over (strings, booleans, undefined). */
export interface RawSimulateOptions {
  readonly input?: string;
  readonly regimen?: string;
  readonly from?: string;
  readonly to?: string;
  readonly step?: string;
  readonly times?: string;
  readonly population?: string;
  readonly seed?: string;
  readonly missProbability?: string;
  readonly start?: string;
  readonly id?: string;
  readonly explain?: boolean;
  readonly format?: string;
  readonly plot?: string;
}

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/iu;

const say = (option: string, value: string | undefined, allowed: string): string =>
  `${option} is ${value === undefined ? 'missing' : JSON.stringify(value)}; allowed: ${allowed}`;

/** Default seed of population runs when `--seed` is not given. */
export const defaultSeed = 1;

/**
 * Validates the raw options of `blockade simulate` (the CLI boundary: strings in, typed values
 * out). Every problem is reported, each naming the option, the value and what is allowed.
 *
 * @param raw - Option values from commander.
 * @returns The arguments, or one message per problem.
 * @example
 * parseSimulateArgs({ regimen: '50 mg oral once', to: '48', format: 'json' }).ok //=> true
 */
export function parseSimulateArgs(
  raw: RawSimulateOptions,
): { ok: true; value: SimulateArgs } | { ok: false; messages: string[] } {
  const messages: string[] = [];
  const num = (
    option: string,
    value: string | undefined,
    allowed: string,
    check: (n: number) => boolean,
  ): number | undefined => {
    if (value === undefined) {
      return undefined;
    }
    const n = Number(value.trim());
    if (!numberPattern.test(value.trim()) || !Number.isFinite(n) || !check(n)) {
      messages.push(say(option, value, allowed));
      return undefined;
    }
    return n;
  };
  const source = sourceOf(raw, messages);
  const grid = gridOf(raw, messages, num);
  const population = populationOf(raw, messages, num);
  const format = raw.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'csv') {
    messages.push(say('--format', raw.format, 'table, json or csv'));
  }
  const plotKind =
    raw.plot === undefined ? undefined : /\.(svg|png)$/iu.exec(raw.plot)?.[1]?.toLowerCase();
  if (raw.plot !== undefined && plotKind === undefined) {
    messages.push(say('--plot', raw.plot, 'a file name ending in .svg or .png'));
  }
  if (messages.length > 0 || source === undefined || grid === undefined) {
    return { ok: false, messages };
  }
  return {
    ok: true,
    value: {
      source,
      grid,
      explain: raw.explain === true,
      format: format as SimulateFormat,
      ...(population === undefined ? {} : { population }),
      ...(raw.start === undefined ? {} : { start: raw.start }),
      ...(raw.id === undefined ? {} : { id: raw.id }),
      ...(raw.plot === undefined || plotKind === undefined
        ? {}
        : { plot: { file: raw.plot, kind: plotKind as 'svg' | 'png' } }),
    },
  };
}

type NumberReader = (
  option: string,
  value: string | undefined,
  allowed: string,
  check: (n: number) => boolean,
) => number | undefined;

function sourceOf(raw: RawSimulateOptions, messages: string[]): SimulateArgs['source'] | undefined {
  if (raw.input !== undefined && raw.regimen !== undefined) {
    messages.push('--input and --regimen were both given; allowed: exactly one of them');
    return undefined;
  }
  if (raw.input !== undefined) {
    return { kind: 'file', file: raw.input };
  }
  if (raw.regimen !== undefined) {
    return { kind: 'text', text: raw.regimen };
  }
  messages.push(
    'no regimen given; allowed: --input FILE (JSON or NONMEM CSV, - for stdin) or --regimen TEXT',
  );
  return undefined;
}

function gridOf(
  raw: RawSimulateOptions,
  messages: string[],
  num: NumberReader,
): GridSpec | undefined {
  if (raw.times !== undefined) {
    const clash = (['from', 'to', 'step'] as const).filter((k) => raw[k] !== undefined);
    if (clash.length > 0) {
      messages.push(
        `--times was given with --${clash.join(', --')}; allowed: either --times or --from/--to/--step`,
      );
      return undefined;
    }
    const pieces = raw.times.split(',').map((p) => p.trim());
    const times = pieces.map((p) =>
      num('--times value', p, 'a finite number of hours >= 0', (n) => n >= 0),
    );
    if (pieces.length > limits.maxTimes) {
      messages.push(say('--times', `${pieces.length} values`, `at most ${limits.maxTimes} times`));
    }
    return times.every((t) => t !== undefined) ? { kind: 'times', times } : undefined;
  }
  const fromH = num('--from', raw.from, 'a finite number of hours >= 0', (n) => n >= 0);
  const toH = num('--to', raw.to, 'a finite number of hours >= 0', (n) => n >= 0);
  const stepH = num('--step', raw.step, 'a finite number of hours > 0', (n) => n > 0);
  if (fromH !== undefined && toH !== undefined && toH < fromH) {
    messages.push(say('--to', raw.to, `a number of hours >= --from (${fromH})`));
  }
  return {
    kind: 'grid',
    ...(fromH === undefined ? {} : { fromH }),
    ...(toH === undefined ? {} : { toH }),
    ...(stepH === undefined ? {} : { stepH }),
  };
}

function populationOf(
  raw: RawSimulateOptions,
  messages: string[],
  num: NumberReader,
): SimulateArgs['population'] {
  const size = num(
    '--population',
    raw.population,
    `a whole number from 1 to ${limits.maxPopulation}`,
    (n) => Number.isInteger(n) && n >= 1 && n <= limits.maxPopulation,
  );
  const seed = num('--seed', raw.seed, 'a whole number', (n) => Number.isSafeInteger(n));
  const miss = num(
    '--miss-probability',
    raw.missProbability,
    'a number from 0 to 1',
    (n) => n >= 0 && n <= 1,
  );
  if (raw.population === undefined) {
    if (raw.seed !== undefined) {
      messages.push(say('--seed', raw.seed, 'only together with --population N'));
    }
    if (raw.missProbability !== undefined) {
      messages.push(
        say('--miss-probability', raw.missProbability, 'only together with --population N'),
      );
    }
    return undefined;
  }
  if (size === undefined) {
    return undefined;
  }
  return {
    size,
    seed: seed ?? defaultSeed,
    ...(miss === undefined ? {} : { missProbability: miss }),
  };
}
