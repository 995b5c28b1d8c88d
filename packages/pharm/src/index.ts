// @blockade/pharm: pure naltrexone PK/PD engine (no I/O, runs in the browser). Named exports only.
// Every model output is an estimate, not a measurement.
export * from './types';
export { simulate } from './simulate/simulate';
export type {
  ExposureSummary,
  OccupancyFall,
  PopulationOptions,
  SimulateOptions,
  SimulationResult,
  SimulationSummary,
} from './simulate/options';
export { estimateNote, limits, muThresholds } from './simulate/options';
export { occupancyAt } from './clinical/occupancy-at';
export { timeToOccupancyBelow } from './clinical/time-to-occupancy-below';
export {
  steadyState,
  type RepeatedDose,
  type SteadyState,
  type SteadyStateExposure,
} from './clinical/steady-state';
export { parameters, modelInfo, type ParameterSpec, type ParameterName } from './model/parameters';
export * from './regimen/index';
