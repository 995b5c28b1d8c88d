import { describe, expect, test } from 'vitest';
import { topicCodes } from '../cards/types';
import { evaluateRules } from './evaluate';
import { noEstimate } from './estimate';
import { pharmEstimator } from './pharm-estimator';
import {
  NOW,
  condition,
  depotDraft,
  depotGiven,
  facts,
  fineAudStart,
  lab,
  med,
  ntxDraft,
  score,
} from '../../test/builders';

/** A record that fires many rules at once (used to check every card's shape). */
const busy = facts({
  conditions: [
    condition('opioid-use-disorder', 'OUD'),
    condition('acute-hepatitis', 'Acute hepatitis C'),
    condition('pregnancy', 'Pregnancy'),
  ],
  medications: [
    med('opioid-fentanyl', 'fentanyl', 2),
    med('opioid-long-acting', 'methadone', 'ongoing'),
  ],
  labs: [lab('alt', 400, 40, 3)],
  scores: [score('cows', 9, 0.1), score('phq9-total', 18, 2), score('phq9-item9', 2, 2)],
  draftOrders: [depotDraft({ doseMg: 760 })],
});

describe('card shape', () => {
  const cards = evaluateRules(busy, { now: NOW, hook: 'order-sign', estimator: noEstimate });

  test('a record with many problems yields one card per topic, critical first', () => {
    const topics = cards.map((c) => c.source.topic.code);
    expect(new Set(topics).size).toBe(topics.length);
    expect(topics.length).toBeGreaterThanOrEqual(8);
    const order = { critical: 0, warning: 1, info: 2 };
    const ranks = cards.map((c) => order[c.indicator]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test('every card: summary under 140 characters, detail with facts and advice, cited source, known topic', () => {
    for (const c of cards) {
      expect(c.summary.length, c.summary).toBeLessThan(140);
      expect(c.detail).toContain('**Facts.**');
      expect(c.detail).toContain('**What to do.**');
      expect(c.source.label.length).toBeGreaterThan(10);
      expect(topicCodes).toContain(c.source.topic.code);
      if (c.suggestions !== undefined) {
        expect(c.selectionBehavior).toBe('at-most-one');
      }
    }
  });

  test('patient wording: plain summaries, no suggestions or override reasons', () => {
    const patientCards = evaluateRules(busy, {
      now: NOW,
      hook: 'order-sign',
      audience: 'patient',
      estimator: noEstimate,
    });
    expect(patientCards.map((c) => c.source.topic.code)).toEqual(
      cards.map((c) => c.source.topic.code),
    );
    for (const c of patientCards) {
      expect(c.suggestions).toBeUndefined();
      expect(c.overrideReasons).toBeUndefined();
      expect(c.summary.length).toBeLessThan(140);
      expect(c.detail).not.toMatch(/ULN|μ|precipitat/);
    }
  });

  test('the washout card carries the patient facts (date and days) and a delete suggestion for the draft', () => {
    const washout = cards.find((c) => c.source.topic.code === 'opioid-washout-incomplete');
    expect(washout?.detail).toContain('fentanyl: last use 2026-11-21 (2 days ago)');
    const action = washout?.suggestions?.[0]?.actions[0];
    expect(action).toEqual({
      type: 'delete',
      description: 'Cancel the naltrexone order for now',
      resourceId: 'MedicationRequest/draft-1',
    });
  });
});

describe('hooks and evaluation time', () => {
  test('patient-view ignores draft orders', () => {
    const f = facts({
      conditions: [condition('opioid-use-disorder', 'OUD')],
      medications: [med('opioid-short-acting', 'heroin', 2)],
      draftOrders: [depotDraft()],
    });
    expect(
      evaluateRules(f, { now: NOW, hook: 'order-sign', estimator: noEstimate }).length,
    ).toBeGreaterThan(0);
    expect(evaluateRules(f, { now: NOW, hook: 'patient-view', estimator: noEstimate })).toEqual([]);
  });

  test('the same record evaluated later no longer fires the washout card', () => {
    const f = fineAudStart({ medications: [med('opioid-short-acting', 'tramadol 50 mg', 3)] });
    const topicsAt = (now: Date): string[] =>
      evaluateRules(f, { now, estimator: noEstimate }).map((c) => c.source.topic.code);
    expect(topicsAt(NOW)).toContain('opioid-washout-incomplete');
    expect(topicsAt(new Date(NOW.getTime() + 5 * 86_400_000))).not.toContain(
      'opioid-washout-incomplete',
    );
  });
});

describe('engine estimates', () => {
  test('with a depot history the waning card states the estimated μ blockade, labelled an estimate', () => {
    const f = facts({
      conditions: [condition('opioid-use-disorder', 'OUD')],
      medications: [depotGiven(35), med('naloxone', 'Narcan', 10)],
    });
    const [card] = evaluateRules(f, { now: NOW, hook: 'patient-view', estimator: pharmEstimator });
    expect(card?.source.topic.code).toBe('blockade-waning-overdose-risk');
    expect(card?.detail).toMatch(
      /Model estimate .*not a measurement.*μ-opioid receptor blockade now about \d+%/,
    );
    expect(card?.detail).toMatch(/below 75% around \d{4}-\d{2}-\d{2}/);
    expect(card?.detail).toMatch(/below 50% around \d{4}-\d{2}-\d{2}/);
  });

  test('the estimate falls with time after an oral dose: blockade now is lower a week later', () => {
    const f = facts({
      medications: [
        med('naltrexone-oral', 'naltrexone 50 mg', 1, {
          startIso: '2026-11-01T08:00:00Z',
          status: 'stopped',
        }),
      ],
    });
    const pct = (now: Date): number => {
      const card = evaluateRules(f, { now, estimator: pharmEstimator }).find(
        (c) => c.source.topic.code === 'blockade-waning-overdose-risk',
      );
      return Number(/blockade now about (\d+)%/.exec(card?.detail ?? '')?.[1]);
    };
    const soon = pct(NOW);
    const later = pct(new Date(NOW.getTime() + 7 * 86_400_000));
    expect(soon).toBeGreaterThan(later);
  });

  test('while oral naltrexone continues, the estimate says its dates assume the last dose is today', () => {
    const f = facts({
      medications: [
        med('naltrexone-oral', 'naltrexone 50 mg', 'ongoing', { startIso: '2026-10-01' }),
      ],
      labs: [lab('alt', 20, 40, 5)],
      draftOrders: [med('opioid-short-acting', 'morphine 10 mg', 'unknown', { status: 'draft' })],
    });
    const card = evaluateRules(f, { now: NOW, estimator: pharmEstimator })[0];
    expect(card?.source.topic.code).toBe('opioid-interaction');
    expect(card?.detail).toContain('The dates assume the last oral dose is taken today.');
  });

  test('no naltrexone history: no estimate is computed', () => {
    let calls = 0;
    evaluateRules(fineAudStart({ draftOrders: [ntxDraft()] }), {
      now: NOW,
      estimator: () => {
        calls += 1;
        return undefined;
      },
    });
    expect(calls).toBe(0);
  });
});
