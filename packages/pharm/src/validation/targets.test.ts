// Validation against reference/targets.json: every row must be reproduced by the typical subject
// within its published tolerance. Prints "target / published / model / tolerance / pass".
// Regenerate docs/validation.md: UPDATE_VALIDATION_DOC=1 npx vitest run packages/pharm/src/validation
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseRegimen } from '../regimen/index';
import { simulate } from '../simulate/simulate';
import type { Regimen, SimulationPoint } from '../types';
import { evaluateTarget, type Target, type TargetOutcome } from './evaluate-target';
import { validationMarkdown } from './validation-report';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..', '..');
const targetsFile = JSON.parse(
  readFileSync(join(repoRoot, 'reference', 'targets.json'), 'utf8'),
) as {
  targets: Target[];
};

const run = (regimen: Regimen, times: number[]): readonly SimulationPoint[] => {
  const result = simulate(regimen, { times });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.issues));
  }
  return result.value.points;
};

const outcomes: TargetOutcome[] = targetsFile.targets.map((t) =>
  evaluateTarget(t, (input) => parseRegimen(input), run),
);

describe('validation against reference/targets.json (typical subject)', () => {
  test('prints the validation table', () => {
    const lines = outcomes.map(
      (o) =>
        `${o.id.padEnd(34)} ${String(o.expected).padEnd(8)} ${o.model.toPrecision(4).padEnd(10)} ${o.tolerance.padEnd(14)} ${o.pass ? 'pass' : 'FAIL'}`,
    );
    console.log(
      [
        `${'target'.padEnd(34)} ${'published'.padEnd(8)} ${'model'.padEnd(10)} ${'tolerance'.padEnd(14)} pass`,
        ...lines,
      ].join('\n'),
    );
    console.log(`${outcomes.filter((o) => o.pass).length} / ${outcomes.length} targets pass`);
    if (process.env['UPDATE_VALIDATION_DOC'] === '1') {
      writeFileSync(
        join(repoRoot, 'docs', 'validation.md'),
        validationMarkdown(targetsFile.targets, outcomes),
      );
    }
    expect(outcomes).toHaveLength(targetsFile.targets.length);
  });

  test.each(outcomes.map((o) => [o.id, o] as const))(
    '%s within its published tolerance',
    (_id, o) => {
      expect(o.pass, `model ${o.model} vs published ${o.expected} (tolerance ${o.tolerance})`).toBe(
        true,
      );
    },
  );

  test('docs/validation.md shows the current table', () => {
    const doc = readFileSync(join(repoRoot, 'docs', 'validation.md'), 'utf8');
    expect(doc).toContain(
      validationMarkdown(targetsFile.targets, outcomes).split('<!-- table -->')[1],
    );
  });
});
