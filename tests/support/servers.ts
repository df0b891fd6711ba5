// Starts the real server over HTTP on a real database for tests: the embedded PGlite
// (in memory) and a fresh PostgreSQL database per server (dropped afterwards).
import pg from 'pg';
import { mintToken, startServer, type AuthConfig, type RunningServer, type ServerConfig } from '@council-plans/server';

/** The token key every test server verifies with (a suite may start a server with another). */
export const TEST_AUTH: AuthConfig = { secret: 'the-test-servers-token-secret-32-characters', source: 'tests' };

/** A bearer token for TEST_AUTH servers: `role` of the given councils (authority codes). */
export function testToken(councils: string[], role: 'viewer' | 'editor' | 'admin' = 'editor', subject = `test-${councils.join('+')}-${role}`): Promise<string> {
  return mintToken(TEST_AUTH, { subject, name: `Test ${subject}`, councils, role, expires: '1h' });
}

/** The PostgreSQL the tests create their databases in (trust auth on CI machines). */
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface TestServer extends RunningServer {
  /** POSTs a GraphQL request; returns the parsed body, status and SQL statement count. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** The same with `Authorization: Bearer <token>`. */
  gqlAs<T = any>(token: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
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

function withGql(server: RunningServer): TestServer {
  return Object.assign(server, {
    gql: <T>(q: string, v?: Record<string, unknown>) => post<T>(server.url, q, v),
    gqlAs: <T>(token: string, q: string, v?: Record<string, unknown>) => post<T>(server.url, q, v, token),
  });
}

/**
 * The suites that check a council's transcription read a whole document in one query
 * (every section, action and plugin row): their estimated cost is far above the public
 * default (issue 16's cost counts each plain list at its assumed size, and nested lists
 * multiply), so test servers allow any cost unless a suite sets it.
 * tests/public-internet.test.ts and tests/limits.test.ts check the limits themselves.
 */
const TEST_MAX_COMPLEXITY = 1_000_000_000;

const base: Partial<ServerConfig> & Pick<ServerConfig, 'port' | 'host' | 'plugins' | 'seed'> = { port: 0, host: '127.0.0.1', plugins: 'all', seed: true, sqlStatementHeader: true, auth: TEST_AUTH, maxQueryComplexity: TEST_MAX_COMPLEXITY,
  // No statement_timeout unless a suite sets one: on a busy machine the suites' 50
  // writers queueing on one row's lock wait longer than the production default (15 s).
  statementTimeoutMs: 0 };

export async function startPgliteServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  return withGql(await startServer({ ...base, dataDir: undefined, databaseUrl: undefined, ...overrides }));
}

let counter = 0;

/** Starts a server on a new, empty PostgreSQL database, dropped when the server stops. */
export async function startPostgresServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  const name = `council_plans_test_${process.pid}_${Date.now()}_${counter++}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  let server: RunningServer;
  try {
    server = await startServer({ ...base, databaseUrl: url.toString(), ...overrides });
  } catch (err) {
    await dropDatabase(name);
    throw err;
  }
  const stop = server.stop.bind(server);
  server.stop = async () => {
    await stop();
    await dropDatabase(name);
  };
  return withGql(server);
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
  start(overrides?: Partial<ServerConfig>): Promise<TestServer>;
}

/** The databases every end-to-end suite runs against. */
export async function databases(): Promise<DatabaseKind[]> {
  const kinds: DatabaseKind[] = [{ name: 'PGlite', start: startPgliteServer }];
  if (await postgresAvailable()) kinds.push({ name: 'PostgreSQL', start: startPostgresServer });
  return kinds;
}
