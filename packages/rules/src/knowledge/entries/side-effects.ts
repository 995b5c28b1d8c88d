import { figures } from '../figures';
import { sources } from '../sources';
import type { KnowledgeEntry } from '../types';

/** Side effects, their frequency, and mood. */
export const sideEffectEntries: readonly KnowledgeEntry[] = [
  {
    id: 'common-side-effects',
    question: 'What are the side effects of naltrexone and how common are they?',
    aliases: [
      'side effects',
      'adverse effects',
      'headache',
      'dizziness',
      'tiredness',
      'fatigue',
      'anxiety',
      'muscle aches',
      'joint pain',
    ],
    answer:
      'The most common side effects are nausea, headache, dizziness, tiredness, trouble sleeping and anxiety; stomach cramps, loss of appetite, muscle or joint aches and cold-like symptoms also occur. ' +
      'In placebo-controlled alcohol trials, nausea affected about 10 more people in every 100 than placebo, and daytime sleepiness about 9 more. ' +
      'Most are mild, and nausea in particular tends to fade over the first weeks. ' +
      'The injection adds soreness where the shot was given.',
    evidenceLevel: 'rcts',
    topic: 'side-effects',
    figures: [
      figures.ae_cochrane,
      figures.ae_revia_openlabel,
      figures.ae_xrntx_dad2017,
      figures.ae_vivitrol_disc_garbutt,
    ],
    sources: [
      sources.cochrane2010,
      sources.reviaLabel,
      sources.xrntx2017,
      sources.garbutt2005,
      sources.clinic,
      sources.naloxoneArticle,
    ],
    audience: ['patient', 'clinician'],
    related: ['nausea', 'serious-side-effects', 'does-naltrexone-cause-depression', 'sleep'],
  },
  {
    id: 'nausea',
    question: 'Will the nausea from naltrexone go away?',
    aliases: ['feel sick', 'nauseous', 'vomiting', 'upset stomach', 'stomach pain'],
    answer:
      'Nausea is the most frequent side effect and usually appears in the first days, then eases or disappears with time. ' +
      'Only a small share of people stop the tablets because of it. ' +
      'Tell your prescriber if it does not settle. ' +
      'Persistent vomiting or stomach pain lasting days should be reported, as it can signal liver trouble.',
    evidenceLevel: 'rcts',
    topic: 'side-effects',
    figures: [figures.ae_revia_rct_disc, figures.ae_cochrane],
    sources: [sources.reviaLabel, sources.cochrane2010, sources.clinic],
    audience: ['patient'],
    related: ['common-side-effects', 'liver-safety'],
  },
  {
    id: 'sleep',
    question: 'Can naltrexone affect sleep?',
    aliases: ['insomnia', 'trouble sleeping', 'sleepy', 'drowsy', 'tired', 'vivid dreams'],
    answer:
      'Both trouble sleeping and daytime sleepiness are reported. ' +
      'In trials, daytime sleepiness was somewhat more common than on placebo, and insomnia appears among the common side effects. ' +
      'These effects are usually mild; mention them to your prescriber if they persist.',
    evidenceLevel: 'rcts',
    topic: 'side-effects',
    figures: [figures.ae_cochrane],
    sources: [sources.cochrane2010, sources.reviaLabel, sources.encyclopedia],
    audience: ['patient'],
    related: ['common-side-effects'],
  },
  {
    id: 'serious-side-effects',
    question: 'Which naltrexone side effects are serious?',
    aliases: [
      'allergic reaction',
      'rash',
      'swelling',
      'pneumonia',
      'shortness of breath',
      'when to call a doctor',
      'dangerous side effects',
    ],
    answer:
      'Rare but serious problems include allergic reactions (rash, hives, swelling of the face or eyes), liver injury (yellow eyes, dark urine, lasting stomach pain) and severe injection-site reactions. ' +
      'With the injection, a few cases of eosinophilic pneumonia, a rare type of lung inflammation, have been seen, showing as breathlessness or cough. ' +
      'Any of these needs prompt medical attention. ' +
      'New or worsening low mood or thoughts of self-harm should also be reported straight away.',
    evidenceLevel: 'fda-approved',
    topic: 'side-effects',
    figures: [figures.ae_eosinophilic],
    sources: [sources.vivitrolLabel, sources.clinic, sources.naloxoneArticle],
    audience: ['patient', 'clinician'],
    related: ['liver-safety', 'injection-site-reactions', 'does-naltrexone-cause-depression'],
  },
  {
    id: 'does-naltrexone-cause-depression',
    question: 'Does naltrexone cause depression?',
    aliases: [
      'depressed',
      'low mood',
      'sad',
      'mood',
      'dysphoria',
      'feel down',
      'make me depressed',
      'suicidal',
      'anhedonia',
      'flat',
    ],
    answer:
      'For most people, no: early small studies without placebo groups reported low mood, but longer controlled studies in alcohol and opioid treatment mostly did not. ' +
      'What some people feel is the loss of the lift that drinking or using used to give, which can feel like depression but is a sign the medicine is working. ' +
      'Clinical depression is different: losing interest in things you used to enjoy, with hopelessness and helplessness. ' +
      'The injection label still asks for mood to be watched during treatment, and thoughts of self-harm need help right away.',
    evidenceLevel: 'rcts',
    topic: 'side-effects',
    figures: [],
    sources: [sources.datta, sources.encyclopedia, sources.vivitrolLabel],
    audience: ['patient', 'family', 'clinician'],
    related: ['pleasure-and-connection', 'depression-treatment', 'not-enough-alone'],
  },
  {
    id: 'pleasure-and-connection',
    question: 'Will naltrexone stop me enjoying things?',
    aliases: [
      'emotional blunting',
      'numb',
      'no pleasure',
      'social connection',
      'music',
      'feel flat',
      'anhedonia',
    ],
    answer:
      'Naltrexone dampens the reward from alcohol and opioids, which is its purpose. ' +
      'A few studies found slightly reduced feelings of social connection, while findings on enjoyment of music conflict. ' +
      'Most people in long-term studies do not report a general loss of pleasure. ' +
      'If everyday life feels flat for weeks, tell your prescriber, as it may be depression or a side effect worth reviewing.',
    evidenceLevel: 'small-studies',
    topic: 'side-effects',
    figures: [],
    sources: [sources.encyclopedia, sources.datta],
    audience: ['patient'],
    related: ['does-naltrexone-cause-depression'],
  },
];
