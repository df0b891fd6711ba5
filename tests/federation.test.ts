// Federation: this server's subgraph composes with an HR and a finance subgraph
// (written here, as an integrator would) into one supergraph; a gateway answers one
// query that crosses all three; `_entities` resolves many representations in a few
// SQL statements.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlModule } from './support/cjs';
import { toGlobalId } from '@council-plans/core';
import { databases, post, type TestServer } from './support/servers';

const require = createRequire(__filename);
const { composeServices } = require('@apollo/composition') as typeof import('@apollo/composition');
const { ApolloGateway } = require('@apollo/gateway') as typeof import('@apollo/gateway');
const { ApolloServer } = require('@apollo/server') as typeof import('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone') as typeof import('@apollo/server/standalone');
const { ApolloServerPluginInlineTraceDisabled } = require('@apollo/server/plugin/disabled') as typeof import('@apollo/server/plugin/disabled');
const { buildSubgraphSchema } = require('@apollo/subgraph') as typeof import('@apollo/subgraph');
const { parse } = graphqlModule;

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

// The HR system: people keyed by their staff identifier, with post and team.
const HR_SDL = `${LINK}
  type ResponsibleParty @key(fields: "staffId") {
    staffId: String
    post: String
    team: String
  }`;
const STAFF: Record<string, { post: string; team: string }> = {
  'HR-0042': { post: 'Head of School Improvement', team: 'Education Standards' },
};

// The finance system: funding lines keyed by budget code, with actual spend.
const FINANCE_SDL = `${LINK}
  type FundingLine @key(fields: "budgetCode") {
    budgetCode: String
    actualSpend: Float
  }`;
const LEDGER: Record<string, number> = { 'EDU-PH-2019': 3125.5 };

type Running = { url: string; stop(): Promise<void> };

async function startSubgraph(sdl: string, resolvers: Record<string, unknown>): Promise<Running> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

