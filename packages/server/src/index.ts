import 'reflect-metadata';

export { startServer, maxBodyBytes } from './app';
export { jsonLogger, silentLogger } from './logger';
export type { Logger } from './logger';
export type { RunningServer } from './app';
export { loadConfig, ConfigError } from './config';
export type { ServerConfig } from './config';
export { bundledPlugins, selectPlugins } from './plugins';
export { printPlanSchema, printPlanSubgraph } from './print-schema';
