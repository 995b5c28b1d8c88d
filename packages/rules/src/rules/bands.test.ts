// The rules' severity words must agree with the questionnaire scoring bands (scoring/).
import { describe, expect, test } from 'vitest';
import { instrumentDefinitions } from '../scoring';
import { cowsBand } from './active-withdrawal';
import { phq9Band } from './depression';

const bandLabel = (id: 'phq9' | 'cows', total: number): string | undefined =>
  instrumentDefinitions[id].bands
    .find((b) => total >= b.min && total <= b.max)
    ?.label.toLowerCase();

describe('severity bands agree with the scoring module', () => {
  test('PHQ-9, every total 0-27', () => {
    for (let total = 0; total <= 27; total++) {
      expect(phq9Band(total), `PHQ-9 ${total}`).toBe(bandLabel('phq9', total));
    }
  });

  test('COWS, every total 0-48', () => {
    for (let total = 0; total <= 48; total++) {
      expect(cowsBand(total), `COWS ${total}`).toBe(bandLabel('cows', total));
    }
  });
});
