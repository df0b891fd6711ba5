import path from 'node:path';
import { DEFAULT_MAX_IMPORT_BYTES, IMPORT_LIMITS, DEFAULT_WEBHOOK_OPTIONS, type CouncilPlugin, type WebhookOptions } from '@council-plans/core';
import type { AuthConfig } from './auth';
import type { RateLimitConfig } from './rate-limit';
import { DEFAULT_QUERY_LIMITS, DEFAULT_RATE_LIMITS, DEFAULT_TOKEN_MAX_LIFETIME, developmentSecret } from './defaults';

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
  /** NODE_ENV=development (kept for information: it no longer changes what clients see). */
  development: boolean;
  /**
   * DEBUG_ERRORS: send unexpected errors' own messages and stack traces to clients.
   * Default false: clients get "Internal server error", the code and the request id;
   * the log has the detail.
   */
  debugErrors: boolean;
  /** INTROSPECTION: answer introspection queries. Default true, false under NODE_ENV=production. */
  introspection: boolean;
  /** MAX_QUERY_DEPTH: deepest field nesting allowed. Default 15. */
  maxQueryDepth: number;
  /** MAX_QUERY_COMPLEXITY: highest estimated query cost allowed (fields times page sizes). Default 50000. */
  maxQueryComplexity: number;
  /** IDE: serve GraphiQL (from local files, no internet) when a browser opens /graphql. Default true, false under NODE_ENV=production. */
  ide: boolean;
  /** MAX_QUERY_ALIASES: most aliases in an operation. Default 50. */
  maxAliases: number;
  /** MAX_QUERY_DIRECTIVES: most directives in an operation. Default 50. */
  maxDirectives: number;
  /** MAX_QUERY_TOKENS: most lexical tokens in a document. Default 3000. */
  maxTokens: number;
  /** MAX_QUERY_BYTES: largest query document. Default 65536. */
  maxQueryBytes: number;
  /** MAX_IDS: most ids in `nodes(ids)` and representations in `_entities`. Default 1000. */
  maxIds: number;
  /** REQUEST_TIMEOUT_MS: time budget of one request; over it the caller gets 503 TIMEOUT and the work is abandoned. Default 30000. */
  requestTimeoutMs: number;
  /** STATEMENT_TIMEOUT_MS: PostgreSQL statement_timeout of request statements. Default 15000 (0: none). */
  statementTimeoutMs: number;
  /** MAX_RESPONSE_BYTES: largest response body. Default 16 MiB. */
  maxResponseBytes: number;
  /** Per-caller rate and concurrency limits (RATE_LIMIT_*); absent: none (the programmatic default; the environment's default is on). */
  rateLimit?: RateLimitConfig;
  /** CORS_ORIGINS: origins (scheme://host[:port]) browsers may call from, comma-separated, or `*`. Default none. */
  corsOrigins: string[];
  /** CORS_CREDENTIALS: let browsers send credentials (cookies) cross-origin. Default false; not allowed with `*`. */
  corsCredentials: boolean;
  /** TRUST_PROXY: take the client's address from the last X-Forwarded-For entry (behind a reverse proxy). Default false. */
  trustProxy: boolean;
  /**
   * RESPONSE_CACHE: keep whole responses of successful queries in memory, keyed by the
   * request and the caller's Authorization/Cookie/Accept headers, cleared by every
   * mutation through this server. Default false: writes by another process (a second
   * server, the CLI) are not seen, so enable it only where this server is the only writer.
   */
  responseCache: boolean;
  /**
   * DIRECT_READS: answer queries whose every field is a column or a nested relation of a
   * plan with one SQL statement that builds the response itself, without running field
   * resolvers (packages/core/src/graphql/direct-read.ts). Default true; false serves
   * every query through the resolvers (to compare, or to rule it out).
   */
  directReads: boolean;
  /**
   * How bearer tokens are verified (see loadAuthConfig). Absent: every token is refused
   * with 401 and callers are anonymous (read-only, published plans only).
   */
  auth?: AuthConfig;
  /** IMPORT_MAX_BYTES: largest file `importPlan` and the import command accept. Default 10 MB (10485760). */
  maxImportBytes: number;
  /** IMPORT_MAX_ROWS: most data rows the import command reads from a sheet. Default 5,000 (the API's `importPlan` always reads at most 5,000). */
  maxImportRows?: number;
  /** WEBHOOKS: run the webhook delivery worker in this process. Default true. */
  webhooks?: boolean;
  /**
   * WEBHOOK_POLL_MS, WEBHOOK_TIMEOUT_MS, WEBHOOK_LEASE_MS, WEBHOOK_BACKOFF_BASE_MS,
   * WEBHOOK_BACKOFF_MAX_MS, WEBHOOK_BATCH, WEBHOOK_MAX_RESPONSE_BYTES,
   * WEBHOOK_DELIVERY_RETENTION_DAYS, CHANGE_EVENT_RETENTION_DAYS: how the worker
   * delivers and prunes (README "Webhooks"). Defaults in DEFAULT_WEBHOOK_OPTIONS.
   */
  webhookOptions?: Partial<WebhookOptions>;
  /** COUNCIL_PLANS_TODAY: a fixed "today" (YYYY-MM-DD) for computed statuses and reminders (issue 18); absent: the real UTC day. */
  today?: string;
  /** REMINDERS: run the reminder sweep (due-soon / late tasks, stale actions as change events) in this process. Default true. */
  reminders?: boolean;
  /** REMINDER_SWEEP_MS, REMINDER_DUE_SOON_DAYS, REMINDER_LATE_LOOKBACK_DAYS, REMINDER_RETENTION_DAYS: how often the sweep runs, its windows and how long sent reminders' keys are kept (README "Reminders"). */
  reminderOptions?: { sweepMs?: number; dueSoonDays?: number; lateLookbackDays?: number; retentionMs?: number };
}

