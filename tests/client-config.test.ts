// The client set-ups docs/clients.md gives, tested as a front-end developer would use them:
// the generated files are current (npm run client-config), Apollo Client 4 with the
// generated possibleTypes and typePolicies over HTTP against a real server (value objects
// merged, not overwritten, without a warning; cursor pages appended by fetchMore; fragments
// on Node and SearchResult read back from the cache), urql, and GraphQL Code Generator's
// client preset with the generated scalar map (no scalar comes out as `unknown`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Client as UrqlClient, cacheExchange, fetchExchange } from '@urql/core';
import { databases, type TestServer } from './support/servers';
// @ts-expect-error: a plain ES module script without types
import { clientConfig } from '../scripts/client-config.mjs';
import { possibleTypes, typePolicies } from '../clients/type-policies';

const root = path.resolve(__dirname, '..');

describe('client configuration files', () => {
  it('are what npm run client-config makes of schema.graphql', () => {
    const files: Record<string, string> = clientConfig(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8'));
    for (const [name, text] of Object.entries(files)) {
      expect(fs.readFileSync(path.join(root, 'clients', name), 'utf8'), `clients/${name} is stale: run npm run client-config`).toBe(text);
    }
    expect(possibleTypes.SearchResult).toEqual(['Action', 'Plan']);
    for (const valueObject of ['Timescale', 'Money', 'IndicatorReading', 'FundingTotal', 'TimescalePart']) expect(typePolicies[valueObject]).toMatchObject({ merge: true });
    expect(typePolicies.Action?.merge).toBeUndefined();
  });

  it("make GraphQL Code Generator's client preset type Date, Decimal and DateTimeISO as strings", async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
    fs.writeFileSync(
      path.join(dir, 'operations.ts'),
      "import { graphql } from './gql';\nexport const PlanQuery = graphql(`query PlanFunding($slug: String!) { plan(by: { slug: $slug }) { periodStart updatedAt totalFunding { amount } } }`);\n",
    );
    // The config docs/clients.md shows, with the paths of this test.
    const scalars = JSON.parse(fs.readFileSync(path.join(root, 'clients/codegen-scalars.json'), 'utf8'));
    await generate(
      {
        schema: path.join(root, 'schema.graphql'),
        documents: [path.join(dir, 'operations.ts')],
        ignoreNoDocuments: false,
        generates: { [path.join(dir, 'gql') + '/']: { preset: 'client', config: { scalars, enumsAsTypes: true, strictScalars: true } } },
        silent: true,
      },
      true,
    );
    const generated = fs.readFileSync(path.join(dir, 'gql', 'graphql.ts'), 'utf8');
    // The operation's result type: Date, DateTimeISO and Decimal fields are strings, not `unknown`.
    expect(generated).toContain('export type PlanFundingQuery = { plan: { periodStart: string | null, updatedAt: string, totalFunding: { amount: string | null } } | null };');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

describe.each(await databases())('clients against the API on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const apollo = () =>
    new ApolloClient({ link: new HttpLink({ uri: server.url }), cache: new InMemoryCache({ possibleTypes, typePolicies }) });

  it('Apollo Client keeps both queries\' fields of an id-less Timescale, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    try {
      const client = apollo();
      const first = gql`query Ends { actions(first: 5, filter: { authorityCode: "peterborough" }) { nodes { id timescale { end precision } } } }`;
      const second = gql`query Texts { actions(first: 5, filter: { authorityCode: "peterborough" }) { nodes { id timescale { text start } } } }`;
      const a = await client.query({ query: first });
      await client.query({ query: second });
      // The first query, read back from the cache alone, still has its fields.
      const cached = client.readQuery<any>({ query: first });
      expect(cached).toEqual(a.data);
      const both = client.readQuery<any>({ query: gql`query Both { actions(first: 5, filter: { authorityCode: "peterborough" }) { nodes { id timescale { text start end precision } } } }` });
      expect(both.actions.nodes.some((n: any) => n.timescale?.text && n.timescale.end)).toBe(true);
      // Without the generated policies Apollo Client warns that it is losing data.
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  it('Apollo Client appends cursor pages with fetchMore and reads Node and SearchResult fragments from the cache', async () => {
    const client = apollo();
    const PLANS = gql`query Plans($after: String) { plans(first: 2, after: $after) { edges { cursor node { id slug } } pageInfo { hasNextPage endCursor } totalCount } }`;
    const page1 = await client.query<any>({ query: PLANS });
    expect(page1.data.plans.edges).toHaveLength(2);
    const watcher = client.watchQuery<any>({ query: PLANS });
    const subscription = watcher.subscribe(() => {});
    await watcher.fetchMore({ variables: { after: page1.data.plans.pageInfo.endCursor } });
    subscription.unsubscribe();
    const merged = client.readQuery<any>({ query: PLANS });
    expect(merged.plans.edges.length).toBe(Math.min(4, page1.data.plans.totalCount));
    expect(new Set(merged.plans.edges.map((e: any) => e.node.slug)).size).toBe(merged.plans.edges.length);

    const SEARCH = gql`query Find { search(query: "phonics", first: 3) { rank node { __typename ... on Node { id } ... on Action { title } ... on Plan { slug } } } }`;
    const found = await client.query<any>({ query: SEARCH });
    expect(found.data.search.length).toBeGreaterThan(0);
    expect(client.readQuery<any>({ query: SEARCH })).toEqual(found.data);
    const action = found.data.search.find((h: any) => h.node.__typename === 'Action').node;
    const NODE = gql`query One($id: ID!) { node(id: $id) { id ... on Action { title } } }`;
    const one = await client.query<any>({ query: NODE, variables: { id: action.id } });
    expect(one.data.node).toEqual({ __typename: 'Action', id: action.id, title: action.title });
  });

  it('urql queries the API with its default exchanges', async () => {
    const client = new UrqlClient({ url: server.url, exchanges: [cacheExchange, fetchExchange], preferGetMethod: false });
    const result = await client.query(`query { plan(by: { slug: "peterborough-education-action-plan-2019-20" }) { title authority { name } } }`, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data.plan.authority.name).toMatch(/Peterborough/);
  });
});
