// Safe on the public internet (issue 16, the HTTP / GraphQL layer): the attacks of the
// issue, each refused before it runs with a code and the figures (or answered within
// its budget), the server answering afterwards; per-caller rate, expensive-field and
// in-flight limits answered with 429 + Retry-After; the time budget and PostgreSQL's
// statement_timeout; the response size cap; masked errors; a database outage as a
// retryable 503; liveness that notices a dead embedded database; CORS; media types.
import { createHmac, generateKeyPairSync } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NESTED_PLAN_QUERY } from '@council-plans/core';
import { AuthError, DEFAULT_LIMITS, loadAuthConfig, loadConfig, mintToken, verifyToken, type ServerConfig } from '@council-plans/server';
import { graphqlModule } from './support/cjs';
import { ATTACKS } from './support/attacks';
import { ADMIN_DATABASE_URL, TEST_AUTH, databases, testToken, type TestServer } from './support/servers';

const { getIntrospectionQuery } = graphqlModule;

interface Answer {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  requestId: string | null;
  statements: number;
  ms: number;
  text: string;
  body: any;
}

async function send(url: string, payload: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Answer> {
  const started = Date.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof payload === 'string' ? payload : JSON.stringify(payload), signal });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    retryAfter: res.headers.get('retry-after'),
    requestId: res.headers.get('x-request-id'),
    statements: Number(res.headers.get('x-sql-statements') ?? NaN),
    ms: Date.now() - started,
    text,
    body,
  };
}

