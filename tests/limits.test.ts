// Protection from abusive queries: depth and cost limits refuse a query before it runs,
// with a stable code; the page size is capped; no stack traces outside development;
// introspection can be switched off; automatic persisted queries work.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgliteServer, type TestServer } from './support/servers';

describe('query limits and error hygiene', () => {
  let server: TestServer;
  let closed: TestServer;
  beforeAll(async () => {
    [server, closed] = await Promise.all([startPgliteServer({ maxQueryDepth: 8, maxQueryComplexity: 2000 }), startPgliteServer({ introspection: false, seed: false })]);
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), closed?.stop()]);
  });

  it('refuses a query nested deeper than the limit, before running it', async () => {
    const deep = `{ plans { nodes { sections { children { children { children { children { children { title } } } } } } } } }`;
    const res = await server.gql(deep);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_DEEP', depth: 9, maxDepth: 8, limit: 8, measured: 9 } });
    expect(res.statements).toBe(0);
    const fine = await server.gql(`{ plans(first: 2) { nodes { sections { children { title } } } } }`);
    expect(fine.errors).toBeUndefined();
  });

  it('refuses a query whose estimated cost is over the limit', async () => {
    const costly = `{ actions(first: 500) { nodes { title plan { title } section { title } parties { role } } } }`;
    const res = await server.gql(costly);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', maxComplexity: 2000 } });
    expect(res.errors?.[0].message).toMatch(/limit is 2000/);
    // The same shape with a page size taken from a variable is measured the same way.
    const viaVariable = await server.gql(`query($n: Int!) { actions(first: $n) { nodes { title plan { title } section { title } parties { role } } } }`, { n: 500 });
    expect(viaVariable.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const small = await server.gql(`{ actions(first: 20) { nodes { title plan { title } } } }`);
    expect(small.errors).toBeUndefined();
  });

  it('measures a document sent again with other variables anew (measurements are kept per document and page size)', async () => {
    const query = `query($n: Int!) { actions(first: $n) { nodes { title plan { title } section { title } parties { role } } } }`;
    for (const [n, refused] of [[5, false], [500, true], [5, false], [500, true]] as const) {
      const res = await server.gql(query, { n });
      if (refused) expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 2000 });
      else expect(res.errors).toBeUndefined();
    }
    // The same for a document a direct read answers (answered again past Apollo's pipeline,
    // direct-reads.ts): 1 + n x (nodes 1 + slug 0.2 + sections 1 + 10 codes x 0.2).
    const page = `query Page($n: Int) { plans(first: $n) { nodes { slug sections { code } } } }`;
    for (const [n, refused] of [[2, false], [2, false], [500, true], [2, false], [500, true]] as const) {
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: page, variables: { n } }) });
      const body = (await res.json()) as { errors?: { extensions: Record<string, unknown> }[] };
      if (refused) {
        expect(res.status).toBe(400);
        expect(res.headers.get('x-sql-statements')).toBe('0');
        expect(body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 2000, measured: 2101 });
      } else {
        expect(body.errors).toBeUndefined();
        expect(res.headers.get('x-execution')).toBe('direct');
      }
    }
    // `ids` counts by how many it holds.
    const nodes = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    expect((await server.gql(nodes, { ids: ['a'] })).errors).toBeUndefined();
    const many = Array.from({ length: 1001 }, (_, i) => `x${i}`);
    expect((await server.gql(nodes, { ids: many })).errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_IDS', measured: 1001 });
    expect((await server.gql(nodes, { ids: ['a', 'b'] })).errors).toBeUndefined();
  });

  it('costs a list without `first` at its size: a connection at its default page, a plain list at its assumed size, capped by what a plan holds', async () => {
    // plans 1 + 50 (the default page) x (nodes 1 + sections 1 + 10 sections x children 1)
    // + the children's titles (a scalar: 0.2 each): 50 x 10 x 30 = 15,000 by the lists'
    // sizes, but a plan holds at most 150 sections (PLAN_HOLDS), so 50 x 150 = 7,500 titles.
    // 601 + 7,500 x 0.2 = 2,101.
    const res = await server.gql(`{ plans { nodes { sections { children { title } } } } }`);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 2000, measured: 2_101 } });
    const kent = await server.gql(`{ kentActions { plan { actions { id } } } }`);
    expect(kent.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', measured: 1 + 300 * (1 + 1 + 300 * 0.2) } });
  });

  it('costs introspection like any other field', async () => {
    const small = await server.gql(`{ __schema { queryType { name } } }`);
    expect(small.errors).toBeUndefined();
    const res = await server.gql(`{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('sends no stack trace outside development', async () => {
    // A malformed id in a filter is refused (a look-up would answer null: issue 20).
    const res = await server.gql(`{ actions(filter: { planId: "abc" }) { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.ts:|\.js:/);
  });

  it('can switch introspection off', async () => {
    const res = await closed.gql(`{ __schema { queryType { name } } }`);
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    expect((await closed.gql(`{ plans { nodes { title } } }`)).errors).toBeUndefined();
  });

  it('serves automatic persisted queries', async () => {
    const query = `{ authorities { code } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const ask = (body: object) => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
    expect((await ask({ extensions })).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await ask({ query, extensions })).data.authorities).toBeDefined();
    const byHash = await ask({ extensions });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data.authorities.map((a: any) => a.code)).toContain('peterborough');
    // A GET by hash alone works too (cacheable by proxies).
    const get = await fetch(`${server.url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`).then((r) => r.json() as Promise<any>);
    expect(get.data.authorities).toEqual(byHash.data.authorities);
  });
});
