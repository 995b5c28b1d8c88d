// The example EHR payloads in test/fixtures, evaluated end to end (FHIR → facts → cards).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { noEstimate } from '@blockade/rules';
import { bundleToFacts, evaluateBundle } from '../src';

const NOW = new Date('2026-11-23T17:00:00Z');
const load = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
const topics = (name: string): string[] => {
  const r = evaluateBundle(load(name), { now: NOW, estimator: noEstimate });
  if (!r.ok) {
    throw new Error(JSON.stringify(r.issues));
  }
  return r.value.cards.map((c) => `${c.indicator}:${c.source.topic?.code}`);
};

describe('example EHR payloads', () => {
  test('order-sign, heroin 3 days ago, Vivitrol being signed → critical washout first', () => {
    expect(topics('order-sign-heroin-3-days-depot')).toEqual([
      'critical:opioid-washout-incomplete',
      'info:naloxone-rescue-kit',
      'info:psychosocial-support',
    ]);
  });

  test('patient-view, depot 39 days ago with no new injection, PHQ-9 14 → waning and depression warnings', () => {
    expect(topics('patient-view-depot-lapsed')).toEqual([
      'warning:blockade-waning-overdose-risk',
      'warning:depression-screen-positive',
    ]);
  });

  test('collection bundle, AUD, fine to start oral naltrexone, unrelated records → no cards at all', () => {
    expect(topics('collection-aud-oral-start-no-cards')).toEqual([]);
  });

  test('order-select, oxycodone selected while on oral naltrexone, knee surgery in 10 days', () => {
    expect(topics('order-select-oxycodone-on-naltrexone')).toEqual([
      'warning:opioid-interaction',
      'info:perioperative-hold',
    ]);
  });

  test('a patient user on patient-view gets patient wording without suggestions', () => {
    const request = load('patient-view-depot-lapsed') as { context: Record<string, unknown> };
    const asPatient = { ...request, context: { ...request.context, userId: 'Patient/pt-1001' } };
    const r = evaluateBundle(asPatient, { now: NOW, estimator: noEstimate });
    expect(r.ok && r.value.cards[0]?.summary).toBe(
      'Your naltrexone has worn off: your body is no longer used to opioids',
    );
    expect(r.ok && r.value.cards.every((c) => c.suggestions === undefined)).toBe(true);
  });

  test('the depot-lapsed record gives the engine estimate in the waning card', () => {
    const r = evaluateBundle(load('patient-view-depot-lapsed'), { now: NOW });
    const waning = r.ok ? r.value.cards[0] : undefined;
    expect(waning?.detail).toMatch(/Model estimate .*blockade now about \d+%/);
  });

  test('the heroin fixture maps to the expected facts', () => {
    const r = bundleToFacts(load('order-sign-heroin-3-days-depot'), { now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) {
      return;
    }
    const f = r.value;
    expect(f.patientRef).toBe('Patient/pt-1001');
    expect(f.draftOrders).toMatchObject([
      {
        ref: 'MedicationRequest/draft-vivitrol-1',
        kind: 'naltrexone-xr',
        doseMg: 380,
        route: 'intramuscular',
      },
    ]);
    expect(f.medications).toMatchObject([
      {
        ingredient: 'heroin',
        kind: 'opioid-short-acting',
        lastUseIso: '2026-11-20T22:00:00-05:00',
        ongoing: false,
      },
    ]);
    expect(f.conditions).toMatchObject([{ kind: 'opioid-use-disorder', active: true }]);
    expect(f.drugScreens).toMatchObject([{ analyte: 'opioids', positive: true }]);
    expect(f.labs.map((l) => [l.test, l.value, l.uln, l.ulnSource])).toEqual([
      ['alt', 48, 55, 'reported'],
      ['ast', 41, 34, 'reported'],
    ]);
  });
});
