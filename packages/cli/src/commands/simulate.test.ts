import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { RawSimulateOptions } from '../io/simulate-args';
import { runSimulate } from './simulate';

// These tests spawn the real CLI (as the acceptance checks do); each costs about a second.
const root = resolve(import.meta.dirname, '../../../..');
const bin = join(root, 'packages/cli/bin/blockade.mjs');
const dir = mkdtempSync(join(tmpdir(), 'blockade-simulate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, 'simulate', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('blockade simulate (spawned)', () => {
  test('--format json prints points, summary and model; tHours on the dose clock', () => {
    const r = cli(['--regimen', '50 mg oral once', '--times', '0,48', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as {
      points: Record<string, unknown>[];
      summary: { estimate: boolean };
      model: { name: string; version: string };
    };
    expect(json.points.map((p) => p.tHours)).toEqual([0, 48]);
    expect(Object.keys(json.points[1] ?? {})).toEqual([
      'tHours',
      'naltrexoneNgPerMl',
      'naltrexolNgPerMl',
      'occupancy',
    ]);
    expect(Object.keys(json.points[1]?.occupancy as object)).toEqual(['mu', 'kappa', 'delta']);
    expect(json.summary.estimate).toBe(true);
    expect(typeof json.model.version).toBe('string');
  });

  test('--input - reads a JSON regimen from stdin; --format csv prints the inclusive grid', () => {
    const regimen = JSON.stringify({ doses: [{ atHours: 0, amountMg: 50, form: 'oral-tablet' }] });
    const r = cli(
      ['--input', '-', '--from', '0', '--to', '2', '--step', '1', '--format', 'csv'],
      regimen,
    );
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['tHours', '0', '1', '2']);
  });

  test('table (default) with --explain and --plot FILE.svg', () => {
    const file = join(dir, 'chart.svg');
    const r = cli(['--regimen', '50 mg oral daily for 3 days', '--explain', '--plot', file]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/3 × 50 mg oral-tablet every 24 h from 0 h to 48 h/);
    expect(r.out).toMatch(/not measurements/);
    expect(r.out).toMatch(/μ occupancy %, typical subject \(estimate\)/);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg[^>]*>[\s\S]*ESTIMATE/);
  });

  test.each([
    {
      name: 'bad option value',
      args: ['--regimen', '50 mg oral once', '--step', 'abc'],
      says: 'error: --step is "abc"; allowed: a finite number of hours > 0',
    },
    {
      name: 'unknown option',
      args: ['--regimen', '50 mg oral once', '--bogus'],
      says: "unknown option '--bogus'",
    },
    {
      name: 'regimen text error',
      args: ['--regimen', '50 mg oral dialy for 3 days'],
      says: 'at character 12 (found "dialy"',
    },
    {
      name: 'implausible dose',
      args: ['--regimen', '50000 mg oral once'],
      says: 'doses[0].amountMg is 50000; allowed: a number of mg > 0 and <= 2000 for oral-tablet',
    },
  ])('$name → exit code 2 and a message on stderr', ({ args, says }) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(says);
    expect(r.out).toBe('');
  });
});

async function inProcess(
  raw: RawSimulateOptions,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSimulate(raw, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('runSimulate (in process)', () => {
  test('--population adds p5/p50/p95 and reports progress on stderr', async () => {
    const r = await inProcess({
      regimen: '380 mg xr once',
      times: '24,240',
      population: '50',
      seed: '3',
      format: 'json',
    });
    expect(r.code, r.err).toBe(0);
    const point = (JSON.parse(r.out) as { points: Record<string, { occupancy: { mu: number } }>[] })
      .points[1];
    const [p5, p50, p95] = [point?.p5, point?.p50, point?.p95].map((p) => p?.occupancy.mu ?? NaN);
    expect(p5).toBeLessThanOrEqual(p50!);
    expect(p50).toBeLessThanOrEqual(p95!);
    expect(r.err).toMatch(/simulating 50 virtual subjects: 100%/);
  });

  test('--explain notes the Monday assumption for weekday schedules without --start', async () => {
    const r = await inProcess({
      regimen: '100 mg oral mon,wed for 1 week',
      times: '0',
      explain: true,
    });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/hour 0 is taken to be a Monday 08:00/);
    expect(r.out).toMatch(/As JSON: \{"doses":\[\{"atHours":0,"amountMg":100/);
  });

  test.each([
    {
      name: 'regimen text error',
      raw: { regimen: '50 mg oral dialy for 3 days' },
      says: 'at character 12 (found "dialy"',
    },
    {
      name: 'implausible dose',
      raw: { regimen: '50000 mg oral once' },
      says: 'error: doses[0].amountMg is 50000; allowed: a number of mg > 0 and <= 2000 for oral-tablet',
    },
    {
      name: 'missing file',
      raw: { input: '/nonexistent/regimen.json' },
      says: '--input "/nonexistent/regimen.json" cannot be read (ENOENT)',
    },
    {
      name: 'unwritable plot',
      raw: { regimen: '50 mg oral once', times: '1', plot: '/nonexistent/dir/x.svg' },
      says: '--plot "/nonexistent/dir/x.svg" cannot be written',
    },
  ])('$name → exit code 2 and a message on stderr', async ({ raw, says }) => {
    const r = await inProcess(raw);
    expect(r.code).toBe(2);
    expect(r.err).toContain(says);
  });
});
