import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parameters } from './parameters';

const modelDoc = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'docs', 'model.md'),
  'utf8',
);

describe('parameter specification', () => {
  test.each(Object.entries(parameters))('%s has a value, unit, meaning and source', (_name, p) => {
    expect(Number.isFinite(p.value)).toBe(true);
    expect(p.unit.length).toBeGreaterThan(0);
    expect(p.meaning.length).toBeGreaterThan(5);
    expect(p.source.length).toBeGreaterThan(5);
  });

  test.each(Object.entries(parameters))(
    'docs/model.md lists %s with its current value',
    (name, p) => {
      expect(modelDoc).toContain(`| \`${name}\` | ${Number(p.value.toPrecision(6))} |`);
    },
  );

  test('depot fractions sum to 1', () => {
    const { xrFracBurst, xrFracA, xrFracB } = parameters;
    expect(xrFracBurst.value + xrFracA.value + xrFracB.value).toBeCloseTo(1, 12);
  });
});
