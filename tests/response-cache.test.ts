// The opt-in response cache (RESPONSE_CACHE, issue 10): a repeated query is answered
// from memory without SQL, but never across callers, never with errors, and never
// after a mutation through the server began.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, ResponseCache, responseCachePlugin, type AuthConfig } from '@council-plans/server';
import { graphqlModule } from './support/cjs';
import { databases, type TestServer } from './support/servers';

const require = createRequire(__filename);
const { ApolloServer } = require('@apollo/server') as typeof import('@apollo/server');

const QUERY = '{ plans(first: 3) { nodes { slug title sections { title actions { title } } } } }';

async function send(server: TestServer, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { cache: res.headers.get('x-response-cache'), statements: Number(res.headers.get('x-sql-statements')), text: await res.text() };
}

const auth: AuthConfig = { secret: 'a-response-cache-test-secret-32-chars!!', source: 'test' };
const bearer = async (role: 'viewer' | 'editor') => ({ authorization: `Bearer ${await mintToken(auth, { subject: `kent-${role}`, councils: ['kent'], role, expires: '1h' })}` });

describe.each(await databases())('response cache on $name', (database) => {
  let cached: TestServer;
  let plain: TestServer;
  beforeAll(async () => {
    [cached, plain] = await Promise.all([database.start({ responseCache: true, auth }), database.start()]);
  });
  afterAll(async () => {
    await Promise.all([cached?.stop(), plain?.stop()]);
  });

  it('answers a repeated query from memory, with the same body and no SQL', async () => {
    const first = await send(cached, QUERY);
    expect(first.cache).toBe('miss');
    expect(first.statements).toBeGreaterThan(0);
    const second = await send(cached, QUERY);
    expect(second.cache).toBe('hit');
    expect(second.statements).toBe(0);
    expect(second.text).toBe(first.text);
    expect(JSON.parse(second.text).data.plans.nodes).toHaveLength(3);
  });

  it('keeps callers apart: another Authorization header is computed afresh', async () => {
    await send(cached, QUERY);
    const kentViewer = await bearer('viewer');
    const other = await send(cached, QUERY, kentViewer);
    expect(other.cache).toBe('miss');
    expect(other.statements).toBeGreaterThan(0);
    expect((await send(cached, QUERY, kentViewer)).cache).toBe('hit');
  });

  it("never serves a council's draft to a caller who may not see it", async () => {
    const LIST = '{ plans(first: 100, filter: { authorityCode: "kent" }) { nodes { slug } } }';
    const kentViewer = await bearer('viewer');
    const slugs = async (headers: Record<string, string>) => {
      const r = await send(cached, LIST, headers);
      return { cache: r.cache, slugs: JSON.parse(r.text).data.plans.nodes.map((p: any) => p.slug) as string[] };
    };
    await slugs({});
    await slugs(kentViewer);
    const created = await fetch(cached.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer('editor')) },
      body: JSON.stringify({ query: 'mutation { createPlan(input: { authorityCode: "kent", slug: "kent-cached-draft", title: "A cached draft" }) { status } }' }),
    }).then((r) => r.json() as Promise<any>);
    expect(created.data.createPlan.status).toBe('DRAFT');
    // The mutation emptied the cache: both callers are computed afresh, each seeing what they may.
    const anonymous = await slugs({});
    expect(anonymous.cache).toBe('miss');
    expect(anonymous.slugs).not.toContain('kent-cached-draft');
    const own = await slugs(kentViewer);
    expect(own.cache).toBe('miss');
    expect(own.slugs).toContain('kent-cached-draft');
    const again = await slugs({});
    expect(again.cache).toBe('hit');
    expect(again.slugs).not.toContain('kent-cached-draft');
  });

  it('never keeps a response with errors', async () => {
    const bad = '{ plan(slug: "a", id: "b") { title } }';
    const first = await send(cached, bad);
    expect(JSON.parse(first.text).errors).toBeDefined();
    expect((await send(cached, bad)).cache).not.toBe('hit');
  });

  it('is off unless configured', async () => {
    await send(plain, QUERY);
    const again = await send(plain, QUERY);
    expect(again.cache).toBeNull();
    expect(again.statements).toBeGreaterThan(0);
  });
});

describe('response cache invalidation', () => {
  it('clears the cache when a mutation starts and ends, and refuses responses computed across it', async () => {
    const { buildSchema } = graphqlModule;
    const cache = new ResponseCache();
    let writes = 0;
    const schema = buildSchema('type Query { writes: Int } type Mutation { write: Int }');
    const apollo = new ApolloServer({
      schema,
      rootValue: { writes: () => writes, write: () => (cache.size === 0 ? ++writes : -1) },
      plugins: [responseCachePlugin(cache)],
    });
    await apollo.start();
    try {
      const before = cache.generation;
      cache.set('query', before, { status: 200, headers: [], body: '{"data":{"writes":0}}' });
      expect(cache.get('query')).toBeDefined();
      const result = await apollo.executeOperation({ query: 'mutation { write }' }, { contextValue: { operationFacts: {} } });
      // The mutation ran with the cache already empty, and it is empty after it.
      expect(result.body.kind === 'single' && result.body.singleResult.data).toEqual({ write: 1 });
      expect(cache.get('query')).toBeUndefined();
      // A query that started before the mutation must not store its (stale) answer.
      cache.set('query', before, { status: 200, headers: [], body: '{"data":{"writes":0}}' });
      expect(cache.get('query')).toBeUndefined();
      cache.set('query', cache.generation, { status: 200, headers: [], body: '{"data":{"writes":1}}' });
      expect(cache.get('query')?.body).toBe('{"data":{"writes":1}}');
      // A query does not invalidate.
      await apollo.executeOperation({ query: '{ writes }' }, { contextValue: { operationFacts: {} } });
      expect(cache.get('query')).toBeDefined();
    } finally {
      await apollo.stop();
    }
  });
});
