// The normalized-cache set-ups docs/clients.md gives, run as a front-end developer would:
// relay-compiler (the pinned npm binary) compiles operations using `@connection` and
// `@refetchable` against schema.graphql with the documented relay.config.json, and
// relay-runtime fetches them from a real seeded server, paging a connection through the
// generated pagination query and refetching a Node through `node(id:)`; urql's Graphcache
// with the generated clients/graphcache.ts (schema, keys, relayPagination resolvers) merges
// cursor pages, id-less objects and union results without a warning.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  Environment,
  Network,
  RecordSource,
  Store,
  createOperationDescriptor,
  fetchQuery,
  getRequest,
  getSelector,
  type ConcreteRequest,
  type GraphQLResponse,
  type ReaderFragment,
} from 'relay-runtime';
import { Client as UrqlClient, fetchExchange, gql } from '@urql/core';
import { cacheExchange as graphcacheExchange } from '@urql/exchange-graphcache';
import { databases, type TestServer } from './support/servers';
import { keys, resolvers, schema } from '../clients/graphcache';
import { typePolicies } from '../clients/type-policies';

const root = path.resolve(__dirname, '..');

// The relay.config.json docs/clients.md shows, read from the doc itself so the two cannot drift.
function documentedRelayConfig(): Record<string, unknown> {
  const doc = fs.readFileSync(path.join(root, 'docs/clients.md'), 'utf8');
  const relay = doc.slice(doc.indexOf('## Relay'));
  const block = /```json\n([\s\S]*?)```/.exec(relay);
  if (!block) throw new Error('docs/clients.md has no relay.config.json block under "## Relay"');
  return JSON.parse(block[1]!);
}

const OPERATIONS = `import { graphql } from 'relay-runtime';

export const plansQuery = graphql\`
  query operationsPlansQuery {
    ...operations_plansList
  }
\`;

export const plansList = graphql\`
  fragment operations_plansList on Query
  @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" })
  @refetchable(queryName: "operationsPlansPaginationQuery") {
    plans(first: $count, after: $cursor) @connection(key: "operations_plans") {
      totalCount
      edges { node { id slug periodStart totalFunding { amount } } }
    }
  }
\`;

export const planQuery = graphql\`
  query operationsPlanQuery($slug: String!) {
    plan(by: { slug: $slug }) { ...operations_planCard }
  }
\`;

export const planCard = graphql\`
  fragment operations_planCard on Plan @refetchable(queryName: "operationsPlanCardRefetchQuery") {
    id
    title
    updatedAt
  }
\`;
`;

// Compiled once in a scratch project whose node_modules links this checkout's relay-runtime.
const project = (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relay-'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(path.join(root, 'node_modules/relay-runtime'), path.join(dir, 'node_modules/relay-runtime'));
  fs.copyFileSync(path.join(root, 'schema.graphql'), path.join(dir, 'schema.graphql'));
  fs.writeFileSync(path.join(dir, 'relay.config.json'), JSON.stringify(documentedRelayConfig(), null, 2));
  fs.writeFileSync(path.join(dir, 'src/operations.ts'), OPERATIONS);
  return dir;
})();
const generated = (name: string) => path.join(project, 'src/__generated__', `${name}.graphql.ts`);
async function artifact<T>(name: string): Promise<T> {
  return ((await import(generated(name))) as { default: T }).default;
}

afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('relay-compiler with the documented config', () => {
  it('compiles @connection and @refetchable operations against schema.graphql, scalars typed as documented', () => {
    // Fails (non-zero exit, message on stderr) on any validation error against the schema;
    // --validate then fails if a second run would change an artifact.
    execFileSync(path.join(root, 'node_modules/.bin/relay-compiler'), [], { cwd: project, stdio: 'pipe' });
    execFileSync(path.join(root, 'node_modules/.bin/relay-compiler'), ['--validate'], { cwd: project, stdio: 'pipe' });
    for (const name of ['operationsPlansQuery', 'operationsPlansPaginationQuery', 'operationsPlanQuery', 'operationsPlanCardRefetchQuery']) {
      expect(fs.existsSync(generated(name)), `${name} generated`).toBe(true);
    }
    const list = fs.readFileSync(generated('operations_plansList'), 'utf8');
    // Date and Decimal come out as strings (customScalarTypes), not `any` / `unknown`.
    expect(list).toContain('readonly periodStart: string | null | undefined;');
    expect(list).toMatch(/totalFunding: \{\s*readonly amount: string \| null \| undefined;/);
    expect(fs.readFileSync(generated('operations_planCard'), 'utf8')).toContain('readonly updatedAt: string;');
    // @refetchable on a Plan refetches through Query.node(id:).
    expect(fs.readFileSync(generated('operationsPlanCardRefetchQuery'), 'utf8')).toContain('node(id: $id)');
  });
});

describe('clients/graphcache.ts', () => {
  it('keys every id-less type Apollo Client merges, and pages every connection Apollo Client pages', () => {
    const merged = Object.entries(typePolicies).filter(([, p]) => (p as { merge?: unknown }).merge === true).map(([t]) => t);
    expect(Object.keys(keys).sort()).toEqual(merged.sort());
    for (const [type, policy] of Object.entries(typePolicies)) {
      expect(Object.keys(resolvers[type] ?? {}).sort(), type).toEqual(Object.keys((policy as { fields?: object }).fields ?? {}).sort());
    }
    expect(resolvers.Query?.plans).toBeTypeOf('function');
  });
});

describe.each(await databases())('normalized client caches against the API on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  function relayEnvironment(): Environment {
    return new Environment({
      network: Network.create(async (params, variables) => {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: params.text, variables }),
        });
        return (await response.json()) as GraphQLResponse;
      }),
      store: new Store(new RecordSource()),
    });
  }

  it('relay-runtime pages a @connection with the generated pagination query and refetches a Node', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    try {
      const environment = relayEnvironment();
      const plansQuery = await artifact<ConcreteRequest>('operationsPlansQuery');
      const paginationQuery = await artifact<ConcreteRequest>('operationsPlansPaginationQuery');
      const plansList = await artifact<ReaderFragment>('operations_plansList');

      const operation = createOperationDescriptor(getRequest(plansQuery), {});
      const retained = environment.retain(operation);
      await fetchQuery(environment, plansQuery, {}).toPromise();
      // What a component using the fragment reads: the connection as the store holds it.
      const readList = (): any => {
        const root = environment.lookup(operation.fragment).data;
        return environment.lookup(getSelector(plansList, root) as any).data;
      };
      let list = readList();
      const total: number = list.plans.totalCount;
      expect(total).toBeGreaterThan(2);
      expect(list.plans.edges).toHaveLength(2);

      // usePaginationFragment's loadNext: the pagination query with the last cursor; Relay's
      // ConnectionHandler appends its edges to the same connection.
      let pages = 1;
      while (list.plans.pageInfo.hasNextPage) {
        await fetchQuery(environment, paginationQuery, { count: 2, cursor: list.plans.pageInfo.endCursor }).toPromise();
        list = readList();
        pages += 1;
        expect(pages).toBeLessThanOrEqual(total);
      }
      expect(list.plans.edges).toHaveLength(total);
      expect(new Set(list.plans.edges.map((e: any) => e.node.id)).size).toBe(total);
      expect(list.plans.edges.every((e: any) => typeof e.node.totalFunding.amount === 'string' || e.node.totalFunding.amount === null)).toBe(true);
      retained.dispose();

      // @refetchable on Plan: the refetch query asks node(id:) and lands on the same record.
      const planQuery = await artifact<ConcreteRequest>('operationsPlanQuery');
      const refetchQuery = await artifact<ConcreteRequest>('operationsPlanCardRefetchQuery');
      const planCard = await artifact<ReaderFragment>('operations_planCard');
      const slug = list.plans.edges[0].node.slug;
      const planOperation = createOperationDescriptor(getRequest(planQuery), { slug });
      await fetchQuery(environment, planQuery, { slug }).toPromise();
      const planRef = (environment.lookup(planOperation.fragment).data as any).plan;
      const card: any = environment.lookup(getSelector(planCard, planRef) as any).data;
      expect(card.id).toBe(list.plans.edges[0].node.id);
      const refetched: any = await fetchQuery(environment, refetchQuery, { id: card.id }).toPromise();
      expect(refetched.node).not.toBeNull();
      expect(environment.lookup(getSelector(planCard, refetched.node) as any).data).toEqual(card);
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  // docs/clients.md's Graphcache set-up, as written there.
  function graphcacheClient(): UrqlClient {
    return new UrqlClient({ url: server.url, preferGetMethod: false, exchanges: [graphcacheExchange({ schema, keys, resolvers }), fetchExchange] });
  }

  it('urql Graphcache with the generated schema, keys and relayPagination resolvers merges pages and id-less objects without a warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    try {
      const client = graphcacheClient();
      const PLANS = gql`query Plans($after: String) { plans(first: 2, after: $after) { edges { cursor node { id slug } } pageInfo { hasNextPage endCursor } totalCount } }`;
      const first = await client.query(PLANS, {}).toPromise();
      expect(first.error).toBeUndefined();
      expect(first.data.plans.edges).toHaveLength(2);
      const second = await client.query(PLANS, { after: first.data.plans.pageInfo.endCursor }).toPromise();
      expect(second.error).toBeUndefined();
      // relayPagination answers the later page with every page so far, in order.
      const expected = Math.min(4, first.data.plans.totalCount);
      expect(second.data.plans.edges).toHaveLength(expected);
      expect(second.data.plans.edges.slice(0, 2).map((e: any) => e.node.slug)).toEqual(first.data.plans.edges.map((e: any) => e.node.slug));
      expect(new Set(second.data.plans.edges.map((e: any) => e.node.id)).size).toBe(expected);

      // Two queries selecting different fields of an id-less Timescale: both read from the cache.
      const ENDS = gql`query Ends { actions(first: 5, filter: { authorityCode: "peterborough" }) { nodes { id timescale { end precision } } } }`;
      const TEXTS = gql`query Texts { actions(first: 5, filter: { authorityCode: "peterborough" }) { nodes { id timescale { text start } } } }`;
      const ends = await client.query(ENDS, {}).toPromise();
      expect(ends.error).toBeUndefined();
      await client.query(TEXTS, {}).toPromise();
      const cachedEnds = await client.query(ENDS, {}, { requestPolicy: 'cache-only' }).toPromise();
      expect(cachedEnds.data).toEqual(ends.data);

      // A SearchResult union read back from the cache (the schema makes fragment matching exact).
      const SEARCH = gql`query Find { search(query: "phonics", first: 3) { rank node { __typename ... on Node { id } ... on Action { title } ... on Plan { slug } } } }`;
      const found = await client.query(SEARCH, {}).toPromise();
      expect(found.error).toBeUndefined();
      expect(found.data.search.length).toBeGreaterThan(0);
      const cachedSearch = await client.query(SEARCH, {}, { requestPolicy: 'cache-only' }).toPromise();
      expect(cachedSearch.data).toEqual(found.data);
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
