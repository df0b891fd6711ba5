// The test harness core exports (`@council-plans/core/testing`, issue 15): starts the real
// server over HTTP on a real database, the embedded PGlite (in memory) or a fresh
// PostgreSQL database per server (dropped afterwards), with the plugins asked for
// (`plugins: ['medway']`, a package name or path, or a plugin object); mints tokens;
// posts GraphQL. A plugin's own tests use it from its package: the server is
// `@council-plans/server`, resolved from the working folder (a plugin lists it in its
// devDependencies), so core does not depend on the server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { GraphQLSchema } from 'graphql';
import type { Database } from './db/database';
import type { CouncilPlugin } from './plugin';

/** The token key of test servers (`auth` of the server's configuration). */
export interface TestAuthConfig {
  secret?: string;
  source: string;
  [key: string]: unknown;
}

/** Server settings a test may override (the server's ServerConfig; plugins: names, paths or plugin objects). */
export interface TestServerOptions {
  plugins?: (string | CouncilPlugin)[] | 'all';
  seed?: boolean;
  /** PGlite: keep the data in a temporary folder, so `restart` can reopen it. */
  persist?: boolean;
  [setting: string]: unknown;
}

/** A running test server (the server's RunningServer); `db.prisma` is the deployment's client (core + its plugins). */
export interface RunningTestServer {
  url: string;
  subgraphUrl: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Omit<Database, 'prisma'> & { prisma: any };
  schema: GraphQLSchema;
  subgraphSchema: GraphQLSchema;
  plugins: CouncilPlugin[];
  stop(): Promise<void>;
}

interface ServerModule {
  startServer(config: Record<string, unknown>): Promise<RunningTestServer>;
  prepareDeployment(config: { plugins: (string | CouncilPlugin)[] | 'all' }): { plugins: CouncilPlugin[]; client: unknown };
  startDatabase(db: Database, plugins: CouncilPlugin[], options: { seed: boolean }): Promise<void>;
  mintToken(auth: TestAuthConfig, claims: { subject: string; name: string; councils: string[]; role: string; expires: string }): Promise<string>;
}

let serverModule: ServerModule | undefined;
/** `@council-plans/server`, from the working folder's installed packages (or beside core's). */
function server(): ServerModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  serverModule ??= require(require.resolve('@council-plans/server', { paths: [process.cwd(), __dirname] })) as ServerModule;
  return serverModule;
}
/** The token key every test server verifies with (a suite may start a server with another). */
export const TEST_AUTH: TestAuthConfig = { secret: 'the-test-servers-token-secret-32-characters', source: 'tests' };

/** A bearer token for TEST_AUTH servers: `role` of the given councils (authority codes). */
export function testToken(councils: string[], role: 'viewer' | 'editor' | 'approver' | 'admin' = 'editor', subject = `test-${councils.join('+')}-${role}`): Promise<string> {
  return server().mintToken(TEST_AUTH, { subject, name: `Test ${subject}`, councils, role, expires: '1h' });
}

/** The PostgreSQL the tests create their databases in (trust auth on CI machines). */
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface TestServer extends RunningTestServer {
  /** POSTs a GraphQL request; returns the parsed body, status and SQL statement count. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** The same with `Authorization: Bearer <token>`. */
  gqlAs<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /**
   * Stops this server and starts another on the same database with other settings
   * (e.g. `{ plugins: [...] }` to disable or enable a plugin). On PGlite only for a
   * server started with `persist: true` (a temporary data folder instead of memory).
   */
  restart(overrides?: TestServerOptions): Promise<TestServer>;
}

export interface GqlResult<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  statements: number;
}

export async function post<T>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: GqlResult<T>['errors'] };
  return { status: res.status, data: body.data, errors: body.errors, statements: Number(res.headers.get('x-sql-statements') ?? NaN) };
}

function withGql(running: RunningTestServer, restart: (overrides: TestServerOptions) => Promise<TestServer>): TestServer {
  return Object.assign(running, {
    gql: <T>(q: string, v?: Record<string, unknown>) => post<T>(running.url, q, v),
    gqlAs: <T>(token: string, q: string, v?: Record<string, unknown>) => post<T>(running.url, q, v, token),
    restart,
  });
}

