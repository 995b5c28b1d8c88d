import { figures } from '../figures';
import { sources } from '../sources';
import type { KnowledgeEntry } from '../types';

/** Starting treatment safely after opioids, and switching. */
export const startingEntries: readonly KnowledgeEntry[] = [
  {
    id: 'opioid-free-interval',
    question: 'How long do I need to be off opioids before starting naltrexone?',
    aliases: [
      'washout',
      'opioid free',
      'detox first',
      'when can i start',
      'starting naltrexone',
      'last use',
      'fentanyl',
      'methadone',
      'tramadol',
    ],
    answer:
      'Naltrexone pushes opioids off their receptors, so starting it while opioids are still in the body can cause sudden, severe withdrawal. ' +
      'The labels ask for 7 to 10 opioid-free days after short-acting opioids such as heroin, oxycodone or tramadol, and up to 14 days after methadone or buprenorphine. ' +
      'Illicit fentanyl can linger in the body for longer after regular use, so some clinicians wait longer or do a naloxone challenge first (a practice habit rather than a label rule). ' +
      'Be honest with your prescriber about your last use, because this is about your safety.',
    evidenceLevel: 'fda-approved',
    topic: 'starting',
    figures: [
      figures.rule_opioid_free,
      figures.rule_bup_methadone,
      figures.rule_asam2015_long_acting,
      figures.rule_fentanyl_urine,
    ],
    sources: [
      sources.vivitrolLabel,
      sources.reviaLabel,
      sources.asam2015,
      sources.huhn2020,
      sources.encyclopedia,
    ],
    audience: ['patient', 'clinician'],
    related: ['naloxone-challenge', 'precipitated-withdrawal', 'rapid-induction'],
  },
  {
    id: 'naloxone-challenge',
    question: 'What is a naloxone challenge test?',
    aliases: [
      'narcan challenge',
      'challenge test',
      'test dose',
      'naloxone test',
      'provocation test',
    ],
    answer:
      'Before the first naltrexone dose, a clinician may give a small dose of naloxone, a short-acting opioid blocker, and watch for withdrawal signs. ' +
      'If withdrawal appears, opioids are still active in the body and naltrexone should not be started yet; the test can be repeated a day later. ' +
      'Because naloxone wears off within hours, any withdrawal it causes is short, unlike withdrawal triggered by naltrexone. ' +
      'It is not done in people who already have withdrawal symptoms or an opioid-positive urine test.',
    evidenceLevel: 'fda-approved',
    topic: 'starting',
    figures: [figures.rule_naloxone_challenge_iv, figures.rule_naloxone_challenge_sc],
    sources: [sources.reviaLabel, sources.encyclopedia],
    audience: ['clinician', 'patient'],
    related: ['opioid-free-interval', 'precipitated-withdrawal'],
  },
  {
    id: 'precipitated-withdrawal',
    question: 'What is precipitated withdrawal and why does naltrexone cause it?',
    aliases: [
      'sudden withdrawal',
      'sick after first dose',
      'withdrawal symptoms',
      'cows',
      'dope sick',
    ],
    answer:
      'If opioids are still attached to receptors, naltrexone displaces them at once and withdrawal starts within minutes instead of building over a day. ' +
      'It can be severe, with vomiting, diarrhoea, sweating, agitation and pain, and sometimes needs hospital care. ' +
      'After the injection it can last longer because the drug cannot be removed. ' +
      'The opioid-free interval, an honest history, urine tests and a naloxone challenge are there to prevent it.',
    evidenceLevel: 'fda-approved',
    topic: 'starting',
    figures: [],
    sources: [sources.vivitrolLabel, sources.encyclopedia, sources.clinic],
    audience: ['patient', 'clinician'],
    related: ['opioid-free-interval', 'naloxone-challenge'],
  },
  {
    id: 'rapid-induction',
    question: 'Is there a faster way to start naltrexone after opioids?',
    aliases: [
      'rapid induction',
      'fast detox',
      'naltrexone-assisted detox',
      'low dose start',
      'outpatient induction',
    ],
    answer:
      'Specialist services sometimes use a rapid start over about a week: a single day of buprenorphine, medicines for withdrawal symptoms and gradually increasing small doses of naltrexone. ' +
      "In a randomised trial more people reached the first injection this way than with a standard buprenorphine taper and a week's wait. " +
      'It needs close supervision and is not a do-it-yourself approach.',
    evidenceLevel: 'rcts',
    topic: 'starting',
    figures: [figures.rule_rapid_induction_sullivan],
    sources: [sources.sullivan2017],
    audience: ['clinician'],
    related: ['opioid-free-interval', 'precipitated-withdrawal'],
  },
  {
    id: 'switching-to-buprenorphine',
    question: 'How do I switch from naltrexone to buprenorphine or methadone?',
    aliases: [
      'switch to suboxone',
      'stop naltrexone start methadone',
      'change treatment',
      'switching',
    ],
    answer:
      'Switching the other way is simpler because there is no withdrawal to wait for. ' +
      'Guidelines suggest starting buprenorphine or methadone about a day after the last tablet, or about 30 days after the last injection, at low doses. ' +
      'Tolerance is low after naltrexone, so the first doses must be cautious.',
    evidenceLevel: 'guideline',
    topic: 'starting',
    figures: [figures.rule_switch_to_agonist],
    sources: [sources.asam2020],
    audience: ['clinician', 'patient'],
    related: ['naltrexone-vs-buprenorphine-methadone', 'overdose-after-stopping'],
  },
  {
    id: 'who-should-not-take',
    question: 'Who should not take naltrexone?',
    aliases: [
      'contraindications',
      'can i take naltrexone',
      'not suitable',
      'precautions',
      'warnings',
    ],
    answer:
      'Naltrexone should not be started by people who are using opioids, need opioid painkillers, are in opioid withdrawal or had opioids in the last 7 to 10 days. ' +
      'It should not be used in acute hepatitis or liver failure, and people with other liver disease need careful assessment. ' +
      'A previous allergic reaction to naltrexone rules it out. ' +
      'Pregnancy, kidney disease and depression are not absolute barriers but need a discussion with the prescriber.',
    evidenceLevel: 'fda-approved',
    topic: 'safety',
    figures: [figures.rule_opioid_free],
    sources: [sources.vivitrolLabel, sources.reviaLabel, sources.encyclopedia, sources.clinic],
    audience: ['patient', 'clinician'],
    related: ['opioid-free-interval', 'liver-safety', 'pregnancy', 'kidney-disease'],
  },
];
