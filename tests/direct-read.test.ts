// Direct reads (packages/core/src/graphql/direct-read.ts) answer a plan query with one
// statement that builds the response itself, with no resolver. They must answer exactly
// what the resolvers answer: same keys in the same order, same values (global ids,
// dates, timestamps, enums), same rows in the same order, drafts hidden the same way,
// the same errors for bad arguments. Each case sends the document twice: as written
// (the direct path, `x-execution: direct`) and with `@include(if: true)` on its root
// field, which the compiler does not take, so the resolvers answer (`x-execution:
// resolvers`); the two bodies must parse to the same JSON, key order included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, testToken, type TestServer } from './support/servers';

/** Every column field the compiler serves, on every relation it follows from a plan. */
const WHOLE_PLAN = /* GraphQL */ `
  query WholePlan($slug: String!) {
    __typename
    plan(slug: $slug) {
      __typename id version slug title kind periodText periodStart periodEnd status issuedText purpose context format updateIntervalDays sourceSection createdAt updatedAt
      authority { id code name gssCode kind region createdAt updatedAt version progressApprovalRequired }
      sections { ...Section children { ...Section children { ...Section } } }
      allSections { id code parent: plan { slug } }
      actions { id code }
      parties { id role roleText position party { ...Party } }
      successCriteria { id text position }
      funding { id version text currency qualifier fundingSource costCentre budgetCode position }
      risks { id title position }
      indicatorSeries {
        id version purpose targetStatus sourceSection baselineDate
        indicator { id code family title description unit polarity }
        authority { code }
        values { id version kind periodText valueText position measuredOn }
      }
    }
  }
  fragment Section on PlanSection {
    id version kind label code title description position sourceSection
    plan { slug }
    successCriteria { id text }
    risks { id title }
    actions { ...Action }
  }
  fragment Action on Action {
    __typename id version code title description position timescaleText resourcesText ragStatus weight sourceSection sourceRow sourceSheet createdAt updatedAt
    plan { slug } section { id code }
    parties { id role roleText position party { ...Party } }
    milestones { id text timescaleText position }
    successCriteria { id text position }
    funding { id text currency position }
    progressUpdates { id version title status authorName decidedByName decidedAt returnComment ragStatus narrative createdAt recordedOn }
    risks { id title position }
    ... on Action { again: code }
  }
  fragment Party on ResponsibleParty { id version kind name title organisation email staffId }
`;

interface Answer {
  status: number;
  execution: string | null;
  statements: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
}

async function ask(server: TestServer, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  return { status: res.status, execution: res.headers.get('x-execution'), statements: Number(res.headers.get('x-sql-statements')), body: JSON.parse(text), text };
}

/** The same document, its `plan(` root fields made ineligible for the direct path (and nothing else changed). */
const throughResolvers = (query: string) => query.replace(/(\bplans?\([^)]*\))/g, '$1 @include(if: true)');

/** Both paths; asserts the direct one was taken and both answered the same JSON, key order included. */
async function bothPaths(server: TestServer, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const direct = await ask(server, query, variables, token);
  const resolvers = await ask(server, throughResolvers(query), variables, token);
  expect(resolvers.execution).toBe('resolvers');
  expect(direct.body.errors).toBeUndefined();
  expect(direct.execution).toBe('direct');
  expect(JSON.stringify(direct.body)).toBe(JSON.stringify(resolvers.body));
  expect(direct.status).toBe(resolvers.status);
  return direct;
}

