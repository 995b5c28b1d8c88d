import { describe, expect, test } from 'vitest';
import { conditionFromIcd10, conditionFromText } from './condition-codes';
import { classifyMedication } from './medication-codes';
import { readPositive, screenAnalyte } from './observation-codes';

describe('medication recognition', () => {
  test.each([
    ['vivitrol 380 mg injectable suspension', undefined, 'naltrexone-xr'],
    ['naltrexone 50 mg oral tablet', undefined, 'naltrexone-oral'],
    ['naltrexone 380 mg', 'intramuscular', 'naltrexone-xr'],
    ['naltrexone implant 1.8 g', undefined, 'naltrexone-implant'],
    ['contrave (naltrexone/bupropion) 8/90 mg er tablet', undefined, 'naltrexone-bupropion'],
    ['methylnaltrexone (relistor) 12 mg sc', undefined, 'other'],
    ['heroin', undefined, 'opioid-short-acting'],
    ['oxycodone 5 mg / acetaminophen 325 mg', undefined, 'opioid-short-acting'],
    ['oxycontin 20 mg 12 hr extended release tablet', undefined, 'opioid-long-acting'],
    ['tramadol 50 mg', undefined, 'opioid-short-acting'],
    ['fentanyl 25 mcg/hr transdermal patch', undefined, 'opioid-fentanyl'],
    ['methadone 10 mg/ml oral concentrate', undefined, 'opioid-long-acting'],
    ['suboxone (buprenorphine and naloxone) 8/2 mg film', undefined, 'opioid-long-acting'],
    ['codeine phosphate / guaifenesin cough syrup', undefined, 'opioid-antitussive'],
    ['hydrocodone bitartrate / homatropine syrup', undefined, 'opioid-antitussive'],
    ['codeine 30 mg tablet', undefined, 'opioid-short-acting'],
    ['robitussin dm (dextromethorphan/guaifenesin)', undefined, 'other'],
    ['loperamide 2 mg capsule', undefined, 'opioid-antidiarrheal'],
    ['lomotil (diphenoxylate/atropine)', undefined, 'opioid-antidiarrheal'],
    ['narcan 4 mg nasal spray', undefined, 'naloxone'],
  ] as const)('%s → %s', (text, route, kind) => {
    expect(classifyMedication(text, route)?.kind).toBe(kind);
  });

  test('unrelated drugs are not recognised', () => {
    expect(classifyMedication('lisinopril 10 mg tablet')).toBeUndefined();
    expect(classifyMedication('acamprosate 333 mg')).toBeUndefined();
  });
});

describe('condition recognition', () => {
  test.each([
    ['F10.20', 'alcohol-use-disorder'],
    ['F11.23', 'opioid-use-disorder'],
    ['B17.10', 'acute-hepatitis'],
    ['K72.00', 'liver-failure'],
    ['K70.30', 'cirrhosis'],
    ['K70.41', 'liver-failure'],
    ['B18.2', 'chronic-hepatitis'],
    ['Z33.1', 'pregnancy'],
    ['O09.90', 'pregnancy'],
    ['R45.851', 'suicidal-ideation'],
  ] as const)('ICD-10-CM %s → %s', (code, kind) => {
    expect(conditionFromIcd10(code)).toBe(kind);
  });

  test('unlisted codes and text', () => {
    expect(conditionFromIcd10('I10')).toBeUndefined();
    expect(conditionFromText('acute hepatitis c')).toBe('acute-hepatitis');
    expect(conditionFromText('not pregnant')).toBeUndefined();
    expect(conditionFromText('opioid use disorder, severe')).toBe('opioid-use-disorder');
  });
});

describe('drug screen reading', () => {
  test('analytes and results', () => {
    expect(screenAnalyte('fentanyl screen, urine')).toBe('fentanyl');
    expect(screenAnalyte('opiates [presence] in urine by screen method')).toBe('opioids');
    expect(screenAnalyte('eddp (methadone metabolite) urine')).toBe('methadone');
    expect(screenAnalyte('naltrexone level')).toBeUndefined();
    expect(readPositive(['not detected'], [])).toBe(false);
    expect(readPositive(['Positive'.toLowerCase()], [])).toBe(true);
    expect(readPositive([], ['260385009'])).toBe(false);
    expect(readPositive([], ['POS'])).toBe(true);
    expect(readPositive(['see note'], [])).toBeUndefined();
  });
});
