// Federation: this server's subgraph composes with an HR and a finance subgraph
// (written here, as an integrator would) into one supergraph; a gateway answers one
// query that crosses all three; `_entities` resolves many representations in a few
// SQL statements.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { graphqlModule } from './support/cjs';
import { readRows, toGlobalId } from '@council-plans/core';
import { databases, post, testToken, type TestServer } from './support/servers';
import { csv, exportPlan, importFile } from './support/import-files';

const require = createRequire(__filename);
const { composeServices } = require('@apollo/composition') as typeof import('@apollo/composition');
const { ApolloGateway } = require('@apollo/gateway') as typeof import('@apollo/gateway');
const { ApolloServer } = require('@apollo/server') as typeof import('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone') as typeof import('@apollo/server/standalone');
const { ApolloServerPluginInlineTraceDisabled } = require('@apollo/server/plugin/disabled') as typeof import('@apollo/server/plugin/disabled');
const { buildSubgraphSchema } = require('@apollo/subgraph') as typeof import('@apollo/subgraph');
const { parse } = graphqlModule;

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

// The descriptions the shared types and fields must have in every subgraph (README "For
// integrators"): the HR subgraph copies them verbatim, the finance subgraph leaves its
// copies undescribed; either way composition reports no INCONSISTENT_DESCRIPTION.
const { SHARED_DESCRIPTIONS: D } = require('@council-plans/core') as { SHARED_DESCRIPTIONS: Record<string, string> };
const described = (text: string) => JSON.stringify(text);

// The HR system: people keyed by their staff identifier, with post, team and the budget
// their team spends (a finance entity), and its own root field (HR → plans).
const HR_SDL = `${LINK}
  ${described(D.ResponsibleParty!)}
  type ResponsibleParty @key(fields: "staffId") {
    ${described(D['ResponsibleParty.staffId']!)}
    staffId: String!
    post: String
    team: String
    budget: Budget
  }
  type Budget @key(fields: "code", resolvable: false) {
    code: String!
  }
  type Query {
    staffMember(staffId: String!): ResponsibleParty
  }`;
const STAFF: Record<string, { post: string; team: string; budget: string }> = {
  'HR-0042': { post: 'Head of School Improvement', team: 'Education Standards', budget: 'EDU-PH-2019' },
};

// The finance system: funding lines by budget code (plans → finance) and budgets by code,
// with its own root field (finance → plans through Budget.fundingLines).
const FINANCE_SDL = `${LINK}
  type FundingLine @key(fields: "budgetCode") {
    budgetCode: String
    actualSpend: Float
  }
  type Budget @key(fields: "code") {
    code: String!
    allocated: Float
    spent: Float
  }
  type Query {
    budgets: [Budget!]!
  }`;
