import 'reflect-metadata';

export { startServer, maxBodyBytes } from './app';
export { jsonLogger, silentLogger } from './logger';
export type { Logger } from './logger';
export type { RunningServer } from './app';
export { loadConfig, loadAuthConfig, ConfigError } from './config';
export { verifyToken, mintToken, AuthError } from './auth';
export type { AuthConfig, TokenClaims } from './auth';
export type { ServerConfig } from './config';
export { bundledPlugins, selectPlugins, resolvePlugins, configuredPlugins, deploymentRoot, loadPlugin, checkCoreVersion, readDeploymentConfig, CONFIG_FILE } from './plugins';
export type { InstalledPlugin, DeploymentConfig } from './plugins';
export { prepareDeployment, startDatabase } from './deployment';
export type { Deployment } from './deployment';
export { printPlanSchema, printPlanSubgraph } from './print-schema';
export { ResponseCache, responseCachePlugin } from './response-cache';
export type { CachedResponse, OperationFacts } from './response-cache';