export class ConfigError extends Error {}

/** A YYYY-MM-DD day setting (a real calendar day), or undefined when unset. */
function fixedDay(name: string, value: string | undefined): string | undefined {
  if (value == null || value === '') return undefined;
  const day = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new ConfigError(`${name} must be a day as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Defaults of the settings most callers leave alone (also used by tests that build a config by hand). */
export const DEFAULT_LIMITS = {
  maxQueryDepth: 15,
  maxQueryComplexity: 50_000,
  ...DEFAULT_QUERY_LIMITS,
  requestTimeoutMs: 30_000,
  statementTimeoutMs: 15_000,
  maxResponseBytes: 16 * 1024 * 1024,
} as const;

function nonNegativeInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number, 0 or more, got ${JSON.stringify(value)}`);
  return n;
}

/** A duration in seconds: "3600", "90m", "12h", "30d". */
export function durationSeconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const m = /^(\d+)\s*([smhd]?)$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new ConfigError(`${name} must be a duration such as 3600, 90m, 12h or 30d, got ${JSON.stringify(value)}`);
  return Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]!]!;
}

/** CORS_ORIGINS: `*` or a list of origins, each checked to be scheme://host[:port]. */
function corsOrigins(value: string | undefined): string[] {
  const list = (value ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of list) {
    if (origin === '*') continue;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(`CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin (scheme://host[:port])`);
    }
    if (parsed.origin !== origin) throw new ConfigError(`CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin; did you mean ${parsed.origin}?`);
  }
  return list;
}

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
  const production = env.NODE_ENV === 'production';
  const rateLimit: RateLimitConfig = {
    requests: nonNegativeInt('RATE_LIMIT_REQUESTS', env.RATE_LIMIT_REQUESTS, DEFAULT_RATE_LIMITS.requests),
    expensive: positiveInt('RATE_LIMIT_EXPENSIVE', env.RATE_LIMIT_EXPENSIVE, DEFAULT_RATE_LIMITS.expensive),
    windowSeconds: durationSeconds('RATE_LIMIT_WINDOW', env.RATE_LIMIT_WINDOW, DEFAULT_RATE_LIMITS.windowSeconds),
    concurrency: positiveInt('RATE_LIMIT_CONCURRENCY', env.RATE_LIMIT_CONCURRENCY, DEFAULT_RATE_LIMITS.concurrency),
    redisUrl: env.REDIS_URL || undefined,
  };
  const origins = corsOrigins(env.CORS_ORIGINS);
  const corsCredentials = bool('CORS_CREDENTIALS', env.CORS_CREDENTIALS, false);
  if (corsCredentials && origins.includes('*')) throw new ConfigError('CORS_CREDENTIALS=true cannot go with CORS_ORIGINS=*: name the origins');
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
    debugErrors: bool('DEBUG_ERRORS', env.DEBUG_ERRORS, false),
    introspection: bool('INTROSPECTION', env.INTROSPECTION, !production),
    maxQueryDepth: positiveInt('MAX_QUERY_DEPTH', env.MAX_QUERY_DEPTH, DEFAULT_LIMITS.maxQueryDepth),
    maxQueryComplexity: positiveInt('MAX_QUERY_COMPLEXITY', env.MAX_QUERY_COMPLEXITY, DEFAULT_LIMITS.maxQueryComplexity),
    maxAliases: nonNegativeInt('MAX_QUERY_ALIASES', env.MAX_QUERY_ALIASES, DEFAULT_LIMITS.maxAliases),
    maxDirectives: nonNegativeInt('MAX_QUERY_DIRECTIVES', env.MAX_QUERY_DIRECTIVES, DEFAULT_LIMITS.maxDirectives),
    maxTokens: positiveInt('MAX_QUERY_TOKENS', env.MAX_QUERY_TOKENS, DEFAULT_LIMITS.maxTokens),
    maxQueryBytes: positiveInt('MAX_QUERY_BYTES', env.MAX_QUERY_BYTES, DEFAULT_LIMITS.maxQueryBytes),
    maxIds: positiveInt('MAX_IDS', env.MAX_IDS, DEFAULT_LIMITS.maxIds),
    requestTimeoutMs: positiveInt('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS, DEFAULT_LIMITS.requestTimeoutMs),
    statementTimeoutMs: nonNegativeInt('STATEMENT_TIMEOUT_MS', env.STATEMENT_TIMEOUT_MS, DEFAULT_LIMITS.statementTimeoutMs),
    maxResponseBytes: positiveInt('MAX_RESPONSE_BYTES', env.MAX_RESPONSE_BYTES, DEFAULT_LIMITS.maxResponseBytes),
    rateLimit: rateLimit.requests === 0 ? undefined : rateLimit,
    corsOrigins: origins,
    corsCredentials,
    trustProxy: bool('TRUST_PROXY', env.TRUST_PROXY, false),
    ide: bool('IDE', env.IDE, !production),
    responseCache: bool('RESPONSE_CACHE', env.RESPONSE_CACHE, false),
    directReads: bool('DIRECT_READS', env.DIRECT_READS, true),
    maxImportBytes: positiveInt('IMPORT_MAX_BYTES', env.IMPORT_MAX_BYTES, DEFAULT_MAX_IMPORT_BYTES),
    maxImportRows: positiveInt('IMPORT_MAX_ROWS', env.IMPORT_MAX_ROWS, IMPORT_LIMITS.maxRows),
    webhooks: bool('WEBHOOKS', env.WEBHOOKS, true),
    webhookOptions: loadWebhookOptions(env),
    today: fixedDay('COUNCIL_PLANS_TODAY', env.COUNCIL_PLANS_TODAY),
    reminders: bool('REMINDERS', env.REMINDERS, true),
    reminderOptions: {
      sweepMs: positiveInt('REMINDER_SWEEP_MS', env.REMINDER_SWEEP_MS, 3_600_000),
      dueSoonDays: nonNegativeInt('REMINDER_DUE_SOON_DAYS', env.REMINDER_DUE_SOON_DAYS, 14),
      lateLookbackDays: nonNegativeInt('REMINDER_LATE_LOOKBACK_DAYS', env.REMINDER_LATE_LOOKBACK_DAYS, 30),
      retentionMs: nonNegativeInt('REMINDER_RETENTION_DAYS', env.REMINDER_RETENTION_DAYS, 30) * 86_400_000,
    },
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
  const common = {
    issuer: env.JWT_ISSUER || undefined,
    audience: env.JWT_AUDIENCE || undefined,
    maxLifetimeSeconds: durationSeconds('TOKEN_MAX_LIFETIME', env.TOKEN_MAX_LIFETIME, DEFAULT_TOKEN_MAX_LIFETIME),
  };
  if (env.JWT_PUBLIC_KEY) {
    const algorithm = (env.JWT_ALGORITHM || 'RS256') as 'RS256' | 'ES256';
    if (algorithm !== 'RS256' && algorithm !== 'ES256') throw new ConfigError(`JWT_ALGORITHM must be RS256 or ES256, got ${JSON.stringify(env.JWT_ALGORITHM)}`);
    return { auth: { publicKey: env.JWT_PUBLIC_KEY, algorithm, source: `JWT_PUBLIC_KEY (${algorithm})`, ...common } };
  }
  if (env.JWT_SECRET) {
    if (env.JWT_SECRET.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters (HS256 needs a 256-bit key)');
    const previousSecrets = (env.JWT_PREVIOUS_SECRETS ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    if (previousSecrets.some((x) => x.length < 32)) throw new ConfigError('JWT_PREVIOUS_SECRETS: each secret must be at least 32 characters');
    return { auth: { secret: env.JWT_SECRET, previousSecrets, source: `JWT_SECRET (HS256${previousSecrets.length ? `, ${previousSecrets.length} previous` : ''})`, ...common } };
  }
  if (env.NODE_ENV === 'production') throw new ConfigError('set JWT_SECRET or JWT_PUBLIC_KEY: in production the server does not start without a token key');
  const file = path.resolve(env.JWT_SECRET_FILE || path.join('data', 'jwt-secret'));
  const { secret, created } = developmentSecret(file);
  return {
    auth: { secret, source: `development secret ${file}`, ...common },
    notice: `${created ? 'created' : 'using'} the development token secret ${file} (no JWT_SECRET or JWT_PUBLIC_KEY set); mint a token with \`pnpm token --council <code> --role editor\``,
  };
}

/** The webhook worker's settings from WEBHOOK_* variables (unset: the defaults). */
export function loadWebhookOptions(env: NodeJS.ProcessEnv = process.env): WebhookOptions {
  const d = DEFAULT_WEBHOOK_OPTIONS;
  const options: WebhookOptions = {
    pollMs: positiveInt('WEBHOOK_POLL_MS', env.WEBHOOK_POLL_MS, d.pollMs),
    timeoutMs: positiveInt('WEBHOOK_TIMEOUT_MS', env.WEBHOOK_TIMEOUT_MS, d.timeoutMs),
    leaseMs: positiveInt('WEBHOOK_LEASE_MS', env.WEBHOOK_LEASE_MS, d.leaseMs),
    backoffBaseMs: positiveInt('WEBHOOK_BACKOFF_BASE_MS', env.WEBHOOK_BACKOFF_BASE_MS, d.backoffBaseMs),
    backoffMaxMs: positiveInt('WEBHOOK_BACKOFF_MAX_MS', env.WEBHOOK_BACKOFF_MAX_MS, d.backoffMaxMs),
    batchSize: positiveInt('WEBHOOK_BATCH', env.WEBHOOK_BATCH, d.batchSize),
    maxResponseBytes: positiveInt('WEBHOOK_MAX_RESPONSE_BYTES', env.WEBHOOK_MAX_RESPONSE_BYTES, d.maxResponseBytes),
    // Days, 0 keeping delivered deliveries for ever (README "Webhooks").
    deliveryRetentionMs: nonNegativeInt('WEBHOOK_DELIVERY_RETENTION_DAYS', env.WEBHOOK_DELIVERY_RETENTION_DAYS, d.deliveryRetentionMs / 86_400_000) * 86_400_000,
    // Days, 0 keeping change events for ever; only delivered events behind every endpoint are pruned (README "Webhooks").
    changeEventRetentionMs: nonNegativeInt('CHANGE_EVENT_RETENTION_DAYS', env.CHANGE_EVENT_RETENTION_DAYS, d.changeEventRetentionMs / 86_400_000) * 86_400_000,
    pruneEveryMs: d.pruneEveryMs,
  };
  // A claim must outlive the deliveries of one round to one endpoint, or a slow endpoint
  // would be delivered to twice while the first attempt is still running.
  if (options.leaseMs <= options.timeoutMs) throw new ConfigError('WEBHOOK_LEASE_MS must be longer than WEBHOOK_TIMEOUT_MS');
  return options;
}
