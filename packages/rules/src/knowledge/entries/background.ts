import { figures } from '../figures';
import { sources } from '../sources';
import type { KnowledgeEntry } from '../types';

/** Drinking on naltrexone, history, brands, related medicines and common myths. */
export const backgroundEntries: readonly KnowledgeEntry[] = [
  {
    id: 'alcohol-while-on-naltrexone',
    question: 'Can I drink alcohol while taking naltrexone?',
    aliases: [
      'drink on naltrexone',
      'drinking while on naltrexone',
      'alcohol and naltrexone',
      'beer',
      'wine',
      'get drunk',
      'reaction with alcohol',
      'antabuse',
    ],
    answer:
      'Naltrexone does not make you ill when you drink, unlike disulfiram (Antabuse), and many people in trials kept drinking at first. ' +
      'It makes drinking less rewarding, so people tend to drink less and have fewer heavy-drinking days. ' +
      'Alcohol still impairs you as usual, and the plan for how much, if any, to drink is worth agreeing with your prescriber. ' +
      'The injection worked best in trial participants who had stopped drinking for a week before starting.',
    evidenceLevel: 'rcts',
    topic: 'daily-life',
    figures: [figures.aud_garbutt, figures.aud_cochrane_heavy],
    sources: [sources.garbutt2005, sources.cochrane2010, sources.clinic, sources.encyclopedia],
    audience: ['patient', 'family'],
    related: ['alcohol-use-disorder', 'sinclair-method'],
  },
  {
    id: 'history',
    question: 'When was naltrexone developed and approved?',
    aliases: [
      'history',
      'invented',
      'discovered',
      'when approved',
      'trexan',
      'who made naltrexone',
      'endo laboratories',
    ],
    answer:
      'Naltrexone was first synthesised in 1963 at Endo Laboratories in New York and described in 1965 as a long-acting opioid blocker that works by mouth. ' +
      'Testing in people with opioid dependence started in 1973, and the US National Institute on Drug Abuse joined its development a year later. ' +
      'The FDA approved it for opioid dependence in 1984 under the name Trexan, and for alcohol dependence in 1995 as Revia. ' +
      'The monthly injection, Vivitrol, followed for alcohol in 2006 and for opioids in 2010.',
    evidenceLevel: 'fda-approved',
    topic: 'background',
    figures: [],
    sources: [sources.encyclopedia],
    audience: ['patient', 'family', 'clinician'],
    related: ['brand-names'],
  },
  {
    id: 'brand-names',
    question: 'What brand names is naltrexone sold under?',
    aliases: [
      'brands',
      'revia',
      'vivitrol',
      'depade',
      'nalorex',
      'trexan',
      'adepend',
      'contrave',
      'mysimba',
      'embeda',
      'generic',
    ],
    answer:
      'Tablets have been sold as Revia, Depade, Nalorex, Adepend, Trexan and other names, and are widely available as generics. ' +
      'Vivitrol is the monthly extended-release injection. ' +
      'Contrave (Mysimba in Europe) combines naltrexone with bupropion for weight management, and Embeda combined it with morphine. ' +
      'Narcan is not a naltrexone brand: it is naloxone.',
    evidenceLevel: 'fda-approved',
    topic: 'background',
    figures: [],
    sources: [sources.encyclopedia, sources.naloxoneArticle],
    audience: ['patient', 'family', 'clinician'],
    related: ['history', 'naltrexone-vs-naloxone', 'forms-overview'],
  },
  {
    id: 'related-medicines',
    question: 'How is naltrexone related to nalmefene and methylnaltrexone?',
    aliases: [
      'nalmefene',
      'selincro',
      'methylnaltrexone',
      'relistor',
      'samidorphan',
      'opioid-induced constipation',
    ],
    answer:
      'These are chemical relatives that also block opioid receptors. ' +
      'Nalmefene is a close cousin with much the same uses, available in some countries. ' +
      'Methylnaltrexone cannot enter the brain, so it treats constipation caused by opioid painkillers without blocking pain relief, and it does not treat addiction. ' +
      'Naloxone is the short-acting relative used to reverse overdoses.',
    evidenceLevel: 'fda-approved',
    topic: 'background',
    figures: [],
    sources: [sources.encyclopedia],
    audience: ['clinician', 'patient'],
    related: ['naltrexone-vs-naloxone'],
  },
  {
    id: 'is-it-addictive',
    question: 'Is naltrexone addictive?',
    aliases: [
      'addictive',
      'habit forming',
      'dependence on naltrexone',
      'swapping one drug for another',
      'abuse potential',
    ],
    answer:
      'No. Naltrexone blocks opioid receptors rather than stimulating them, produces no high and has no known potential for misuse. ' +
      'It does not cause physical dependence the way opioids do. ' +
      'For the same reason it does nothing for withdrawal symptoms, and starting it needs a full detox from opioids.',
    evidenceLevel: 'fda-approved',
    topic: 'background',
    figures: [],
    sources: [sources.encyclopedia, sources.naloxoneArticle, sources.datta],
    audience: ['patient', 'family'],
    related: ['does-it-cause-euphoria', 'controlled-substance'],
  },
  {
    id: 'does-it-cause-euphoria',
    question: 'Does naltrexone get you high?',
    aliases: ['euphoria', 'high', 'buzz', 'feel good', 'recreational', 'stoned'],
    answer:
      'No. Naltrexone produces no euphoria of its own. ' +
      'It does the opposite: it reduces the pleasant effects of opioids and alcohol, which is why it helps some people cut down.',
    evidenceLevel: 'fda-approved',
    topic: 'background',
    figures: [],
    sources: [sources.naloxoneArticle, sources.encyclopedia, sources.datta],
    audience: ['patient', 'family'],
    related: ['is-it-addictive', 'what-is-naltrexone'],
  },
  {
    id: 'controlled-substance',
    question: 'Is naltrexone a controlled substance? Do I need a prescription?',
    aliases: [
      'controlled drug',
      'schedule',
      'prescription',
      'buy online',
      'over the counter',
      'special license',
    ],
    answer:
      'Naltrexone is not a controlled substance, unlike methadone and buprenorphine, so it does not carry the special prescribing rules that apply to those medicines. ' +
      'It is still a prescription-only medicine because of possible serious side effects and the risk of withdrawal in people using opioids. ' +
      'Use it only under medical supervision.',
    evidenceLevel: 'fda-approved',
    topic: 'background',
    figures: [],
    sources: [sources.encyclopedia, sources.naloxoneArticle, sources.datta],
    audience: ['patient', 'family', 'clinician'],
    related: ['is-it-addictive'],
  },
];
