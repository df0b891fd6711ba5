// One shape per idea (issue 20), as a client sees it over HTTP on both databases: a
// token-only field nulls only itself; plugin fields on core types named by the council
// (`Action.kent`, the old name deprecated but working); every list entry point paged with
// cursors (`kentActionsConnection`, `searchConnection` over the stored search documents);
// look-ups by `@oneOf` inputs; one answer for ids that name nothing; money in as Decimal;
// due-date sorting and an explicit choice for undated actions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@council-plans/core';
import { databases, testToken, type GqlResult, type TestServer } from './support/servers';

const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

describe.each(await databases())('client-facing shapes on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Every page of a connection field, following endCursor. */
  async function allPages(field: string, args: string, selection: string, pageSize: number, variables: Record<string, unknown> = {}) {
    const seen: any[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const r: GqlResult<any> = await server.gql(
        `query($after: String${'q' in variables ? ', $q: String!' : ''}) { ${field}(${args}${args ? ', ' : ''}first: ${pageSize}, after: $after) { edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
        { ...variables, after },
      );
      expect(r.errors).toBeUndefined();
      const conn = r.data[field];
      seen.push(...conn.edges.map((e: any) => e.node));
      if (!conn.pageInfo.hasNextPage) return seen;
      after = conn.pageInfo.endCursor;
    }
    throw new Error('more than 100 pages');
  }

  it('an anonymous `history` is null with its own error; the action around it is still served', async () => {
    const { data } = await server.gql(`{ actions(first: 1) { nodes { id title } } }`);
    const action = data.actions.nodes[0];
    const r = await server.gql(`query($id: ID!) { action(id: $id) { id title history(first: 1) { totalCount } } }`, { id: action.id });
    expect(r.data.action).toEqual({ id: action.id, title: action.title, history: null });
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({ path: ['action', 'history'], extensions: { code: 'UNAUTHENTICATED' } });
    // With a token of the plan's council the history is there.
    const plan = await server.gql(`query($id: ID!) { action(id: $id) { plan { authority { code } } } }`, { id: action.id });
    const token = await testToken([plan.data.action.plan.authority.code], 'viewer');
    const own = await server.gqlAs(token, `query($id: ID!) { action(id: $id) { history(first: 1) { totalCount } } }`, { id: action.id });
    expect(own.errors).toBeUndefined();
    expect(own.data.action.history.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('names Kent\'s row on Action `kent`, and keeps the deprecated `kentOperationalAction` answering the same', async () => {
    const r = await server.gql(`{ kentActionsConnection(first: 500, filter: { unit: "2" }) { totalCount nodes { code kent { accountableManager targetDates } kentOperationalAction { accountableManager targetDates } } } }`);
    expect(r.errors).toBeUndefined();
    const nodes = r.data.kentActionsConnection.nodes;
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.length).toBe(r.data.kentActionsConnection.totalCount);
    for (const n of nodes) {
      expect(n.kent).not.toBeNull();
      expect(n.kent).toEqual(n.kentOperationalAction);
    }
  });

  it('pages `kentActionsConnection` with cursors through exactly the deprecated `kentActions` list, and sorts it', async () => {
    const old = await server.gql(`{ kentActions(filter: { ecmOutcome: ENJOY_AND_ACHIEVE }) { id } }`);
    const paged = await allPages('kentActionsConnection', 'filter: { ecmOutcome: ENJOY_AND_ACHIEVE }', 'id', 7);
    expect(old.data.kentActions.length).toBeGreaterThan(7);
    expect(paged.map((a) => a.id)).toEqual(old.data.kentActions.map((a: any) => a.id));
    const byCode = await allPages('kentActionsConnection', 'orderBy: { by: CODE, direction: DESC }', 'code', 40);
    const codes = byCode.map((a) => a.code).filter((c) => c != null);
    expect(codes).toEqual([...codes].sort().reverse());
  });

  it('pages `searchConnection` through the same ranked results as `search`, each once', async () => {
    const list = await server.gql(`{ search(query: "school", first: 500) { rank node { __typename ... on Action { id } ... on Plan { id } } } }`);
    const expected = list.data.search.map((h: any) => `${h.node.__typename}:${h.node.id}`);
    expect(expected.length).toBeGreaterThan(20);
    const paged = await allPages('searchConnection', 'query: $q', 'rank snippet node { __typename ... on Action { id } ... on Plan { id } }', 9, { q: 'school' });
    expect(paged.map((h) => `${h.node.__typename}:${h.node.id}`)).toEqual(expected);
    expect(paged.every((h) => typeof h.snippet === 'string')).toBe(true);
    const count = await server.gql(`{ searchConnection(query: "school", first: 1) { totalCount totalCapped } searchCount(query: "school") { count capped } }`);
    expect(count.data.searchConnection).toEqual({ totalCount: count.data.searchCount.count, totalCapped: count.data.searchCount.capped });
    // A cursor that is not one of ours is refused, naming `after`.
    for (const after of ['garbage', Buffer.from(JSON.stringify(['search', 1, 'Secret', 1])).toString('base64url'), Buffer.from(JSON.stringify(['search', 1, 'Plan', 2 ** 40])).toString('base64url')]) {
      const bad = await server.gql(`query($a: String) { searchConnection(query: "school", after: $a) { nodes { rank } } }`, { a: after });
      expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    }
  });

  it('looks plans and authorities up by a @oneOf input, refusing none or both in validation', async () => {
    const slug = 'peterborough-education-action-plan-2019-20';
    const bySlug = await server.gql(`query($by: PlanLookup!) { plan(by: $by) { id slug authority { id code } } }`, { by: { slug } });
    expect(bySlug.errors).toBeUndefined();
    const plan = bySlug.data.plan;
    expect(plan.slug).toBe(slug);
    expect((await server.gql(`query($by: PlanLookup!) { plan(by: $by) { slug } }`, { by: { id: plan.id } })).data.plan.slug).toBe(slug);
    expect((await server.gql(`{ authority(by: { code: "peterborough" }) { id } }`)).data.authority.id).toBe(plan.authority.id);
    expect((await server.gql(`query($by: AuthorityLookup!) { authority(by: $by) { code } }`, { by: { id: plan.authority.id } })).data.authority.code).toBe('peterborough');
    // The old arguments still work for one release.
    expect((await server.gql(`{ plan(slug: "${slug}") { id } }`)).data.plan.id).toBe(plan.id);
    // Both, or none: refused by GraphQL before anything runs.
    const both = await server.gql(`{ plan(by: { slug: "${slug}", id: "${plan.id}" }) { id } }`);
    expect(codeOf(both)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(both.errors![0].message).toMatch(/exactly one key/i);
    const none = await server.gql(`query($by: PlanLookup!) { plan(by: $by) { id } }`, { by: {} });
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(none.errors?.[0].message).toMatch(/exactly one key/i);
    const mixed = await server.gql(`{ plan(by: { slug: "${slug}" }, slug: "${slug}") { id } }`);
    expect(mixed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers null for any id that names nothing a look-up can return, as `node` does; filters still refuse a malformed id', async () => {
    const { data } = await server.gql(`{ plans(first: 1) { nodes { id authority { id } } } actions(first: 1) { nodes { id } } }`);
    const planId = data.plans.nodes[0].id;
    const actionId = data.actions.nodes[0].id;
    for (const id of ['garbage', planId, toGlobalId('Action', 2 ** 31), toGlobalId('Action', 999_999)]) {
      const r = await server.gql(`query($id: ID!) { action(id: $id) { id } node(id: $id) { ... on Action { id } } responsibleParty(id: $id) { id } }`, { id });
      expect(r.errors).toBeUndefined();
      expect(r.data.action).toBeNull();
      expect(r.data.responsibleParty).toBeNull();
      if (id !== planId) expect(r.data.node).toBeNull();
    }
    const wrong = await server.gql(`query($id: ID!) { plan(by: { id: $id }) { id } authority(by: { id: $id }) { id } }`, { id: actionId });
    expect(wrong).toMatchObject({ data: { plan: null, authority: null } });
    expect(wrong.errors).toBeUndefined();
    const filter = await server.gql(`{ actions(filter: { planId: "garbage" }) { totalCount } }`);
    expect(filter.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.planId' } });
  });

  it('sorts actions by due date, undated last, and lists undated actions in a due filter only when asked', async () => {
    const all = await server.gql(`{ actions(first: 500, filter: { authorityCode: "peterborough" }) { totalCount nodes { id timescale { start end } } } }`);
    const nodes = all.data.actions.nodes;
    const undated = nodes.filter((n: any) => n.timescale?.start == null && n.timescale?.end == null).length;
    const dated = await server.gql(`{ actions(filter: { authorityCode: "peterborough", due: {} }) { totalCount } }`);
    const withUndated = await server.gql(`{ actions(filter: { authorityCode: "peterborough", due: { includeUndated: true } }) { totalCount } }`);
    expect(dated.data.actions.totalCount + undated).toBe(all.data.actions.totalCount);
    expect(withUndated.data.actions.totalCount).toBe(all.data.actions.totalCount);
    // A window: the undated ones come on top of those in the window.
    const window = `from: "2020-01-01", to: "2020-03-31"`;
    const spring = await server.gql(`{ a: actions(filter: { authorityCode: "peterborough", due: { ${window} } }) { totalCount } b: actions(filter: { authorityCode: "peterborough", due: { ${window}, includeUndated: true } }) { totalCount } }`);
    expect(spring.data.a.totalCount).toBeGreaterThan(0);
    expect(spring.data.b.totalCount).toBe(spring.data.a.totalCount + undated);
    // The same choice on Plan.actions (its own loader key per choice).
    const planActions = await server.gql(`{ plan(by: { slug: "peterborough-education-action-plan-2019-20" }) { a: actions(due: {}) { id } b: actions(due: { includeUndated: true }) { id } } }`);
    expect(planActions.data.plan.b.length - planActions.data.plan.a.length).toBe(undated);

    const sorted = await allPages('actions', 'filter: { authorityCode: "peterborough" }, orderBy: { by: DUE_END }', 'id timescale { end }', 11);
    expect(sorted.length).toBe(nodes.length);
    const ends = sorted.map((n) => n.timescale?.end ?? null);
    const firstNull = ends.indexOf(null);
    const withEnd = firstNull < 0 ? ends : ends.slice(0, firstNull);
    expect(withEnd.length).toBeGreaterThan(0);
    expect(withEnd).toEqual([...withEnd].sort());
    if (firstNull >= 0) expect(ends.slice(firstNull).every((e) => e === null)).toBe(true);
    const starts = await server.gql(`{ actions(first: 500, filter: { authorityCode: "peterborough" }, orderBy: { by: DUE_START, direction: DESC }) { nodes { timescale { start } } } }`);
    const s = starts.data.actions.nodes.map((n: any) => n.timescale?.start ?? null).filter((x: any) => x != null);
    expect(s).toEqual([...s].sort().reverse());
  });

  it('takes money as a Decimal string, exact to the penny, refusing a finer, negative or doubled amount; serves the qualifier as an enum', async () => {
    const token = await testToken(['plymouth'], 'editor');
    const ply = await server.gql(`{ actions(first: 1, filter: { authorityCode: "plymouth" }) { nodes { id version } } }`);
    const action = ply.data.actions.nodes[0];
    const update = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { version funding { text amount qualifier qualifierKind money { amount qualifier } } } }`;
    const input = (funding: object[]) => ({ input: { id: action.id, expectedVersion: action.version, funding } });
    for (const [line, field] of [
      [{ text: 'Budget to be agreed', amountDecimal: '12.345' }, 'input.funding.0.amountDecimal'],
      [{ text: 'Budget to be agreed', amountDecimal: '-1' }, 'input.funding.0.amountDecimal'],
      [{ text: 'Budget to be agreed', amountDecimal: '1000000000000' }, 'input.funding.0.amountDecimal'],
      [{ text: 'Budget to be agreed', amountDecimal: '5', amount: 5 }, 'input.funding.0.amountDecimal'],
      [{ text: 'Up to £5,000', amountDecimal: '4999.99' }, 'input.funding.0.amountDecimal'],
    ] as const) {
      const refused = await server.gqlAs(token, update, input([line]));
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    }
    const ok = await server.gqlAs(token, update, input([{ text: 'Up to £5,000', amountDecimal: '5000.00' }, { text: 'Budget to be agreed', amountDecimal: '1234567890.12' }]));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateAction.funding.filter((f: any) => ['Up to £5,000', 'Budget to be agreed'].includes(f.text))).toEqual([
      { text: 'Up to £5,000', amount: '5000', qualifier: 'up to', qualifierKind: 'UP_TO', money: { amount: '5000', qualifier: 'UP_TO' } },
      { text: 'Budget to be agreed', amount: '1234567890.12', qualifier: null, qualifierKind: null, money: { amount: null, qualifier: null } },
    ]);
  });
});
