// Property tests: any record of plausible facts yields well-formed cards, one per topic.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { topicCodes } from '../cards/types';
import type { ConditionKind, MedicationFact, MedicationKind, PatientFacts } from '../facts/types';
import { evaluateRules } from './evaluate';
import { noEstimate } from './estimate';
import { pharmEstimator } from './pharm-estimator';

const NOW = new Date('2026-11-23T12:00:00Z');
const kinds: MedicationKind[] = [
  'naltrexone-oral',
  'naltrexone-xr',
  'naltrexone-implant',
  'naltrexone-bupropion',
  'opioid-short-acting',
  'opioid-fentanyl',
  'opioid-long-acting',
  'opioid-antitussive',
  'opioid-antidiarrheal',
  'naloxone',
  'other',
];
const conditionKinds: ConditionKind[] = [
  'alcohol-use-disorder',
  'opioid-use-disorder',
  'acute-hepatitis',
  'liver-failure',
  'cirrhosis',
  'chronic-hepatitis',
  'pregnancy',
  'depression',
  'suicidal-ideation',
  'obesity',
];
const iso = fc
  .integer({ min: -60, max: 800 })
  .map((d) => new Date(NOW.getTime() - d * 86_400_000).toISOString());

const medication = (status: 'draft' | 'any'): fc.Arbitrary<MedicationFact> =>
  fc.record(
    {
      ref: fc.constant('MedicationRequest/x'),
      name: fc.constant('drug'),
      ingredient: fc.constant('drug'),
      kind: fc.constantFrom(...kinds),
      source: fc.constantFrom('statement' as const, 'request' as const, 'administration' as const),
      status:
        status === 'draft'
          ? fc.constant('draft')
          : fc.constantFrom('active', 'completed', 'stopped'),
      startIso: iso,
      lastUseIso: iso,
      ongoing: status === 'draft' ? fc.constant(false) : fc.boolean(),
      doseMg: fc.constantFrom(1.5, 4.5, 25, 50, 100, 150, 200, 380, 760),
      dosesPerWeek: fc.constantFrom(0.25, 3, 7, 14),
    },
    { requiredKeys: ['name', 'ingredient', 'kind', 'source', 'status', 'ongoing'] },
  );

const factsArb: fc.Arbitrary<PatientFacts> = fc.record({
  patientRef: fc.constant('Patient/p'),
  medications: fc.array(medication('any'), { maxLength: 5 }),
  draftOrders: fc.array(medication('draft'), { maxLength: 2 }),
  conditions: fc.array(
    fc.record({
      kind: fc.constantFrom(...conditionKinds),
      name: fc.constant('c'),
      active: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  labs: fc.array(
    fc.record({
      test: fc.constantFrom('alt' as const, 'ast' as const, 'bilirubin' as const),
      value: fc.double({ min: 0, max: 2000, noNaN: true }),
      unit: fc.constant('U/L'),
      uln: fc.constantFrom(1.2, 33, 40, 55),
      ulnSource: fc.constantFrom('reported' as const, 'default' as const),
      dateIso: iso,
    }),
    { maxLength: 4 },
  ),
  scores: fc.array(
    fc.record({
      instrument: fc.constantFrom('phq9-total' as const, 'phq9-item9' as const, 'cows' as const),
      value: fc.integer({ min: 0, max: 27 }),
      dateIso: iso,
    }),
    { maxLength: 4 },
  ),
  drugScreens: fc.array(
    fc.record({
      analyte: fc.constantFrom(
        'opioids' as const,
        'fentanyl' as const,
        'methadone' as const,
        'buprenorphine' as const,
      ),
      positive: fc.boolean(),
      dateIso: iso,
      name: fc.constant('screen'),
    }),
    { maxLength: 3 },
  ),
  plannedProcedures: fc.array(fc.record({ name: fc.constant('surgery'), plannedIso: iso }), {
    maxLength: 2,
  }),
  supportServices: fc.array(fc.record({ name: fc.constant('counselling'), dateIso: iso }), {
    maxLength: 1,
  }),
  pregnancyStatus: fc.array(fc.record({ pregnant: fc.boolean(), dateIso: iso }), { maxLength: 1 }),
});

describe('evaluateRules on arbitrary records', () => {
  test('never throws; cards are well formed, unique per topic, sorted by urgency; patients see the same topics', () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.constantFrom('patient-view' as const, 'order-sign' as const, 'order-select' as const),
        (facts, hook) => {
          const cards = evaluateRules(facts, { now: NOW, hook, estimator: noEstimate });
          const topics = cards.map((c) => c.source.topic.code);
          expect(new Set(topics).size).toBe(topics.length);
          const rank = { critical: 0, warning: 1, info: 2 };
          const ranks = cards.map((c) => rank[c.indicator]);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          for (const c of cards) {
            expect(topicCodes).toContain(c.source.topic.code);
            expect(c.summary.length).toBeLessThan(140);
            expect(c.detail).not.toMatch(/undefined|NaN/);
            expect(c.suggestions === undefined || c.selectionBehavior === 'at-most-one').toBe(true);
          }
          const patient = evaluateRules(facts, {
            now: NOW,
            hook,
            audience: 'patient',
            estimator: noEstimate,
          });
          expect(patient.map((c) => c.source.topic.code)).toEqual(topics);
        },
      ),
      { numRuns: 300, seed: 20261123 },
    );
  });

  test('with the pharmacology engine, estimates are finite percentages and never break a card', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        for (const c of evaluateRules(facts, { now: NOW, estimator: pharmEstimator })) {
          expect(c.detail).not.toMatch(/undefined|NaN|Infinity/);
          const pct = /blockade now about (\d+)%/.exec(c.detail)?.[1];
          if (pct !== undefined) {
            expect(Number(pct)).toBeGreaterThanOrEqual(0);
            expect(Number(pct)).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
