// Issue 16, input bounds: the write API (and the arguments of reads) refuse what the
// database cannot hold or should not store — an id past 2^31, a NUL, a lone surrogate,
// year 0000, a megabyte in an indexed column or in any text field, oversized lists,
// numbers out of range — with BAD_USER_INPUT naming the input path, and nothing changes
// (every plan touched is exported, and its history counted, before and after). Nested
// writes are set-based: the largest allowed list is a handful of statements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@council-plans/core';
import { databases, testToken, type GqlResult, type TestServer } from './support/servers';

const MB = 'x'.repeat(1024 * 1024);
const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const fieldOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.field;

const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id version } }`;
const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { id version milestones { id version text position } funding { id text } } }`;

describe.each(await databases())('Input bounds on $name', (database) => {
  let server: TestServer;
  let kent: string;
  let viewer: string;
  let pb: string;
  let ply: string;
  let worcs: string;
  const ids: Record<string, any> = {};

  /** Everything the attacks could touch: each plan's JSON export and history size. */
  const snapshot = async () => {
    const plans = await server.gqlAs(viewer, `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Plan { version export(format: JSON) history(first: 1) { totalCount } } } }`, { ids: ids.plans });
    expect(plans.errors).toBeUndefined();
    const count = await server.gqlAs(viewer, `{ plans(first: 500) { totalCount } }`);
    return { plans: plans.data.nodes, count: count.data.plans.totalCount };
  };

  beforeAll(async () => {
    server = await database.start();
    [kent, pb, ply, worcs] = await Promise.all([testToken(['kent']), testToken(['peterborough']), testToken(['plymouth']), testToken(['worcestershire'])]);
    viewer = await testToken(['kent', 'peterborough', 'plymouth', 'worcestershire'], 'viewer', 'bounds-viewer');
    const k = await server.gql(`{ kentActions { id version plan { id version } section { id version } kentOperationalAction { version } } }`);
    const op = k.data.kentActions.find((a: any) => a.kentOperationalAction && a.section);
    ids.kentAction = op;
    const series = await server.gql(`query($id: ID!) { node(id: $id) { ... on Plan { indicatorSeries { id } } } }`, { id: op.plan.id });
    ids.series = series.data.node.indicatorSeries[0]?.id ?? null;
    const p = await server.gql(`{ peterboroughActions(first: 1) { nodes { id plan { id } peterborough { version } } } }`);
    ids.pb = p.data.peterboroughActions.nodes[0];
    const y = await server.gql(`{ actions(filter: { authorityCode: "plymouth" }, first: 500) { nodes { id plan { id } plymouth { version } } } }`);
    ids.ply = y.data.actions.nodes.find((a: any) => a.plymouth);
    const w = await server.gql(`{ plans(filter: { authorityCode: "worcestershire" }, first: 50) { nodes { id risks { id worcestershire { version } } } } }`);
    const wp = w.data.plans.nodes.find((x: any) => x.risks.some((r: any) => r.worcestershire));
    ids.risk = wp ? { id: wp.risks.find((r: any) => r.worcestershire).id, planId: wp.id } : null;
    ids.plans = [...new Set([op.plan.id, ids.pb.plan.id, ids.ply.plan.id, ...(ids.risk ? [ids.risk.planId] : [])])];
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses every attack with BAD_USER_INPUT naming the field, changes nothing, and answers afterwards', async () => {
    const before = await snapshot();
    const a = ids.kentAction;
    const attacks: [token: string, query: string, variables: Record<string, unknown>, field: string][] = [
      // An id whose database part is past 2^31 (and a malformed one).
      [kent, UPDATE_ACTION, { input: { id: toGlobalId('Action', 2 ** 31), expectedVersion: a.version, title: 'x' } }, 'input.id'],
      [kent, UPDATE_ACTION, { input: { id: toGlobalId('Action', 2 ** 53), expectedVersion: a.version, title: 'x' } }, 'input.id'],
      [kent, UPDATE_ACTION, { input: { id: Buffer.from('Action:12abc').toString('base64url'), expectedVersion: a.version, title: 'x' } }, 'input.id'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, parties: [{ partyId: toGlobalId('ResponsibleParty', 2 ** 31 + 5), role: 'LEAD' }] } }, 'input.parties.0.partyId'],
      // A NUL byte, a lone surrogate.
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, title: 'before\u0000after' } }, 'input.title'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, milestones: [{ text: 'fine' }, { text: 'fine' }, { text: 'fine' }, { text: 'half a pair \uD83D here' }] } }, 'input.milestones.3.text'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, description: '\uDE00 trailing half' } }, 'input.description'],
      // Year 0000 and dates outside 1900–2200.
      [kent, `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }`, { input: { id: a.plan.id, expectedVersion: a.plan.version, periodStart: '0000-01-01' } }, 'input.periodStart'],
      [kent, `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }`, { input: { id: a.plan.id, expectedVersion: a.plan.version, periodEnd: '2201-01-01' } }, 'input.periodEnd'],
      [kent, `mutation($input: RecordProgressInput!) { recordProgress(input: $input) { id } }`, { input: { actionId: a.id, expectedVersion: a.version, narrative: 'ok', recordedOn: '1899-12-31' } }, 'input.recordedOn'],
      // A megabyte in indexed columns (plan title and slug, action title and code).
      [kent, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { authorityCode: 'kent', slug: `a${'-b'.repeat(300_000)}`, title: 'ok' } }, 'input.slug'],
      [kent, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { authorityCode: 'kent', slug: 'kent-one-mb', title: MB } }, 'input.title'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, title: MB } }, 'input.title'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, code: MB } }, 'input.code'],
      // … and in a dozen text fields, core's and plugins'.
      [kent, `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }`, { input: { id: a.plan.id, expectedVersion: a.plan.version, purpose: MB } }, 'input.purpose'],
      [kent, `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }`, { input: { id: a.plan.id, expectedVersion: a.plan.version, context: MB } }, 'input.context'],
      [kent, `mutation($input: UpdateSectionInput!) { updateSection(input: $input) { id } }`, { input: { id: a.section.id, expectedVersion: a.section.version, description: MB } }, 'input.description'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, description: MB } }, 'input.description'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, resourcesText: MB } }, 'input.resourcesText'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, timescaleText: MB } }, 'input.timescaleText'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, funding: [{ text: '£5', fundingSource: MB }] } }, 'input.funding.0.fundingSource'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, milestones: [{ text: 'ok', timescaleText: MB }] } }, 'input.milestones.0.timescaleText'],
      [kent, `mutation($input: RecordProgressInput!) { recordProgress(input: $input) { id } }`, { input: { actionId: a.id, expectedVersion: a.version, narrative: MB } }, 'input.narrative'],
      [kent, `mutation($input: KentOperationalActionInput!) { kentUpdateOperationalAction(input: $input) { id } }`, { input: { actionId: a.id, expectedVersion: a.kentOperationalAction.version, note: MB } }, 'input.note'],
      [kent, `mutation($input: KentOperationalActionInput!) { kentUpdateOperationalAction(input: $input) { id } }`, { input: { actionId: a.id, expectedVersion: a.kentOperationalAction.version, deliverables: ['ok', MB] } }, 'input.deliverables.1'],
      [pb, `mutation($input: PeterboroughRowInput!) { peterboroughUpdateRow(input: $input) { id } }`, { input: { actionId: ids.pb.id, expectedVersion: ids.pb.peterborough.version, ragProgress: MB } }, 'input.ragProgress'],
      [ply, `mutation($input: PlymouthOversightInput!) { plymouthUpdateOversight(input: $input) { id } }`, { input: { actionId: ids.ply.id, expectedVersion: ids.ply.plymouth.version, evaluation: MB } }, 'input.evaluation'],
      // Lists past 500 items; numbers out of range.
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, milestones: Array.from({ length: 501 }, (_, i) => ({ text: `m${i}` })) } }, 'input.milestones'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, position: -1 } }, 'input.position'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: 0, title: 'x' } }, 'input.expectedVersion'],
      [kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, funding: [{ text: 'A lot', amount: 1e15 }] } }, 'input.funding.0.amount'],
    ];
    if (ids.series) {
      attacks.push([kent, `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { id } }`, { input: { seriesId: ids.series, kind: 'ACTUAL', valueText: MB } }, 'input.valueText']);
    }
    if (ids.risk) {
      attacks.push([worcs, `mutation($input: WorcestershireRiskAssessmentInput!) { worcestershireAssessRisk(input: $input) { id } }`, { input: { riskId: ids.risk.id, expectedVersion: 1, howManaged: MB } }, 'input.howManaged']);
    }
    for (const [token, query, variables, field] of attacks) {
      const r = await server.gqlAs(token, query, variables);
      expect([codeOf(r), fieldOf(r)], `${field}: ${r.errors?.[0]?.message?.slice(0, 200)}`).toEqual(['BAD_USER_INPUT', field]);
      expect(r.data ?? null).toBeNull();
      // A short message: no library source, no SQL, not the megabyte sent back.
      expect(r.errors![0]!.message.length).toBeLessThan(300);
    }
    expect(await snapshot()).toEqual(before);
    // The server still answers, and a write within the bounds goes through.
    const ok = await server.gqlAs(kent, UPDATE_ACTION, { input: { id: a.id, expectedVersion: a.version, description: 'y'.repeat(20_000) } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateAction.version).toBe(a.version + 1);
  });

  it('reads answer an id past 2^31 as nothing (look-ups: node, plan) or BAD_USER_INPUT (filters, forged cursors), never a database error', async () => {
    const big = toGlobalId('Plan', 2 ** 31);
    const r = await server.gql(`query($id: ID!) { node(id: $id) { id } nodes(ids: [$id, "Tm90IGFuIGlk"]) { id } }`, { id: big });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ node: null, nodes: [null, null] });
    // A look-up answers null for an id that names nothing it can return (issue 20, docs/clients.md "Ids").
    const typed = await server.gql(`query($id: ID!) { plan(id: $id) { id } }`, { id: big });
    expect(typed).toMatchObject({ data: { plan: null } });
    expect(typed.errors).toBeUndefined();
    const filtered = await server.gql(`query($id: ID!) { actions(filter: { planId: $id }) { totalCount } }`, { id: big });
    expect([codeOf(filtered), fieldOf(filtered)]).toEqual(['BAD_USER_INPUT', 'filter.planId']);
    const cursor = Buffer.from(JSON.stringify(['Plan', 'id', 'ASC', null, 2 ** 40])).toString('base64url');
    const page = await server.gql(`query($after: String!) { plans(first: 2, after: $after) { nodes { id } } }`, { after: cursor });
    expect([codeOf(page), fieldOf(page)]).toEqual(['BAD_USER_INPUT', 'after']);
    const nul = await server.gql(`query($slug: String!) { plan(slug: $slug) { id } }`, { slug: 'a\u0000b' });
    expect([codeOf(nul), fieldOf(nul)]).toEqual(['BAD_USER_INPUT', 'slug']);
    const due = await server.gql(`{ actions(first: 1, filter: { due: { from: "0000-01-01", to: "2020-01-01" } }) { totalCount } }`);
    expect(codeOf(due)).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect((await server.gql(`{ plans(first: 1) { totalCount } }`)).errors).toBeUndefined();
  });

  it('documents the bounds in the schema', async () => {
    const r = await server.gql(`{ __type(name: "UpdateActionInput") { inputFields { name description } } }`);
    const d = Object.fromEntries(r.data.__type.inputFields.map((f: any) => [f.name, f.description]));
    expect(d.title).toContain('At most 800 characters.');
    expect(d.description).toContain('At most 20000 characters.');
    expect(d.milestones).toContain('At most 500 items.');
    expect(d.position).toContain('From 0 to 100000.');
  });

  it('writes a maximal nested list set-based: 500 milestones and 500 money lines in a few statements, and removes them the same way', async () => {
    const plan = ids.kentAction.plan.id;
    const milestones = Array.from({ length: 500 }, (_, i) => ({ text: `Milestone ${i}`, timescaleText: i % 2 ? 'Autumn 2026' : null }));
    const funding = Array.from({ length: 500 }, (_, i) => ({ text: `£${i + 1}`, fundingSource: 'DSG' }));
    const started = performance.now();
    const created = await server.gqlAs(kent, CREATE_ACTION, { input: { planId: plan, title: 'A plan’s worth of milestones', milestones, funding } });
    const took = performance.now() - started;
    expect(created.errors).toBeUndefined();
    const action = created.data.createAction;
    expect(action.milestones.map((m: any) => m.text)).toEqual(milestones.map((m) => m.text));
    expect(action.milestones.map((m: any) => m.position)).toEqual(milestones.map((_, i) => i));
    expect(action.funding).toHaveLength(500);
    // One INSERT per table (plus the audit rows, the structured-value refresh and the reads):
    // the count does not grow with the list.
    expect(created.statements).toBeLessThan(60);
    console.log(`${database.name}: createAction with 500 milestones and 500 money lines: ${took.toFixed(0)} ms, ${created.statements} statements`);
    const history = await server.gqlAs(kent, `query($id: ID!) { action(id: $id) { history(first: 1) { totalCount } } }`, { id: action.id });
    expect(history.data.action.history.totalCount).toBe(1001);

    const remove = action.milestones.map((m: any) => ({ id: m.id, expectedVersion: m.version }));
    const t2 = performance.now();
    const removed = await server.gqlAs(kent, `mutation($input: UpdateActionInput!) { updateAction(input: $input) { version milestones { id } } }`, { input: { id: action.id, expectedVersion: action.version, removeMilestones: remove } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.updateAction.milestones).toEqual([]);
    expect(removed.statements).toBeLessThan(40);
    console.log(`${database.name}: updateAction removing 500 milestones: ${(performance.now() - t2).toFixed(0)} ms, ${removed.statements} statements`);

    // 1,000 milestones is over the bound: refused before anything is written.
    const before = await server.gqlAs(viewer, `query($id: ID!) { node(id: $id) { ... on Plan { actions { id } } } }`, { id: plan });
    const tooMany = await server.gqlAs(kent, CREATE_ACTION, { input: { planId: plan, title: 'Too many', milestones: [...milestones, ...milestones] } });
    expect([codeOf(tooMany), fieldOf(tooMany)]).toEqual(['BAD_USER_INPUT', 'input.milestones']);
    expect(await server.gqlAs(viewer, `query($id: ID!) { node(id: $id) { ... on Plan { actions { id } } } }`, { id: plan })).toEqual(before);
  });

  it('refuses a stale version in a set-based removal, naming the row, and removes nothing', async () => {
    const made = await server.gqlAs(kent, CREATE_ACTION, { input: { planId: ids.kentAction.plan.id, title: 'Two milestones', milestones: [{ text: 'one' }, { text: 'two' }] } });
    const action = made.data.createAction;
    const [one, two] = action.milestones;
    const changed = await server.gqlAs(kent, UPDATE_ACTION, { input: { id: action.id, expectedVersion: action.version, milestones: [{ id: two.id, expectedVersion: 1, text: 'two, changed' }] } });
    expect(changed.errors).toBeUndefined();
    const stale = await server.gqlAs(kent, UPDATE_ACTION, {
      input: { id: action.id, expectedVersion: changed.data.updateAction.version, removeMilestones: [{ id: one.id, expectedVersion: 1 }, { id: two.id, expectedVersion: 1 }] },
    });
    expect([codeOf(stale), fieldOf(stale)]).toEqual(['VERSION_CONFLICT', 'input.removeMilestones.1.expectedVersion']);
    const after = await server.gqlAs(kent, `query($id: ID!) { action(id: $id) { milestones { text } } }`, { id: action.id });
    expect(after.data.action.milestones).toEqual([{ text: 'one' }, { text: 'two, changed' }]);
  });
});
