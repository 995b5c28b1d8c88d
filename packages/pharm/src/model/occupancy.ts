import type { Occupancy } from '../types';
import type { IndividualParameters } from './individual';

/**
 * Competitive occupancy of one receptor by naltrexone and 6β-naltrexol at the effect site:
 * occupancy = R / (1 + R), R = Ce_NTX / EC50_NTX + Ce_6BN / EC50_6BN (both ligands compete for the
 * same site; Gaddum's equation).
 *
 * @param ceNtxNgPerMl - Effect-site naltrexone concentration (ng/mL).
 * @param ceNblNgPerMl - Effect-site 6β-naltrexol concentration (ng/mL).
 * @param ec50 - EC50s in ng/mL, [naltrexone, 6β-naltrexol].
 * @returns Fraction occupied, 0-1 (NaN in gives NaN out).
 * @example
 * competitiveOccupancy(0.41, 0, [0.41, 1.1]) //=> 0.5
 */
export function competitiveOccupancy(
  ceNtxNgPerMl: number,
  ceNblNgPerMl: number,
  ec50: readonly [number, number],
): number {
  const r = Math.max(ceNtxNgPerMl, 0) / ec50[0] + Math.max(ceNblNgPerMl, 0) / ec50[1];
  return r / (1 + r);
}

/**
 * μ, κ and δ occupancy of a subject at given effect-site concentrations.
 *
 * @param p - Individual parameters (EC50s).
 * @param ceNtxNgPerMl - Effect-site naltrexone concentration (ng/mL).
 * @param ceNblNgPerMl - Effect-site 6β-naltrexol concentration (ng/mL).
 * @returns Occupancy by receptor, each 0-1.
 * @example
 * occupancyOf(individualParameters(typicalValues, {}), 0, 0) //=> { mu: 0, kappa: 0, delta: 0 }
 */
export function occupancyOf(
  p: IndividualParameters,
  ceNtxNgPerMl: number,
  ceNblNgPerMl: number,
): Occupancy {
  return {
    mu: competitiveOccupancy(ceNtxNgPerMl, ceNblNgPerMl, p.ec50.mu),
    kappa: competitiveOccupancy(ceNtxNgPerMl, ceNblNgPerMl, p.ec50.kappa),
    delta: competitiveOccupancy(ceNtxNgPerMl, ceNblNgPerMl, p.ec50.delta),
  };
}
