import type { Subject } from '../types';
import { parameters, type ParameterName } from './parameters';

/** A value for every model parameter (the typical set, or a re-fitted one in calibration scripts). */
export type ParameterValues = { readonly [K in ParameterName]: number };

/** The typical-subject parameter values from the specification table. */
export const typicalValues: ParameterValues = Object.fromEntries(
  Object.entries(parameters).map(([name, spec]) => [name, spec.value]),
) as ParameterValues;

/** Random effects of one virtual subject (log scale); all zero for the typical subject. */
export interface Etas {
  readonly f: number;
  readonly ka: number;
  readonly clNtx: number;
  readonly clNbl: number;
  readonly ec50: number;
}

/** No random effects. */
export const zeroEtas: Etas = { f: 0, ka: 0, clNtx: 0, clNbl: 0, ec50: 0 };

/** Parameters of one subject after covariates and random effects; rates in 1/h, volumes in L. */
export interface IndividualParameters {
  readonly kaOral: number;
  readonly kaEr: number;
  readonly fOral: number;
  readonly fEr: number;
  /** Fraction of an oral dose converted pre-systemically, in 6β-naltrexol mass per naltrexone mass. */
  readonly fPreOral: number;
  readonly fPreEr: number;
  readonly clNtx: number;
  readonly v1Ntx: number;
  readonly qNtx: number;
  readonly v2Ntx: number;
  readonly fmNbl: number;
  readonly mwRatio: number;
  readonly clNbl: number;
  readonly v1Nbl: number;
  readonly qNbl: number;
  readonly v2Nbl: number;
  readonly xrFracBurst: number;
  readonly kXrBurst: number;
  readonly xrFracA: number;
  readonly ktrXrA: number;
  readonly xrFracB: number;
  readonly ktrXrB: number;
  readonly kImplant: number;
  readonly fImplant: number;
  readonly keoNtx: number;
  readonly keoNbl: number;
  /** EC50s in ng/mL, by receptor and analyte. */
  readonly ec50: {
    readonly mu: readonly [number, number];
    readonly kappa: readonly [number, number];
    readonly delta: readonly [number, number];
  };
}

function hepaticFactor(p: ParameterValues, subject: Subject): number {
  switch (subject.hepatic ?? 'normal') {
    case 'normal':
      return 1;
    case 'compensated-cirrhosis':
      return p.hepaticCompensated;
    case 'decompensated-cirrhosis':
      return p.hepaticDecompensated;
  }
}

/**
 * Oral availability after first pass and the matching pre-systemic conversion. Cirrhosis and the
 * random effect scale the naltrexone fraction; the converted fraction shrinks in proportion to what
 * first pass still removes, so the two never exceed the absorbed dose.
 */
function firstPass(f: number, p: ParameterValues, scale: number): [number, number] {
  const fi = Math.min(f * scale, 1);
  const converted = ((p.fPresystemic * (1 - fi)) / (1 - f)) * p.mwRatio;
  return [fi, converted];
}

/**
 * Individual parameters for a subject: covariates from Dunbar 2007 (weight, age, dependence on
 * naltrexone clearance; creatinine clearance on 6β-naltrexol clearance), cirrhosis on oral first
 * pass only, and log-normal random effects.
 *
 * @param p - Parameter values (usually {@link typicalValues}).
 * @param subject - Covariates; absent fields take the typical adult.
 * @param eta - Random effects on the log scale.
 * @returns The subject's parameters.
 * @example
 * individualParameters(typicalValues, {}, zeroEtas).clNtx //=> 140
 */
export function individualParameters(
  p: ParameterValues,
  subject: Subject,
  eta: Etas = zeroEtas,
): IndividualParameters {
  const weight = subject.weightKg ?? 70;
  const age = subject.ageYears ?? 40;
  const crcl = subject.creatinineClearanceMlPerMin ?? 100;
  const clNtxCov =
    (p.clNtx + p.clNtxPerKg * (weight - 70) + p.clNtxPerYear * (age - 40)) *
    (subject.dependent === true ? p.clNtxDependent : 1);
  const clNblCov = Math.max(p.clNbl + p.clNblPerCrcl * (crcl - 100), p.clNbl * p.clNblMinFraction);
  const scaleF = hepaticFactor(p, subject) * Math.exp(eta.f);
  const [fOral, fPreOral] = firstPass(p.fOral, p, scaleF);
  const [fEr, fPreEr] = firstPass(p.fEr, p, scaleF);
  const ec50Scale = Math.exp(eta.ec50);
  const muNtx = p.ec50MuNtx * ec50Scale;
  const muNbl = p.ec50MuNbl * ec50Scale;
  return {
    kaOral: p.kaOral * Math.exp(eta.ka),
    kaEr: p.kaEr * Math.exp(eta.ka),
    fOral,
    fEr,
    fPreOral,
    fPreEr,
    clNtx: Math.max(clNtxCov, 0.2 * p.clNtx) * Math.exp(eta.clNtx),
    v1Ntx: p.v1Ntx,
    qNtx: p.qNtx,
    v2Ntx: p.v2Ntx,
    fmNbl: p.fmNbl,
    mwRatio: p.mwRatio,
    clNbl: clNblCov * Math.exp(eta.clNbl),
    v1Nbl: p.v1Nbl,
    qNbl: p.qNbl,
    v2Nbl: p.v2Nbl,
    xrFracBurst: p.xrFracBurst,
    kXrBurst: p.kXrBurst,
    xrFracA: p.xrFracA,
    ktrXrA: 3 / p.mttXrA,
    xrFracB: p.xrFracB,
    ktrXrB: 3 / p.mttXrB,
    kImplant: p.kImplant,
    fImplant: p.fImplant,
    keoNtx: p.keoNtx,
    keoNbl: p.keoNbl,
    ec50: {
      mu: [muNtx, muNbl],
      kappa: [
        muNtx * (p.kiKappaNtx / p.kiMuNtx) * p.kappaScale,
        muNbl * (p.kiKappaNbl / p.kiMuNbl) * p.kappaScale,
      ],
      delta: [
        muNtx * (p.kiDeltaNtx / p.kiMuNtx) * p.deltaScale,
        muNbl * (p.kiDeltaNbl / p.kiMuNbl) * p.deltaScale,
      ],
    },
  };
}
