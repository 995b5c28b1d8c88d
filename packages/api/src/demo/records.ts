// Record generators for the demo situations: plausible, deterministic histories relative to `now`.
import type {
  NewAppointment,
  NewCraving,
  NewDiaryEntry,
  NewDoseEvent,
  NewLabResult,
  NewNaloxoneKit,
  NewOpioidUseReport,
  NewQuestionnaireResponse,
  NewTreatmentPlan,
  NewUrineDrugScreen,
} from '@blockade/store';
import type { DemoSituation } from './people';

const dayMs = 86_400_000;

/** Everything seeded for one demo patient (clinic and patient ids filled in by the caller). */
export interface DemoRecords {
  plan?: Omit<NewTreatmentPlan, 'clinicId' | 'patientId'>;
  doses: Omit<NewDoseEvent, 'clinicId' | 'patientId'>[];
  diary: Omit<NewDiaryEntry, 'clinicId' | 'patientId'>[];
  cravings: Omit<NewCraving, 'clinicId' | 'patientId'>[];
  questionnaires: Omit<NewQuestionnaireResponse, 'clinicId' | 'patientId'>[];
  labs: Omit<NewLabResult, 'clinicId' | 'patientId'>[];
  opioidUse: Omit<NewOpioidUseReport, 'clinicId' | 'patientId'>[];
  screens: Omit<NewUrineDrugScreen, 'clinicId' | 'patientId'>[];
  appointments: Omit<NewAppointment, 'clinicId' | 'patientId'>[];
  kits: Omit<NewNaloxoneKit, 'clinicId' | 'patientId'>[];
}

/** Small deterministic generator (LCG) so the demo is the same on every start. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();
const date = (ms: number): string => iso(ms).slice(0, 10);
/** Morning of `daysAgo` days before now, at 08:00 UTC. */
const morning = (nowMs: number, daysAgo: number): number =>
  Math.floor(nowMs / dayMs) * dayMs - daysAgo * dayMs + 8 * 3_600_000;

function empty(): DemoRecords {
  return {
    doses: [],
    diary: [],
    cravings: [],
    questionnaires: [],
    labs: [],
    opioidUse: [],
    screens: [],
    appointments: [],
    kits: [],
  };
}

function liverPanel(atMs: number, altUPerL: number): DemoRecords['labs'] {
  const collectedAt = iso(atMs);
  return [
    { test: 'alt', value: altUPerL, unit: 'U/L', upperLimitNormal: 40, collectedAt },
    {
      test: 'ast',
      value: Math.round(altUPerL * 0.9),
      unit: 'U/L',
      upperLimitNormal: 40,
      collectedAt,
    },
  ];
}

function dailyOral(
  r: DemoRecords,
  nowMs: number,
  days: number,
  doseMg: number,
  missRate: number,
  rnd: () => number,
): void {
  for (let k = days; k >= 1; k--) {
    const missed = rnd() < missRate;
    r.doses.push({
      status: missed ? 'missed' : 'taken',
      at: iso(morning(nowMs, k)),
      amountMg: missed ? 0 : doseMg,
      form: 'oral-tablet',
    });
  }
}

function drinkingDiary(
  r: DemoRecords,
  nowMs: number,
  days: number,
  meanDrinks: number,
  heavyAt: number,
  rnd: () => number,
): void {
  for (let k = days; k >= 1; k--) {
    const drinks = rnd() < 0.45 ? 0 : Math.round(rnd() * meanDrinks * 2);
    r.diary.push({
      date: date(morning(nowMs, k)),
      standardDrinks: drinks,
      heavyDrinkingDay: drinks >= heavyAt,
    });
  }
}

function cravingsFalling(r: DemoRecords, nowMs: number, weeks: number, start: number): void {
  for (let w = weeks; w >= 1; w--) {
    r.cravings.push({
      at: iso(morning(nowMs, w * 7) + 12 * 3_600_000),
      score: Math.max(0, Math.round(start - (weeks - w) * 0.6)),
    });
  }
}

/**
 * Builds the records of one demo situation.
 *
 * @param situation - Which story.
 * @param nowMs - Epoch ms of now (histories end today).
 * @param seed - Per-patient seed.
 * @returns The records.
 */
