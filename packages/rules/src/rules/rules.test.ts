// Table tests: one row per clinical situation. `fires` lists topics that must appear with their
// indicator; `silent` lists topics that must not appear; `exact` demands no other card at all.
import { describe, expect, test } from 'vitest';
import type { Indicator, TopicCode } from '../cards/types';
import { topicCodes } from '../cards/types';
import { noEstimate } from '../engine/estimate';
import { evaluateRules } from '../engine/evaluate';
import type { Hook } from '../engine/context';
import type { PatientFacts } from '../facts/types';
import {
  NOW,
  condition,
  daysAgo,
  depotDraft,
  depotGiven,
  facts,
  fineAudStart,
  lab,
  med,
  ntxDraft,
  oralOngoing,
  score,
} from '../../test/builders';

interface Row {
  readonly name: string;
  readonly facts: PatientFacts;
  readonly hook?: Hook;
  readonly fires?: Partial<Record<TopicCode, Indicator>>;
  readonly silent?: readonly TopicCode[];
  readonly exact?: boolean;
}

const oud = condition('opioid-use-disorder', 'Opioid use disorder, severe');
const naloxoneOnHand = med('naloxone', 'Narcan 4 mg nasal spray', 30);
const counselling = { name: 'Addiction counselling', dateIso: daysAgo(10) };
const normalLiver = [lab('alt', 30, 40, 5), lab('ast', 28, 40, 5)];
/** A patient with OUD starting the depot who has naloxone, counselling and normal liver tests. */
const oudStart = (parts: Partial<PatientFacts>): PatientFacts =>
  facts({
    conditions: [oud],
    labs: normalLiver,
    supportServices: [counselling],
    draftOrders: [depotDraft()],
    ...parts,
    medications: [naloxoneOnHand, ...(parts.medications ?? [])],
  });

