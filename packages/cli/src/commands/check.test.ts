import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatCardsText, parseCheckArgs } from './check';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = 'packages/fhir/test/fixtures';
const AT = '2026-11-23T17:00:00Z';

/** Runs the real CLI from the repository root, as a user would. */
function blockade(args: string[], stdin?: string) {
  const run = spawnSync(process.execPath, ['packages/cli/bin/blockade.mjs', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
    ...(stdin === undefined ? {} : { input: stdin }),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('parseCheckArgs', () => {
  test('defaults: text format, the clock for --at', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseCheckArgs({ input: 'x.json' }, now)).toEqual({
      ok: true,
      value: { input: 'x.json', at: now, format: 'text' },
    });
  });

  test('reports missing input, bad --at, --format and --audience together', () => {
    const parsed = parseCheckArgs(
      { at: 'yesterday', format: 'xml', audience: 'nurse' },
      new Date(),
    );
    expect(!parsed.ok && parsed.messages).toEqual([
      '--input is required; allowed: a FHIR Bundle or CDS Hooks request JSON file, or - for stdin',
      '--at "yesterday" is not an ISO-8601 date-time; allowed: e.g. 2026-11-23T12:00:00Z',
      '--format "xml" is not allowed; allowed: text, json',
      '--audience "nurse" is not allowed; allowed: clinician, patient',
    ]);
  });

  test('no cards prints a plain sentence', () => {
    expect(formatCardsText([], new Date(AT))).toBe(
      'No cards: nothing to flag at 2026-11-23T17:00:00.000Z.\n',
    );
  });
});

describe('blockade check (real CLI)', () => {
  test('json: exactly a CDS Hooks response {"cards": [...]}, critical washout first', () => {
    const run = blockade([
      'check',
      '--input',
      `${fixtures}/order-sign-heroin-3-days-depot.json`,
      '--at',
      AT,
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    const body = JSON.parse(run.stdout) as {
      cards: { indicator: string; source: { topic: { code: string } } }[];
    };
    expect(Object.keys(body)).toEqual(['cards']);
    expect(body.cards[0]).toMatchObject({
      indicator: 'critical',
      source: { topic: { code: 'opioid-washout-incomplete' } },
    });
  });

  test('text from stdin: indicator, summary, detail and source', () => {
    const input = readFileSync(
      `${repoRoot}${fixtures}/order-select-oxycodone-on-naltrexone.json`,
      'utf8',
    );
    const run = blockade(['check', '--input', '-', '--at', AT], input);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('[WARNING] Naltrexone will block this opioid');
    expect(run.stdout).toContain(
      '**Facts.** Opioid: oxycodone hydrochloride 5 MG Oral Tablet (being ordered)',
    );
    expect(run.stdout).toContain(
      'Source: REVIA (naltrexone hydrochloride tablets) US Prescribing Information',
    );
  });

  test('a patient who is fine gets no cards', () => {
    const run = blockade([
      'check',
      '--input',
      `${fixtures}/collection-aud-oral-start-no-cards.json`,
      '--at',
      AT,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('No cards: nothing to flag at 2026-11-23T17:00:00.000Z.\n');
  });

  test('malformed FHIR: the error names the field; exit 2', () => {
    const bad = JSON.stringify({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'MedicationStatement',
            status: 'completed',
            medicationCodeableConcept: { text: 'heroin' },
            effectiveDateTime: '20/11/2026',
          },
        },
      ],
    });
    const run = blockade(['check', '--input', '-'], bad);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'blockade check: entry[0].resource.effectiveDateTime: "20/11/2026" is not a FHIR date or dateTime',
    );
    expect(run.stdout).toBe('');
  });

  test('unreadable file exits 2', () => {
    const run = blockade(['check', '--input', 'no/such/file.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot be read');
  });

  test('invalid JSON exits 2', () => {
    const run = blockade(['check', '--input', '-'], '{ nope');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--input is not valid JSON');
  });

  test('bad --at exits 2', () => {
    const run = blockade([
      'check',
      '--input',
      `${fixtures}/collection-aud-oral-start-no-cards.json`,
      '--at',
      '23/11/2026',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--at "23/11/2026" is not an ISO-8601 date-time');
  });
});