export function demoRecords(situation: DemoSituation, nowMs: number, seed: number): DemoRecords {
  const rnd = random(seed);
  const r = empty();
  switch (situation) {
    case 'oral-aud-diary':
    case 'oral-aud-phq9-item9': {
      r.plan = {
        indication: 'alcohol-use-disorder',
        form: 'oral-tablet',
        regimen: 'daily',
        doseMg: 50,
        intervalHours: 24,
        goal: situation === 'oral-aud-diary' ? 'moderation' : 'abstinence',
        startDate: date(morning(nowMs, 56)),
      };
      dailyOral(r, nowMs, 56, 50, situation === 'oral-aud-diary' ? 0.08 : 0.2, rnd);
      drinkingDiary(r, nowMs, 56, situation === 'oral-aud-diary' ? 2.5 : 4, 4, rnd);
      cravingsFalling(r, nowMs, 8, 7);
      r.labs.push(...liverPanel(morning(nowMs, 60), 34));
      r.questionnaires.push({
        instrument: 'audit-c',
        at: iso(morning(nowMs, 58)),
        answers: [4, 3, 3],
      });
      r.questionnaires.push({
        instrument: 'phq-9',
        at: iso(morning(nowMs, 28)),
        answers: [1, 1, 2, 1, 1, 0, 1, 0, 0],
      });
      r.questionnaires.push({
        instrument: 'phq-9',
        at: iso(morning(nowMs, 2)),
        answers:
          situation === 'oral-aud-phq9-item9'
            ? [2, 2, 2, 2, 1, 2, 1, 1, 1]
            : [1, 0, 1, 1, 0, 0, 1, 0, 0],
      });
      break;
    }
    case 'depot-overdue':
    case 'depot-on-schedule': {
      const lastDaysAgo = situation === 'depot-overdue' ? 36 : 12;
      r.plan = {
        indication: 'opioid-use-disorder',
        form: 'xr-injection',
        regimen: 'every-4-weeks',
        doseMg: 380,
        intervalHours: 672,
        goal: 'abstinence',
        startDate: date(morning(nowMs, lastDaysAgo + 56)),
      };
      [lastDaysAgo + 56, lastDaysAgo + 28, lastDaysAgo].forEach((ago, i) => {
        r.doses.push({
          status: 'taken',
          at: iso(morning(nowMs, ago)),
          amountMg: 380,
          form: 'xr-injection',
          injectionSite: i % 2 === 0 ? 'left-gluteal' : 'right-gluteal',
          lot: `DEMO-${2400 + i}`,
          siteReaction: i === 1 ? 'mild' : 'none',
        });
      });
      r.appointments.push({
        kind: 'injection',
        dueAt: iso(morning(nowMs, lastDaysAgo - 28)),
        status: 'scheduled',
      });
      r.labs.push(...liverPanel(morning(nowMs, lastDaysAgo + 60), 29));
      r.opioidUse.push({
        opioid: 'short-acting',
        lastUseAt: iso(morning(nowMs, lastDaysAgo + 70)),
        reportedAt: iso(morning(nowMs, lastDaysAgo + 60)),
      });
      r.screens.push({
        collectedAt: iso(morning(nowMs, lastDaysAgo + 57)),
        results: { opiates: 'negative', fentanyl: 'negative' },
      });
      r.kits.push({
        status: 'has-kit',
        expiresOn: date(nowMs + 400 * dayMs),
        recordedAt: iso(morning(nowMs, lastDaysAgo + 56)),
      });
      cravingsFalling(r, nowMs, 6, 6);
      break;
    }
    case 'inducting-after-opioids': {
      r.plan = {
        indication: 'opioid-use-disorder',
        form: 'oral-tablet',
        regimen: 'daily',
        doseMg: 50,
        intervalHours: 24,
        goal: 'abstinence',
        startDate: date(nowMs + 5 * dayMs),
      };
      r.opioidUse.push({
        opioid: 'short-acting',
        lastUseAt: iso(morning(nowMs, 4)),
        reportedAt: iso(morning(nowMs, 1)),
      });
      r.screens.push({
        collectedAt: iso(morning(nowMs, 1)),
        results: { opiates: 'positive', fentanyl: 'negative' },
      });
      r.questionnaires.push({
        instrument: 'cows',
        at: iso(morning(nowMs, 1)),
        answers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
      });
      r.labs.push(...liverPanel(morning(nowMs, 1), 52));
      r.appointments.push({ kind: 'visit', dueAt: iso(morning(nowMs, -5)), status: 'scheduled' });
      r.cravings.push({ at: iso(morning(nowMs, 1)), score: 8 });
      break;
    }
    case 'ldn': {
      r.plan = {
        indication: 'low-dose-naltrexone',
        form: 'oral-tablet',
        regimen: 'daily',
        doseMg: 4.5,
        intervalHours: 24,
        goal: 'abstinence',
        startDate: date(morning(nowMs, 90)),
      };
      dailyOral(r, nowMs, 30, 4.5, 0.05, rnd);
      break;
    }
    case 'sinclair': {
      r.plan = {
        indication: 'alcohol-use-disorder',
        form: 'oral-tablet',
        regimen: 'targeted',
        doseMg: 50,
        goal: 'moderation',
        startDate: date(morning(nowMs, 42)),
      };
      for (let k = 42; k >= 1; k--) {
        const drinking = rnd() < 0.4;
        const day = morning(nowMs, k);
        if (!drinking) {
          r.diary.push({ date: date(day), standardDrinks: 0, heavyDrinkingDay: false });
          continue;
        }
        const doseAt = day + 10 * 3_600_000;
        const drinks = 1 + Math.round(rnd() * 4);
        r.doses.push({ status: 'taken', at: iso(doseAt), amountMg: 50, form: 'oral-tablet' });
        r.diary.push({
          date: date(day),
          standardDrinks: drinks,
          heavyDrinkingDay: drinks >= 4,
          sinclairDoseAt: iso(doseAt),
          firstDrinkAt: iso(doseAt + 65 * 60_000),
        });
      }
      r.labs.push(...liverPanel(morning(nowMs, 45), 38));
      cravingsFalling(r, nowMs, 6, 6);
      break;
    }
  }
  return r;
}
