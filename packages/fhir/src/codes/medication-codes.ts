// Recognising naltrexone, opioids and naloxone in medication records: RxNorm ingredient codes and
// ingredient or brand names in text (case-insensitive). Dextromethorphan is not an opioid agonist at
// MOR and maps to 'other'; loperamide and diphenoxylate are opioid antidiarrhoeals.
import type { MedicationKind } from '@blockade/rules';

/** RxNorm ingredient codes (RxCUI of the IN concept) → ingredient name. */
export const rxnormIngredients: Readonly<Record<string, string>> = {
  '7243': 'naltrexone',
  '7242': 'naloxone',
  '42347': 'bupropion',
  '7052': 'morphine',
  '7804': 'oxycodone',
  '5489': 'hydrocodone',
  '3423': 'hydromorphone',
  '2670': 'codeine',
  '10689': 'tramadol',
  '787390': 'tapentadol',
  '7814': 'oxymorphone',
  '6754': 'meperidine',
  '6378': 'levorphanol',
  '4337': 'fentanyl',
  '56795': 'sufentanil',
  '480': 'alfentanil',
  '73032': 'remifentanil',
  '6813': 'methadone',
  '1819': 'buprenorphine',
  '6468': 'loperamide',
  '3500': 'diphenoxylate',
  '3289': 'dextromethorphan',
};

/** What the classifier found. */
export interface MedicationMatch {
  readonly ingredient: string;
  readonly kind: MedicationKind;
}

interface Pattern {
  readonly re: RegExp;
  readonly ingredient: string;
  readonly kind: MedicationKind | 'opioid';
}

// Order matters: the first match wins.
const patterns: readonly Pattern[] = [
  {
    re: /methylnaltrexone|relistor|naloxegol|movantik|alvimopan|naldemedine/,
    ingredient: 'peripheral opioid antagonist',
    kind: 'other',
  },
  {
    re: /naltrexone.{0,40}bupropion|bupropion.{0,40}naltrexone|contrave|mysimba/,
    ingredient: 'naltrexone/bupropion',
    kind: 'naltrexone-bupropion',
  },
  { re: /embeda/, ingredient: 'morphine', kind: 'opioid-long-acting' },
  {
    re: /naltrexone|vivitrol|revia|depade|nalorex|trexan/,
    ingredient: 'naltrexone',
    kind: 'naltrexone-oral',
  },
  {
    re: /buprenorphine|suboxone|subutex|zubsolv|sublocade|brixadi|butrans|belbuca/,
    ingredient: 'buprenorphine',
    kind: 'opioid-long-acting',
  },
  { re: /methadone|dolophine|methadose/, ingredient: 'methadone', kind: 'opioid-long-acting' },
  {
    re: /fentanyl|sufentanil|alfentanil|remifentanil|carfentanil|duragesic|actiq|fentora/,
    ingredient: 'fentanyl',
    kind: 'opioid-fentanyl',
  },
  { re: /loperamide|imodium/, ingredient: 'loperamide', kind: 'opioid-antidiarrheal' },
  {
    re: /diphenoxylate|lomotil|difenoxin|motofen/,
    ingredient: 'diphenoxylate',
    kind: 'opioid-antidiarrheal',
  },
  {
    re: /paregoric|opium tincture|tincture of opium/,
    ingredient: 'opium',
    kind: 'opioid-antidiarrheal',
  },
  { re: /heroin|diamorphine|diacetylmorphine/, ingredient: 'heroin', kind: 'opioid-short-acting' },
  { re: /hydromorphone|dilaudid|exalgo/, ingredient: 'hydromorphone', kind: 'opioid' },
  { re: /oxymorphone|opana/, ingredient: 'oxymorphone', kind: 'opioid' },
  {
    re: /oxycodone|oxycontin|percocet|roxicodone|xtampza/,
    ingredient: 'oxycodone',
    kind: 'opioid',
  },
  {
    re: /hydrocodone|vicodin|norco|hysingla|zohydro|hycodan|tussionex/,
    ingredient: 'hydrocodone',
    kind: 'opioid',
  },
  { re: /codeine/, ingredient: 'codeine', kind: 'opioid' },
  { re: /tramadol|ultram/, ingredient: 'tramadol', kind: 'opioid' },
  { re: /tapentadol|nucynta/, ingredient: 'tapentadol', kind: 'opioid' },
  { re: /meperidine|pethidine|demerol/, ingredient: 'meperidine', kind: 'opioid' },
  { re: /levorphanol/, ingredient: 'levorphanol', kind: 'opioid' },
  { re: /\bmorphine|ms contin|kadian/, ingredient: 'morphine', kind: 'opioid' },
  { re: /dextromethorphan/, ingredient: 'dextromethorphan', kind: 'other' },
  { re: /naloxone|narcan|kloxxado|zimhi/, ingredient: 'naloxone', kind: 'naloxone' },
  { re: /\bopioid|\bopiate/, ingredient: 'opioid (unspecified)', kind: 'opioid-short-acting' },
];

const extendedRelease =
  /extended[- ]release|\ber\b|\bxr\b|\bsr\b|\bcr\b|\bla\b|12 ?hr|24 ?hr|contin|hysingla|zohydro|xtampza|exalgo|kadian|transdermal|patch/;
const antitussive =
  /cough|syrup|antitussive|guaifenesin|homatropine|chlorpheniramine|promethazine|tussi|hycodan|tuzistra|pseudoephedrine/;
const naltrexoneDepot =
  /vivitrol|extended[- ]release|injectable|injection|suspension|380 ?mg|microsphere|\bim\b|intramuscular/;

/**
 * Classifies a medication by its text (names, displays) and the RxNorm ingredients it carries.
 *
 * @param text - Lower-case names and displays joined with spaces.
 * @param route - Route of administration when recorded.
 * @returns The match, or undefined when nothing relevant was recognised.
 * @example
 * classifyMedication('vivitrol 380 mg injectable suspension', 'intramuscular')
 * //=> { ingredient: 'naltrexone', kind: 'naltrexone-xr' }
 */
export function classifyMedication(text: string, route?: string): MedicationMatch | undefined {
  const hit = patterns.find((p) => p.re.test(text));
  if (hit === undefined) {
    return undefined;
  }
  if (hit.kind === 'naltrexone-oral') {
    if (/implant/.test(text) || route === 'subcutaneous') {
      return { ingredient: 'naltrexone', kind: 'naltrexone-implant' };
    }
    const depot = naltrexoneDepot.test(text) || route === 'intramuscular';
    return { ingredient: 'naltrexone', kind: depot ? 'naltrexone-xr' : 'naltrexone-oral' };
  }
  if (hit.kind !== 'opioid') {
    return { ingredient: hit.ingredient, kind: hit.kind };
  }
  if (
    (hit.ingredient === 'codeine' || hit.ingredient === 'hydrocodone') &&
    antitussive.test(text)
  ) {
    return { ingredient: hit.ingredient, kind: 'opioid-antitussive' };
  }
  return {
    ingredient: hit.ingredient,
    kind: extendedRelease.test(text) ? 'opioid-long-acting' : 'opioid-short-acting',
  };
}
