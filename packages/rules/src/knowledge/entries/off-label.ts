import { sources } from '../sources';
import type { KnowledgeEntry } from '../types';

/** Off-label and researched uses, each with its honest evidence level. */
export const offLabelEntries: readonly KnowledgeEntry[] = [
  {
    id: 'gambling',
    question: 'Can naltrexone help with gambling?',
    aliases: [
      'gambling addiction',
      'problem gambling',
      'compulsive gambling',
      'betting',
      'behavioural addiction',
    ],
    answer:
      "Naltrexone has been tried for gambling problems because gambling, like drinking, seems to involve the brain's reward and opioid systems. " +
      'Some reports describe people stopping gambling for as long as they took it. ' +
      'However, the studies are small and their results conflict, so it is not an approved use. ' +
      'Anyone considering it should discuss it with a prescriber alongside psychological treatment.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.encyclopedia, sources.peterson],
    audience: ['patient', 'clinician'],
    related: ['kleptomania', 'compulsive-sexual-behaviour'],
  },
  {
    id: 'kleptomania',
    question: 'Is naltrexone used for kleptomania or other impulse-control problems?',
    aliases: [
      'stealing',
      'shoplifting urges',
      'impulse control',
      'trichotillomania',
      'hair pulling',
    ],
    answer:
      'There are some signs that naltrexone may reduce urges in impulse-control conditions such as kleptomania or compulsive hair pulling. ' +
      'The evidence is mostly a handful of case descriptions and very small studies. ' +
      'It is an off-label use, and its benefit has not been shown in proper controlled trials.',
    evidenceLevel: 'case-reports',
    topic: 'off-label',
    figures: [],
    sources: [sources.encyclopedia, sources.peterson],
    audience: ['clinician', 'patient'],
    related: ['gambling', 'compulsive-sexual-behaviour'],
  },
  {
    id: 'compulsive-sexual-behaviour',
    question: 'Can naltrexone help with compulsive sexual behaviour or porn addiction?',
    aliases: [
      'sex addiction',
      'pornography',
      'porn',
      'internet addiction',
      'hypersexuality',
      'sexual urges',
    ],
    answer:
      'Small studies and case reports describe fewer sexual urges and less compulsive sexual behaviour, including internet pornography use, on naltrexone. ' +
      'In one study the effect faded once the medicine was stopped. ' +
      'These findings are encouraging but preliminary, and this remains an off-label use.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.encyclopedia, sources.peterson, sources.naloxoneArticle],
    audience: ['patient', 'clinician'],
    related: ['gambling', 'kleptomania'],
  },
  {
    id: 'self-injury',
    question: 'Does naltrexone help with self-injury?',
    aliases: [
      'self harm',
      'self-harm',
      'cutting',
      'autism self injury',
      'developmental disability',
      'head banging',
    ],
    answer:
      'One line of thinking is that some self-injury releases endorphins that reward the behaviour, and blocking them may make it fade. ' +
      'A study in people with developmental disabilities, including autism, found that naltrexone sometimes reduced self-injurious behaviour. ' +
      'Evidence is limited to small studies, so it is an off-label option for specialists. ' +
      'Anyone who is hurting themselves should get help from a clinician rather than rely on a medicine.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.encyclopedia],
    audience: ['clinician', 'family'],
    related: ['borderline-personality-disorder', 'dissociation'],
  },
  {
    id: 'borderline-personality-disorder',
    question: 'Is naltrexone used in borderline personality disorder?',
    aliases: ['bpd', 'borderline', 'emotionally unstable personality', 'self harm in bpd'],
    answer:
      'Naltrexone has shown some effect on dissociation and self-injury in people with borderline personality disorder. ' +
      'The studies are small, and how the opioid system is involved is not clear. ' +
      'It is an off-label add-on, not a treatment for the disorder as a whole.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.peterson, sources.encyclopedia],
    audience: ['clinician', 'patient'],
    related: ['self-injury', 'dissociation'],
  },
  {
    id: 'dissociation',
    question: 'Can naltrexone help with dissociation or depersonalisation?',
    aliases: [
      'depersonalization',
      'derealisation',
      'derealization',
      'dissociative identity disorder',
      'did',
      'feeling unreal',
    ],
    answer:
      'Naltrexone is sometimes tried for dissociative symptoms such as depersonalisation and derealisation, and small preliminary studies suggest it may help. ' +
      'The effect is thought to come from blocking the kappa opioid receptor. ' +
      'Naltrexone blocks that receptor less strongly than the mu receptor, so higher doses than usual seem to be needed. ' +
      'This is off-label and should be managed by a specialist.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.encyclopedia, sources.peterson],
    audience: ['clinician', 'patient'],
    related: ['borderline-personality-disorder'],
  },
  {
    id: 'ptsd-and-alcohol',
    question: 'Can naltrexone be used when someone has PTSD and a drinking problem?',
    aliases: ['ptsd', 'post-traumatic stress', 'trauma and alcohol', 'veterans'],
    answer:
      'Several studies in people with both PTSD and alcohol use disorder have found naltrexone helpful for the drinking. ' +
      'Since alcohol use disorder is an approved use, PTSD does not rule it out. ' +
      'Whether it helps PTSD symptoms on their own is much less certain, with only early hints.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.peterson],
    audience: ['clinician', 'patient'],
    related: ['alcohol-use-disorder'],
  },
  {
    id: 'depression-treatment',
    question: 'Can naltrexone treat depression?',
    aliases: [
      'antidepressant',
      'add-on for depression',
      'treatment resistant depression',
      'ldn depression',
    ],
    answer:
      'Naltrexone is not an antidepressant. ' +
      'A small pilot study reported benefit when it was added for breakthrough depression in people already on certain antidepressants, but no follow-up studies confirm it. ' +
      'Depression should be treated with established treatments.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.peterson],
    audience: ['patient', 'clinician'],
    related: ['does-naltrexone-cause-depression'],
  },
  {
    id: 'other-substances',
    question: 'Does naltrexone help with other drugs such as stimulants or cough syrup?',
    aliases: [
      'dextromethorphan',
      'cough syrup dependence',
      'amphetamine',
      'cocaine',
      'stimulants',
      'meth',
    ],
    answer:
      'Studies have found that naltrexone can dampen the rewarding effects of some other drugs, including nicotine and amphetamines. ' +
      'For dextromethorphan (cough syrup) dependence there are only case descriptions. ' +
      "None of these is an approved use, and dampening a drug's effect in a study is not the same as treating an addiction to it.",
    evidenceLevel: 'case-reports',
    topic: 'off-label',
    figures: [],
    sources: [sources.encyclopedia, sources.peterson],
    audience: ['clinician'],
    related: ['alcohol-use-disorder', 'opioid-use-disorder'],
  },
  {
    id: 'smoking-cessation',
    question: 'Does naltrexone help you quit smoking?',
    aliases: ['smoking', 'nicotine', 'cigarettes', 'stop smoking', 'tobacco', 'vaping'],
    answer:
      'No: naltrexone has not been found useful for stopping smoking. ' +
      'People who want to quit should ask about treatments made for that purpose. ' +
      'The combination of naltrexone with bupropion is a weight-loss product and is not meant for quitting smoking.',
    evidenceLevel: 'not-supported',
    topic: 'off-label',
    figures: [],
    sources: [sources.encyclopedia],
    audience: ['patient', 'clinician'],
    related: ['obesity-naltrexone-bupropion'],
  },
];
