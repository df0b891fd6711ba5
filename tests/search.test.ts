// Full-text search over plans and actions, including enabled plugins' own text, ranked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, testToken, type TestServer } from './support/servers';

const SEARCH = `query($q: String!, $types: [SearchableType!], $first: Int) {
  search(query: $q, types: $types, first: $first) { rank snippet node { __typename ... on Action { title plan { slug } } ... on Plan { slug } } }
}`;

describe.each(await databases())('search on $name', (database) => {
  let all: TestServer;
  let corePlusKent: TestServer;
  beforeAll(async () => {
    // corePlusKent: a database that holds every council's plans (seeded with all plugins
    // enabled), served with only Kent's plugin: Peterborough's core text, not its plugin text.
    const seededWithAll = await database.start({ persist: true });
    [all, corePlusKent] = await Promise.all([database.start(), seededWithAll.restart({ plugins: ['kent'] })]);
  });
  afterAll(async () => {
    await Promise.all([all?.stop(), corePlusKent?.stop()]);
  });

  it("finds Peterborough's phonics row for \"phonics champions\" (words printed in one of its implementation steps)", async () => {
    const { data, errors } = await all.gql(SEARCH, { q: 'phonics champions' });
    expect(errors).toBeUndefined();
    expect(data.search[0].node).toEqual({ __typename: 'Action', title: 'Improving outcomes in Phonics in Peterborough', plan: { slug: 'peterborough-education-action-plan-2019-20' } });
    expect(data.search[0].snippet).toMatch(/<b>Phonics<\/b> <b>Champions<\/b>/i);
    expect(data.search[0].rank).toBeGreaterThan(0);
  });

  it('ranks results, most relevant first, and honours types and first', async () => {
    const { data } = await all.gql(SEARCH, { q: 'school improvement', first: 10 });
    expect(data.search.length).toBe(10);
    const ranks = data.search.map((h: any) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    const plansOnly = await all.gql(SEARCH, { q: 'plan', types: ['PLAN'] });
    expect(plansOnly.data.search.length).toBeGreaterThan(0);
    expect(plansOnly.data.search.every((h: any) => h.node.__typename === 'Plan')).toBe(true);
  });

  it("uses a plugin's text only while the plugin is enabled", async () => {
    // "Derby City model" is printed only in a Peterborough implementation step.
    expect((await all.gql(SEARCH, { q: '"Derby City model"' })).data.search).toHaveLength(1);
    expect((await corePlusKent.gql(SEARCH, { q: '"Derby City model"' })).data.search).toHaveLength(0);
    // The core text of the same plan is still searchable.
    expect((await corePlusKent.gql(SEARCH, { q: 'phonics' })).data.search.length).toBeGreaterThan(0);
  });

  it('finds nothing for words that are not there, and refuses an empty query', async () => {
    expect((await all.gql(SEARCH, { q: 'zebracorn' })).data.search).toEqual([]);
    const empty = await all.gql(SEARCH, { q: '   ' });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await all.gql(SEARCH, { q: 'school', first: 100000 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a text over 200 characters or 16 words with BAD_USER_INPUT naming query, before it reaches the database', async () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    for (const [q, why] of [
      [words(1500), /16 words|200 characters/],
      [words(240), /16 words|200 characters/],
      [words(17), /at most 16 words, got 17/],
      ['a'.repeat(201), /at most 200 characters, got 201/],
      ['x'.repeat(100_000), /at most 200 characters/],
    ] as const) {
      const started = Date.now();
      const res = await all.gql(SEARCH, { q });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
      expect(res.errors?.[0]?.message).toMatch(why);
      expect(res.statements).toBe(0);
      expect(Date.now() - started).toBeLessThan(5000);
      const count = await all.gql(`query($q: String!) { searchCount(query: $q) { count capped } }`, { q });
      expect(count.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    }
    // 16 words and 200 characters are served.
    const longest = await all.gql(SEARCH, { q: `phonics ${words(15)}`.slice(0, 200) });
    expect(longest.errors).toBeUndefined();
    // The server is still whole after the refusals.
    expect((await all.gql(SEARCH, { q: 'phonics' })).data.search.length).toBeGreaterThan(0);
  });

  it('counts matches up to a cap, agreeing with search below it', async () => {
    const { data, errors } = await all.gql(`{ searchCount(query: "phonics") { count capped } search(query: "phonics", first: 500) { rank } }`);
    expect(errors).toBeUndefined();
    expect(data.searchCount.count).toBe(data.search.length);
    expect(data.searchCount.count).toBeGreaterThan(0);
    expect(data.searchCount.capped).toBe(false);
  });

  it("finds an action by the words a write gives it, at once, and no longer by the words it replaced", async () => {
    const token = await testToken(['peterborough']);
    const find = (q: string) => all.gql(`query($q: String!) { search(query: $q, types: [ACTION]) { node { ... on Action { id title } } } }`, { q });
    const [hit] = (await find('"Derby City model"')).data.search;
    const read = await all.gqlAs(token, `query($id: ID!) { node(id: $id) { ... on Action { version } } }`, { id: hit.node.id });
    const edit = (title: string, expectedVersion: number) =>
      all.gqlAs(token, `mutation($input: UpdateActionInput!) { updateAction(input: $input) { version } }`, { input: { id: hit.node.id, expectedVersion, title } });
    const first = await edit('Quokka outreach in every phonics classroom', read.data.node.version);
    expect(first.errors).toBeUndefined();
    expect((await find('quokka')).data.search.map((h: any) => h.node.id)).toEqual([hit.node.id]);
    // Its plugin text is still in the document.
    expect((await find('"Derby City model"')).data.search.map((h: any) => h.node.id)).toEqual([hit.node.id]);
    const second = await edit(hit.node.title, first.data.updateAction.version);
    expect(second.errors).toBeUndefined();
    expect((await find('quokka')).data.search).toEqual([]);
  });

  it('keeps user text out of the SQL', async () => {
    const res = await all.gql(SEARCH, { q: `'); DROP TABLE "Plan"; --` });
    expect(res.errors).toBeUndefined();
    expect((await all.gql(`{ plans { nodes { slug } } }`)).data.plans.nodes.length).toBeGreaterThan(0);
  });
});

describe.each(await databases())('search in Kent\'s plans on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start({ plugins: ['kent'] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('finds an operational-plan action by words printed only in its deliverables', async () => {
    // "Kent Record of Transfer" is printed in a deliverable of 1.1.4 (CLLD project), not in its action cell.
    const { data, errors } = await server.gql(`{ search(query: "\\"Kent Record of Transfer\\"", types: [ACTION]) { node { ... on Action { code title } } } }`);
    expect(errors).toBeUndefined();
    expect(data.search.map((h: any) => h.node.code)).toEqual(['1.1.4']);
  });
});