/**
 * Suites that check a council's transcription read a whole document in one query (every
 * section, action and plugin row): their estimated cost is far above the public default
 * (issue 16 costs each plain list at its assumed size, and nested lists multiply), so test
 * servers allow any cost unless a suite sets it; the limit suites set their own. And no
 * statement_timeout unless a suite sets one: on a busy machine fifty writers queueing on
 * one row's lock wait longer than the production default.
 */
const TEST_MAX_COMPLEXITY = 1_000_000_000;

const base: TestServerOptions = { port: 0, host: '127.0.0.1', plugins: 'all', seed: true, sqlStatementHeader: true, auth: TEST_AUTH, maxQueryComplexity: TEST_MAX_COMPLEXITY, statementTimeoutMs: 0 };

/** Starts a server on a new in-memory PGlite (`persist: true`: a temporary data folder, removed when the last server on it stops). */
export async function startPgliteServer(overrides: TestServerOptions = {}): Promise<TestServer> {
  const { persist, ...rest } = overrides;
  const dataDir = persist ? fs.mkdtempSync(path.join(os.tmpdir(), 'council-plans-test-')) : undefined;
  return pgliteOn(dataDir, rest);
}

async function pgliteOn(dataDir: string | undefined, overrides: TestServerOptions): Promise<TestServer> {
  const running = await server().startServer({ ...base, dataDir, databaseUrl: undefined, ...overrides });
  const stop = running.stop.bind(running);
  let keep = false;
  running.stop = async () => {
    await stop();
    if (dataDir && !keep) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return withGql(running, async (next = {}) => {
    if (!dataDir) throw new Error('restart: start the PGlite server with persist: true to restart it on the same data');
    keep = true;
    await running.stop();
    return pgliteOn(dataDir, { ...overrides, ...next });
  });
}

let counter = 0;

/** Starts a server on a new, empty PostgreSQL database, dropped when the server stops. */
export async function startPostgresServer(overrides: TestServerOptions = {}): Promise<TestServer> {
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  const name = `council_plans_test_${process.pid}_${Date.now()}_${counter++}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  const { persist: _persist, ...rest } = overrides;
  return postgresOn(name, url.toString(), rest);
}

async function postgresOn(name: string, databaseUrl: string, overrides: TestServerOptions): Promise<TestServer> {
  let running: RunningTestServer;
  try {
    running = await server().startServer({ ...base, databaseUrl, ...overrides });
  } catch (err) {
    await dropDatabase(name);
    throw err;
  }
  const stop = running.stop.bind(running);
  let keep = false;
  running.stop = async () => {
    await stop();
    if (!keep) await dropDatabase(name);
  };
  return withGql(running, async (next = {}) => {
    keep = true;
    await running.stop();
    return postgresOn(name, databaseUrl, { ...overrides, ...next });
  });
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

/**
 * Whether the PostgreSQL for tests answers. On CI it must: a missing server fails the
 * run instead of silently testing only PGlite.
 */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (err) {
    if (process.env.CI) throw new Error(`PostgreSQL for tests is not reachable at ${ADMIN_DATABASE_URL}: ${(err as Error).message}`);
    console.warn(`PostgreSQL not reachable at ${ADMIN_DATABASE_URL}: PostgreSQL suites are skipped (set TEST_DATABASE_URL)`);
    return false;
  }
}

export interface DatabaseKind {
  name: 'PGlite' | 'PostgreSQL';
  start(overrides?: TestServerOptions): Promise<TestServer>;
}

/** The databases every end-to-end suite runs against. */
export async function databases(): Promise<DatabaseKind[]> {
  const kinds: DatabaseKind[] = [{ name: 'PGlite', start: startPgliteServer }];
  if (await postgresAvailable()) kinds.push({ name: 'PostgreSQL', start: startPostgresServer });
  return kinds;
}

/**
 * Opens a database without a server, as the server would: the deployment's client
 * (core + the given plugins), core's and the plugins' migrations applied, seeds only
 * when asked. In memory (PGlite) unless a PostgreSQL URL is given.
 */
export async function openTestDatabase(options: { plugins?: (string | CouncilPlugin)[] | 'all'; seed?: boolean; databaseUrl?: string; dataDir?: string } = {}): Promise<Database> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { openDatabase } = require('./db/database') as typeof import('./db/database');
  const deployment = server().prepareDeployment({ plugins: options.plugins ?? 'all' });
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, client: deployment.client as never });
  try {
    await server().startDatabase(db, deployment.plugins, { seed: options.seed ?? false });
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
