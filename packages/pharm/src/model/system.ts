import type { DoseForm } from '../types';
import type { IndividualParameters } from './individual';

/**
 * Compartments of the linear model. Amounts are in mg. The two effect compartments hold the
 * amount that would be in the central compartment at the effect-site concentration
 * (Ce = amount / V1), so every state shares the unit mg and the system stays linear:
 * d(Ae)/dt = keo · (A_central − Ae).
 */
export const compartments = [
  'gutOral',
  'gutEr',
  'xrBurst',
  'xrA1',
  'xrA2',
  'xrA3',
  'xrB1',
  'xrB2',
  'xrB3',
  'implant',
  'ntxCentral',
  'ntxPeripheral',
  'nblCentral',
  'nblPeripheral',
  'ntxEffect',
  'nblEffect',
] as const;

/** One compartment name. */
export type Compartment = (typeof compartments)[number];

const inputsByForm: Record<DoseForm, readonly Compartment[]> = {
  'oral-tablet': ['gutOral'],
  'er-tablet': ['gutEr'],
  'xr-injection': ['xrBurst', 'xrA1', 'xrA2', 'xrA3', 'xrB1', 'xrB2', 'xrB3'],
  implant: ['implant'],
};

const disposition: readonly Compartment[] = [
  'ntxCentral',
  'ntxPeripheral',
  'nblCentral',
  'nblPeripheral',
  'ntxEffect',
  'nblEffect',
];

/** The linear system restricted to the compartments a regimen uses: dx/dt = A·x. */
export interface LinearSystem {
  /** Number of states. */
  readonly n: number;
  /** Names of the states, in order. */
  readonly names: readonly Compartment[];
  /** Row-major n×n rate matrix in 1/h. */
  readonly a: Float64Array;
  /** State index of each compartment, or -1 when not in the system. */
  readonly index: Readonly<Record<Compartment, number>>;
  /** Per-mg bolus vector of each form present (length n), or undefined. */
  readonly bolus: Readonly<Partial<Record<DoseForm, Float64Array>>>;
  /** Indices of the input (absorption/release) states. */
  readonly inputStates: readonly number[];
  /** Output scale: ng/mL per mg in the naltrexone and 6β-naltrexol central/effect states. */
  readonly ngPerMlPerMgNtx: number;
  readonly ngPerMlPerMgNbl: number;
}

/**
 * Builds the rate matrix for the forms a regimen uses (unused input compartments are left out, so
 * an oral-only regimen has 7 states instead of 16).
 *
 * @param p - Individual parameters.
 * @param forms - Dose forms present in the regimen.
 * @returns The linear system.
 * @example
 * buildSystem(individualParameters(typicalValues, {}), ['oral-tablet']).n //=> 7
 */
export function buildSystem(p: IndividualParameters, forms: readonly DoseForm[]): LinearSystem {
  const present = new Set(forms);
  const names: Compartment[] = [];
  for (const form of ['oral-tablet', 'er-tablet', 'xr-injection', 'implant'] as const) {
    if (present.has(form)) {
      names.push(...inputsByForm[form]);
    }
  }
  const inputCount = names.length;
  names.push(...disposition);
  const n = names.length;
  const index = Object.fromEntries(compartments.map((c) => [c, names.indexOf(c)])) as Record<
    Compartment,
    number
  >;
  const a = new Float64Array(n * n);
  /** Adds a first-order flow `rate`·x[from] into `to` (to = null: leaves the system). */
  const flow = (
    from: Compartment,
    to: Compartment | null,
    rate: number,
    yieldFraction = 1,
  ): void => {
    const i = index[from];
    if (i < 0) {
      return;
    }
    a[i * n + i]! -= rate;
    if (to !== null) {
      const j = index[to];
      a[j * n + i]! += rate * yieldFraction;
    }
  };
  /** A split outflow: x[from] leaves at `rate`, a fraction `share` arrives in `to`. */
  const branch = (from: Compartment, to: Compartment, rate: number, share: number): void => {
    const i = index[from];
    const j = index[to];
    if (i >= 0) {
      a[j * n + i]! += rate * share;
    }
  };
  const gut = (c: Compartment, ka: number, f: number, fPre: number): void => {
    flow(c, null, ka);
    branch(c, 'ntxCentral', ka, f);
    branch(c, 'nblCentral', ka, fPre);
  };
  gut('gutOral', p.kaOral, p.fOral, p.fPreOral);
  gut('gutEr', p.kaEr, p.fEr, p.fPreEr);
  flow('xrBurst', 'ntxCentral', p.kXrBurst);
  flow('xrA1', 'xrA2', p.ktrXrA);
  flow('xrA2', 'xrA3', p.ktrXrA);
  flow('xrA3', 'ntxCentral', p.ktrXrA);
  flow('xrB1', 'xrB2', p.ktrXrB);
  flow('xrB2', 'xrB3', p.ktrXrB);
  flow('xrB3', 'ntxCentral', p.ktrXrB);
  flow('implant', null, p.kImplant);
  branch('implant', 'ntxCentral', p.kImplant, p.fImplant);
  const k10 = p.clNtx / p.v1Ntx;
  flow('ntxCentral', null, k10);
  branch('ntxCentral', 'nblCentral', k10, p.fmNbl * p.mwRatio);
  flow('ntxCentral', 'ntxPeripheral', p.qNtx / p.v1Ntx);
  flow('ntxPeripheral', 'ntxCentral', p.qNtx / p.v2Ntx);
  flow('nblCentral', null, p.clNbl / p.v1Nbl);
  flow('nblCentral', 'nblPeripheral', p.qNbl / p.v1Nbl);
  flow('nblPeripheral', 'nblCentral', p.qNbl / p.v2Nbl);
  // Effect compartments: no mass leaves the central compartment.
  flow('ntxEffect', null, p.keoNtx);
  branch('ntxCentral', 'ntxEffect', p.keoNtx, 1);
  flow('nblEffect', null, p.keoNbl);
  branch('nblCentral', 'nblEffect', p.keoNbl, 1);

  const bolus: Partial<Record<DoseForm, Float64Array>> = {};
  const vector = (entries: readonly (readonly [Compartment, number])[]): Float64Array => {
    const v = new Float64Array(n);
    for (const [c, amount] of entries) {
      v[index[c]] = amount;
    }
    return v;
  };
  if (present.has('oral-tablet')) {
    bolus['oral-tablet'] = vector([['gutOral', 1]]);
  }
  if (present.has('er-tablet')) {
    bolus['er-tablet'] = vector([['gutEr', 1]]);
  }
  if (present.has('xr-injection')) {
    bolus['xr-injection'] = vector([
      ['xrBurst', p.xrFracBurst],
      ['xrA1', p.xrFracA],
      ['xrB1', p.xrFracB],
    ]);
  }
  if (present.has('implant')) {
    bolus.implant = vector([['implant', 1]]);
  }
  return {
    n,
    names,
    a,
    index,
    bolus,
    inputStates: Array.from({ length: inputCount }, (_, i) => i),
    ngPerMlPerMgNtx: 1000 / p.v1Ntx,
    ngPerMlPerMgNbl: 1000 / p.v1Nbl,
  };
}