const rows: readonly Row[] = [
  // A patient who is fine gets nothing.
  {
    name: 'AUD, normal liver tests, counselling, oral naltrexone ordered → no cards',
    facts: fineAudStart(),
    exact: true,
  },
  { name: 'empty record, nothing ordered → no cards', facts: facts({}), exact: true },
  {
    name: 'AUD on oral naltrexone, liver tests last month, patient-view → no cards',
    facts: facts({
      conditions: [condition('alcohol-use-disorder', 'AUD')],
      medications: [oralOngoing()],
      labs: normalLiver,
    }),
    hook: 'patient-view',
    exact: true,
  },
  {
    name: 'OUD, heroin 30 days ago, naloxone and counselling, depot ordered → no cards',
    facts: oudStart({ medications: [med('opioid-short-acting', 'heroin', 30)] }),
    exact: true,
  },

  // opioid-washout-incomplete
  {
    name: 'heroin 3 days ago, depot ordered → critical washout',
    facts: oudStart({ medications: [med('opioid-short-acting', 'heroin', 3)] }),
    fires: { 'opioid-washout-incomplete': 'critical' },
    silent: ['naloxone-challenge-advised'],
  },
  {
    name: 'oxycodone 8 days ago, oral naltrexone ordered → no washout card (7-day minimum met)',
    facts: oudStart({
      medications: [med('opioid-short-acting', 'oxycodone 10 mg', 8)],
      draftOrders: [ntxDraft()],
    }),
    silent: ['opioid-washout-incomplete'],
    fires: { 'naloxone-challenge-advised': 'info' },
  },
  {
    name: 'methadone stopped 8 days ago, depot ordered → critical (long-acting needs 10-14 days)',
    facts: oudStart({ medications: [med('opioid-long-acting', 'methadone 60 mg', 8)] }),
    fires: { 'opioid-washout-incomplete': 'critical' },
  },
  {
    name: 'buprenorphine stopped 12 days ago, depot ordered → warning (label: up to 14 days)',
    facts: oudStart({ medications: [med('opioid-long-acting', 'buprenorphine 8 mg', 12)] }),
    fires: { 'opioid-washout-incomplete': 'warning' },
    silent: ['naloxone-challenge-advised'],
  },
  {
    name: 'illicit fentanyl 9 days ago, depot ordered → warning (Huhn 2020 convention)',
    facts: oudStart({ medications: [med('opioid-fentanyl', 'fentanyl (illicit)', 9)] }),
    fires: { 'opioid-washout-incomplete': 'warning' },
  },
  {
    name: 'fentanyl 20 days ago, depot ordered → no washout card',
    facts: oudStart({ medications: [med('opioid-fentanyl', 'fentanyl (illicit)', 20)] }),
    silent: ['opioid-washout-incomplete', 'naloxone-challenge-advised'],
    exact: true,
  },
  {
    name: 'urine positive for fentanyl yesterday, no dated use, depot ordered → critical washout',
    facts: oudStart({
      drugScreens: [
        { analyte: 'fentanyl', positive: true, dateIso: daysAgo(1), name: 'Fentanyl urine screen' },
      ],
    }),
    fires: { 'opioid-washout-incomplete': 'critical' },
    silent: ['naloxone-challenge-advised'],
  },
  {
    name: 'heroin 3 days ago but nothing ordered, patient-view → no washout card',
    facts: facts({
      conditions: [oud],
      medications: [med('opioid-short-acting', 'heroin', 3), naloxoneOnHand],
    }),
    hook: 'patient-view',
    silent: ['opioid-washout-incomplete'],
    exact: true,
  },
  {
    name: 'loperamide yesterday, oral naltrexone ordered for AUD → no washout card',
    facts: fineAudStart({ medications: [med('opioid-antidiarrheal', 'loperamide 2 mg', 1)] }),
    silent: ['opioid-washout-incomplete'],
  },

  // active-opioid-withdrawal
  {
    name: 'COWS 14 two hours ago, depot ordered → critical withdrawal',
    facts: oudStart({
      scores: [score('cows', 14, 0.1)],
      medications: [med('opioid-short-acting', 'heroin', 4)],
    }),
    fires: { 'active-opioid-withdrawal': 'critical', 'opioid-washout-incomplete': 'critical' },
    silent: ['naloxone-challenge-advised'],
  },
  {
    name: 'COWS 3 today, heroin 10 days ago, depot ordered → no withdrawal card',
    facts: oudStart({
      scores: [score('cows', 3, 0.1)],
      medications: [med('opioid-short-acting', 'heroin', 10)],
    }),
    silent: ['active-opioid-withdrawal'],
  },
  {
    name: 'COWS 14 three days ago (stale), heroin 20 days ago → no withdrawal card',
    facts: oudStart({
      scores: [score('cows', 14, 3)],
      medications: [med('opioid-short-acting', 'heroin', 20)],
    }),
    silent: ['active-opioid-withdrawal'],
  },

  // current-opioid-agonist-therapy
  {
    name: 'on methadone maintenance, depot ordered → critical agonist therapy',
    facts: oudStart({
      medications: [med('opioid-long-acting', 'methadone 80 mg daily', 'ongoing')],
    }),
    fires: { 'current-opioid-agonist-therapy': 'critical' },
    silent: ['opioid-washout-incomplete', 'naloxone-challenge-advised'],
  },
  {
    name: 'on oxycodone for back pain, oral naltrexone ordered for AUD → critical',
    facts: fineAudStart({ medications: [med('opioid-short-acting', 'oxycodone 5 mg', 'ongoing')] }),
    fires: { 'current-opioid-agonist-therapy': 'critical' },
  },
  {
    name: 'codeine cough syrup still active, oral naltrexone ordered for AUD → warning (not critical)',
    facts: fineAudStart({
      medications: [med('opioid-antitussive', 'codeine/guaifenesin syrup', 'ongoing')],
    }),
    fires: { 'current-opioid-agonist-therapy': 'warning' },
  },
  {
    name: 'AUD, oxycodone after surgery two years ago, naltrexone ordered → no opioid-history cards',
    facts: fineAudStart({ medications: [med('opioid-short-acting', 'oxycodone 5 mg', 730)] }),
    silent: ['naloxone-rescue-kit', 'naloxone-challenge-advised', 'current-opioid-agonist-therapy'],
    exact: true,
  },
  {
    name: 'buprenorphine stopped 30 days ago, depot ordered → no agonist card',
    facts: oudStart({ medications: [med('opioid-long-acting', 'buprenorphine 16 mg', 30)] }),
    silent: ['current-opioid-agonist-therapy'],
  },

  // naloxone-challenge-advised
  {
    name: 'OUD with no opioid dates and no recent urine screen, depot ordered → warning challenge',
    facts: oudStart({}),
    fires: { 'naloxone-challenge-advised': 'warning' },
  },
  {
    name: 'heroin with no date of last use, depot ordered → warning challenge',
    facts: oudStart({ medications: [med('opioid-short-acting', 'heroin', 'unknown')] }),
    fires: { 'naloxone-challenge-advised': 'warning' },
  },
  {
    name: 'OUD without dates but negative urine screen yesterday → info challenge',
    facts: oudStart({
      drugScreens: [
        { analyte: 'opioids', positive: false, dateIso: daysAgo(1), name: 'Opiates urine screen' },
      ],
    }),
    fires: { 'naloxone-challenge-advised': 'info' },
  },
  {
    name: 'AUD only, no opioid history, naltrexone ordered → no challenge',
    facts: fineAudStart(),
    silent: ['naloxone-challenge-advised'],
  },
  {
    name: 'already on oral naltrexone, switching to depot → no challenge',
    facts: oudStart({
      medications: [oralOngoing(), med('opioid-short-acting', 'heroin', 'unknown')],
    }),
    silent: ['naloxone-challenge-advised'],
  },

  // hepatic-contraindication
  {
    name: 'acute hepatitis B, naltrexone ordered → critical hepatic contraindication',
    facts: fineAudStart({
      conditions: [
        condition('alcohol-use-disorder', 'AUD'),
        condition('acute-hepatitis', 'Acute hepatitis B'),
      ],
    }),
    fires: { 'hepatic-contraindication': 'critical' },
  },
  {
    name: 'alcoholic cirrhosis, naltrexone ordered → warning',
    facts: fineAudStart({
      conditions: [
        condition('alcohol-use-disorder', 'AUD'),
        condition('cirrhosis', 'Alcoholic cirrhosis of liver'),
      ],
    }),
    fires: { 'hepatic-contraindication': 'warning' },
  },
  {
    name: 'resolved hepatitis A, naltrexone ordered → no hepatic card',
    facts: fineAudStart({
      conditions: [
        condition('alcohol-use-disorder', 'AUD'),
        condition('acute-hepatitis', 'Hepatitis A', false),
      ],
    }),
    silent: ['hepatic-contraindication'],
    exact: true,
  },
  {
    name: 'liver failure but no naltrexone at all → no hepatic card',
    facts: facts({ conditions: [condition('liver-failure', 'Hepatic failure')] }),
    silent: ['hepatic-contraindication'],
    exact: true,
  },

  // liver-enzymes-elevated
  {
    name: 'ALT 3.5x ULN last week, naltrexone ordered → warning',
    facts: fineAudStart({ labs: [lab('alt', 140, 40, 7), lab('ast', 60, 40, 7)] }),
    fires: { 'liver-enzymes-elevated': 'warning' },
  },
  {
    name: 'AST 6x ULN, on oral naltrexone → critical',
    facts: facts({
      medications: [oralOngoing()],
      labs: [lab('alt', 90, 40, 3), lab('ast', 240, 40, 3)],
    }),
    fires: { 'liver-enzymes-elevated': 'critical' },
  },
  {
    name: 'ALT 3.2x with bilirubin 2.5x ULN → critical (Hy-like pattern)',
    facts: fineAudStart({ labs: [lab('alt', 128, 40, 2), lab('bilirubin', 3.0, 1.2, 2)] }),
    fires: { 'liver-enzymes-elevated': 'critical' },
  },
  {
    name: 'ALT exactly 3x ULN → no card (threshold is "above 3x")',
    facts: fineAudStart({ labs: [lab('alt', 120, 40, 7), lab('ast', 40, 40, 7)] }),
    silent: ['liver-enzymes-elevated'],
    exact: true,
  },
  {
    name: 'old high ALT superseded by a normal one → no card',
    facts: fineAudStart({
      labs: [lab('alt', 300, 40, 60), lab('alt', 35, 40, 5), lab('ast', 30, 40, 5)],
    }),
    silent: ['liver-enzymes-elevated'],
    exact: true,
  },

  // liver-tests-due
  {
    name: 'naltrexone ordered with no liver tests on record → info liver tests due',
    facts: fineAudStart({ labs: [] }),
    fires: { 'liver-tests-due': 'info' },
  },
  {
    name: 'naltrexone ordered, last ALT 120 days ago → info',
    facts: fineAudStart({ labs: [lab('alt', 30, 40, 120)] }),
    fires: { 'liver-tests-due': 'info' },
  },
  {
    name: 'on oral naltrexone, ALT 120 days ago → no card (on-treatment window 182 days)',
    facts: facts({ medications: [oralOngoing()], labs: [lab('alt', 30, 40, 120)] }),
    silent: ['liver-tests-due'],
    exact: true,
  },

  // pregnancy-caution
  {
    name: 'pregnant (condition), naltrexone ordered → warning',
    facts: fineAudStart({
      conditions: [
        condition('alcohol-use-disorder', 'AUD'),
        condition('pregnancy', 'Pregnant state, incidental'),
      ],
    }),
    fires: { 'pregnancy-caution': 'warning' },
  },
  {
    name: 'pregnancy status observation "pregnant" last week, depot given 5 days ago → warning',
    facts: facts({
      medications: [depotGiven(5)],
      labs: normalLiver,
      pregnancyStatus: [{ pregnant: true, dateIso: daysAgo(7) }],
    }),
    fires: { 'pregnancy-caution': 'warning' },
  },
  {
    name: 'old pregnancy condition but "not pregnant" observation yesterday → no card',
    facts: fineAudStart({
      conditions: [condition('alcohol-use-disorder', 'AUD'), condition('pregnancy', 'Pregnancy')],
      pregnancyStatus: [{ pregnant: false, dateIso: daysAgo(1) }],
    }),
    silent: ['pregnancy-caution'],
    exact: true,
  },

  // opioid-interaction
  {
    name: 'depot given 10 days ago, oxycodone being ordered → warning interaction',
    facts: facts({
      medications: [depotGiven(10), naloxoneOnHand],
      labs: normalLiver,
      draftOrders: [
        med('opioid-short-acting', 'oxycodone 5 mg', 'unknown', {
          status: 'draft',
          ref: 'MedicationRequest/oxy',
        }),
      ],
    }),
    hook: 'order-sign',
    fires: { 'opioid-interaction': 'warning' },
  },
  {
    name: 'on oral naltrexone, codeine cough syrup ordered → info interaction',
    facts: facts({
      medications: [oralOngoing()],
      labs: normalLiver,
      draftOrders: [
        med('opioid-antitussive', 'codeine/guaifenesin syrup', 'unknown', { status: 'draft' }),
      ],
    }),
    fires: { 'opioid-interaction': 'info' },
  },
  {
    name: 'on oral naltrexone, dextromethorphan ordered → no interaction (not an opioid agonist)',
    facts: facts({
      medications: [oralOngoing()],
      labs: normalLiver,
      draftOrders: [med('other', 'dextromethorphan 15 mg', 'unknown', { status: 'draft' })],
    }),
    silent: ['opioid-interaction'],
    exact: true,
  },
  {
    name: 'depot 40 days ago (worn off), morphine ordered → no interaction card',
    facts: facts({
      medications: [depotGiven(40), naloxoneOnHand],
      draftOrders: [med('opioid-short-acting', 'morphine 10 mg', 'unknown', { status: 'draft' })],
    }),
    silent: ['opioid-interaction'],
  },

  // perioperative-hold
  {
    name: 'on oral naltrexone, knee replacement in 10 days → info with hold date',
    facts: facts({
      medications: [oralOngoing()],
      labs: normalLiver,
      plannedProcedures: [{ name: 'Total knee replacement', plannedIso: daysAgo(-10) }],
    }),
    fires: { 'perioperative-hold': 'info' },
  },
  {
    name: 'on oral naltrexone, surgery tomorrow → warning (72 h hold no longer possible)',
    facts: facts({
      medications: [oralOngoing()],
      labs: normalLiver,
      plannedProcedures: [{ name: 'Laparoscopic cholecystectomy', plannedIso: daysAgo(-1) }],
    }),
    fires: { 'perioperative-hold': 'warning' },
  },
  {
    name: 'depot 5 days ago, surgery in 7 days → warning (inside depot blockade)',
    facts: facts({
      medications: [depotGiven(5)],
      labs: normalLiver,
      plannedProcedures: [{ name: 'Hip arthroplasty', plannedIso: daysAgo(-7) }],
    }),
    fires: { 'perioperative-hold': 'warning' },
  },
  {
    name: 'on oral naltrexone, surgery in 90 days → no card yet',
    facts: facts({
      medications: [oralOngoing()],
      labs: normalLiver,
      plannedProcedures: [{ name: 'Hernia repair', plannedIso: daysAgo(-90) }],
    }),
    silent: ['perioperative-hold'],
    exact: true,
  },

  // blockade-waning-overdose-risk
  {
    name: 'OUD, depot 35 days ago with no new injection → warning waning',
    facts: facts({ conditions: [oud], medications: [depotGiven(35), naloxoneOnHand] }),
    hook: 'patient-view',
    fires: { 'blockade-waning-overdose-risk': 'warning' },
  },
  {
    name: 'OUD, oral naltrexone stopped 5 days ago → warning waning',
    facts: facts({
      conditions: [oud],
      medications: [
        med('naltrexone-oral', 'naltrexone 50 mg tablet', 5, { status: 'stopped' }),
        naloxoneOnHand,
      ],
    }),
    fires: { 'blockade-waning-overdose-risk': 'warning' },
  },
  {
    name: 'AUD only, oral naltrexone stopped 5 days ago → info waning',
    facts: facts({
      conditions: [condition('alcohol-use-disorder', 'AUD')],
      medications: [med('naltrexone-oral', 'naltrexone 50 mg tablet', 5, { status: 'stopped' })],
    }),
    fires: { 'blockade-waning-overdose-risk': 'info' },
  },
  {
    name: 'OUD, depot 20 days ago → no waning card (still inside 28 days)',
    facts: facts({
      conditions: [oud],
      medications: [depotGiven(20), naloxoneOnHand],
      labs: normalLiver,
    }),
    silent: ['blockade-waning-overdose-risk'],
    exact: true,
  },
  {
    name: 'OUD, depot 35 days ago but the next one is being ordered → no waning card',
    facts: oudStart({ medications: [depotGiven(35)] }),
    silent: ['blockade-waning-overdose-risk'],
  },

  // naloxone-rescue-kit
  {
    name: 'OUD starting depot with no naloxone on record → info rescue kit',
    facts: facts({
      conditions: [oud],
      labs: normalLiver,
      supportServices: [counselling],
      draftOrders: [depotDraft()],
      medications: [med('opioid-short-acting', 'heroin', 30)],
    }),
    fires: { 'naloxone-rescue-kit': 'info' },
  },
  {
    name: 'OUD starting depot, naloxone dispensed 2 years ago → info rescue kit',
    facts: facts({
      conditions: [oud],
      labs: normalLiver,
      supportServices: [counselling],
      draftOrders: [depotDraft()],
      medications: [
        med('naloxone', 'naloxone 4 mg nasal spray', 730),
        med('opioid-short-acting', 'heroin', 30),
      ],
    }),
    fires: { 'naloxone-rescue-kit': 'info' },
  },
  {
    name: 'AUD only, no opioid history → no rescue kit card',
    facts: fineAudStart(),
    silent: ['naloxone-rescue-kit'],
  },

  // depression-screen-positive
  {
    name: 'PHQ-9 14 last week with item 9 = 0, on oral naltrexone → warning',
    facts: facts({
      medications: [oralOngoing()],
      labs: normalLiver,
      scores: [score('phq9-total', 14, 7), score('phq9-item9', 0, 7)],
    }),
    fires: { 'depression-screen-positive': 'warning' },
    silent: ['suicidality-risk'],
  },
  {
    name: 'PHQ-9 8 (mild), naltrexone ordered → no depression card',
    facts: fineAudStart({ scores: [score('phq9-total', 8, 3), score('phq9-item9', 0, 3)] }),
    silent: ['depression-screen-positive'],
    exact: true,
  },
  {
    name: 'PHQ-9 16 but 120 days old → no depression card',
    facts: fineAudStart({ scores: [score('phq9-total', 16, 120)] }),
    silent: ['depression-screen-positive'],
    exact: true,
  },

  // suicidality-risk
  {
    name: 'PHQ-9 item 9 = 1 yesterday → critical suicidality (even without naltrexone)',
    facts: facts({ scores: [score('phq9-total', 12, 1), score('phq9-item9', 1, 1)] }),
    fires: { 'suicidality-risk': 'critical' },
    silent: ['depression-screen-positive'],
  },
  {
    name: 'naltrexone/bupropion ordered for obesity with depression on record → warning (boxed warning)',
    facts: facts({
      conditions: [
        condition('obesity', 'Obesity'),
        condition('depression', 'Major depressive disorder'),
      ],
      labs: normalLiver,
      draftOrders: [
        ntxDraft({ kind: 'naltrexone-bupropion', name: 'Contrave 8/90 mg', doseMg: 8 }),
      ],
    }),
    fires: { 'suicidality-risk': 'warning' },
    silent: ['off-label-evidence'],
  },
  {
    name: 'PHQ-9 item 9 = 0, PHQ-9 total 4 → no suicidality card',
    facts: fineAudStart({ scores: [score('phq9-total', 4, 1), score('phq9-item9', 0, 1)] }),
    silent: ['suicidality-risk'],
    exact: true,
  },

  // dose-above-recommended
  {
    name: 'oral naltrexone 200 mg daily ordered → warning dose',
    facts: fineAudStart({
      draftOrders: [ntxDraft({ name: 'naltrexone 50 mg tablet, 4 tablets daily', doseMg: 200 })],
    }),
    fires: { 'dose-above-recommended': 'warning' },
  },
  {
    name: 'depot ordered 14 days after the last injection → warning dose interval',
    facts: oudStart({ medications: [depotGiven(14), med('opioid-short-acting', 'heroin', 90)] }),
    fires: { 'dose-above-recommended': 'warning' },
  },
  {
    name: 'supervised 100/100/150 mg Mon/Wed/Fri → no dose card',
    facts: fineAudStart({ draftOrders: [ntxDraft({ doseMg: 150, dosesPerWeek: 3 })] }),
    silent: ['dose-above-recommended'],
    exact: true,
  },
  {
    name: '100 mg daily for AUD → no dose card',
    facts: fineAudStart({ draftOrders: [ntxDraft({ doseMg: 100 })] }),
    silent: ['dose-above-recommended'],
    exact: true,
  },

  // off-label-evidence
  {
    name: 'low-dose naltrexone 4.5 mg ordered for fibromyalgia → info off-label',
    facts: facts({
      labs: normalLiver,
      draftOrders: [
        ntxDraft({
          name: 'naltrexone 4.5 mg capsule (compounded)',
          doseMg: 4.5,
          reasonText: 'fibromyalgia',
        }),
      ],
    }),
    fires: { 'off-label-evidence': 'info' },
  },
  {
    name: 'naltrexone 50 mg for gambling disorder, no AUD/OUD → info off-label',
    facts: facts({
      labs: normalLiver,
      draftOrders: [ntxDraft({ reasonText: 'gambling disorder' })],
    }),
    fires: { 'off-label-evidence': 'info' },
  },
  {
    name: 'naltrexone 50 mg with reason "alcohol use disorder" on the order → no off-label card',
    facts: facts({
      labs: normalLiver,
      supportServices: [counselling],
      draftOrders: [ntxDraft({ reasonText: 'Alcohol use disorder' })],
    }),
    silent: ['off-label-evidence'],
    exact: true,
  },

  // psychosocial-support
  {
    name: 'AUD starting naltrexone with no counselling on record → info psychosocial',
    facts: fineAudStart({ supportServices: [] }),
    fires: { 'psychosocial-support': 'info' },
  },
  {
    name: 'AUD starting naltrexone, counselling 2 years ago → info psychosocial',
    facts: fineAudStart({ supportServices: [{ name: 'Counselling', dateIso: daysAgo(730) }] }),
    fires: { 'psychosocial-support': 'info' },
  },
  {
    name: 'AUD continuing naltrexone (not starting) without counselling → no psychosocial card',
    facts: facts({
      conditions: [condition('alcohol-use-disorder', 'AUD')],
      medications: [oralOngoing()],
      labs: normalLiver,
    }),
    silent: ['psychosocial-support'],
    exact: true,
  },
];

describe('clinical rules (table)', () => {
  test.each(rows)('$name', (row) => {
    const cards = evaluateRules(row.facts, {
      now: NOW,
      hook: row.hook ?? 'order-sign',
      estimator: noEstimate,
    });
    const got = new Map(cards.map((c) => [c.source.topic.code, c.indicator]));
    for (const [topic, indicator] of Object.entries(row.fires ?? {})) {
      expect(got.get(topic), `topic ${topic}; got ${JSON.stringify([...got])}`).toBe(indicator);
    }
    for (const topic of row.silent ?? []) {
      expect(got.has(topic), `topic ${topic} must not fire; got ${JSON.stringify([...got])}`).toBe(
        false,
      );
    }
    if (row.exact === true) {
      expect([...got.keys()].filter((t) => !(t in (row.fires ?? {})))).toEqual([]);
    }
  });

  test('every topic has at least one firing row and one silent row', () => {
    for (const topic of topicCodes) {
      expect(
        rows.some((r) => r.fires?.[topic] !== undefined),
        `${topic} fires somewhere`,
      ).toBe(true);
      expect(
        rows.some((r) => r.silent?.includes(topic) === true),
        `${topic} is silent somewhere`,
      ).toBe(true);
    }
  });
});
