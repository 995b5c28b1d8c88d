export { createApp, type AppDeps } from './app';
export { ConfigError, loadConfig, type Config } from './config';
export { importPatientRecord, type ImportSummary } from './routes/fhir/import-record';
