import type { Dose, PointValues, Regimen } from '../types';
import { typicalValues, type Etas } from '../model/individual';
import { BlockStepper, type BlockOutputs } from '../solve/block-stepper';
import type { Propagator } from '../solve/exact';
import { createRandom, type Random } from '../stats/prng';
import { PercentileSelector } from '../stats/percentile-selector';
import { percentiles5_50_95 } from '../stats/quantiles';
import { muThresholds, type PopulationOptions } from './options';
import { hoursUntilBelow } from './time-below';
import { formsOf, sortDoses, subjectModel } from './subject';

/** Percentile bands of one output time. */
export interface PointBands {
  readonly p5: PointValues;
  readonly p50: PointValues;
  readonly p95: PointValues;
}

/** Population results: bands per (sorted) output time and the band of μ-occupancy fall times. */
export interface PopulationRun {
  readonly percentiles: PointBands[];
  readonly muBelow: readonly { readonly p5: number | null; readonly p95: number | null }[];
}

/** Output times processed together; bounds the buffer at 5 × CHUNK × N doubles. */
const CHUNK = 32;

/** Subjects stepped together (struct-of-arrays); the block's state and matrices stay in cache. */
const BLOCK = 256;

/**
 * Groups subjects into blocks that share a dose list: consecutive runs of subjects with the very
 * same list (every subject when no dose is missed), at most BLOCK each.
 */
function makeBlocks(
  propagators: readonly Propagator[],
  doseLists: readonly (readonly Dose[])[],
  sortedTimes: Float64Array,
): { stepper: BlockStepper; offset: number }[] {
  const blocks: { stepper: BlockStepper; offset: number }[] = [];
  for (let from = 0; from < propagators.length;) {
    const doses = doseLists[from]!;
    let to = from + 1;
    while (to < propagators.length && to - from < BLOCK && doseLists[to] === doses) {
      to++;
    }
    const start = Math.min(doses[0]?.atHours ?? Infinity, sortedTimes[0] ?? Infinity);
    blocks.push({
      stepper: new BlockStepper(propagators.slice(from, to), doses, start),
      offset: from,
    });
    from = to;
  }
  return blocks;
}

/** Standard deviation on the log scale of a log-normal with coefficient of variation `cv`. */
const omega = (cv: number): number => Math.sqrt(Math.log(1 + cv * cv));

/** Draws one subject's random effects (fixed order: F, ka, CL NTX, CL 6BN, EC50). */
function drawEtas(random: Random): Etas {
  const p = typicalValues;
  return {
    f: omega(p.cvF) * random.normal(),
    ka: omega(p.cvKa) * random.normal(),
    clNtx: omega(p.cvClNtx) * random.normal(),
    clNbl: omega(p.cvClNbl) * random.normal(),
    ec50: omega(p.cvEc50) * random.normal(),
  };
}

/** The subject's doses after missed oral doses are removed. */
function takenDoses(doses: readonly Dose[], random: Random, missProbability: number): Dose[] {
  if (missProbability <= 0) {
    return doses as Dose[];
  }
  return doses.filter(
    (d) =>
      !((d.form === 'oral-tablet' || d.form === 'er-tablet') && random.uniform() < missProbability),
  );
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Simulates `size` virtual subjects with log-normal inter-individual variability and returns the
 * 5th/50th/95th percentiles per output time. Deterministic for a given seed. Memory stays bounded:
 * subjects are advanced together through chunks of output times, so only each subject's state (not
 * its series) is kept.
 *
 * @param regimen - Regimen (covariates apply to every subject).
 * @param sortedTimes - Non-decreasing output times (h).
 * @param population - Size, seed and optional probability of missing each oral dose.
 * @param onProgress - Called after each chunk with output times done and total.
 * @param thresholds - μ-occupancy thresholds for the fall-time band (default 0.9, 0.75, 0.5).
 * @returns Bands per sorted time and the band of μ-occupancy fall times.
 * @example
 * simulatePopulation(regimen, Float64Array.of(24, 48), { size: 100, seed: 1 }).percentiles[0].p50.occupancy.mu
 */
