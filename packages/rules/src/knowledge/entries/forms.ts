import { figures } from '../figures';
import { sources } from '../sources';
import type { KnowledgeEntry } from '../types';

/** Tablets, injection, implant, LDN and targeted dosing. */
export const formEntries: readonly KnowledgeEntry[] = [
  {
    id: 'forms-overview',
    question: 'What forms of naltrexone are there?',
    aliases: [
      'pill or shot',
      'tablet',
      'injection',
      'implant',
      'types of naltrexone',
      'formulations',
    ],
    answer:
      'The usual form is a 50 mg tablet taken once a day. ' +
      'A long-acting injection of 380 mg into the buttock muscle (Vivitrol) lasts about a month. ' +
      'Implants placed under the skin exist but are made in Australia for export and are not approved in most countries. ' +
      'Naltrexone is also combined with bupropion in a weight-loss tablet, and very small doses are used off-label as low-dose naltrexone.',
    evidenceLevel: 'fda-approved',
    topic: 'forms',
    figures: [],
    sources: [sources.encyclopedia, sources.clinic, sources.vivitrolLabel],
    audience: ['patient', 'family', 'clinician'],
    related: [
      'oral-tablet',
      'depot-injection-duration',
      'implant',
      'ldn-what-is',
      'obesity-naltrexone-bupropion',
    ],
  },
  {
    id: 'oral-tablet',
    question: 'How do I take naltrexone tablets?',
    aliases: [
      'dose',
      'dosage',
      '50 mg',
      'how much naltrexone',
      'morning',
      'daily pill',
      'oral naltrexone',
      'missed dose',
    ],
    answer:
      'The usual dose is one 50 mg tablet a day, often taken in the morning. ' +
      'After opioid use the first dose is often 25 mg, then 50 mg daily if there are no withdrawal symptoms. ' +
      'When a clinic supervises doses, a larger dose two or three times a week (such as 100, 100 and 150 mg) can replace daily tablets because bigger doses block opioids for longer. ' +
      'If you miss doses the block fades within a few days, which matters most for people who used opioids.',
    evidenceLevel: 'fda-approved',
    topic: 'forms',
    figures: [figures.rule_oral_start_opioid, figures.heroin_block_label],
    sources: [sources.reviaLabel, sources.encyclopedia, sources.naloxoneArticle],
    audience: ['patient', 'clinician'],
    related: ['oral-blockade-duration', 'overdose-after-stopping', 'oral-vs-injection'],
  },
  {
    id: 'oral-blockade-duration',
    question: 'How long does one naltrexone tablet block opioids?',
    aliases: [
      'how long does a pill last',
      'how long does naltrexone last',
      'half-life',
      'half life',
      'stay in system',
      'wear off',
    ],
    answer:
      'Although naltrexone leaves the blood within hours, its hold on brain opioid receptors lasts much longer. ' +
      'Brain scans after a single 50 mg tablet found most receptors still blocked at two days and about half at five days. ' +
      'In the label, 50 mg blocked a test dose of heroin for a day, and 150 mg for three days. ' +
      'A partial block can be overcome by larger opioid doses, which is dangerous.',
    evidenceLevel: 'fda-approved',
    topic: 'forms',
    figures: [figures.pet_lee_48h, figures.pet_lee_120h, figures.heroin_block_label],
    sources: [sources.lee1988, sources.reviaLabel, sources.encyclopedia],
    audience: ['patient', 'clinician'],
    related: ['oral-tablet', 'overcoming-the-block', 'depot-injection-duration'],
  },
  {
    id: 'depot-injection-duration',
    question: 'How long does the naltrexone injection (Vivitrol) last?',
    aliases: [
      'vivitrol',
      'shot',
      'monthly injection',
      'depot',
      'extended-release',
      'xr-ntx',
      'how long does the shot last',
      'injectable naltrexone',
    ],
    answer:
      'The extended-release injection releases naltrexone slowly and is given every four weeks. ' +
      'Blood levels peak in the first hours and again two to three days after the shot, then start to fall slowly after about two weeks. ' +
      'The label counts on about 28 days of blockade, and the drug is still measurable a month later. ' +
      'Towards the end of the month the block weakens, so a late or missed injection brings back the risk of overdose.',
    evidenceLevel: 'fda-approved',
    topic: 'forms',
    figures: [figures.rule_xr_block_duration_label, figures.xr_dunbar_measurable],
    sources: [sources.vivitrolLabel, sources.dunbar2006, sources.naloxoneArticle],
    audience: ['patient', 'family', 'clinician'],
    related: ['injection-site-reactions', 'overdose-after-stopping', 'oral-vs-injection'],
  },
  {
    id: 'oral-vs-injection',
    question: 'Is the naltrexone pill or the injection better?',
    aliases: [
      'tablet or injection',
      'pill vs shot',
      'oral vs depot',
      'which form is best',
      'adherence',
    ],
    answer:
      'Both contain the same medicine; the difference is mainly whether it is taken reliably. ' +
      'For opioid use disorder the monthly injection works clearly better, because a person can stop tablets at any time and lose the block within days. ' +
      'For alcohol both forms are approved, and tablets suit people who take them regularly. ' +
      'The injection can cause injection-site reactions, while tablets let you stop quickly if side effects appear.',
    evidenceLevel: 'guideline',
    topic: 'forms',
    figures: [figures.rule_asam2020_oral_ntx],
    sources: [sources.asam2020, sources.encyclopedia, sources.vivitrolLabel],
    audience: ['patient', 'clinician'],
    related: ['oral-tablet', 'depot-injection-duration', 'implant'],
  },
  {
    id: 'injection-site-reactions',
    question: 'What injection-site reactions can the naltrexone shot cause?',
    aliases: [
      'does the injection hurt',
      'painful injection',
      'sore buttock',
      'lump after injection',
      'injection pain',
      'injection site',
      'hard lump',
      'abscess',
    ],
    answer:
      'Pain, tenderness, a hard lump or bruising where the shot was given are common and usually settle. ' +
      'Rarely the reaction is severe, with a hardened area, a wound or dead tissue, and a few people have needed surgery. ' +
      'The injection goes deep into the buttock muscle, alternating sides each month. ' +
      'Report pain, swelling or a lump that gets worse or does not improve within two weeks.',
    evidenceLevel: 'fda-approved',
    topic: 'side-effects',
    figures: [figures.ae_xrntx_dad2017],
    sources: [sources.vivitrolLabel, sources.clinic, sources.xrntx2017],
    audience: ['patient', 'clinician'],
    related: ['depot-injection-duration', 'serious-side-effects'],
  },
  {
    id: 'implant',
    question: 'What is a naltrexone implant?',
    aliases: [
      'implant',
      'pellet',
      'subcutaneous implant',
      'long-acting implant',
      'australia implant',
    ],
    answer:
      'A naltrexone implant is a pellet placed under the skin that releases the drug for months. ' +
      'Implants are manufactured in Australia for export and are not an approved product there or in the US. ' +
      'In a Russian trial many more people stayed in treatment without relapse on an implant than on tablets or placebo. ' +
      'Because release varies between products and people, the protection period is uncertain.',
    evidenceLevel: 'rcts',
    topic: 'forms',
    figures: [figures.implant_krupitsky_2012],
    sources: [sources.encyclopedia, sources.krupitsky2012],
    audience: ['patient', 'clinician'],
    related: ['forms-overview', 'opioid-use-disorder'],
  },
  {
    id: 'sinclair-method',
    question: 'What is the Sinclair method?',
    aliases: [
      'sinclair',
      'tsm',
      'targeted naltrexone',
      'take before drinking',
      'as needed',
      'pharmacological extinction',
      'one little pill',
    ],
    answer:
      'In the Sinclair method a person takes naltrexone about an hour before drinking, and only on days they plan to drink. ' +
      'The idea is that drinking while the reward is blocked gradually weakens the learned urge to drink. ' +
      'It aims at cutting down rather than immediate abstinence. ' +
      'It is an off-label way of dosing with much less research behind it than daily use.',
    evidenceLevel: 'small-studies',
    topic: 'forms',
    figures: [],
    sources: [sources.encyclopedia],
    audience: ['patient', 'clinician'],
    related: ['alcohol-while-on-naltrexone', 'alcohol-use-disorder'],
  },
];
