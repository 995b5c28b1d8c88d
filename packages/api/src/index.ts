export { createApp, type AppDeps } from './app';
export { ConfigError, loadConfig, type Config } from './config';
