// @blockade/pharm: pure naltrexone PK/PD engine. Named exports only.
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
export { limits, maxDoseMg, muThresholds } from './simulate/options';
export { parameters, modelInfo, type ParameterSpec, type ParameterName } from './model/parameters';