export function simulatePopulation(
  regimen: Regimen,
  sortedTimes: Float64Array,
  population: PopulationOptions,
  onProgress?: (done: number, total: number) => void,
  thresholds: readonly number[] = muThresholds,
): PopulationRun {
  const size = population.size;
  const random = createRandom(population.seed);
  const allDoses = sortDoses(regimen.doses);
  const forms = formsOf(allDoses);
  const m = sortedTimes.length;
  const falls = thresholds.map(() => new Float64Array(size));
  const propagators: Propagator[] = [];
  const doseLists: Dose[][] = [];
  const ec50 = Array.from({ length: 6 }, () => new Float64Array(size));
  for (let i = 0; i < size; i++) {
    const etas = drawEtas(random);
    const doses = takenDoses(allDoses, random, population.missProbability ?? 0);
    const model = subjectModel(regimen.subject, forms, etas);
    hoursUntilBelow(model, doses, thresholds).forEach((h, q) => {
      // No dose taken (every oral dose missed): never covered, so "below" from the start.
      falls[q]![i] = h ?? (doses.length === 0 ? 0 : Number.POSITIVE_INFINITY);
    });
    propagators.push(model.propagator);
    doseLists.push(doses);
    const { mu, kappa, delta } = model.params.ec50;
    [mu[0], mu[1], kappa[0], kappa[1], delta[0], delta[1]].forEach((v, j) => (ec50[j]![i] = v));
  }
  const blocks = makeBlocks(propagators, doseLists, sortedTimes);
  const buffers = Array.from({ length: 5 }, () => new Float64Array(CHUNK * size));
  const [b0, b1, b2, b3, b4] = buffers as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  // Effect-site concentrations go into the κ and δ buffers first, then become occupancies.
  const out: BlockOutputs = { cpNtx: b0, cpNbl: b1, ceNtx: b3, ceNbl: b4 };
  const [muNtx, muNbl, kappaNtx, kappaNbl, deltaNtx, deltaNbl] = ec50 as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  // One selector per output series: each predicts its next percentiles from its previous ones.
  const selectors = buffers.map(() => new PercentileSelector(size));
  const percentiles: PointBands[] = [];
  for (let from = 0; from < m; from += CHUNK) {
    const to = Math.min(from + CHUNK, m);
    for (const { stepper, offset } of blocks) {
      stepper.fill(sortedTimes, from, to, out, size, offset);
    }
    for (let c = 0; c < to - from; c++) {
      const base = c * size;
      // competitiveOccupancy inlined (hot loop): R = Ce_NTX/EC50_NTX + Ce_6BN/EC50_6BN, occ = R/(1+R).
      for (let i = 0; i < size; i++) {
        const slot = base + i;
        const ntx = Math.max(b3[slot]!, 0);
        const nbl = Math.max(b4[slot]!, 0);
        const rMu = ntx / muNtx[i]! + nbl / muNbl[i]!;
        const rKappa = ntx / kappaNtx[i]! + nbl / kappaNbl[i]!;
        const rDelta = ntx / deltaNtx[i]! + nbl / deltaNbl[i]!;
        b2[slot] = rMu / (1 + rMu);
        b3[slot] = rKappa / (1 + rKappa);
        b4[slot] = rDelta / (1 + rDelta);
      }
      const q = buffers.map((b, s) => selectors[s]!.percentiles(b.subarray(base, base + size)));
      const band = (j: 0 | 1 | 2): PointValues => ({
        naltrexoneNgPerMl: q[0]![j],
        naltrexolNgPerMl: q[1]![j],
        occupancy: { mu: q[2]![j], kappa: q[3]![j], delta: q[4]![j] },
      });
      percentiles.push({ p5: band(0), p50: band(1), p95: band(2) });
    }
    onProgress?.(to, m);
  }
  return {
    percentiles,
    muBelow: falls.map((values) => {
      const [p5, , p95] = percentiles5_50_95(values);
      return { p5: finiteOrNull(p5), p95: finiteOrNull(p95) };
    }),
  };
}
