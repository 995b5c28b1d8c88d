import { figures } from '../figures';
import { sources } from '../sources';
import type { KnowledgeEntry } from '../types';

/** Overdose risk, naloxone, organ safety, pregnancy, surgery and interactions. */
export const safetyEntries: readonly KnowledgeEntry[] = [
  {
    id: 'naltrexone-vs-naloxone',
    question: 'What is the difference between naltrexone and naloxone?',
    aliases: [
      'naloxone',
      'narcan',
      'naltrexone or naloxone',
      'same drug',
      'overdose reversal',
      'nasal spray',
    ],
    answer:
      'Both block opioid receptors, but they are used very differently. ' +
      'Naloxone (Narcan) acts within minutes and wears off within hours, so it is the emergency medicine that reverses an opioid overdose. ' +
      'Naltrexone is long-acting, taken daily or monthly to prevent relapse, and is not used for emergencies. ' +
      'Naloxone is also added to some buprenorphine products (such as Suboxone) to discourage injecting them.',
    evidenceLevel: 'fda-approved',
    topic: 'background',
    figures: [],
    sources: [sources.naloxoneArticle, sources.peterson, sources.encyclopedia],
    audience: ['patient', 'family', 'clinician'],
    related: ['naloxone-rescue-kit', 'related-medicines'],
  },
  {
    id: 'overdose-after-stopping',
    question: 'Am I at higher risk of overdose after stopping naltrexone?',
    aliases: [
      'overdose risk',
      'tolerance',
      'relapse after stopping',
      'stopping naltrexone',
      'lost tolerance',
      'missed injection',
      'coming off',
    ],
    answer:
      'Yes, and this is the most important safety point for anyone who has used opioids. ' +
      "While on naltrexone the body loses its tolerance, so a dose that was once usual can stop a person's breathing once the block wears off. " +
      'The risk is highest after stopping, after a missed tablet or late injection, and near the end of each injection month. ' +
      'Keep naloxone at hand and make sure the people close to you know about this risk.',
    evidenceLevel: 'fda-approved',
    topic: 'safety',
    figures: [figures.rule_xr_block_duration_label],
    sources: [sources.vivitrolLabel, sources.encyclopedia, sources.clinic],
    audience: ['patient', 'family', 'clinician'],
    related: ['naloxone-rescue-kit', 'overcoming-the-block', 'depot-injection-duration'],
  },
  {
    id: 'overcoming-the-block',
    question: 'What happens if I take opioids while on naltrexone?',
    aliases: [
      'use heroin on naltrexone',
      'override the block',
      'take more opioids',
      'get high on naltrexone',
      'break through',
    ],
    answer:
      'Usual doses of opioids will have little or no effect while the block is strong. ' +
      'The block can be overpowered with large amounts, and trying to do so can cause a fatal overdose, because the block may fade while the opioid is still acting. ' +
      'If you have used, tell your clinician rather than trying to push through.',
    evidenceLevel: 'fda-approved',
    topic: 'safety',
    figures: [],
    sources: [sources.vivitrolLabel, sources.clinic, sources.encyclopedia],
    audience: ['patient', 'family'],
    related: ['overdose-after-stopping', 'naloxone-rescue-kit'],
  },
  {
    id: 'naloxone-rescue-kit',
    question: 'Should I carry naloxone (Narcan) while on naltrexone?',
    aliases: ['narcan kit', 'rescue kit', 'naloxone spray', 'take home naloxone', 'overdose kit'],
    answer:
      'Yes, for anyone with a history of opioid use. ' +
      'The injection label asks prescribers to discuss naloxone rescue at each visit, because overdose risk rises when the block fades. ' +
      'Family or friends should know where it is and how to use it; in an overdose, call emergency services as well.',
    evidenceLevel: 'fda-approved',
    topic: 'safety',
    figures: [],
    sources: [sources.vivitrolLabel, sources.naloxoneArticle],
    audience: ['patient', 'family', 'clinician'],
    related: ['overdose-after-stopping', 'naltrexone-vs-naloxone'],
  },
  {
    id: 'naltrexone-overdose',
    question: 'What happens if I take too much naltrexone?',
    aliases: ['too many tablets', 'double dose', 'naltrexone overdose', 'took extra'],
    answer:
      'Naltrexone itself is not dangerous in overdose in the way opioids are. ' +
      'Studies gave up to 800 mg a day without toxic effects, and one person who swallowed 1,500 mg at once had no lasting harm. ' +
      'High doses taken over weeks can strain the liver, so contact a doctor or poison centre if much more than prescribed was taken.',
    evidenceLevel: 'small-studies',
    topic: 'safety',
    figures: [],
    sources: [sources.encyclopedia],
    audience: ['patient', 'family'],
    related: ['liver-safety'],
  },
  {
    id: 'liver-safety',
    question: 'Is naltrexone bad for the liver?',
    aliases: [
      'safe for the liver',
      'liver damage',
      'liver tests',
      'lfts',
      'alt',
      'ast',
      'hepatotoxicity',
      'liver enzymes',
      'jaundice',
    ],
    answer:
      'At the usual 50 to 100 mg a day serious liver injury is rare, and in a trial of heavy drinkers liver tests on the injection were no worse than on placebo. ' +
      'The old warning came from a study of much higher doses in people without addiction, and the boxed liver warning was removed from the injection label in 2013. ' +
      'Many clinicians check liver tests before starting and now and then afterwards. ' +
      'Yellow eyes or skin, dark urine or stomach pain lasting several days need prompt medical attention.',
    evidenceLevel: 'fda-approved',
    topic: 'safety',
    figures: [figures.lft_livertox, figures.lft_300mg],
    sources: [
      sources.encyclopedia,
      sources.livertox,
      sources.lucey2008,
      sources.crowley,
      sources.clinic,
    ],
    audience: ['patient', 'clinician'],
    related: ['liver-disease', 'serious-side-effects'],
  },
  {
    id: 'liver-disease',
    question: 'Can I take naltrexone if I have liver disease or cirrhosis?',
    aliases: [
      'cirrhosis',
      'hepatitis',
      'hepatitis c',
      'fatty liver',
      'liver failure',
      'alcoholic liver disease',
    ],
    answer:
      'Naltrexone must not be used in acute hepatitis or liver failure. ' +
      'In cirrhosis, blood levels from tablets rise several-fold because the liver removes less on the first pass, so prescribers weigh benefit against risk and monitor closely. ' +
      'Mild to moderate liver impairment did not change levels from the injection. ' +
      'Decisions are individual, because stopping heavy drinking also protects the liver.',
    evidenceLevel: 'fda-approved',
    topic: 'safety',
    figures: [figures.oral_cirrhosis_fold],
    sources: [sources.encyclopedia, sources.swissLabel, sources.turncliff2005, sources.clinic],
    audience: ['clinician', 'patient'],
    related: ['liver-safety', 'who-should-not-take'],
  },
  {
    id: 'kidney-disease',
    question: 'Is naltrexone safe with kidney problems?',
    aliases: ['kidney', 'renal', 'renal impairment', 'dialysis', 'kidney disease'],
    answer:
      'Naltrexone and its main breakdown product leave the body in urine. ' +
      'No dose change is needed in mild kidney impairment, but moderate or severe impairment calls for caution because levels of the breakdown product can build up.',
    evidenceLevel: 'fda-approved',
    topic: 'safety',
    figures: [],
    sources: [sources.vivitrolLabel, sources.encyclopedia],
    audience: ['clinician'],
    related: ['who-should-not-take'],
  },
  {
    id: 'pregnancy',
    question: 'Can I take naltrexone while pregnant or breastfeeding?',
    aliases: ['pregnant', 'pregnancy', 'breastfeeding', 'trying to conceive', 'baby'],
    answer:
      'It is not known whether naltrexone is safe in pregnancy, because the evidence is limited. ' +
      'If you are pregnant or planning a pregnancy, talk to your prescriber before stopping or starting, since a relapse also carries risks for mother and baby.',
    evidenceLevel: 'small-studies',
    topic: 'safety',
    figures: [],
    sources: [sources.encyclopedia, sources.vivitrolLabel],
    audience: ['patient', 'clinician'],
    related: ['who-should-not-take', 'naltrexone-vs-buprenorphine-methadone'],
  },
  {
    id: 'surgery-and-pain-relief',
    question: 'What about surgery or pain relief while on naltrexone?',
    aliases: [
      'surgery',
      'operation',
      'anaesthesia',
      'anesthesia',
      'painkillers',
      'emergency pain',
      'dentist',
      'pain management',
    ],
    answer:
      'Naltrexone blocks opioid painkillers, so tell your surgeon, anaesthetist and dentist, and carry a card saying you take it. ' +
      'Non-opioid pain relief and local or regional anaesthesia work normally. ' +
      'For planned surgery, consensus advice is to stop tablets about three days ahead, or plan around the injection date, and to restart only after 7 to 10 opioid-free days. ' +
      'In an emergency, opioids given to overcome the block need close monitoring in hospital.',
    evidenceLevel: 'guideline',
    topic: 'safety',
    figures: [figures.rule_periop_oral, figures.rule_periop_xr],
    sources: [sources.spaqi, sources.vivitrolLabel, sources.encyclopedia],
    audience: ['patient', 'clinician'],
    related: ['opioid-medicines-blocked', 'opioid-free-interval'],
  },
  {
    id: 'opioid-medicines-blocked',
    question: 'Which medicines does naltrexone interact with?',
    aliases: [
      'block painkillers',
      'block tramadol',
      'block my pain medicine',
      'interactions',
      'cough medicine',
      'codeine',
      'loperamide',
      'diarrhoea medicine',
      'drug interactions',
      'other medications',
    ],
    answer:
      'Naltrexone blocks medicines that work through opioid receptors: opioid painkillers, cough medicines containing codeine and anti-diarrhoea medicines such as loperamide or diphenoxylate. ' +
      "It is not processed by the liver's CYP450 enzymes, so interactions with most other medicines are unlikely. " +
      'Still, tell every prescriber and pharmacist that you take it.',
    evidenceLevel: 'fda-approved',
    topic: 'safety',
    figures: [],
    sources: [sources.encyclopedia, sources.reviaLabel, sources.clinic],
    audience: ['patient', 'clinician'],
    related: ['surgery-and-pain-relief'],
  },
];
