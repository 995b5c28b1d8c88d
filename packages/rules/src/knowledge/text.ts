// Text normalisation for knowledge search: lower-case, phrase synonyms, stop words, light
// stemming and word synonyms, so that lay questions meet the words the entries use.

/** Multi-word phrases rewritten to one canonical token before splitting (longest first). */
const phraseSynonyms: readonly (readonly [string, string])[] = [
  ['low dose naltrexone', 'ldn'],
  ['how much', 'dose'],
  ['only when', 'asneeded'],
  ['as needed', 'asneeded'],
  ['while on', 'whileon'],
  ['while taking', 'whileon'],
  ['while using', 'whileon'],
  ['on naltrexone', 'whileon'],
  ['on it', 'whileon'],
  ['low-dose naltrexone', 'ldn'],
  ['extended release', 'injection'],
  ['extended-release', 'injection'],
  ['long acting injection', 'injection'],
  ['side effects', 'sideeffect'],
  ['side effect', 'sideeffect'],
  ['adverse effects', 'sideeffect'],
  ['low mood', 'depression'],
  ['feel down', 'depression'],
  ['feeling down', 'depression'],
  ['get high', 'euphoria'],
  ['get you high', 'euphoria'],
  ['getting high', 'euphoria'],
  ['weight loss', 'obesity'],
  ['lose weight', 'obesity'],
  ['self harm', 'selfinjury'],
  ['self-harm', 'selfinjury'],
  ['self injury', 'selfinjury'],
  ['self-injury', 'selfinjury'],
  ['self-injurious', 'selfinjury'],
  ['pain relief', 'painkiller'],
  ['pain killers', 'painkiller'],
  ['pain medication', 'painkiller'],
  ['habit forming', 'addictive'],
  ['habit-forming', 'addictive'],
  ['long covid', 'longcovid'],
  ['multiple sclerosis', 'ms'],
  ['controlled substance', 'controlled'],
  ['controlled drug', 'controlled'],
  ['over the counter', 'prescription'],
  ['brand names', 'brand'],
  ['brand name', 'brand'],
  ['feel sick', 'nausea'],
  ['feeling sick', 'nausea'],
  ['throw up', 'nausea'],
  ['dope sick', 'withdrawal'],
  ['cough syrup', 'dextromethorphan'],
];

const phraseTokens = new Map(phraseSynonyms);
/** One pass over the text: longest phrase first, whole words only (spaces on both sides). */
const phrasePattern = new RegExp(
  `(?<= )(${[...phraseTokens.keys()]
    .sort((x, y) => y.length - x.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
    .join('|')})(?= )`,
  'g',
);

/** Single words (after stemming) mapped to the canonical term the index uses. */
const wordSynonyms: Readonly<Record<string, string>> = {
  drink: 'alcohol',
  drinking: 'alcohol',
  drank: 'alcohol',
  drunk: 'alcohol',
  booze: 'alcohol',
  beer: 'alcohol',
  wine: 'alcohol',
  alcoholism: 'alcohol',
  alcoholic: 'alcohol',
  ethanol: 'alcohol',
  depressed: 'depression',
  depress: 'depression',
  depressive: 'depression',
  sad: 'depression',
  sadness: 'depression',
  dysphoria: 'depression',
  narcan: 'naloxone',
  vivitrol: 'injection',
  shot: 'injection',
  shots: 'injection',
  jab: 'injection',
  injectable: 'injection',
  inject: 'injection',
  depot: 'injection',
  xr: 'injection',
  monthly: 'injection',
  pill: 'tablet',
  pills: 'tablet',
  oral: 'tablet',
  revia: 'tablet',
  pregnant: 'pregnancy',
  hepatic: 'liver',
  hepatotoxicity: 'liver',
  painkiller: 'painkiller',
  analgesic: 'painkiller',
  analgesia: 'painkiller',
  operation: 'surgery',
  surgical: 'surgery',
  anaesthesia: 'surgery',
  anesthesia: 'surgery',
  high: 'euphoria',
  buzz: 'euphoria',
  euphoric: 'euphoria',
  addicting: 'addictive',
  addicted: 'addictive',
  opiate: 'opioid',
  opiates: 'opioid',
  nauseous: 'nausea',
  vomit: 'nausea',
  vomiting: 'nausea',
  smoke: 'smoking',
  smoker: 'smoking',
  cigarette: 'smoking',
  nicotine: 'smoking',
  tobacco: 'smoking',
  fibro: 'fibromyalgia',
  crohn: 'crohns',
  weight: 'obesity',
  contrave: 'obesity',
  mysimba: 'obesity',
  suboxone: 'buprenorphine',
  subutex: 'buprenorphine',
  antabuse: 'disulfiram',
  kidneys: 'kidney',
  renal: 'kidney',
  insomnia: 'sleep',
  sleeping: 'sleep',
  asleep: 'sleep',
  gamble: 'gambling',
  gambler: 'gambling',
  betting: 'gambling',
  steal: 'kleptomania',
  stealing: 'kleptomania',
  porn: 'pornography',
  invented: 'history',
  discovered: 'history',
  approved: 'approve',
  approval: 'approve',
  detox: 'detoxification',
  interact: 'interaction',
  different: 'differ',
  difference: 'differ',
  differenc: 'differ',
  vs: 'compare',
  versus: 'compare',
  compared: 'compare',
  comparison: 'compare',
  hurt: 'pain',
  hurts: 'pain',
  painful: 'pain',
  sore: 'pain',
  medication: 'medicine',
  medications: 'medicine',
  meds: 'medicine',
  interacts: 'interaction',
};

