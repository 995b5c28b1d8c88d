import { describe, expect, test } from 'vitest';
import type { RawSimulateOptions } from './simulate-args';
import { parseSimulateArgs } from './simulate-args';

const base: RawSimulateOptions = { regimen: '50 mg oral once' };

describe('parseSimulateArgs', () => {
  test('defaults: table format, default grid, no population', () => {
    expect(parseSimulateArgs(base)).toEqual({
      ok: true,
      value: {
        source: { kind: 'text', text: '50 mg oral once' },
        grid: { kind: 'grid' },
        explain: false,
        format: 'table',
      },
    });
  });

  test('population with seed and miss probability; --times list', () => {
    const r = parseSimulateArgs({
      ...base,
      population: '500',
      seed: '42',
      missProbability: '0.2',
      times: '0, 24,48.5',
      plot: 'x.PNG',
    });
    expect(r.ok && r.value.population).toEqual({ size: 500, seed: 42, missProbability: 0.2 });
    expect(r.ok && r.value.grid).toEqual({ kind: 'times', times: [0, 24, 48.5] });
    expect(r.ok && r.value.plot).toEqual({ file: 'x.PNG', kind: 'png' });
  });

  test('population without --seed uses seed 1', () => {
    const r = parseSimulateArgs({ ...base, population: '10' });
    expect(r.ok && r.value.population).toEqual({ size: 10, seed: 1 });
  });
});

const bad: readonly { name: string; raw: RawSimulateOptions; says: string }[] = [
  { name: 'no regimen', raw: {}, says: 'no regimen given; allowed: --input FILE' },
  {
    name: 'both sources',
    raw: { ...base, input: 'a.json' },
    says: '--input and --regimen were both given',
  },
  {
    name: 'step not a number',
    raw: { ...base, step: 'abc' },
    says: '--step is "abc"; allowed: a finite number of hours > 0',
  },
  { name: 'step zero', raw: { ...base, step: '0' }, says: '--step is "0"' },
  {
    name: 'negative from',
    raw: { ...base, from: '-1' },
    says: '--from is "-1"; allowed: a finite number of hours >= 0',
  },
  {
    name: 'to before from',
    raw: { ...base, from: '10', to: '5' },
    says: '--to is "5"; allowed: a number of hours >= --from (10)',
  },
  {
    name: 'times with step',
    raw: { ...base, times: '1,2', step: '1' },
    says: '--times was given with --step',
  },
  { name: 'bad time in list', raw: { ...base, times: '1,x' }, says: '--times value is "x"' },
  {
    name: 'infinite time',
    raw: { ...base, times: 'Infinity' },
    says: '--times value is "Infinity"',
  },
  {
    name: 'population not whole',
    raw: { ...base, population: '2.5' },
    says: '--population is "2.5"; allowed: a whole number from 1 to 100000',
  },
  {
    name: 'population too large',
    raw: { ...base, population: '1000000' },
    says: '--population is "1000000"',
  },
  {
    name: 'seed without population',
    raw: { ...base, seed: '3' },
    says: '--seed is "3"; allowed: only together with --population N',
  },
  {
    name: 'miss probability above 1',
    raw: { ...base, population: '5', missProbability: '1.5' },
    says: '--miss-probability is "1.5"; allowed: a number from 0 to 1',
  },
  {
    name: 'unknown format',
    raw: { ...base, format: 'xml' },
    says: '--format is "xml"; allowed: table, json or csv',
  },
  {
    name: 'plot extension',
    raw: { ...base, plot: 'chart.pdf' },
    says: '--plot is "chart.pdf"; allowed: a file name ending in .svg or .png',
  },
];

describe('parseSimulateArgs: bad options name the option, the value and what is allowed', () => {
  test.each(bad)('$name', ({ raw, says }) => {
    const r = parseSimulateArgs(raw);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.messages.join('\n')).toContain(says);
  });
});