const LEDGER: Record<string, { allocated: number; spent: number }> = { 'EDU-PH-2019': { allocated: 10000, spent: 3125.5 } };

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
  let lead: { id: string; name: string };
  let line: { id: string; text: string };
  let otherParty: { id: string; version: number } | undefined;
  /** What the HR subgraph was asked for, to see what the gateway sends for a null key. */
  const hrAsked: unknown[] = [];

  const services = () => [
    { name: 'plans', url: plans.subgraphUrl, typeDefs: parse(planSdl) },
    { name: 'hr', url: hr.url, typeDefs: parse(HR_SDL) },
    { name: 'finance', url: finance.url, typeDefs: parse(FINANCE_SDL) },
  ];

  beforeAll(async () => {
    plans = await database.start({ webhooks: false });
    // An integrator fills the identifiers the council documents do not carry, through the
    // API only: a seeded Plymouth action with a party and a money line.
    const editor = await testToken(['plymouth'], 'editor');
    const list = await plans.gql<any>(`{ actions(filter: { authorityCode: "plymouth" }, first: 500) { nodes { id version title parties { party { id version name } } funding { id version text } } } }`);
    const action = list.data.actions.nodes.find((a: any) => a.parties.length >= 2 && a.funding.length >= 1);
    expect(action).toBeDefined();
    leadActionId = action.id;
    const party = action.parties[0].party;
    lead = { id: party.id, name: party.name };
    otherParty = action.parties[1].party;
    const keyed = await plans.gqlAs<any>(editor, `mutation($i: UpdateResponsiblePartyInput!) { updateResponsibleParty(input: $i) { version staffId email } }`, {
      i: { id: party.id, expectedVersion: party.version, staffId: 'HR-0042', email: 'A.Officer@Plymouth.example' },
    });
    expect(keyed.errors).toBeUndefined();
    expect(keyed.data.updateResponsibleParty).toEqual({ version: party.version + 1, staffId: 'HR-0042', email: 'a.officer@plymouth.example' });
    const f = action.funding[0];
    line = { id: f.id, text: f.text };
    const coded = await plans.gqlAs<any>(editor, `mutation($i: UpdateActionInput!) { updateAction(input: $i) { funding { id budgetCode costCentre version } } }`, {
      i: { id: action.id, expectedVersion: action.version, funding: [{ id: f.id, expectedVersion: f.version, text: f.text, budgetCode: 'EDU-PH-2019', costCentre: 'CC-77' }] },
    });
    expect(coded.errors).toBeUndefined();
    expect(coded.data.updateAction.funding.find((x: any) => x.id === f.id)).toMatchObject({ budgetCode: 'EDU-PH-2019', costCentre: 'CC-77', version: f.version + 1 });

    hr = await startSubgraph(HR_SDL, {
      ResponsibleParty: {
        // A representation whose key is null (a party with no staff id) names nobody here: null.
        __resolveReference: (ref: { staffId: string | null }) => {
          hrAsked.push(ref);
          const staff = ref.staffId ? STAFF[ref.staffId] : undefined;
          return staff ? { staffId: ref.staffId, post: staff.post, team: staff.team, budget: { code: staff.budget } } : null;
        },
      },
      Query: { staffMember: (_: unknown, { staffId }: { staffId: string }) => (STAFF[staffId] ? { staffId, ...STAFF[staffId], budget: { code: STAFF[staffId]!.budget } } : null) },
    });
    finance = await startSubgraph(FINANCE_SDL, {
      FundingLine: {
        __resolveReference: (ref: { budgetCode: string | null }) => ({ budgetCode: ref.budgetCode, actualSpend: ref.budgetCode ? (LEDGER[ref.budgetCode]?.spent ?? null) : null }),
      },
      Budget: { __resolveReference: (ref: { code: string }) => (LEDGER[ref.code] ? { code: ref.code, ...LEDGER[ref.code] } : null) },
      Query: { budgets: () => Object.entries(LEDGER).map(([code, v]) => ({ code, ...v })) },
    });

    const sdlResponse = await post<{ _service: { sdl: string } }>(plans.subgraphUrl, '{ _service { sdl } }');
    planSdl = sdlResponse.data._service.sdl;
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([hr?.stop(), finance?.stop()]);
    await plans?.stop();
  });

  it('composes with an HR and a finance subgraph, both join directions, without errors or description conflicts', () => {
    const result = composeServices(services());
    expect(result.errors?.map((e) => e.message) ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('actualSpend');
    const hints = (result.hints ?? []).map((h) => `${h.definition.code}: ${h.message}`);
    expect(hints.filter((h) => h.startsWith('INCONSISTENT_DESCRIPTION'))).toEqual([]);
  });

  it('explains why finance → plans cannot go through FundingLine: a budget code is not a key of a funding line', () => {
    const financeWithLines = `${LINK}
      type FundingLine @key(fields: "budgetCode") { budgetCode: String actualSpend: Float }
      type Query { ledgerLines: [FundingLine!]! }`;
    const result = composeServices([services()[0]!, { name: 'finance', url: finance.url, typeDefs: parse(financeWithLines) }]);
    expect(result.errors?.[0]?.message).toContain('cannot move to subgraph "plans" using @key(fields: "id") of "FundingLine"');
  });

  it('answers one query across plans → HR → finance through a gateway, keys set through the API only', async () => {
    const composed = composeServices(services());
    const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl! }) });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    gateway = { url, stop: () => server.stop() };

    const { data, errors } = await post<any>(
      url,
      `query($id: ID!) {
        action(id: $id) {
          title
          parties { party { id name staffId post team budget { code allocated spent fundingLines { text budgetCode } } } }
          funding { text budgetCode costCentre actualSpend budget { code spent } }
        }
      }`,
      { id: leadActionId },
    );
    expect(errors).toBeUndefined();
    const keyedParty = data.action.parties.find((p: any) => p.party.id === lead.id).party;
    expect(keyedParty).toEqual({
      id: lead.id,
      name: lead.name,
      staffId: 'HR-0042',
      post: 'Head of School Improvement',
      team: 'Education Standards',
      // plans → HR → finance (allocated, spent) → plans again (the budget's funding lines)
      budget: { code: 'EDU-PH-2019', allocated: 10000, spent: 3125.5, fundingLines: [{ text: line.text, budgetCode: 'EDU-PH-2019' }] },
    });
    // A party with no staff id: the gateway sent {"__typename":"ResponsibleParty","staffId":null}, HR answered null.
    const unkeyed = data.action.parties.find((p: any) => p.party.id === otherParty!.id).party;
    expect(unkeyed).toMatchObject({ staffId: null, post: null, team: null, budget: null });
    expect(hrAsked).toContainEqual({ __typename: 'ResponsibleParty', staffId: null });
    expect(data.action.funding.find((f: any) => f.text === line.text)).toEqual({ text: line.text, budgetCode: 'EDU-PH-2019', costCentre: 'CC-77', actualSpend: 3125.5, budget: { code: 'EDU-PH-2019', spent: 3125.5 } });
  });

  it('joins the other way too: HR → plans by staff id, finance → plans through Budget', async () => {
    const fromHr = await post<any>(gateway.url, `{ staffMember(staffId: "HR-0042") { post name email } }`);
    expect(fromHr.errors).toBeUndefined();
    expect(fromHr.data.staffMember).toEqual({ post: 'Head of School Improvement', name: lead.name, email: 'a.officer@plymouth.example' });
    const fromFinance = await post<any>(gateway.url, `{ budgets { code spent fundingLines { text costCentre } } }`);
    expect(fromFinance.errors).toBeUndefined();
    expect(fromFinance.data.budgets).toEqual([{ code: 'EDU-PH-2019', spent: 3125.5, fundingLines: [{ text: line.text, costCentre: 'CC-77' }] }]);
  });

  it('validates keys: e-mail syntax, unique staff ids and e-mails (KEY_CONFLICT names the other party), sane codes', async () => {
    const editor = await testToken(['plymouth'], 'editor');
    const update = (input: Record<string, unknown>) => plans.gqlAs<any>(editor, `mutation($i: UpdateResponsiblePartyInput!) { updateResponsibleParty(input: $i) { staffId email } }`, { i: { id: otherParty!.id, expectedVersion: otherParty!.version, ...input } });
    const clash = await update({ staffId: 'HR-0042' });
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'KEY_CONFLICT', field: 'input.staffId', conflictsWith: lead.id });
    const emailClash = await update({ email: 'a.officer@PLYMOUTH.example' });
    expect(emailClash.errors?.[0]?.extensions).toMatchObject({ code: 'KEY_CONFLICT', field: 'input.email', conflictsWith: lead.id });
    for (const email of ['not-an-email', 'a@b', 'a b@example.org', 'a@@example.org', `${'x'.repeat(250)}@example.org`, 'a@example..org']) {
      const bad = await update({ email });
      expect(bad.errors?.[0]?.extensions, email).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    }
    for (const staffId of ['', ' HR-1', 'x'.repeat(65), 'HR\n1']) {
      const bad = await update({ staffId });
      expect(bad.errors?.[0]?.extensions, staffId).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.staffId' });
    }
    // Nothing was written by the refused updates: the version is unchanged.
    const ok = await update({ staffId: 'HR-0043', email: null });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateResponsibleParty).toEqual({ staffId: 'HR-0043', email: null });
    otherParty!.version++;
    // Another council's editor may not set them.
    const kent = await plans.gqlAs<any>(await testToken(['kent'], 'editor'), `mutation($i: UpdateResponsiblePartyInput!) { updateResponsibleParty(input: $i) { staffId } }`, { i: { id: lead.id, expectedVersion: 2, staffId: 'K-1' } });
    expect(kent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A bad budget code is refused with its path.
    const current = await plans.gql<any>(`query($id: ID!) { action(id: $id) { version } }`, { id: leadActionId });
    const badCode = await plans.gqlAs<any>(editor, `mutation($i: UpdateActionInput!) { updateAction(input: $i) { id } }`, {
      i: { id: leadActionId, expectedVersion: current.data.action.version, funding: [{ text: '£1', budgetCode: ' padded ' }] },
    });
    expect(badCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.funding.0.budgetCode' });
  });

  it('keys travel in the JSON export, and their changes are audited and in the change feed', async () => {
    const res = await plans.gql<any>(`query($id: ID!) { action(id: $id) { plan { export(format: JSON) } } }`, { id: leadActionId });
    const json = JSON.parse(res.data.action.plan.export);
    const text = JSON.stringify(json);
    expect(text).toContain('"budgetCode":"EDU-PH-2019"');
    expect(text).toContain('"costCentre":"CC-77"');
    expect(text).toContain('"staffId":"HR-0042"');
    const feed = await plans.gql<any>(`{ changes(first: 500, filter: { entityTypes: ["ResponsibleParty", "FundingLine"] }) { nodes { entity entityId kind version } } }`);
    expect(feed.data.changes.nodes).toEqual(
      expect.arrayContaining([
        { entity: 'ResponsibleParty', entityId: lead.id, kind: 'UPDATE', version: 2 },
        { entity: 'FundingLine', entityId: line.id, kind: 'UPDATE', version: expect.any(Number) },
      ]),
    );
  });

  it('answers null, not an error, for a representation whose key is null', async () => {
    const res = await post<any>(plans.subgraphUrl, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ResponsibleParty { name } ... on FundingLine { text } } }`, {
      r: [{ __typename: 'ResponsibleParty', staffId: null }, { __typename: 'ResponsibleParty', email: null }, { __typename: 'ResponsibleParty', staffId: 'HR-0042' }],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toEqual([null, null, { name: lead.name }]);
  });

  it('resolves entities by every key: id, code, slug, staff id, e-mail', async () => {
    const { data, errors } = await post<any>(
      plans.subgraphUrl,
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Authority { code } ... on Plan { slug } ... on ResponsibleParty { name } ... on Action { title } ... on Indicator { code } ... on Budget { code fundingLines { budgetCode } }
      } }`,
      {
        r: [
          { __typename: 'Authority', code: 'peterborough' },
          { __typename: 'Plan', slug: 'peterborough-education-action-plan-2019-20' },
          { __typename: 'ResponsibleParty', staffId: 'HR-0042' },
          { __typename: 'ResponsibleParty', email: 'A.Officer@plymouth.example' },
          { __typename: 'Budget', code: 'EDU-PH-2019' },
          { __typename: 'Action', id: leadActionId },
          { __typename: 'Plan', slug: 'no-such-plan' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { code: 'peterborough' },
      { slug: 'peterborough-education-action-plan-2019-20' },
      { name: lead.name },
      { name: lead.name },
      { code: 'EDU-PH-2019', fundingLines: [{ budgetCode: 'EDU-PH-2019' }] },
      { title: expect.any(String) },
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

  it('answers the same query with keys set by importing the plan\'s CSV export with its key columns filled', async () => {
    // The HR and finance systems know a new person and a new budget.
    // (Only for this test: the next database's suite reads the same objects.)
    STAFF['HR-0077'] = { post: 'Early Years Lead', team: 'Early Years', budget: 'EDU-EY-2020' };
    LEDGER['EDU-EY-2020'] = { allocated: 5000, spent: 1250 };
    onTestFinished(() => {
      delete STAFF['HR-0077'];
      delete LEDGER['EDU-EY-2020'];
    });
    const meta = await plans.gql<any>(`query($id: ID!) { action(id: $id) { title plan { slug } parties { party { name } } funding { text } } }`, { id: leadActionId });
    const { slug } = meta.data.action.plan;
    const exported = await exportPlan(plans, slug, 'CSV');
    // The seeded plan's first import (of its own export) moves each action's timescale into
    // its whole Timescale / Resources text, as the Plymouth layout imports it; its rows and
    // lists stay. After that, an import of the export changes only what the key cells say.
    const first = await importFile(plans, { council: 'plymouth', planSlug: slug, fileName: 'keys.csv', content: Buffer.from(exported) });
    expect(first).toMatchObject({ ok: true, created: 0, deleted: 0 });
    const sheet = await readRows(Buffer.from(exported), 'CSV', 'plan.csv');
    const [header, ...rows] = sheet.rows.map((r) => [...r.cells]);
    const col = (name: string) => header!.indexOf(name);
    const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
    const row = rows.find((r) => norm(r[col('Action')]!) === norm(meta.data.action.title))!;
    expect(row).toBeDefined();
    const other = meta.data.action.parties.map((p: any) => p.party.name).find((n: string) => n !== lead.name);
    // The export writes a party's keys in the first row naming it: the line is edited there
    // (or added to the action's own row when the party has no key yet).
    const keyed = rows.find((r) => r[col('Staff ID')]!.split('\n').some((l) => l.startsWith(`${other} =`)));
    if (keyed) keyed[col('Staff ID')] = keyed[col('Staff ID')]!.split('\n').map((l) => (l.startsWith(`${other} =`) ? `${other} = HR-0077` : l)).join('\n');
    else row[col('Staff ID')] = [row[col('Staff ID')], `${other} = HR-0077`].filter(Boolean).join('\n');
    row[col('Budget code')] = `${meta.data.action.funding[0].text} = EDU-EY-2020`;
    const report = await importFile(plans, { council: 'plymouth', planSlug: slug, fileName: 'keys.csv', content: csv([header!, ...rows]) });
    expect(report.problems).toEqual([]);
    // The key columns changed a party and a funding line, nothing else.
    expect(report).toMatchObject({ created: 0, deleted: 0, changeCount: 2 });

    const { data, errors } = await post<any>(
      gateway.url,
      `query($id: ID!) { action(id: $id) { parties { party { name staffId post team } } funding { text budgetCode actualSpend budget { code allocated spent } } } }`,
      { id: leadActionId },
    );
    expect(errors).toBeUndefined();
    expect(data.action.parties.map((p: any) => p.party)).toContainEqual({ name: other, staffId: 'HR-0077', post: 'Early Years Lead', team: 'Early Years' });
    expect(data.action.funding[0]).toEqual({ text: meta.data.action.funding[0].text, budgetCode: 'EDU-EY-2020', actualSpend: 1250, budget: { code: 'EDU-EY-2020', allocated: 5000, spent: 1250 } });
  });

  it('refuses a representation without any key with a clear error', async () => {
    const res = await post<any>(plans.subgraphUrl, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Plan { slug } } }`, { r: [{ __typename: 'Plan', title: 'x' }] });
    expect(res.errors?.[0].message).toContain('a Plan representation needs one of id, slug');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