/** Extra, broader terms added next to a specific one (a fentanyl question is an opioid question). */
const broaderTerms: Readonly<Record<string, readonly string[]>> = {
  heroin: ['opioid'],
  fentanyl: ['opioid'],
  oxycodone: ['opioid'],
  morphine: ['opioid'],
  methadone: ['opioid'],
  tramadol: ['opioid'],
  codeine: ['opioid'],
  buprenorphine: ['opioid'],
};

const stopWords = new Set(
  (
    'a an and are as at be been but by can could do does did for from had has have how i if in ' +
    'into is it its me my of on or so than that the their them then there these they this to ' +
    'us was we were what when where which while who why will with would you your am im ive ' +
    'should about any get got taking take takes took use using used naltrexone many much without ' +
    'before during good make makes made really just also still ever need needs happen happens ' +
    'happened since help helps'
  ).split(' '),
);

/**
 * Strips common English endings ("stemming-lite"): plurals, -ing, -ed, -ly. Short words and words
 * ending in -ss or -us keep their ending.
 *
 * @param word - A lower-case word.
 * @returns The stem.
 * @example
 * stemWord('stopping') //=> 'stop'
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) {
    return word;
  }
  let stem = word;
  if (stem.endsWith('ies')) {
    stem = `${stem.slice(0, -3)}y`;
  } else if (/(ches|shes|xes|sses)$/.test(stem)) {
    stem = stem.slice(0, -2);
  } else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) {
    stem = stem.slice(0, -1);
  }
  const suffix = /(ing|(?<!e)ed|ly)$/.exec(stem);
  if (suffix !== null && word.length > 4 && stem.length - suffix[0].length >= 3) {
    stem = stem.slice(0, -suffix[0].length);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)) {
      stem = stem.slice(0, -1);
    }
  }
  if (stem.length > 4 && stem.endsWith('e')) {
    stem = stem.slice(0, -1);
  }
  return stem;
}

/**
 * Lower-cases, unifies apostrophes and rewrites multi-word synonyms to single tokens.
 *
 * @param text - Any text.
 * @returns Normalised text with single spaces.
 * @example
 * normalizeText('Low-dose naltrexone & side effects?') //=> 'ldn sideeffect'
 */
export function normalizeText(text: string): string {
  let normalized = ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, '')} `;
  normalized = normalized.replace(/[^a-z0-9'\-/ ]+/g, ' ').replace(/\s+/g, ' ');
  normalized = normalized.replace(phrasePattern, (phrase) => phraseTokens.get(phrase) ?? phrase);
  return normalized.replace(/[-/']/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Canonical terms are kept as written, so that "addictive" in an entry meets "addicted" in a question. */
const canonicalTerms = new Set(Object.values(wordSynonyms));

function knownTerm(word: string): string | undefined {
  return wordSynonyms[word] ?? (canonicalTerms.has(word) ? word : undefined);
}

function canonicalOf(word: string): string {
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  const stem = stemWord(word);
  return knownTerm(word) ?? knownTerm(singular) ?? knownTerm(stem) ?? stem;
}

/**
 * Turns text into index terms: normalised, stop words removed, lightly stemmed, synonyms mapped
 * to canonical terms, broader terms added.
 *
 * @param text - Any text (a question, an alias, an answer).
 * @returns Terms in order of appearance (duplicates kept, for term frequency).
 * @example
 * tokenize('Can I drink on naltrexone?') //=> ['alcohol']
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const word of normalizeText(text).split(' ')) {
    if (word.length === 0 || stopWords.has(word)) {
      continue;
    }
    const canonical = canonicalOf(word);
    if (stopWords.has(canonical)) {
      continue;
    }
    terms.push(canonical, ...(broaderTerms[canonical] ?? []));
  }
  return terms;
}
