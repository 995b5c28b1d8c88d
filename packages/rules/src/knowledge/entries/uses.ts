import { figures } from '../figures';
import { sources } from '../sources';
import type { KnowledgeEntry } from '../types';

/** Approved uses, how naltrexone works and how well it works. */
export const useEntries: readonly KnowledgeEntry[] = [
  {
    id: 'what-is-naltrexone',
    question: 'What is naltrexone and how does it work?',
    aliases: [
      'how does naltrexone work',
      'mechanism',
      'opioid blocker',
      'opioid antagonist',
      'what does naltrexone do',
      'revia',
      'vivitrol',
    ],
    answer:
      "Naltrexone is a prescription medicine that sits on the brain's opioid receptors, mainly the mu receptor, and stops opioids from acting there. " +
      'That includes opioid drugs such as heroin or oxycodone and the endorphins the body releases, for example when someone drinks. ' +
      'With the reward dampened, drinking or using tends to feel less worthwhile, which can make cutting down easier. ' +
      'At 50 mg a day brain imaging shows nearly all mu receptors occupied. ' +
      'It is not an opioid itself and does not produce a high.',
    evidenceLevel: 'fda-approved',
    topic: 'background',
    figures: [figures.pet_weerts_mor],
    sources: [sources.encyclopedia, sources.clinic, sources.weerts2008],
    audience: ['patient', 'family', 'clinician'],
    related: ['alcohol-use-disorder', 'opioid-use-disorder', 'naltrexone-vs-naloxone'],
  },
  {
    id: 'alcohol-use-disorder',
    question: 'Does naltrexone work for alcohol use disorder?',
    aliases: [
      'reduce cravings',
      'craving for alcohol',
      'alcoholism',
      'alcohol dependence',
      'cut down drinking',
      'stop drinking',
      'heavy drinking',
      'does naltrexone help with drinking',
      'aud',
    ],
    answer:
      'Yes: treating alcohol use disorder is an approved use, for the tablet since 1995 and the monthly injection since 2006. ' +
      'Across many trials it lowers how much and how often people drink and, above all, the chance of going back to heavy drinking. ' +
      'It changes the share of people who drink at all much less, so its benefit is usually described as modest. ' +
      'It works best as part of a treatment plan with counselling or other support.',
    evidenceLevel: 'fda-approved',
    topic: 'uses',
    figures: [
      figures.aud_cochrane_heavy,
      figures.aud_jonas_heavy,
      figures.aud_mcpheeters_any,
      figures.aud_garbutt,
    ],
    sources: [
      sources.encyclopedia,
      sources.reviaLabel,
      sources.vivitrolLabel,
      sources.cochrane2010,
      sources.jonas2014,
      sources.mcpheeters2023,
      sources.garbutt2005,
    ],
    audience: ['patient', 'family', 'clinician'],
    related: [
      'alcohol-while-on-naltrexone',
      'sinclair-method',
      'acamprosate-comparison',
      'not-enough-alone',
    ],
  },
  {
    id: 'acamprosate-comparison',
    question: 'Is naltrexone or acamprosate better for alcohol?',
    aliases: [
      'acamprosate',
      'campral',
      'which alcohol medicine',
      'abstinence or craving',
      'alternatives for alcohol',
    ],
    answer:
      'Both are approved medicines for alcohol use disorder and they seem to help in slightly different ways. ' +
      'Acamprosate may do more for staying completely abstinent, while naltrexone may do more to reduce craving and heavy drinking. ' +
      'In a large review, fewer people needed acamprosate than naltrexone for one extra person to avoid any drinking. ' +
      'The choice depends on the goal (stopping or cutting down), liver health and whether opioid painkillers are needed.',
    evidenceLevel: 'rcts',
    topic: 'uses',
    figures: [figures.aud_jonas_any],
    sources: [sources.encyclopedia, sources.jonas2014],
    audience: ['patient', 'clinician'],
    related: ['alcohol-use-disorder'],
  },
  {
    id: 'opioid-use-disorder',
    question: 'Does naltrexone work for opioid addiction?',
    aliases: [
      'opioid use disorder',
      'heroin addiction',
      'opioid dependence',
      'oud',
      'fentanyl addiction',
      'relapse prevention',
    ],
    answer:
      'Naltrexone is approved to prevent relapse after a person has fully come off opioids: the tablet since 1984 and the monthly injection since 2010. ' +
      'In a placebo-controlled trial the injection clearly increased the number of opioid-free weeks. ' +
      'Tablets work far less well in practice, because skipping doses lets the block fade within days. ' +
      'Guidelines therefore favour the injection over tablets for opioid use disorder.',
    evidenceLevel: 'fda-approved',
    topic: 'uses',
    figures: [figures.oud_krupitsky_2011, figures.rule_asam2020_oral_ntx],
    sources: [sources.encyclopedia, sources.vivitrolLabel, sources.krupitsky2011, sources.asam2020],
    audience: ['patient', 'family', 'clinician'],
    related: [
      'naltrexone-vs-buprenorphine-methadone',
      'opioid-free-interval',
      'overdose-after-stopping',
    ],
  },
  {
    id: 'naltrexone-vs-buprenorphine-methadone',
    question: 'How does naltrexone compare with buprenorphine or methadone?',
    aliases: [
      'suboxone',
      'buprenorphine',
      'methadone',
      'agonist treatment',
      'which is better for opioid addiction',
      'maintenance',
    ],
    answer:
      'Methadone and buprenorphine act on opioid receptors themselves, while naltrexone blocks them, so starting naltrexone requires a full detox first. ' +
      'In the large US trial fewer people managed to start naltrexone, but among those who did, relapse was about the same as with buprenorphine. ' +
      'A Norwegian trial found the injection as good as buprenorphine for people already detoxified. ' +
      'Because methadone and buprenorphine keep tolerance up and have stronger evidence for preventing deaths, the World Health Organization advises them for most people.',
    evidenceLevel: 'rcts',
    topic: 'uses',
    figures: [figures.oud_xbot_induction, figures.oud_xbot_pp],
    sources: [sources.encyclopedia, sources.xbot2018, sources.norcomp2017],
    audience: ['patient', 'family', 'clinician'],
    related: ['opioid-use-disorder', 'switching-to-buprenorphine', 'overdose-after-stopping'],
  },
  {
    id: 'obesity-naltrexone-bupropion',
    question: 'Is naltrexone used for weight loss?',
    aliases: [
      'contrave',
      'mysimba',
      'naltrexone bupropion',
      'obesity',
      'lose weight',
      'weight loss pill',
      'appetite',
    ],
    answer:
      'Naltrexone on its own is not a weight-loss drug, but a fixed combination with the antidepressant bupropion is approved for weight management in obesity. ' +
      'Each part reduces appetite in a different way, and the dose is built up over four weeks. ' +
      'Because of the bupropion it carries a warning about suicidal thoughts and cautions about seizures and blood pressure. ' +
      'It blocks opioid painkillers just like plain naltrexone.',
    evidenceLevel: 'fda-approved',
    topic: 'uses',
    figures: [figures.contrave_titration],
    sources: [sources.contraveLabel, sources.encyclopedia, sources.peterson],
    audience: ['patient', 'clinician'],
    related: ['forms-overview', 'opioid-medicines-blocked'],
  },
  {
    id: 'not-enough-alone',
    question: 'Is naltrexone enough on its own, or do I need counselling too?',
    aliases: [
      'therapy',
      'counseling',
      'support group',
      'psychosocial',
      'aa',
      '12-step',
      'treatment programme',
      'program',
    ],
    answer:
      'Naltrexone is meant to be one part of a wider plan, not the whole treatment. ' +
      'It makes alcohol or opioids less rewarding, but it does not change the reasons for using or the situations that trigger it. ' +
      'Counselling, peer support and regular check-ins help people stay on the medicine and make use of the room it gives them. ' +
      'It also depends on the person wanting to change, since stopping the tablets removes the effect.',
    evidenceLevel: 'fda-approved',
    topic: 'daily-life',
    figures: [],
    sources: [sources.vivitrolLabel, sources.clinic, sources.naloxoneArticle, sources.datta],
    audience: ['patient', 'family'],
    related: ['alcohol-use-disorder', 'opioid-use-disorder'],
  },
  {
    id: 'how-long-to-work',
    question: 'How quickly does naltrexone start working?',
    aliases: [
      'when will it work',
      'how long until it works',
      'onset',
      'kick in',
      'takes effect',
      'cravings reduce',
    ],
    answer:
      'A tablet starts blocking opioid receptors within about half an hour. ' +
      'A drop in craving can take longer, often a few weeks, and some people notice it mostly as drinking feeling less rewarding. ' +
      'The monthly injection gives a steady effect from the first days after the shot.',
    evidenceLevel: 'small-studies',
    topic: 'daily-life',
    figures: [],
    sources: [sources.encyclopedia, sources.vivitrolLabel],
    audience: ['patient'],
    related: ['oral-tablet', 'depot-injection-duration'],
  },
];
