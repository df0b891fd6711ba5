// A nested read answered by one SQL statement (prefetch) must give exactly what the
// field resolvers and their DataLoaders give: same rows, same order, same filters, same
// values (dates, decimals). `plan(slug)` takes the one-statement path; `node(id)` loads
// the same plan by id and resolves every field through its loader. Compared on every
// seeded council plan, whose sections, parties, criteria, funding and risks exercise
// every relation the prefetch knows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, type TestServer } from './support/servers';

const PLAN_FIELDS = /* GraphQL */ `
  fragment PlanTree on Plan {
    id slug title kind periodText periodStart periodEnd status createdAt
    authority { id code name }
    sections { ...Section children { ...Section children { ...Section } } }
    allSections { id title parent { id } }
    actions { ...ActionTree }
    parties { role roleText position party { id name kind } }
    successCriteria { id text position }
    funding { id text amount currency position }
    risks { id title position }
    indicatorSeries { id targetStatus indicator { code title } authority { code } values { kind periodText valueText value position } }
    peterboroughSections: sections { peterboroughThemeItems { __typename } }
  }
  fragment Section on PlanSection {
    id kind label code title position
    plan { slug }
    actions { id code title }
    successCriteria { id text }
    risks { id title }
  }
  fragment ActionTree on Action {
    id code title position timescaleText ragStatus createdAt
    plan { slug } section { id title }
    parties { role position party { id name kind } }
    milestones { id text timescaleText position }
    successCriteria { id text }
    funding { id text amount }
    progressUpdates { id recordedOn ragStatus narrative }
    risks { id title }
    peterborough { intent }
  }
`;

describe.each(await databases())('one-statement nested reads agree with the loaders on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await database.start();
    // A parsed amount and value, so the Decimal columns travel through both paths.
    const prisma = server.db.prisma;
    const line = await prisma.fundingLine.findFirstOrThrow({ where: { actionId: { not: null } }, orderBy: { id: 'asc' } });
    await prisma.fundingLine.update({ where: { id: line.id }, data: { amount: '374000.50' } });
    const value = await prisma.indicatorValue.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await prisma.indicatorValue.update({ where: { id: value.id }, data: { value: '81.2500' } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('gives the same plan, field for field, for every seeded plan', async () => {
    const list = await server.gql('{ plans(first: 500) { nodes { id slug } } }');
    const plans: { id: string; slug: string }[] = list.data.plans.nodes;
    expect(plans.length).toBeGreaterThanOrEqual(5);
    let amounts = 0;
    for (const { id, slug } of plans) {
      const one = await server.gql(`query ($slug: String!) { plan(slug: $slug) { ...PlanTree } } ${PLAN_FIELDS}`, { slug });
      const loaded = await server.gql(`query ($id: ID!) { node(id: $id) { ...PlanTree } } ${PLAN_FIELDS}`, { id });
      expect(one.errors).toBeUndefined();
      expect(loaded.errors).toBeUndefined();
      expect(one.data.plan).toEqual(loaded.data.node);
      expect(one.data.plan.slug).toBe(slug);
      // The prefetch path really ran: fewer statements than one per relation.
      expect(one.statements).toBeLessThan(loaded.statements);
      amounts += JSON.stringify(one.data).split('"374000.5"').length - 1;
    }
    expect(amounts).toBeGreaterThan(0);
  });

  it('gives the same page of plans and of actions with their relations', async () => {
    const plansQuery = `{ plans(first: 3, orderBy: { by: TITLE }) { edges { cursor node { ...PlanTree } } } } ${PLAN_FIELDS}`;
    const paged = await server.gql(plansQuery);
    expect(paged.errors).toBeUndefined();
    for (const { node } of paged.data.plans.edges) {
      const loaded = await server.gql(`query ($id: ID!) { node(id: $id) { ...PlanTree } } ${PLAN_FIELDS}`, { id: node.id });
      expect(node).toEqual(loaded.data.node);
    }
    const actions = await server.gql(`{ actions(first: 40, filter: { authorityCode: "peterborough" }) { nodes { ...ActionTree } } } ${PLAN_FIELDS.slice(PLAN_FIELDS.indexOf('fragment ActionTree'))}`);
    expect(actions.errors).toBeUndefined();
    expect(actions.data.actions.nodes.length).toBeGreaterThan(0);
    for (const action of actions.data.actions.nodes.slice(0, 10)) {
      const loaded = await server.gql(`query ($id: ID!) { node(id: $id) { ...ActionTree } } ${PLAN_FIELDS.slice(PLAN_FIELDS.indexOf('fragment ActionTree'))}`, { id: action.id });
      expect(action).toEqual(loaded.data.node);
    }
  });
});
