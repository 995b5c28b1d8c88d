import {
  emptyFacts,
  type DrugScreenFact,
  type ScoreFact,
  type MedicationFact,
  type MedicationKind,
  type PatientFacts,
} from '@blockade/rules';
import type { DoseForm, OpioidKind, PatientHistory, UdsAnalyte } from '@blockade/store';
import { activePlan } from './regimen-from-history';

const naltrexoneKind: Readonly<Record<DoseForm, MedicationKind>> = {
  'oral-tablet': 'naltrexone-oral',
  'er-tablet': 'naltrexone-bupropion',
  'xr-injection': 'naltrexone-xr',
  implant: 'naltrexone-implant',
};

const opioidKind: Readonly<Record<OpioidKind, MedicationKind>> = {
  'short-acting': 'opioid-short-acting',
  fentanyl: 'opioid-fentanyl',
  'long-acting': 'opioid-long-acting',
  buprenorphine: 'opioid-long-acting',
  methadone: 'opioid-long-acting',
  unknown: 'opioid-short-acting',
};

const analyte: Readonly<Record<UdsAnalyte, DrugScreenFact['analyte']>> = {
  opiates: 'opioids',
  fentanyl: 'fentanyl',
  buprenorphine: 'buprenorphine',
  methadone: 'methadone',
  oxycodone: 'opioids',
  'other-opioid': 'opioids',
};

/**
 * Maps a patient's stored records to the rules' facts model: plans and injections as naltrexone
 * medication facts, opioid use reports as opioid facts, liver tests, PHQ-9 (total and item 9) and
 * COWS scores, urine drug screens, the naloxone kit, and the indication as a condition.
 *
 * @param history - The patient's records.
 * @param nowMs - Epoch ms of now (which plan is active).
 * @returns Facts for `evaluateRules`.
 */
export function historyToFacts(history: PatientHistory, nowMs: number): PatientFacts {
  const base = emptyFacts();
  const plan = activePlan(history.plans, nowMs);
  const medications: MedicationFact[] = [];
  for (const p of history.plans) {
    if (p.form === 'xr-injection' || p.form === 'implant') {
      continue; // injections and implants enter as administrations below
    }
    const ongoing = p === plan && p.regimen !== 'targeted';
    const lastTaken = history.doses
      .filter((d) => d.status !== 'missed' && d.form === p.form)
      .at(-1);
    medications.push({
      ref: `MedicationStatement/${p.id}`,
      name: `naltrexone ${p.doseMg} mg (${p.regimen})`,
      ingredient: 'naltrexone',
      kind: naltrexoneKind[p.form],
      source: 'statement',
      status: ongoing ? 'active' : 'completed',
      startIso: p.startDate,
      ...(lastTaken === undefined
        ? p.stopDate === undefined
          ? {}
          : { lastUseIso: p.stopDate }
        : { lastUseIso: lastTaken.at }),
      ongoing,
      doseMg: p.doseMg,
      ...(p.intervalHours === undefined ? {} : { dosesPerWeek: 168 / p.intervalHours }),
      route: 'oral',
      reasonText: p.indication.replaceAll('-', ' '),
    });
  }
  for (const d of history.doses) {
    if ((d.form === 'xr-injection' || d.form === 'implant') && d.status !== 'missed') {
      medications.push({
        ref: `MedicationAdministration/${d.id}`,
        name:
          d.form === 'xr-injection'
            ? `naltrexone ${d.amountMg} mg extended-release injection`
            : `naltrexone ${d.amountMg} mg implant`,
        ingredient: 'naltrexone',
        kind: naltrexoneKind[d.form],
        source: 'administration',
        status: 'completed',
        startIso: d.at,
        lastUseIso: d.at,
        ongoing: false,
        doseMg: d.amountMg,
        route: d.form === 'xr-injection' ? 'intramuscular' : 'subcutaneous',
      });
    }
  }
  for (const o of history.opioidUse) {
    medications.push({
      name: `${o.opioid} opioid (reported use)`,
      ingredient: o.opioid,
      kind: opioidKind[o.opioid],
      source: 'statement',
      status: 'completed',
      lastUseIso: o.lastUseAt,
      ongoing: false,
    });
  }
  const kit = history.naloxoneKits.at(-1);
  if (kit?.status === 'has-kit') {
    medications.push({
      name: 'naloxone rescue kit',
      ingredient: 'naloxone',
      kind: 'naloxone',
      source: 'statement',
      status: 'active',
      startIso: kit.recordedAt,
      ongoing: true,
      route: 'nasal',
    });
  }
  const conditions = [...new Set(history.plans.map((p) => p.indication))]
    .filter((i) => i === 'alcohol-use-disorder' || i === 'opioid-use-disorder' || i === 'obesity')
    .map((kind) => ({ kind, name: kind.replaceAll('-', ' '), active: true }));
  return {
    ...base,
    patientRef: `Patient/${history.patient.id}`,
    medications,
    conditions,
    labs: history.labs.flatMap((l) =>
      l.test === 'ggt'
        ? []
        : [
            {
              test: l.test,
              value: l.value,
              unit: l.unit,
              uln: l.upperLimitNormal,
              ulnSource: 'reported' as const,
              dateIso: l.collectedAt,
            },
          ],
    ),
    scores: history.questionnaires.flatMap((q): ScoreFact[] =>
      q.instrument === 'phq-9'
        ? [
            { instrument: 'phq9-total' as const, value: q.total, dateIso: q.at },
            { instrument: 'phq9-item9' as const, value: q.answers[8] ?? 0, dateIso: q.at },
          ]
        : q.instrument === 'cows'
          ? [{ instrument: 'cows' as const, value: q.total, dateIso: q.at }]
          : [],
    ),
    drugScreens: history.urineDrugScreens.flatMap((s) =>
      Object.entries(s.results).map(([name, result]) => ({
        analyte: analyte[name as UdsAnalyte],
        positive: result === 'positive',
        dateIso: s.collectedAt,
        name,
      })),
    ),
  };
}
