import { simulate, type Issue, type SimulationPoint } from '@blockade/pharm';
import type { DoseEvent, Patient, TreatmentPlan } from '@blockade/store';
import { activePlan, regimenFromHistory } from './regimen-from-history';

const msPerHour = 3_600_000;

/** One time point of the blockade curve; every number is a model estimate. */
export interface BlockadePoint {
  readonly at: string;
  /** Past (from recorded doses) or projected (assumes the plan's future doses). */
  readonly phase: 'past' | 'projected';
  readonly naltrexoneNgPerMl: number;
  readonly naltrexolNgPerMl: number;
  /** μ-receptor occupancy, fraction 0-1. */
  readonly muOccupancy: number;
  /** 5th-95th percentile band over a virtual population (when requested). */
  readonly muOccupancyP5?: number;
  readonly muOccupancyP95?: number;
  readonly naltrexoneNgPerMlP5?: number;
  readonly naltrexoneNgPerMlP95?: number;
}

/** The estimated blockade of one patient. */
export interface BlockadeEstimate {
  readonly estimate: true;
  readonly note: string;
  readonly from: string;
  readonly now: string;
  readonly until: string;
  readonly stepHours: number;
  readonly projectedDoses: number;
  readonly model: { readonly name: string; readonly version: string } | undefined;
  readonly points: readonly BlockadePoint[];
  /** First projected time when μ occupancy is below 75% (the level thought to block a usual opioid dose), or null. */
  readonly muBelow75At: string | null;
}

/** Options for {@link estimateBlockade}. */
export interface BlockadeOptions {
  readonly pastDays: number;
  readonly futureDays: number;
  readonly stepHours: number;
  /** Virtual subjects for the 5-95% band; 0 for the typical subject only. */
  readonly populationSize: number;
  /** Add the active plan's future doses to the projection. */
  readonly projectPlan: boolean;
}

/** Defaults: 30 days back, 30 days ahead, every 4 h, 100 virtual subjects, plan projected. */
export const defaultBlockadeOptions: BlockadeOptions = {
  pastDays: 30,
  futureDays: 30,
  stepHours: 4,
  populationSize: 100,
  projectPlan: true,
};

/**
 * Estimates plasma naltrexone and 6β-naltrexol (ng/mL) and μ occupancy for a patient from the
 * recorded doses (engine: @blockade/pharm), past and projected, with a population band.
 *
 * @param patient - The patient (covariates).
 * @param doses - Recorded dose events.
 * @param plans - Treatment plans (for the projection).
 * @param nowMs - Epoch ms of now.
 * @param options - Window, step, population.
 * @returns The estimate, or engine issues.
 */
export function estimateBlockade(
  patient: Patient,
  doses: readonly DoseEvent[],
  plans: readonly TreatmentPlan[],
  nowMs: number,
  options: BlockadeOptions = defaultBlockadeOptions,
): { ok: true; value: BlockadeEstimate } | { ok: false; issues: readonly Issue[] } {
  const fromMs = nowMs - options.pastDays * 24 * msPerHour;
  const untilMs = nowMs + options.futureDays * 24 * msPerHour;
  const base = {
    estimate: true as const,
    note: 'Model estimates from the recorded doses and a population model, not measurements. The projection assumes the plan’s future doses are taken on time; overdue doses are not assumed.',
    from: new Date(fromMs).toISOString(),
    now: new Date(nowMs).toISOString(),
    until: new Date(untilMs).toISOString(),
    stepHours: options.stepHours,
  };
  const built = regimenFromHistory(
    patient,
    doses,
    activePlan(plans, nowMs),
    nowMs,
    untilMs,
    options.projectPlan,
  );
  const gridMs: number[] = [];
  for (let t = fromMs; t <= untilMs; t += options.stepHours * msPerHour) {
    gridMs.push(t);
  }
  if (built === undefined) {
    const zero = gridMs.map((ms) => ({
      at: new Date(ms).toISOString(),
      phase: ms <= nowMs ? ('past' as const) : ('projected' as const),
      naltrexoneNgPerMl: 0,
      naltrexolNgPerMl: 0,
      muOccupancy: 0,
    }));
    return {
      ok: true,
      value: { ...base, projectedDoses: 0, model: undefined, points: zero, muBelow75At: base.now },
    };
  }
  const times = gridMs.map((ms) => Math.max(0, (ms - built.t0Ms) / msPerHour));
  const result = simulate(built.regimen, {
    times,
    ...(options.populationSize > 0
      ? { population: { size: options.populationSize, seed: 20260301 } }
      : {}),
  });
  if (!result.ok) {
    return result;
  }
  const points = result.value.points.map((p: SimulationPoint, i) => {
    const ms = gridMs[i]!;
    const before = ms < built.t0Ms;
    const value = (v: number): number => (before ? 0 : v);
    return {
      at: new Date(ms).toISOString(),
      phase: ms <= nowMs ? ('past' as const) : ('projected' as const),
      naltrexoneNgPerMl: value(p.naltrexoneNgPerMl),
      naltrexolNgPerMl: value(p.naltrexolNgPerMl),
      muOccupancy: value(p.occupancy.mu),
      ...(p.p5 && p.p95
        ? {
            muOccupancyP5: value(p.p5.occupancy.mu),
            muOccupancyP95: value(p.p95.occupancy.mu),
            naltrexoneNgPerMlP5: value(p.p5.naltrexoneNgPerMl),
            naltrexoneNgPerMlP95: value(p.p95.naltrexoneNgPerMl),
          }
        : {}),
    };
  });
  // The first time from now on (now included) when the estimate is below 75%.
  const below = points.find((p) => Date.parse(p.at) >= nowMs && p.muOccupancy < 0.75);
  return {
    ok: true,
    value: {
      ...base,
      projectedDoses: built.projectedDoses,
      model: result.value.model,
      points,
      muBelow75At: below?.at ?? null,
    },
  };
}
