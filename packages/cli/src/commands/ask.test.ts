import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { searchKnowledge } from '@blockade/rules';
import { describe, expect, test } from 'vitest';
import { formatAskText, parseAskArgs, toAskJson, type AskJson } from './ask';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

function blockade(...args: string[]) {
  const run = spawnSync(process.execPath, ['packages/cli/bin/blockade.mjs', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('parseAskArgs', () => {
  test('joins words and applies defaults', () => {
    expect(parseAskArgs(['can', 'I', 'drink?'], {})).toEqual({
      ok: true,
      value: { question: 'can I drink?', limit: 3, format: 'text' },
    });
  });

  test.each([
    [{ limit: '0' }, '--limit "0" is not allowed'],
    [{ limit: '2.5' }, '--limit "2.5" is not allowed'],
    [{ limit: '21' }, '--limit "21" is not allowed'],
    [{ format: 'yaml' }, '--format "yaml" is not allowed'],
  ])('rejects %j', (options, message) => {
    const parsed = parseAskArgs(['liver'], options);
    expect(!parsed.ok && parsed.messages[0]).toContain(message);
  });

  test('rejects an empty question', () => {
    expect(parseAskArgs(['  '], {}).ok).toBe(false);
  });
});

describe('formatting', () => {
  test('text shows question, evidence label, figures and sources', () => {
    const text = formatAskText(
      'is it safe for my liver',
      searchKnowledge('is it safe for my liver', { limit: 1 }),
    );
    expect(text).toContain('1. Is naltrexone bad for the liver? [FDA-approved / label]');
    expect(text).toContain('LiverTox: Naltrexone');
    expect(text).toContain('about 1%');
    for (const line of text.split('\n')) {
      expect(line.length, line).toBeLessThanOrEqual(100);
    }
  });

  test('no hits says so', () => {
    expect(formatAskText('xylophone', [])).toContain('No entry matched');
  });

  test('json carries id, evidence level and sources', () => {
    const json = toAskJson(
      'narcan',
      searchKnowledge('naltrexone or narcan difference', { limit: 1 }),
    );
    expect(json.results[0]).toMatchObject({
      id: 'naltrexone-vs-naloxone',
      evidenceLevel: 'fda-approved',
    });
    expect(json.results[0]?.sources.length).toBeGreaterThan(0);
  });
});

describe('blockade ask (real CLI)', () => {
  test('plain question, json: best entry first, limit respected', () => {
    const run = blockade('ask', 'how long does the shot last', '--limit', '2', '--format', 'json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as AskJson;
    expect(json.results.map((r) => r.id)[0]).toBe('depot-injection-duration');
    expect(json.results).toHaveLength(2);
  });

  test('bad --limit exits 2 with a message', () => {
    const run = blockade('ask', 'liver', '--limit', 'many');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '--limit "many" is not allowed; allowed: a whole number from 1 to 20',
    );
  });
});
