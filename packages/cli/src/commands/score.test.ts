import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseScoreArgs } from './score';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Runs the real CLI from the repository root, as a user would. */
function blockade(...args: string[]) {
  const run = spawnSync(process.execPath, ['packages/cli/bin/blockade.mjs', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('parseScoreArgs', () => {
  test('accepts instrument aliases, spaces and sex shorthands', () => {
    expect(parseScoreArgs('PHQ-9', '0, 1,2', {})).toEqual({
      ok: true,
      value: { instrument: 'phq9', answers: [0, 1, 2], format: 'text' },
    });
    const auditC = parseScoreArgs('auditc', '1,1,1', { sex: 'F', format: 'json' });
    expect(auditC.ok && auditC.value).toMatchObject({ instrument: 'audit-c', sex: 'female' });
  });

  test('keeps non-numbers as text so the scorer can name the item', () => {
    const parsed = parseScoreArgs('pacs', '1,two,3', {});
    expect(parsed.ok && parsed.value.answers).toEqual([1, 'two', 3]);
  });

  test('reports unknown instrument, sex and format together', () => {
    const parsed = parseScoreArgs('bdi', '1', { sex: 'x', format: 'xml' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.messages).toEqual([
      'unknown instrument "bdi"; allowed: phq9, audit-c, audit, cows, pacs',
      '--sex "x" is not allowed; allowed: female, male',
      '--format "xml" is not allowed; allowed: text, json',
    ]);
  });
});

describe('blockade score (real CLI)', () => {
  test('phq9 text: total, band, item-9 flag and source; exit 0', () => {
    const run = blockade('score', 'phq9', '1,1,1,2,2,1,1,1,1');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('PHQ-9: 11 of 27 (Moderate)');
    expect(run.stdout).toContain('CRITICAL suicidality-risk');
    expect(run.stdout).toContain('Kroenke K, Spitzer RL, Williams JBW');
  });

  test('audit-c json with --sex', () => {
    const run = blockade('score', 'audit-c', '1,1,1', '--sex', 'male', '--format', 'json');
    expect(run.status).toBe(0);
    const score = JSON.parse(run.stdout) as { total: number; band: { id: string } };
    expect(score.total).toBe(3);
    expect(score.band.id).toBe('negative');
  });

  test('bad answers: each item, its value and the allowed range on stderr; exit 2', () => {
    const run = blockade('score', 'cows', '3,0,0,0,0,0,0,0,0,0,x');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'COWS item 1 (resting pulse rate): 3 is not allowed; allowed: 0, 1, 2, 4.',
    );
    expect(run.stderr).toContain(
      'COWS item 11 (gooseflesh skin): x is not a number; allowed: 0, 3, 5.',
    );
  });

  test('audit-c without --sex is refused with exit 2', () => {
    const run = blockade('score', 'audit-c', '1,1,1');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('needs the sex');
  });
});
