import { figures } from '../figures';
import { sources } from '../sources';
import type { KnowledgeEntry } from '../types';

/** Low-dose naltrexone (LDN): what it is and what each use rests on. */
export const ldnEntries: readonly KnowledgeEntry[] = [
  {
    id: 'ldn-what-is',
    question: 'What is low-dose naltrexone (LDN)?',
    aliases: [
      'ldn',
      'low dose naltrexone',
      '4.5 mg naltrexone',
      'compounded naltrexone',
      'ldn dose',
      'how does ldn work',
    ],
    answer:
      'Low-dose naltrexone means taking a small fraction of the usual dose, usually a few milligrams a day, often made up by a compounding pharmacy. ' +
      'It is used off-label for conditions unrelated to addiction, such as chronic pain and some immune diseases. ' +
      'At these doses it is thought to act partly on immune signals (TLR4 receptors and brain microglia) as well as briefly on opioid receptors, but the mechanism is unproven. ' +
      'Evidence for its uses is limited to small studies.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [figures.ldn_definitions, figures.ldn_pet_5mg],
    sources: [sources.encyclopedia, sources.peterson, sources.toljan2018, sources.trostheim2022],
    audience: ['patient', 'clinician'],
    related: ['ldn-fibromyalgia', 'ldn-multiple-sclerosis', 'ldn-long-covid', 'ldn-and-opioids'],
  },
  {
    id: 'ldn-fibromyalgia',
    question: 'Does low-dose naltrexone help fibromyalgia?',
    aliases: ['fibromyalgia', 'fibro', 'fms', 'widespread pain', 'ldn pain', 'chronic pain'],
    answer:
      'Some small studies have found less pain in fibromyalgia with low-dose naltrexone, possibly through calming immune cells in the nervous system. ' +
      'The trials are few and small, so there is not enough evidence to recommend it as standard care. ' +
      'People who try it should do so with their doctor, and it still blocks opioid painkillers for part of each day.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.peterson, sources.encyclopedia, sources.toljan2018],
    audience: ['patient', 'clinician'],
    related: ['ldn-what-is', 'ldn-other-conditions', 'ldn-and-opioids'],
  },
  {
    id: 'ldn-multiple-sclerosis',
    question: 'Is low-dose naltrexone used for multiple sclerosis?',
    aliases: ['ms', 'multiple sclerosis', 'ldn ms', 'fatigue in ms', 'autoimmune'],
    answer:
      'Some people with multiple sclerosis take low-dose naltrexone, and a few studies hint at more energy and a better everyday life. ' +
      'It has not been shown to change the course of the disease, and evidence for recommending it is lacking. ' +
      'It should not replace disease-modifying treatment chosen with a neurologist.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.peterson, sources.encyclopedia],
    audience: ['patient', 'clinician'],
    related: ['ldn-what-is', 'ldn-other-conditions'],
  },
  {
    id: 'ldn-crohns',
    question: "Can low-dose naltrexone help Crohn's disease?",
    aliases: ['crohns', 'crohn', 'inflammatory bowel disease', 'ibd', 'colitis'],
    answer:
      "There are early signs that low-dose naltrexone may help in Crohn's disease, but the research is too limited to say whether it really works. " +
      'It is an off-label experiment, not a replacement for standard treatment of the bowel inflammation.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.peterson, sources.toljan2018],
    audience: ['patient', 'clinician'],
    related: ['ldn-what-is'],
  },
  {
    id: 'ldn-long-covid',
    question: 'Is low-dose naltrexone a treatment for long COVID?',
    aliases: [
      'long covid',
      'post covid',
      'covid fatigue',
      'me/cfs',
      'chronic fatigue syndrome',
      'cfs',
      'me',
    ],
    answer:
      'Low-dose naltrexone is being studied for long COVID, and some people with ME/CFS report feeling better on it. ' +
      'In 2022 only a few small trials were under way, so there is no proof yet that it works. ' +
      'It should be seen as experimental.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.encyclopedia],
    audience: ['patient', 'clinician'],
    related: ['ldn-what-is', 'ldn-other-conditions'],
  },
  {
    id: 'ldn-other-conditions',
    question: 'What other conditions is low-dose naltrexone tried for?',
    aliases: [
      'diabetic neuropathy',
      'nerve pain',
      'neuropathic pain',
      'back pain',
      'low back pain',
      'autoimmune disease',
    ],
    answer:
      'People also use low-dose naltrexone for nerve pain such as diabetic neuropathy, chronic low back pain and various autoimmune conditions. ' +
      'For these there are only early indications and patient reports. ' +
      'Until larger trials report, any benefit is uncertain.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [],
    sources: [sources.peterson, sources.encyclopedia, sources.toljan2018],
    audience: ['patient', 'clinician'],
    related: ['ldn-what-is', 'ldn-fibromyalgia'],
  },
  {
    id: 'ldn-and-opioids',
    question: 'Can I take opioid painkillers while on low-dose naltrexone?',
    aliases: ['ldn and opioids', 'ldn tramadol', 'ldn painkillers', 'ldn surgery'],
    answer:
      'Even a low dose occupies a good share of brain opioid receptors for some hours, so opioid painkillers may work less well. ' +
      'Tell every prescriber and your surgeon that you take it. ' +
      'Whether and when to pause it is a decision for your doctor.',
    evidenceLevel: 'small-studies',
    topic: 'off-label',
    figures: [figures.ldn_pet_5mg],
    sources: [sources.trostheim2022, sources.toljan2018],
    audience: ['patient', 'clinician'],
    related: ['ldn-what-is', 'surgery-and-pain-relief'],
  },
];
