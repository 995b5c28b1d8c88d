import type { DoseForm, Occupancy, Result, Subject } from '../types';
import { occupancyOf } from '../model/occupancy';
import { applyMatrix, solveLinear } from '../solve/matrix';
import { subjectModel } from '../simulate/subject';
import { validateSimulation } from '../simulate/validate';

/** A repeated dose given forever at a fixed interval. */
export interface RepeatedDose {
  readonly amountMg: number;
  readonly form: DoseForm;
  readonly everyHours: number;
}

/** Exposure of one analyte over a steady-state dosing interval. */
export interface SteadyStateExposure {
  readonly cminNgPerMl: number;
  readonly cmaxNgPerMl: number;
  /** Exact AUC over one interval (ng·h/mL). */
  readonly aucTauNgHourPerMl: number;
}

/** Steady-state figures (estimates) of a repeated dose. */
export interface SteadyState {
  readonly everyHours: number;
  readonly naltrexone: SteadyStateExposure;
  readonly naltrexol: SteadyStateExposure;
  /** Occupancy just before the next dose (trough) and at the μ peak within the interval. */
  readonly troughOccupancy: Occupancy;
  readonly peakOccupancy: Occupancy;
}

const SAMPLES = 480;

/**
 * Steady state of a dose repeated forever, solved exactly: the state just after a dose is
 * x = (I − e^(Aτ))⁻¹·b, and the interval AUC is A⁻¹(e^(Aτ) − I)·x. Minima and maxima come from 480
 * samples per interval. Estimates for the typical subject with the given covariates.
 *
 * @param dose - Amount (mg), form and interval (h, 1 to 8760).
 * @param subject - Covariates (typical adult when absent).
 * @returns Steady-state exposure and occupancy, or issues.
 * @example
 * steadyState({ amountMg: 50, form: 'oral-tablet', everyHours: 24 }).value.troughOccupancy.mu //=> ≈ 0.96
 */
export function steadyState(dose: RepeatedDose, subject: Subject = {}): Result<SteadyState> {
  const regimen = { subject, doses: [{ atHours: 0, amountMg: dose.amountMg, form: dose.form }] };
  const issues = validateSimulation(regimen, { times: [0] }).map((issue) => ({
    ...issue,
    path: [issue.path[issue.path.length - 1]!],
  }));
  if (!(Number.isFinite(dose.everyHours) && dose.everyHours >= 1 && dose.everyHours <= 8760)) {
    issues.push({
      code: 'out_of_range',
      path: ['everyHours'],
      message: `everyHours ${dose.everyHours} must be between 1 and 8760 hours`,
    });
  }
  if (issues.length > 0) {
    return { ok: false, issues };
  }
  const model = subjectModel(subject, [dose.form]);
  const { system, propagator, params } = model;
  const n = system.n;
  const tau = dose.everyHours;
  const e = propagator.transition(tau);
  const iMinusE = e.map((v, k) => (k % (n + 1) === 0 ? 1 - v : -v));
  const b = system.bolus[dose.form]!.map((v) => v * dose.amountMg);
  const xPost = solveLinear(iMinusE, b, n);
  const eMinusIx = applyMatrix(e, xPost, new Float64Array(n), n).map((v, i) => v - xPost[i]!);
  const auc = solveLinear(system.a, eMinusIx, n);
  const { index } = system;
  const range = { ntx: [Infinity, -Infinity], nbl: [Infinity, -Infinity] };
  let peak = { mu: -1, kappa: 0, delta: 0 };
  let trough = occupancyOf(params, 0, 0);
  const state = Float64Array.from(xPost);
  for (let s = 0; s <= SAMPLES; s++) {
    if (s > 0) {
      propagator.advance(state, tau / SAMPLES);
    }
    const cpNtx = state[index.ntxCentral]! * system.ngPerMlPerMgNtx;
    const cpNbl = state[index.nblCentral]! * system.ngPerMlPerMgNbl;
    range.ntx = [Math.min(range.ntx[0]!, cpNtx), Math.max(range.ntx[1]!, cpNtx)];
    range.nbl = [Math.min(range.nbl[0]!, cpNbl), Math.max(range.nbl[1]!, cpNbl)];
    const occ = occupancyOf(
      params,
      state[index.ntxEffect]! * system.ngPerMlPerMgNtx,
      state[index.nblEffect]! * system.ngPerMlPerMgNbl,
    );
    if (occ.mu > peak.mu) {
      peak = { ...occ };
    }
    if (s === SAMPLES) {
      trough = occ;
    }
  }
  return {
    ok: true,
    value: {
      everyHours: tau,
      naltrexone: {
        cminNgPerMl: range.ntx[0]!,
        cmaxNgPerMl: range.ntx[1]!,
        aucTauNgHourPerMl: auc[index.ntxCentral]! * system.ngPerMlPerMgNtx,
      },
      naltrexol: {
        cminNgPerMl: range.nbl[0]!,
        cmaxNgPerMl: range.nbl[1]!,
        aucTauNgHourPerMl: auc[index.nblCentral]! * system.ngPerMlPerMgNbl,
      },
      troughOccupancy: trough,
      peakOccupancy: peak,
    },
  };
}