describe.each(await databases())('federation on $name', (database) => {
  let plans: TestServer;
  let hr: Running;
  let finance: Running;
  let gateway: Running;
  let planSdl: string;
  let leadActionId: string;

  beforeAll(async () => {
    plans = await database.start();
    // An integrator fills the identifiers the council documents do not carry.
    const prisma = plans.db.prisma;
    const plan = await prisma.plan.findFirstOrThrow({ where: { slug: 'peterborough-education-action-plan-2019-20' } });
    const action = await prisma.action.findFirstOrThrow({ where: { planId: plan.id, title: 'Improving outcomes in Phonics in Peterborough' } });
    leadActionId = toGlobalId('Action', action.id);
    const person = await prisma.responsibleParty.create({
      data: { authorityId: plan.authorityId, kind: 'PERSON', name: 'A. Officer', staffId: 'HR-0042', email: 'a.officer@example.gov.uk' },
    });
    await prisma.actionParty.create({ data: { actionId: action.id, partyId: person.id, role: 'LEAD', position: 0 } });
    await prisma.fundingLine.create({ data: { planId: plan.id, actionId: action.id, text: 'Up to £5,000', budgetCode: 'EDU-PH-2019', position: 0 } });

    hr = await startSubgraph(HR_SDL, {
      ResponsibleParty: { __resolveReference: (ref: { staffId: string | null }) => ({ staffId: ref.staffId, ...(ref.staffId ? STAFF[ref.staffId] : {}) }) },
    });
    finance = await startSubgraph(FINANCE_SDL, {
      FundingLine: {
        __resolveReference: (ref: { budgetCode: string | null }) => ({ budgetCode: ref.budgetCode, actualSpend: ref.budgetCode ? (LEDGER[ref.budgetCode] ?? null) : null }),
      },
    });

    const sdlResponse = await post<{ _service: { sdl: string } }>(plans.subgraphUrl, '{ _service { sdl } }');
    planSdl = sdlResponse.data._service.sdl;
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([hr?.stop(), finance?.stop()]);
    await plans?.stop();
  });

  it('composes with an HR and a finance subgraph without errors', () => {
    const result = composeServices([
      { name: 'plans', url: plans.subgraphUrl, typeDefs: parse(planSdl) },
      { name: 'hr', url: hr.url, typeDefs: parse(HR_SDL) },
      { name: 'finance', url: finance.url, typeDefs: parse(FINANCE_SDL) },
    ]);
    expect(result.errors?.map((e) => e.message) ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('actualSpend');
  });

  it('answers one query across all three through a gateway: action → lead → HR post, plan → funding → finance spend', async () => {
    const composed = composeServices([
      { name: 'plans', url: plans.subgraphUrl, typeDefs: parse(planSdl) },
      { name: 'hr', url: hr.url, typeDefs: parse(HR_SDL) },
      { name: 'finance', url: finance.url, typeDefs: parse(FINANCE_SDL) },
    ]);
    const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl! }) });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    gateway = { url, stop: () => server.stop() };

    const { data, errors } = await post<any>(
      url,
      `query($id: ID!) {
        action(id: $id) {
          title
          parties { role party { name staffId post team } }
          plan { slug funding { text budgetCode actualSpend } }
        }
      }`,
      { id: leadActionId },
    );
    expect(errors).toBeUndefined();
    expect(data.action.title).toBe('Improving outcomes in Phonics in Peterborough');
    expect(data.action.parties).toEqual([
      { role: 'LEAD', party: { name: 'A. Officer', staffId: 'HR-0042', post: 'Head of School Improvement', team: 'Education Standards' } },
    ]);
    expect(data.action.plan.funding).toEqual([{ text: 'Up to £5,000', budgetCode: 'EDU-PH-2019', actualSpend: 3125.5 }]);
  });

  it('resolves entities by every key: id, code, slug, staff id, e-mail', async () => {
    const { data, errors } = await post<any>(
      plans.subgraphUrl,
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Authority { code } ... on Plan { slug } ... on ResponsibleParty { name } ... on Action { title } ... on Indicator { code }
      } }`,
      {
        r: [
          { __typename: 'Authority', code: 'peterborough' },
          { __typename: 'Plan', slug: 'peterborough-education-action-plan-2019-20' },
          { __typename: 'ResponsibleParty', staffId: 'HR-0042' },
          { __typename: 'ResponsibleParty', email: 'a.officer@example.gov.uk' },
          { __typename: 'Action', id: leadActionId },
          { __typename: 'Plan', slug: 'no-such-plan' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { code: 'peterborough' },
      { slug: 'peterborough-education-action-plan-2019-20' },
      { name: 'A. Officer' },
      { name: 'A. Officer' },
      { title: 'Improving outcomes in Phonics in Peterborough' },
      null,
    ]);
  });

  it('resolves a thousand representations in a few SQL statements', async () => {
    const prisma = plans.db.prisma;
    const plan = await prisma.plan.findFirstOrThrow();
    await prisma.action.createMany({ data: Array.from({ length: 1000 }, (_, i) => ({ planId: plan.id, title: `Entity ${i}`, position: 100 + i })) });
    const ids = (await prisma.action.findMany({ where: { title: { startsWith: 'Entity ' } }, select: { id: true }, orderBy: { id: 'asc' } })).map((a: { id: number }) => a.id);
    expect(ids).toHaveLength(1000);
    const res = await post<any>(
      plans.subgraphUrl,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { id title plan { slug } } } }`,
      { r: ids.map((id: number) => ({ __typename: 'Action', id: toGlobalId('Action', id) })) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toHaveLength(1000);
    expect(res.data._entities[999].title).toBe('Entity 999');
    // One statement for the actions, one for their plans.
    expect(res.statements).toBeLessThanOrEqual(3);
  });

  it('refuses a representation without any key with a clear error', async () => {
    const res = await post<any>(plans.subgraphUrl, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Plan { slug } } }`, { r: [{ __typename: 'Plan', title: 'x' }] });
    expect(res.errors?.[0].message).toContain('a Plan representation needs one of id, slug');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

