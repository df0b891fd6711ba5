import path from 'node:path';

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
  /** PLUGINS: comma-separated council plugins to enable, "all" (default) or "none". */
  plugins: string[] | 'all';
  /** SEED: load the bundled council documents into an empty database. Default true. */
  seed: boolean;
  /**
   * SQL_STATEMENT_HEADER: answer every request with an `X-SQL-Statements` header
   * counting the SQL statements it ran (for tests and benchmarks). Default false.
   */
  sqlStatementHeader: boolean;
}

export class ConfigError extends Error {}

function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got ${JSON.stringify(value)}`);
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
    seed: bool('SEED', env.SEED, true),
    sqlStatementHeader: bool('SQL_STATEMENT_HEADER', env.SQL_STATEMENT_HEADER, false),
  };
}
