// Recognising the conditions the rules read: ICD-10-CM by code prefix, SNOMED CT by concept id,
// and text as the fallback (case-insensitive).
import type { ConditionKind } from '@blockade/rules';

/** ICD-10-CM prefixes (longest match wins) → condition kind. */
export const icd10Prefixes: readonly (readonly [string, ConditionKind])[] = [
  ['F10', 'alcohol-use-disorder'],
  ['F11', 'opioid-use-disorder'],
  ['B15', 'acute-hepatitis'], // acute hepatitis A
  ['B16', 'acute-hepatitis'], // acute hepatitis B
  ['B17', 'acute-hepatitis'], // other acute viral hepatitis (incl. acute hepatitis C)
  ['K70.1', 'acute-hepatitis'], // alcoholic hepatitis
  ['K71.2', 'acute-hepatitis'], // toxic liver disease with acute hepatitis
  ['K72', 'liver-failure'], // hepatic failure, including K72.0 acute and subacute
  ['K70.4', 'liver-failure'], // alcoholic hepatic failure
  ['K71.1', 'liver-failure'], // toxic liver disease with hepatic necrosis
  ['K70.3', 'cirrhosis'],
  ['K74.3', 'cirrhosis'],
  ['K74.4', 'cirrhosis'],
  ['K74.5', 'cirrhosis'],
  ['K74.6', 'cirrhosis'],
  ['B18', 'chronic-hepatitis'],
  ['K73', 'chronic-hepatitis'],
  ['Z33.1', 'pregnancy'],
  ['Z34', 'pregnancy'],
  ['Z3A', 'pregnancy'],
  ['O', 'pregnancy'], // chapter 15: pregnancy, childbirth and the puerperium
  ['F32', 'depression'],
  ['F33', 'depression'],
  ['R45.851', 'suicidal-ideation'],
  ['T14.91', 'suicidal-ideation'],
  ['E66', 'obesity'],
];

/** SNOMED CT concepts → condition kind. */
export const snomedConditions: Readonly<Record<string, ConditionKind>> = {
  '7200002': 'alcohol-use-disorder', // alcoholism
  '66590003': 'alcohol-use-disorder', // alcohol dependence
  '15167005': 'alcohol-use-disorder', // alcohol abuse
  '5602001': 'opioid-use-disorder', // opioid abuse
  '75544000': 'opioid-use-disorder', // opioid dependence
  '19943007': 'cirrhosis', // cirrhosis of liver
  '59927004': 'liver-failure', // hepatic failure
  '77386006': 'pregnancy', // pregnant
  '35489007': 'depression', // depressive disorder
  '370143000': 'depression', // major depressive disorder
  '6471006': 'suicidal-ideation', // suicidal thoughts
  '414916001': 'obesity', // obesity
};

const textPatterns: readonly (readonly [RegExp, ConditionKind])[] = [
  [/not pregnant|non-?pregnant/, 'other'],
  [/alcohol (use disorder|dependence|abuse)|alcoholism/, 'alcohol-use-disorder'],
  [/(opioid|opiate|heroin) (use disorder|dependence|abuse|addiction)/, 'opioid-use-disorder'],
  [/liver failure|hepatic failure/, 'liver-failure'],
  [
    /acute (viral )?hepatitis|hepatitis a\b|alcoholic hepatitis|acute liver injury/,
    'acute-hepatitis',
  ],
  [/cirrhosis/, 'cirrhosis'],
  [/chronic (viral )?hepatitis/, 'chronic-hepatitis'],
  [/pregnan|gestation/, 'pregnancy'],
  [/suicid/, 'suicidal-ideation'],
  [/depress/, 'depression'],
  [/obes/, 'obesity'],
];

/**
 * Condition kind of an ICD-10-CM code (the longest listed prefix wins).
 *
 * @param code - e.g. `F10.20`.
 * @returns The kind, or undefined when not listed.
 * @example
 * conditionFromIcd10('K72.00') //=> 'liver-failure'
 */
export function conditionFromIcd10(code: string): ConditionKind | undefined {
  const upper = code.toUpperCase();
  let best: readonly [string, ConditionKind] | undefined;
  for (const entry of icd10Prefixes) {
    if (upper.startsWith(entry[0]) && (best === undefined || entry[0].length > best[0].length)) {
      best = entry;
    }
  }
  return best?.[1];
}

/**
 * Condition kind from free text (code.text or a coding's display).
 *
 * @param text - Lower-case text.
 * @returns The kind, or undefined.
 * @example
 * conditionFromText('acute hepatitis c') //=> 'acute-hepatitis'
 */
export function conditionFromText(text: string): ConditionKind | undefined {
  const hit = textPatterns.find(([re]) => re.test(text))?.[1];
  return hit === 'other' ? undefined : hit;
}
