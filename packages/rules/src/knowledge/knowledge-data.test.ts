import { describe, expect, test } from 'vitest';
import literature from '../../../../reference/literature.json';
import { knowledgeEntries } from './entries';
import { figures } from './figures';
import { evidenceLevels } from './types';

interface LiteratureRow {
  id: string;
  quantity: string;
  value: unknown;
  unit: string;
  conditions: string;
  confidence: string;
  notes: string;
  source: string;
}
const rows = new Map((literature.entries as LiteratureRow[]).map((row) => [row.id, row] as const));

/** Splits an answer into sentences (periods inside numbers such as 0.83 do not end one). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 0);
}

describe('knowledge base integrity', () => {
  test('has at least 40 entries with unique kebab-case ids', () => {
    const ids = knowledgeEntries.map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  test.each(knowledgeEntries.map((e) => [e.id, e] as const))(
    '%s: 2-6 sentences, a question, sources, audience, valid level and links',
    (_id, entry) => {
      const count = sentences(entry.answer).length;
      expect(count, entry.answer).toBeGreaterThanOrEqual(2);
      expect(count, entry.answer).toBeLessThanOrEqual(6);
      expect(entry.question.trim().endsWith('?')).toBe(true);
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.audience.length).toBeGreaterThan(0);
      expect(evidenceLevels).toContain(entry.evidenceLevel);
      for (const related of entry.related) {
        expect(
          knowledgeEntries.some((e) => e.id === related),
          `${related} exists`,
        ).toBe(true);
        expect(related).not.toBe(entry.id);
      }
      for (const figure of entry.figures) {
        expect(
          entry.sources.map((s) => s.id),
          `figure ${figure.literatureId} source cited`,
        ).toContain(figure.source.id);
      }
    },
  );

  test('every cited source has a title and, where given, an https URL', () => {
    for (const source of new Set(knowledgeEntries.flatMap((e) => e.sources))) {
      expect(source.title.length, source.id).toBeGreaterThan(10);
      if (source.url !== undefined) {
        expect(new URL(source.url).protocol, source.id).toBe('https:');
      }
    }
  });

  test('covers every evidence level', () => {
    const used = new Set(knowledgeEntries.map((e) => e.evidenceLevel));
    expect([...used].sort()).toEqual([...evidenceLevels].sort());
  });
});

describe('figures match reference/literature.json', () => {
  test.each(Object.entries(figures))('%s', (key, figure) => {
    expect(figure.literatureId).toBe(key);
    const row = rows.get(figure.literatureId);
    expect(row, `literature row ${figure.literatureId}`).toBeDefined();
    if (row === undefined) {
      return;
    }
    expect(row.confidence, 'low-confidence rows must be verified before use').not.toBe('low');
    expect(figure.confidence).toBe(row.confidence);
    const haystack = [
      row.quantity,
      String(row.value),
      row.unit,
      row.conditions,
      row.notes,
      row.source,
    ].join(' ');
    for (const number of figure.value.match(/\d+(?:[.,]\d+)?/g) ?? []) {
      const pattern = new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}(?![\\d])`);
      expect(haystack, `${number} from "${figure.value}"`).toMatch(pattern);
    }
  });

  test('every figure is used by at least one entry', () => {
    const used = new Set(knowledgeEntries.flatMap((e) => e.figures.map((f) => f.literatureId)));
    expect(Object.keys(figures).filter((id) => !used.has(id))).toEqual([]);
  });
});