describe.each(await databases())('direct reads answer as the resolvers do, on $name', (database) => {
  let server: TestServer;
  let slugs: string[];
  beforeAll(async () => {
    server = await database.start();
    const plans = await server.gql<{ plans: { nodes: { slug: string }[] } }>('{ plans(first: 100) { nodes { slug } } }');
    slugs = plans.data.plans.nodes.map((p) => p.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    // Progress with a recorded day and a decision time, so Date and DateTimeISO columns carry values.
    const action = await server.db.prisma.action.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await server.db.prisma.progressUpdate.create({
      data: { actionId: action.id, recordedOn: new Date('2024-02-29T00:00:00Z'), ragStatus: 'AMBER', narrative: 'Quote " backslash \\ newline \n tab \t bell \u0007 pound £ emoji 😀', status: 'APPROVED', decidedAt: new Date('2024-03-01T09:08:07.654Z') },
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('gives every seeded plan, field for field, in one statement', async () => {
    let actions = 0;
    for (const slug of slugs) {
      const direct = await bothPaths(server, WHOLE_PLAN, { slug });
      expect(direct.statements).toBe(1);
      const plan = direct.body.data!.plan as { sections: { actions: unknown[] }[]; actions: unknown[] };
      actions += plan.actions.length;
    }
    // The seeds' actions all came through (a plan with no rows would prove nothing).
    expect(actions).toBeGreaterThan(200);
  });

  it('keeps the recorded progress text, dates and times exactly', async () => {
    const direct = await bothPaths(server, `{ plan(slug: "${slugs[0]}") { actions { progressUpdates { recordedOn decidedAt narrative } } } }`);
    const updates = (direct.body.data!.plan as { actions: { progressUpdates: { recordedOn: string; decidedAt: string | null; narrative: string }[] }[] }).actions.flatMap((a) => a.progressUpdates);
    expect(updates.some((u) => u.recordedOn === '2024-02-29' && u.decidedAt === '2024-03-01T09:08:07.654Z' && u.narrative.includes('😀'))).toBe(true);
  });

  it('serves aliases, several roots, by-lookups, ids and variables the same way', async () => {
    const id = (await server.gql<{ plan: { id: string } }>(`{ plan(slug: "${slugs[1]}") { id } }`)).data.plan.id;
    await bothPaths(
      server,
      `query Two($id: ID!, $by: PlanLookup!) {
        first: plan(slug: "${slugs[0]}") { name: title t: __typename sections { code } }
        second: plan(id: $id) { id slug }
        third: plan(by: $by) { slug status }
        missing: plan(slug: "no-such-plan") { slug }
      }`,
      { id, by: { slug: slugs[2] } },
    );
  });

  it('serves the first page of plans, nodes only, as the resolvers page it', async () => {
    const direct = await bothPaths(server, `{ plans(first: 3) { __typename nodes { id slug title status authority { code } sections { code actions { code title } } } } }`);
    expect((direct.body.data!.plans as { nodes: unknown[] }).nodes).toHaveLength(3);
    await bothPaths(server, 'query($n: Int) { all: plans(first: $n) { nodes { slug } } }', { n: 500 });
    await bothPaths(server, '{ plans(first: 1) { nodes { ...P } } } fragment P on Plan { slug periodStart }');
    for (const query of ['{ plans(first: 2) { pageInfo { hasNextPage } nodes { slug } } }', '{ plans(first: 2) { totalCount } }', '{ plans(first: 2, orderBy: { by: TITLE }) { nodes { slug } } }', '{ plans(first: 2) { edges { node { slug } } } }']) {
      const answer = await ask(server, query);
      expect(answer.execution, query).toBe('resolvers');
      expect(answer.body.errors, query).toBeUndefined();
    }
    for (const query of ['{ plans(first: 501) { nodes { slug } } }', '{ plans(first: -1) { nodes { slug } } }', '{ plans(first: 2, after: "nonsense") { nodes { slug } } }']) {
      const answer = await ask(server, query);
      expect(answer.execution, query).not.toBe('direct');
      expect(answer.body.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a request sent again as Apollo answered it (the shortcut past its pipeline), bad variables included', async () => {
    const query = 'query Page($n: Int) { plans(first: $n) { nodes { slug sections { code actions { code title parties { role } } } } } }';
    const send = async (variables: Record<string, unknown>, accept?: string) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(accept ? { accept } : {}) };
      const res = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify({ query, variables, operationName: 'Page' }) });
      const text = await res.text();
      return { status: res.status, type: res.headers.get('content-type'), execution: res.headers.get('x-execution'), statements: res.headers.get('x-sql-statements'), text };
    };
    for (const accept of [undefined, 'application/graphql-response+json', 'application/json', 'application/json;q=0.5, application/graphql-response+json']) {
      const first = await send({ n: 2 }, accept);
      expect(first.execution, accept).toBe('direct');
      expect(first.statements, accept).toBe('1');
      for (let i = 0; i < 2; i++) expect(await send({ n: 2 }, accept), accept).toEqual(first);
      expect(JSON.parse((await send({ n: 1 }, accept)).text).data.plans.nodes, accept).toHaveLength(1);
      // (A refusal by the cost limit after the same document was answered: limits.test.ts.)
      // Variables that do not coerce: Apollo's answer.
      const bad = await send({ n: 'two' }, accept);
      expect(bad.execution, accept).not.toBe('direct');
      expect(JSON.parse(bad.text).errors[0].extensions.code, accept).toBe('BAD_USER_INPUT');
    }
    // An Accept Apollo refuses is refused each time (never learnt: it was not a 200).
    for (let i = 0; i < 2; i++) expect((await send({ n: 2 }, 'text/csv')).status).toBe(406);
  });

  it('hides drafts from other councils and shows them to their own, as the resolvers do', async () => {
    const plan = await server.db.prisma.plan.findFirstOrThrow({ where: { slug: slugs[3] }, include: { authority: true } });
    await server.db.prisma.plan.update({ where: { id: plan.id }, data: { status: 'DRAFT' } });
    try {
      const query = `{ plan(slug: "${plan.slug}") { slug status sections { title } } }`;
      const anonymous = await bothPaths(server, query);
      expect(anonymous.body.data!.plan).toBeNull();
      const other = await bothPaths(server, query, {}, await testToken(['NO-SUCH-COUNCIL'], 'viewer'));
      expect(other.body.data!.plan).toBeNull();
      const own = await bothPaths(server, query, {}, await testToken([plan.authority.code], 'viewer'));
      expect(own.body.data!.plan).toMatchObject({ slug: plan.slug, status: 'DRAFT' });
      // The list too: without the draft for others, with it for its council.
      const list = '{ plans(first: 100) { nodes { slug status } } }';
      const slugsOf = (a: Answer) => (a.body.data!.plans as { nodes: { slug: string }[] }).nodes.map((n) => n.slug);
      expect(slugsOf(await bothPaths(server, list))).not.toContain(plan.slug);
      expect(slugsOf(await bothPaths(server, list, {}, await testToken([plan.authority.code], 'viewer')))).toContain(plan.slug);
    } finally {
      await server.db.prisma.plan.update({ where: { id: plan.id }, data: { status: plan.status } });
    }
  });

  it('leaves bad arguments to the resolvers, which refuse them as before', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [`{ plan(slug: "${slugs[0]}", id: "x") { slug } }`, {}],
      ['{ plan { slug } }', {}],
      ['query($s: String!) { plan(slug: $s) { slug } }', { s: 'x'.repeat(1_000_000) }],
      ['query($s: String!) { plan(slug: $s) { slug } }', { s: 'a\u0000b' }],
      ['query($s: String!) { plan(slug: $s) { slug } }', { s: 42 }],
      ['query($b: PlanLookup!) { plan(by: $b) { slug } }', { b: { slug: 'a', id: 'b' } }],
      ['{ plan(id: "not-a-global-id") { slug } }', {}],
    ];
    for (const [query, variables] of cases) {
      const answer = await ask(server, query, variables);
      expect(answer.execution, query).not.toBe('direct');
      const resolvers = await ask(server, throughResolvers(query), variables);
      expect(JSON.stringify(answer.body.errors ?? null), query).toBe(JSON.stringify(resolvers.body.errors ?? null));
      expect(answer.body.data ?? null, query).toEqual(resolvers.body.data ?? null);
    }
  });

  it('takes the resolvers for anything it does not compile, with the same answer', async () => {
    for (const query of [
      `{ plan(slug: "${slugs[0]}") { slug actions { timescale { text } } } }`,
      `{ plan(slug: "${slugs[0]}") { slug totalFunding { countedLines } } }`,
      `{ plan(slug: "${slugs[0]}") { slug actions(due: { from: "2009-01-01" }) { code } } }`,
      `{ plan(slug: "${slugs[0]}") { slug actions { peterborough { intent } } } }`,
      `{ plan(slug: "${slugs[0]}") { slug funding { amount } } }`,
      `{ plan(slug: "${slugs[0]}") { slug sections { title @skip(if: false) } } }`,
    ]) {
      const answer = await ask(server, query);
      expect(answer.execution, query).toBe('resolvers');
      expect(answer.body.errors, query).toBeUndefined();
    }
  });
});
