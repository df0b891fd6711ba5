// Opaque global ids: every object with an id is a Node, fetchable again by node(id)
// and nodes(ids); typed arguments refuse an id of another type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '@council-plans/core';
import { databases, type TestServer } from './support/servers';

describe.each(await databases())('global ids on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves opaque ids that node(id) resolves back to the same object, of any type', async () => {
    const { data } = await server.gql(`{ plan(slug: "peterborough-education-action-plan-2019-20") {
      id title authority { id code } sections { id title actions { id title peterborough { id intent } } } } }`);
    const plan = data.plan;
    const section = plan.sections[0];
    const action = section.actions[0];
    for (const id of [plan.id, plan.authority.id, section.id, action.id, action.peterborough.id]) {
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(id).not.toMatch(/^\d+$/);
    }
    expect(fromGlobalId(plan.id)?.type).toBe('Plan');
    const res = await server.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
        ... on Plan { title } ... on Authority { code } ... on PlanSection { title } ... on Action { title } ... on PeterboroughActionRow { intent } } }`,
      { ids: [plan.id, plan.authority.id, section.id, action.id, action.peterborough.id] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes).toEqual([
      { __typename: 'Plan', id: plan.id, title: plan.title },
      { __typename: 'Authority', id: plan.authority.id, code: 'peterborough' },
      { __typename: 'PlanSection', id: section.id, title: section.title },
      { __typename: 'Action', id: action.id, title: action.title },
      { __typename: 'PeterboroughActionRow', id: action.peterborough.id, intent: action.peterborough.intent },
    ]);
    const one = await server.gql(`query($id: ID!) { node(id: $id) { id ... on Action { title } } }`, { id: action.id });
    expect(one.data.node).toEqual({ id: action.id, title: action.title });
  });

  it('answers null for an id that names nothing in every look-up (node, action, plan), and refuses a malformed id in a filter', async () => {
    const { data } = await server.gql(`{ plans { nodes { id } } }`);
    const planId = data.plans.nodes[0].id;
    const nothing = await server.gql(`{ a: node(id: "bm9wZQ") { id } b: node(id: "${Buffer.from('Plan:999999').toString('base64url')}") { id } c: node(id: "${Buffer.from('Secret:1').toString('base64url')}") { id } }`);
    expect(nothing.errors).toBeUndefined();
    expect(nothing.data).toEqual({ a: null, b: null, c: null });
    // One rule for look-ups (docs/clients.md, "Ids"): another type's id, or one that is not an id, names no action.
    const wrongType = await server.gql(`query($id: ID!) { action(id: $id) { title } }`, { id: planId });
    expect(wrongType).toMatchObject({ data: { action: null } });
    expect(wrongType.errors).toBeUndefined();
    const numeric = await server.gql(`{ plan(id: "1") { title } }`);
    expect(numeric).toMatchObject({ data: { plan: null } });
    expect(numeric.errors).toBeUndefined();
    const badFilter = await server.gql(`{ actions(filter: { planId: "1" }) { totalCount } }`);
    expect(badFilter.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.planId' } });
    const filtered = await server.gql(`query($id: ID!) { actions(first: 100, filter: { planId: $id }) { totalCount } }`, { id: planId });
    expect(filtered.data.actions.totalCount).toBeGreaterThan(0);
  });

  it('loads many nodes of one type in one statement', async () => {
    const { data } = await server.gql(`{ actions(first: 100) { nodes { id } } }`);
    const ids = data.actions.nodes.map((n: any) => n.id);
    expect(ids.length).toBeGreaterThan(20);
    const res = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(res.data.nodes.map((n: any) => n.id)).toEqual(ids);
    // The nodes, and the ids of the drafts the caller may not see (once per request).
    expect(res.statements).toBe(2);
  });
});
