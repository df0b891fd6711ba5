import path from 'node:path';
import { DEFAULT_MAX_IMPORT_BYTES, type CouncilPlugin } from '@council-plans/core';
import { developmentSecret, type AuthConfig } from './auth';

/** Server configuration, read from environment variables (documented in README.md). */
export interface ServerConfig {
  /** PORT: TCP port to listen on; 0 picks a free one. Default 4000. */
  port: number;
  /** HOST: interface to listen on. Default 127.0.0.1; use 0.0.0.0 in a container. */
  host: string;
  /** DATABASE_URL: a PostgreSQL connection string. Unset: the embedded PGlite. */
  databaseUrl?: string;
  /** PGLITE_DATA_DIR: PGlite's data folder, or "memory". Default ./data/pglite. */
  dataDir?: string;
  /**
   * PLUGINS: comma-separated council plugins to enable (package names, paths relative
   * to the deployment root, or a bundled plugin's short name such as "kent"), "all"
   * (default: the `plugins` of council-plans.config.json) or "none". Tests and embedders
   * may pass plugin objects.
   */
  plugins: (string | CouncilPlugin)[] | 'all';
  /** COUNCIL_PLANS_ROOT: the deployment root (config file, installed plugins, generated client). Default: found from the working folder. */
  root?: string;
  /** SEED: load the enabled plugins' council documents the database does not have yet. Default true. */
  seed: boolean;
  /**
   * SQL_STATEMENT_HEADER: answer every request with an `X-SQL-Statements` header
   * counting the SQL statements it ran (for tests and benchmarks). Default false.
   */
  sqlStatementHeader: boolean;
  /** NODE_ENV=development: include stack traces in error responses. Never otherwise. */
  development: boolean;
  /** INTROSPECTION: answer introspection queries. Default true (the API is public). */
  introspection: boolean;
  /** MAX_QUERY_DEPTH: deepest field nesting allowed. Default 15. */
  maxQueryDepth: number;
  /** MAX_QUERY_COMPLEXITY: highest estimated query cost allowed (fields times page sizes). Default 50000. */
  maxQueryComplexity: number;
  /** IDE: serve GraphiQL (from local files, no internet) when a browser opens /graphql. Default true. */
  ide: boolean;
  /**
   * RESPONSE_CACHE: keep whole responses of successful queries in memory, keyed by the
   * request and the caller's Authorization/Cookie/Accept headers, cleared by every
   * mutation through this server. Default false: writes by another process (a second
   * server, the CLI) are not seen, so enable it only where this server is the only writer.
   */
  responseCache: boolean;
  /**
   * How bearer tokens are verified (see loadAuthConfig). Absent: every token is refused
   * with 401 and callers are anonymous (read-only, published plans only).
   */
  auth?: AuthConfig;
  /** IMPORT_MAX_BYTES: largest file `importPlan` and the import command accept. Default 10 MB (10485760). */
  maxImportBytes: number;
}

export class ConfigError extends Error {}

/** Defaults of the settings most callers leave alone (also used by tests that build a config by hand). */
export const DEFAULT_LIMITS = { maxQueryDepth: 15, maxQueryComplexity: 50_000 } as const;

function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got ${JSON.stringify(value)}`);
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} must be a positive whole number, got ${JSON.stringify(value)}`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got ${JSON.stringify(env.PORT)}`);
  const pluginsText = (env.PLUGINS ?? 'all').trim();
  const plugins =
    pluginsText === '' || pluginsText === 'all'
      ? 'all'
      : pluginsText === 'none'
        ? []
        : pluginsText.split(',').map((p) => p.trim()).filter(Boolean);
  const dataDir = env.PGLITE_DATA_DIR === 'memory' ? undefined : path.resolve(env.PGLITE_DATA_DIR || path.join('data', 'pglite'));
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    plugins,
    root: env.COUNCIL_PLANS_ROOT ? path.resolve(env.COUNCIL_PLANS_ROOT) : undefined,
    seed: bool('SEED', env.SEED, true),
    sqlStatementHeader: bool('SQL_STATEMENT_HEADER', env.SQL_STATEMENT_HEADER, false),
    development: env.NODE_ENV === 'development',
    introspection: bool('INTROSPECTION', env.INTROSPECTION, true),
    maxQueryDepth: positiveInt('MAX_QUERY_DEPTH', env.MAX_QUERY_DEPTH, DEFAULT_LIMITS.maxQueryDepth),
    maxQueryComplexity: positiveInt('MAX_QUERY_COMPLEXITY', env.MAX_QUERY_COMPLEXITY, DEFAULT_LIMITS.maxQueryComplexity),
    ide: bool('IDE', env.IDE, true),
    responseCache: bool('RESPONSE_CACHE', env.RESPONSE_CACHE, false),
    maxImportBytes: positiveInt('IMPORT_MAX_BYTES', env.IMPORT_MAX_BYTES, DEFAULT_MAX_IMPORT_BYTES),
  };
}

/**
 * The token key from JWT_SECRET (HS256, at least 32 characters) or JWT_PUBLIC_KEY (PEM;
 * JWT_ALGORITHM RS256 or ES256), with optional JWT_ISSUER / JWT_AUDIENCE. With neither,
 * outside production, a development secret is created under the data directory
 * (JWT_SECRET_FILE, default ./data/jwt-secret) so `npm start` works on a fresh machine;
 * in production (NODE_ENV=production) that is refused.
 */
export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): { auth: AuthConfig; notice?: string } {
  const common = { issuer: env.JWT_ISSUER || undefined, audience: env.JWT_AUDIENCE || undefined };
  if (env.JWT_PUBLIC_KEY) {
    const algorithm = (env.JWT_ALGORITHM || 'RS256') as 'RS256' | 'ES256';
    if (algorithm !== 'RS256' && algorithm !== 'ES256') throw new ConfigError(`JWT_ALGORITHM must be RS256 or ES256, got ${JSON.stringify(env.JWT_ALGORITHM)}`);
    return { auth: { publicKey: env.JWT_PUBLIC_KEY, algorithm, source: `JWT_PUBLIC_KEY (${algorithm})`, ...common } };
  }
  if (env.JWT_SECRET) {
    if (env.JWT_SECRET.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters (HS256 needs a 256-bit key)');
    return { auth: { secret: env.JWT_SECRET, source: 'JWT_SECRET (HS256)', ...common } };
  }
  if (env.NODE_ENV === 'production') throw new ConfigError('set JWT_SECRET or JWT_PUBLIC_KEY: in production the server does not start without a token key');
  const file = path.resolve(env.JWT_SECRET_FILE || path.join('data', 'jwt-secret'));
  const { secret, created } = developmentSecret(file);
  return {
    auth: { secret, source: `development secret ${file}`, ...common },
    notice: `${created ? 'created' : 'using'} the development token secret ${file} (no JWT_SECRET or JWT_PUBLIC_KEY set); mint a token with \`pnpm token --council <code> --role editor\``,
  };
}
