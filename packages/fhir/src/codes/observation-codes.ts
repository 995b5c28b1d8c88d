// Recognising observations: liver tests and PHQ-9 by LOINC (text as fallback), COWS and urine drug
// screens by text, pregnancy status by LOINC 82810-3; plus reading positive/negative results.
import type { DrugScreenAnalyte, LiverTest } from '@blockade/rules';

/** LOINC codes → liver test. */
export const loincLiver: Readonly<Record<string, LiverTest>> = {
  '1742-6': 'alt',
  '1743-4': 'alt',
  '76625-3': 'alt',
  '1920-8': 'ast',
  '30239-8': 'ast',
  '1975-2': 'bilirubin',
  '42719-5': 'bilirubin',
};

/** LOINC codes of PHQ-9 items used by the rules. */
export const loincPhq9 = { total: '44261-6', item9: '44260-8' } as const;
/** LOINC code of "Pregnancy status". */
export const loincPregnancyStatus = '82810-3';

/**
 * Default upper limits of normal, used when a result has no `referenceRange.high`. Typical adult
 * laboratory values; cards say when a default was used.
 */
export const defaultUln: Readonly<
  Record<LiverTest, { readonly value: number; readonly unit: string }>
> = {
  alt: { value: 40, unit: 'U/L' },
  ast: { value: 40, unit: 'U/L' },
  bilirubin: { value: 1.2, unit: 'mg/dL' },
};
/** Default bilirubin ULN when the result is in µmol/L. */
export const defaultBilirubinUlnUmolPerL = 21;

/**
 * Liver test from text.
 *
 * @param text - Lower-case code text / display.
 * @returns The test or undefined.
 * @example
 * liverTestFromText('alanine aminotransferase') //=> 'alt'
 */
export function liverTestFromText(text: string): LiverTest | undefined {
  if (/\balt\b|alanine aminotransferase|sgpt/.test(text)) {
    return 'alt';
  }
  if (/\bast\b|aspartate aminotransferase|sgot/.test(text)) {
    return 'ast';
  }
  return /bilirubin/.test(text) && !/direct|conjugated|urine/.test(text) ? 'bilirubin' : undefined;
}

/**
 * Whether the text names the COWS.
 *
 * @param text - Lower-case text.
 * @returns True for "COWS" / "Clinical Opiate Withdrawal Scale".
 * @example
 * isCows('clinical opiate withdrawal scale total') //=> true
 */
export function isCows(text: string): boolean {
  return /\bcows\b|clinical opiate withdrawal scale|clinical opioid withdrawal scale/.test(text);
}

/**
 * Analyte of a urine drug screen from its text, or undefined when it is not an opioid screen.
 *
 * @param text - Lower-case text.
 * @returns The analyte.
 * @example
 * screenAnalyte('fentanyl screen, urine') //=> 'fentanyl'
 */
export function screenAnalyte(text: string): DrugScreenAnalyte | undefined {
  if (/naltrexone|naloxone/.test(text)) {
    return undefined;
  }
  if (/fentanyl/.test(text)) {
    return 'fentanyl';
  }
  if (/methadone|eddp/.test(text)) {
    return 'methadone';
  }
  if (/buprenorphine/.test(text)) {
    return 'buprenorphine';
  }
  return /opiate|opioid|morphine|heroin|6-?mam|monoacetylmorphine|oxycodone|codeine|hydrocodone/.test(
    text,
  )
    ? 'opioids'
    : undefined;
}

const positiveWords = /^(pos|positive|detected|present|reactive|\+)/;
const negativeWords = /^(neg|negative|not detected|none detected|absent|non-?reactive|-)/;
const positiveCodes = new Set(['10828004', '260373001', '52101004', 'POS', 'DET', 'H', 'A', 'AA']);
const negativeCodes = new Set(['260385009', '260415000', '2667000', 'NEG', 'ND', 'N']);

/**
 * Reads a qualitative result from value text or codes.
 *
 * @param texts - Lower-case value strings and displays.
 * @param codes - Codes from valueCodeableConcept and interpretation.
 * @returns true (positive), false (negative) or undefined (not stated).
 * @example
 * readPositive(['detected'], []) //=> true
 */
export function readPositive(
  texts: readonly string[],
  codes: readonly string[],
): boolean | undefined {
  for (const t of texts) {
    if (negativeWords.test(t.trim())) {
      return false;
    }
    if (positiveWords.test(t.trim())) {
      return true;
    }
  }
  for (const c of codes) {
    if (negativeCodes.has(c)) {
      return false;
    }
    if (positiveCodes.has(c)) {
      return true;
    }
  }
  return undefined;
}

/** LOINC answer codes of PHQ-9 items → points. */
export const phqAnswerPoints: Readonly<Record<string, number>> = {
  'LA6568-5': 0,
  'LA6569-3': 1,
  'LA6570-1': 2,
  'LA6571-9': 3,
};
