import type { SimulationPoint } from '../types';

/** Virtual population settings. */
export interface PopulationOptions {
  /** Number of virtual subjects, 1-100,000. */
  readonly size: number;
  /** Seed of the deterministic random number generator (any integer; used modulo 2^32). */
  readonly seed: number;
  /** Probability (0-1) that each oral dose (IR or ER tablet) is missed, independently per subject. */
  readonly missProbability?: number;
}

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Output times in hours on the regimen's clock (finite, ≥ 0; 1 to 1,000,000 of them). */
  readonly times: readonly number[];
  /** Population mode: percentiles over virtual subjects. */
  readonly population?: PopulationOptions;
  /** Called now and then during long runs with work done and total (in output points). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Exposure of one analyte over the output grid (trapezoidal AUC), typical subject. */
export interface ExposureSummary {
  readonly cmaxNgPerMl: number;
  readonly tmaxHours: number;
  readonly aucNgHourPerMl: number;
}

/** When μ occupancy falls below a threshold after the last dose. */
export interface OccupancyFall {
  /** Threshold, a fraction (0.9, 0.75, 0.5). */
  readonly threshold: number;
  /**
   * Hours after the last dose after which μ occupancy stays below the threshold (0 when it is
   * already below at the last dose); null when it is still above at the end of the search horizon
   * or when there is no dose.
   */
  readonly hoursAfterLastDose: number | null;
  /**
   * Population mode: 5th and 95th percentiles over virtual subjects (null as above), each measured
   * from the subject's own last dose taken (missed doses change it).
   */
  readonly p5?: number | null;
  readonly p95?: number | null;
}

/** Summary of a simulation; every figure is a model estimate, not a measurement. */
export interface SimulationSummary {
  /** Always true: these are model estimates. */
  readonly estimate: true;
  readonly note: string;
  readonly naltrexone: ExposureSummary;
  readonly naltrexol: ExposureSummary;
  /** Time of the last dose (hours), or null without doses. */
  readonly lastDoseHours: number | null;
  /** μ occupancy falls below 90%, 75% and 50%. */
  readonly muBelow: readonly OccupancyFall[];
  /** Population size when in population mode. */
  readonly populationSize?: number;
}

/** Result of {@link simulate}. */
export interface SimulationResult {
  readonly points: SimulationPoint[];
  readonly summary: SimulationSummary;
  readonly model: { readonly name: string; readonly version: string };
}

/** Limits on simulate's options. */
export const limits = {
  maxTimes: 1_000_000,
  maxPopulation: 100_000,
  /** Largest population size × number of output times accepted in one call. */
  maxSubjectPoints: 2_000_000_000,
} as const;

/** μ-occupancy thresholds reported in the summary. */
export const muThresholds: readonly number[] = [0.9, 0.75, 0.5];

/** Wording attached to every summary. */
export const estimateNote =
  'Model estimates for a typical subject (and a virtual population when requested), not measurements.';