const q = (server: TestServer, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => send(server.url, { query, variables }, headers);
const bearer = async (subject: string, councils = ['kent'], role: 'viewer' | 'editor' = 'viewer') => ({ authorization: `Bearer ${await testToken(councils, role, subject)}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(await databases())('public internet on $name', (database) => {
  let server: TestServer;
  let tight: TestServer;
  const tightConfig: Partial<ServerConfig> = {
    maxQueryComplexity: DEFAULT_LIMITS.maxQueryComplexity,
    rateLimit: { requests: 8, expensive: 2, windowSeconds: 60, concurrency: 2 },
    requestTimeoutMs: 1500,
    statementTimeoutMs: 1000,
    maxResponseBytes: 100_000,
    debugErrors: true,
  };
  beforeAll(async () => {
    [server, tight] = await Promise.all([database.start({ corsOrigins: ['https://plans.example'], maxQueryComplexity: DEFAULT_LIMITS.maxQueryComplexity }), database.start(tightConfig)]);
  });
  afterAll(async () => {
    await Promise.all([server?.stop().catch(() => undefined), tight?.stop().catch(() => undefined)]);
  });

  describe('the attacks of the issue are refused before they run, with a code and the figures', () => {
    it('the 94-byte kentActions nesting: a list without `first` costs its assumed size', async () => {
      const res = await q(server, ATTACKS.kentNesting);
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 50_000 });
      expect(res.body.errors[0].extensions.measured).toBeGreaterThan(1_000_000_000);
      expect(res.statements).toBe(0);
    });

    it('plans(first: 5) nesting plain lists', async () => {
      const res = await q(server, ATTACKS.plansNesting);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 50_000 });
      expect(res.body.errors[0].extensions.measured).toBeGreaterThan(10_000_000);
      expect(res.statements).toBe(0);
    });

    it('24 fragments each spreading the next twice: measured once each, refused in milliseconds', async () => {
      expect(ATTACKS.fragmentChain.length).toBeLessThan(1200);
      const res = await q(server, ATTACKS.fragmentChain);
      expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(res.body.errors[0].extensions.measured).toBeGreaterThan(2 ** 24);
      expect(res.ms).toBeLessThan(2000);
    });

    it('500 aliases of a list field: over the token cap; 60 aliases: over the alias cap', async () => {
      const res = await q(server, ATTACKS.aliases500);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', unit: 'tokens', limit: 3000, measured: 7502 });
      expect(res.statements).toBe(0);
      const sixty = await q(server, '{' + Array.from({ length: 60 }, (_, i) => `a${i}: actions(first: 500) { nodes { id } }`).join(' ') + '}');
      expect(sixty.status).toBe(400);
      expect(sixty.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 50, measured: 60 });
      expect(sixty.statements).toBe(0);
    });

    it('1,000 aliased __schema; and introspection is costed even under the alias limit', async () => {
      const res = await q(server, ATTACKS.schema1000);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', unit: 'tokens' });
      const sixty = await q(server, '{' + Array.from({ length: 60 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ') + '}');
      expect(sixty.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', measured: 60 });
      const forty = '{' + Array.from({ length: 40 }, (_, i) => `s${i}: __schema { types { name fields { name args { name } type { name } } } }`).join(' ') + '}';
      const costly = await q(server, forty);
      expect(costly.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      // GraphiQL's own introspection query fits.
      const ide = await q(server, getIntrospectionQuery());
      expect(ide.body.errors).toBeUndefined();
      expect(ide.body.data.__schema.types.length).toBeGreaterThan(100);
    });

    it('a field repeated 10,000 times: refused by the token cap before validation, in milliseconds', async () => {
      expect(ATTACKS.repeated10000.length).toBeGreaterThan(50_000);
      const res = await q(server, ATTACKS.repeated10000);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', unit: 'tokens', limit: 3000 });
      expect(res.body.errors[0].extensions.measured).toBeGreaterThan(10_000);
      expect(res.ms).toBeLessThan(2000);
      const big = await q(server, `{ authorities { code } }\n#${'x'.repeat(70_000)}`);
      expect(big.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', unit: 'bytes', limit: 65_536 });
    });

    it('directives are capped', async () => {
      const directives = await q(server, `{ authorities { ${'__typename @include(if: true) '.repeat(60)} } }`);
      expect(directives.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_DIRECTIVES', limit: 50, measured: 60 });
    });

    it('/subgraph: depth 60 is refused like on /graphql', async () => {
      const res = await send(server.subgraphUrl, { query: ATTACKS.deep60 });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 15, measured: 60 });
      const complex = await send(server.subgraphUrl, { query: ATTACKS.kentNesting });
      expect(complex.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('_entities with 100,000 representations and nodes with 200,000 ids', async () => {
      const representations = Array.from({ length: 100_000 }, (_, i) => ({ __typename: 'Plan', slug: `p${i}` }));
      const entities = await send(server.subgraphUrl, { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Plan { title } } }', variables: { r: representations } });
      expect(entities.status).toBe(400);
      expect(entities.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_IDS', field: 'representations', limit: 1000, measured: 100_000 });
      expect(entities.statements).toBe(0);
      const ids = Array.from({ length: 200_000 }, (_, i) => Buffer.from(`Plan:${i + 1}`).toString('base64url'));
      const nodes = await q(server, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
      expect(nodes.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_IDS', field: 'ids', limit: 1000, measured: 200_000 });
      expect(nodes.statements).toBe(0);
      // A batch within the cap is served.
      const few = await q(server, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 10) });
      expect(few.body.errors).toBeUndefined();
    });

    it('keeps answering afterwards, and serves the front end’s whole-plan query', async () => {
      const health = await fetch(server.url.replace('/graphql', '/health'));
      expect(health.status).toBe(200);
      const plans = await q(server, '{ plans(first: 3) { nodes { slug } } }');
      expect(plans.body.data.plans.nodes).toHaveLength(3);
      const nested = await q(server, NESTED_PLAN_QUERY, { slug: plans.body.data.plans.nodes[0].slug });
      expect(nested.body.errors).toBeUndefined();
      expect(nested.body.data.plan.sections.length).toBeGreaterThan(0);
    });
  });

  describe('bounded execution', () => {
    it('rate-limits a caller with 429, Retry-After and RATE_LIMITED, by token subject else address', async () => {
      const statuses: number[] = [];
      let last: Answer | undefined;
      for (let i = 0; i < 10; i++) {
        last = await q(tight, '{ authorities { code } }', undefined, { accept: 'application/graphql-response+json' });
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 8).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(8)).toEqual([429, 429]);
      expect(last!.contentType).toMatch(/^application\/graphql-response\+json/);
      expect(Number(last!.retryAfter)).toBeGreaterThan(0);
      expect(last!.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', budget: 'requests', limit: 8 });
      // Another caller (a token's subject) has its own budget.
      const other = await q(tight, '{ authorities { code } }', undefined, await bearer('rate-other'));
      expect(other.status).toBe(200);
    });

    it('gives expensive fields (search) a smaller budget of their own', async () => {
      const who = await bearer('expensive-caller');
      const search = '{ search(query: "phonics", first: 1) { __typename } }';
      expect((await q(tight, search, undefined, who)).status).toBe(200);
      expect((await q(tight, search, undefined, who)).status).toBe(200);
      const third = await q(tight, search, undefined, who);
      expect(third.status).toBe(429);
      expect(third.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', budget: 'expensive', limit: 2 });
      expect(Number(third.retryAfter)).toBeGreaterThan(0);
      // Plain fields still pass for that caller.
      expect((await q(tight, '{ authorities { code } }', undefined, who)).status).toBe(200);
      // The cursor-paged search spends the same budget (issue 20).
      const pager = await bearer('expensive-pager');
      const paged = '{ searchConnection(query: "phonics", first: 1) { totalCount } }';
      expect((await q(tight, paged, undefined, pager)).status).toBe(200);
      expect((await q(tight, search, undefined, pager)).status).toBe(200);
      const over = await q(tight, paged, undefined, pager);
      expect(over.status).toBe(429);
      expect(over.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', budget: 'expensive' });
    });

    it('caps the response size', async () => {
      // GraphiQL's introspection query: within the cost limit, its answer about 270 KB.
      const res = await q(tight, getIntrospectionQuery(), undefined, await bearer('size-caller'));
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: 100_000 });
      expect(res.body.errors[0].extensions.measured).toBeGreaterThan(100_000);
    });

    it('answers 503 TIMEOUT when the time budget (or statement_timeout) is spent, refuses a caller’s requests beyond its in-flight slots, and keeps serving others', async () => {
      const slow = await bearer('slow-caller');
      const plain = await bearer('plain-caller');
      const release = await holdDatabase(database.name, tight, '"Indicator"');
      try {
        const started = Date.now();
        const ten = Promise.all(Array.from({ length: 10 }, () => q(tight, '{ indicators { code } }', undefined, slow)));
        await sleep(200);
        // Another caller's plain query is served meanwhile on PostgreSQL (PGlite has one
        // connection: a held statement blocks it, and the time budget answers instead).
        const other = await q(tight, '{ authorities { code } }', undefined, plain);
        if (database.name === 'PostgreSQL') {
          expect(other.status).toBe(200);
          expect(other.ms).toBeLessThan(1000);
        } else {
          expect([200, 503]).toContain(other.status);
        }
        const answers = await ten;
        const refused = answers.filter((a) => a.status === 429);
        // Two in flight; the other eight refused at once (six for the in-flight slots, two
        // for the request rate of 8).
        expect(refused).toHaveLength(8);
        expect(refused.every((a) => a.body.errors[0].extensions.code === 'RATE_LIMITED' && Number(a.retryAfter) > 0)).toBe(true);
        expect(refused.filter((a) => a.body.errors[0].extensions.budget === 'concurrency').length).toBeGreaterThanOrEqual(6);
        const timedOut = answers.filter((a) => a.status === 503);
        expect(timedOut).toHaveLength(2);
        for (const a of timedOut) {
          expect(a.body.errors[0].extensions.code).toBe('TIMEOUT');
          expect(a.retryAfter).toBeTruthy();
        }
        expect(Date.now() - started).toBeLessThan(5000);
      } finally {
        await release();
      }
      // Answered again once the database is free.
      const after = await q(tight, '{ indicators { code } }', undefined, await bearer('after-caller'));
      expect(after.status).toBe(200);
      expect(after.body.data.indicators.length).toBeGreaterThan(0);
    });
  });

  if (database.name === 'PGlite') {
    describe('browsers', () => {
      it('answers a preflight from an allowed origin with 204 and the allowed methods and headers', async () => {
        const res = await fetch(server.url, { method: 'OPTIONS', headers: { origin: 'https://plans.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
        expect(res.status).toBe(204);
        expect(res.headers.get('access-control-allow-origin')).toBe('https://plans.example');
        expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
        for (const h of ['authorization', 'content-type', 'apollo-require-preflight', 'x-request-id']) expect(res.headers.get('access-control-allow-headers')).toContain(h);
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
        const post = await send(server.url, { query: '{ authorities { code } }' }, { origin: 'https://plans.example' });
        expect(post.status).toBe(200);
      });

      it('refuses another origin', async () => {
        const pre = await fetch(server.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
        expect(pre.status).toBe(403);
        expect(pre.headers.get('access-control-allow-origin')).toBeNull();
        const post = await send(server.url, { query: '{ authorities { code } }' }, { origin: 'https://evil.example' });
        expect(post.status).toBe(403);
        expect(post.body.errors[0].extensions.code).toBe('FORBIDDEN_ORIGIN');
      });

      it('sends every HTTP error in the media type the client asked for', async () => {
        const gqlJson = { accept: 'application/graphql-response+json' };
        const unauth = await send(server.url, { query: '{ authorities { code } }' }, { ...gqlJson, authorization: 'Bearer not-a-token' });
        expect(unauth.status).toBe(401);
        expect(unauth.contentType).toMatch(/^application\/graphql-response\+json/);
        expect(unauth.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        const legacy = await send(server.url, { query: '{ authorities { code } }' }, { accept: 'application/json', authorization: 'Bearer not-a-token' });
        expect(legacy.contentType).toMatch(/^application\/json/);
        const badJson = await send(server.url, '{"query": ', gqlJson);
        expect(badJson.status).toBe(400);
        expect(badJson.contentType).toMatch(/^application\/graphql-response\+json/);
        const tooBig = await send(server.url, { query: '{ authorities { code } }', padding: 'x'.repeat(15 * 1024 * 1024) }, gqlJson);
        expect(tooBig.status).toBe(413);
        expect(tooBig.contentType).toMatch(/^application\/graphql-response\+json/);
        const limit = await send(server.url, { query: ATTACKS.kentNesting }, gqlJson);
        expect(limit.status).toBe(400);
        expect(limit.contentType).toMatch(/^application\/graphql-response\+json/);
      });

      it('turns introspection and the IDE off under NODE_ENV=production unless INTROSPECTION / IDE say otherwise; checks CORS settings', () => {
        expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, ide: false, debugErrors: false });
        expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', IDE: 'true' })).toMatchObject({ introspection: true, ide: true });
        expect(loadConfig({})).toMatchObject({ introspection: true, ide: true, corsOrigins: [], corsCredentials: false });
        expect(loadConfig({ NODE_ENV: 'development' }).debugErrors).toBe(false);
        expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://127.0.0.1:8080' }).corsOrigins).toEqual(['https://a.example', 'http://127.0.0.1:8080']);
        expect(() => loadConfig({ CORS_ORIGINS: '*', CORS_CREDENTIALS: 'true' })).toThrow(/cannot go with/);
        expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/not an origin/);
        expect(loadConfig({}).rateLimit).toMatchObject({ requests: 600, expensive: 30, concurrency: 8 });
        expect(loadConfig({ RATE_LIMIT_REQUESTS: '0' }).rateLimit).toBeUndefined();
      });
    });

    describe('tokens', () => {
      const secret = 'the-test-servers-token-secret-32-characters';
      const sign = (payload: Record<string, unknown>, key = secret) => {
        const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
        const head = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}`;
        return `${head}.${createHmac('sha256', key).update(head).digest('base64url')}`;
      };
      const now = () => Math.floor(Date.now() / 1000);
      const claims = { sub: 'jo', councils: ['kent'], role: 'viewer' };
      const ask = (token: string) => q(server, '{ authorities { code } }', undefined, { authorization: `Bearer ${token}` });

      it('refuses a token without exp, and one living longer than TOKEN_MAX_LIFETIME', async () => {
        const forever = await ask(sign({ ...claims, iat: now() }));
        expect(forever.status).toBe(401);
        expect(forever.body.errors[0].message).toMatch(/no expiry/);
        const long = await ask(sign({ ...claims, iat: now(), exp: now() + 31 * 86400 }));
        expect(long.status).toBe(401);
        expect(long.body.errors[0].message).toMatch(/TOKEN_MAX_LIFETIME/);
        const longNoIat = await ask(sign({ ...claims, exp: now() + 31 * 86400 }));
        expect(longNoIat.status).toBe(401);
        const fine = await ask(sign({ ...claims, iat: now(), exp: now() + 3600 }));
        expect(fine.status).toBe(200);
        // The CLI refuses to mint what the server would refuse.
        await expect(mintToken(TEST_AUTH, { subject: 'jo', councils: ['kent'], role: 'viewer', expires: '90d' })).rejects.toThrow(/TOKEN_MAX_LIFETIME/);
      });

      it('rotates keys: previous HS256 secrets and older public keys still verify, others do not', async () => {
        const old = 'the-old-secret-that-is-being-rotated-out-0';
        const oldToken = sign({ ...claims, iat: now(), exp: now() + 600 }, old);
        const rotated = loadAuthConfig({ JWT_SECRET: 'the-new-secret-that-signs-from-now-on-00', JWT_PREVIOUS_SECRETS: old }).auth;
        expect((await verifyToken(rotated, oldToken)).subject).toBe('jo');
        await expect(verifyToken(loadAuthConfig({ JWT_SECRET: 'the-new-secret-that-signs-from-now-on-00' }).auth, oldToken)).rejects.toThrow(/signature/);
        const pair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
        const [older, newer, stranger] = [pair(), pair(), pair()];
        const pemOf = (k: ReturnType<typeof pair>) => k.publicKey.export({ type: 'spki', format: 'pem' }).toString();
        const privOf = (k: ReturnType<typeof pair>) => k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
        const both = loadAuthConfig({ JWT_PUBLIC_KEY: pemOf(newer) + pemOf(older), JWT_ALGORITHM: 'ES256' }).auth;
        const minted = (k: ReturnType<typeof pair>) => mintToken({ publicKey: pemOf(k), algorithm: 'ES256', source: 't' }, { subject: 'es', councils: ['kent'], role: 'viewer', expires: '1h' }, privOf(k));
        expect((await verifyToken(both, await minted(older))).subject).toBe('es');
        expect((await verifyToken(both, await minted(newer))).subject).toBe('es');
        await expect(verifyToken(both, await minted(stranger))).rejects.toThrow(AuthError);
      });
    });
  }

  describe('errors', () => {
    it('masks unexpected errors to a message, a code and the request id (no SQL, paths or library source), unless DEBUG_ERRORS', async () => {
      const broken = await breakTable(database.name, server);
      try {
        const res = await q(server, '{ authorities { code } }', undefined, { 'x-request-id': 'mask-test-1' });
        expect(res.body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'mask-test-1' } });
        expect(res.text).not.toMatch(/Authority|prisma|SELECT|\/work\/|node_modules|stacktrace|\.js:/i);
        expect(res.text.length).toBeLessThan(400);
      } finally {
        await broken.restore();
      }
      const debug = await breakTable(database.name, tight);
      try {
        const res = await q(tight, '{ authorities { code } }', undefined, await bearer('debug-caller'));
        expect(res.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
        expect(res.body.errors[0].message).toMatch(/Authority/);
      } finally {
        await debug.restore();
      }
      expect((await q(server, '{ authorities { code } }')).body.data.authorities.length).toBeGreaterThan(0);
    });

    it('answers a database outage with a retryable 503 SERVICE_UNAVAILABLE; /health (liveness) notices a dead embedded database', async () => {
      const editor = await bearer('outage-editor', ['kent'], 'editor');
      const outage = await stopDatabase(database.name, server);
      try {
        const read = await q(server, '{ authorities { code } }', undefined, { accept: 'application/graphql-response+json' });
        expect(read.status).toBe(503);
        expect(read.retryAfter).toBeTruthy();
        expect(read.contentType).toMatch(/graphql-response\+json/);
        expect(read.body.errors[0]).toMatchObject({ message: 'the database is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } });
        expect(read.text).not.toMatch(/ECONNREFUSED|does not exist|pg_|prisma|\/work\//i);
        const write = await q(server, 'mutation { createPlan(input: { authorityCode: "kent", slug: "outage-plan", title: "Outage" }) { id } }', undefined, editor);
        expect(write.status).toBe(503);
        expect(write.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        const ready = await fetch(server.url.replace('/graphql', '/ready'));
        expect(ready.status).toBe(503);
        const health = await fetch(server.url.replace('/graphql', '/health'));
        // PostgreSQL: the process is alive and its pool will reconnect; PGlite: the handle is dead.
        expect(health.status).toBe(database.name === 'PGlite' ? 503 : 200);
      } finally {
        await outage.restore();
      }
      if (database.name === 'PostgreSQL') {
        const back = await q(server, '{ authorities { code } }');
        expect(back.status).toBe(200);
        expect(back.body.data.authorities.length).toBeGreaterThan(0);
      }
    });
  });

});

/** The database name behind a test server (its URL has no password: trust auth). */
function databaseName(server: TestServer): string {
  return new URL(server.db.location).pathname.slice(1);
}

/** Holds a lock (PostgreSQL: ACCESS EXCLUSIVE on a table; PGlite: its one connection) until released. */
async function holdDatabase(kind: string, server: TestServer, table: string): Promise<() => Promise<void>> {
  if (kind === 'PostgreSQL') {
    const url = new URL(ADMIN_DATABASE_URL);
    url.pathname = `/${databaseName(server)}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query('BEGIN');
    await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    return async () => {
      await client.query('ROLLBACK');
      await client.end();
    };
  }
  let free!: () => void;
  const held = new Promise<void>((r) => (free = r));
  let started!: () => void;
  const inside = new Promise<void>((r) => (started = r));
  const tx = server.db.sql.transaction(async () => {
    started();
    await held;
  });
  await inside;
  return async () => {
    free();
    await tx;
  };
}

/** Makes every read of Authority fail with an unexpected database error (the table renamed away). */
async function breakTable(kind: string, server: TestServer): Promise<{ restore(): Promise<void> }> {
  await server.db.sql.exec('ALTER TABLE "Authority" RENAME TO "Authority_away"');
  return { restore: () => server.db.sql.exec('ALTER TABLE "Authority_away" RENAME TO "Authority"') };
}

/**
 * A database outage: PostgreSQL: every connection to the test database terminated and
 * the database renamed (restored by renaming back); PGlite: its handle closed (the
 * embedded database is dead until a restart: nothing to restore).
 */
async function stopDatabase(kind: string, server: TestServer): Promise<{ restore(): Promise<void> }> {
  if (kind === 'PGlite') {
    await server.db.close();
    return { restore: async () => undefined };
  }
  const name = databaseName(server);
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
  await admin.query(`ALTER DATABASE ${name} RENAME TO ${name}_away`);
  return {
    async restore() {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [`${name}_away`]);
      await admin.query(`ALTER DATABASE ${name}_away RENAME TO ${name}`);
      await admin.end();
    },
  };
}
