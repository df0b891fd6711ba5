// Issue 16, hidden drafts in writes: to an editor of another council a draft does not
// exist, so every write naming it (or a row inside it: a section, an action, a money line,
// a milestone) is answered exactly as an id that names nothing — NOT_FOUND with the same
// message and field — and changes nothing. A published plan of another council is still
// FORBIDDEN.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '@council-plans/core';
import { databases, testToken, type GqlResult, type TestServer } from './support/servers';

/** A free id of the same type as `id` (a database id no row has). */
const freeId = (id: string) => toGlobalId(fromGlobalId(id)!.type, 2_000_000_000);

/** The error as a caller sees it, with the id it named replaced by a placeholder. */
const answer = (r: GqlResult<unknown>, id: string) => {
  const e = r.errors?.[0];
  return { data: r.data ?? null, code: e?.extensions?.code, field: e?.extensions?.field, message: e?.message.split(id).join('<id>').split(String(fromGlobalId(id)!.id)).join('<n>') };
};

describe.each(await databases())('Writes to a hidden draft on $name', (database) => {
  let server: TestServer;
  let kent: string;
  let plymouth: string;
  const draft: Record<string, any> = {};
  let own: { planId: string; action: { id: string; version: number } };

  const readDraft = async () => (await server.gqlAs(kent, `query($id: ID!) { node(id: $id) { ... on Plan { version export(format: JSON) history(first: 1) { totalCount } } } }`, { id: draft.planId })).data.node;

  beforeAll(async () => {
    server = await database.start();
    [kent, plymouth] = await Promise.all([testToken(['kent']), testToken(['plymouth'])]);
    const plan = await server.gqlAs(kent, `mutation { createPlan(input: { authorityCode: "kent", slug: "kent-secret-draft", title: "A secret draft" }) { id version } }`);
    draft.planId = plan.data.createPlan.id;
    draft.planVersion = plan.data.createPlan.version;
    const section = await server.gqlAs(kent, `mutation($p: ID!) { createSection(input: { planId: $p, kind: PRIORITY, title: "Secret priority" }) { id version } }`, { p: draft.planId });
    draft.section = section.data.createSection;
    const action = await server.gqlAs(kent, `mutation($p: ID!, $s: ID!) { createAction(input: { planId: $p, sectionId: $s, title: "Secret action", funding: [{ text: "£100" }], milestones: [{ text: "Secret milestone" }] }) { id version funding { id version } milestones { id version } } }`, { p: draft.planId, s: draft.section.id });
    expect(action.errors).toBeUndefined();
    draft.action = action.data.createAction;
    const mine = await server.gqlAs(plymouth, `{ actions(first: 1, filter: { authorityCode: "plymouth" }) { nodes { id version plan { id } } } }`);
    const a = mine.data.actions.nodes[0];
    own = { planId: a.plan.id, action: { id: a.id, version: a.version } };
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("answers another council's draft, and every row in it, exactly as a free id, and changes nothing", async () => {
    const before = await readDraft();
    // [mutation, variables naming a row of the draft, the id in them]
    const d = draft;
    const cases: [string, (id: string) => Record<string, unknown>, string][] = [
      [`mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }`, (id) => ({ input: { id, expectedVersion: d.planVersion, title: 'taken' } }), d.planId],
      [`mutation($input: VersionedIdInput!) { publishPlan(input: $input) { id } }`, (id) => ({ input: { id, expectedVersion: d.planVersion } }), d.planId],
      [`mutation($input: VersionedIdInput!) { archivePlan(input: $input) { id } }`, (id) => ({ input: { id, expectedVersion: d.planVersion } }), d.planId],
      [`mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }`, (id) => ({ input: { planId: id, kind: 'THEME', title: 'in' } }), d.planId],
      [`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, (id) => ({ input: { planId: id, title: 'in' } }), d.planId],
      [`mutation($input: UpdateSectionInput!) { updateSection(input: $input) { id } }`, (id) => ({ input: { id, expectedVersion: d.section.version, title: 'renamed' } }), d.section.id],
      [`mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, (id) => ({ input: { id, expectedVersion: d.action.version, title: 'renamed' } }), d.action.id],
      [`mutation($input: RecordProgressInput!) { recordProgress(input: $input) { id } }`, (id) => ({ input: { actionId: id, expectedVersion: d.action.version, narrative: 'seen it' } }), d.action.id],
      [`mutation($input: PlymouthOversightInput!) { plymouthUpdateOversight(input: $input) { id } }`, (id) => ({ input: { actionId: id, expectedVersion: 1, evaluation: 'x' } }), d.action.id],
      // Nested: rows of the draft named inside a write to the caller's own action or plan.
      [`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, (id) => ({ input: { planId: own.planId, sectionId: id, title: 'misplaced' } }), d.section.id],
      [`mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, (id) => ({ input: { id: own.action.id, expectedVersion: own.action.version, funding: [{ id, expectedVersion: 1, text: '£0' }] } }), d.action.funding[0].id],
      [`mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, (id) => ({ input: { id: own.action.id, expectedVersion: own.action.version, milestones: [{ id, expectedVersion: 1, text: 'x' }] } }), d.action.milestones[0].id],
      [`mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, (id) => ({ input: { id: own.action.id, expectedVersion: own.action.version, removeMilestones: [{ id, expectedVersion: 1 }] } }), d.action.milestones[0].id],
      [`mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, (id) => ({ input: { id: own.action.id, expectedVersion: own.action.version, removeFunding: [{ id, expectedVersion: 1 }] } }), d.action.funding[0].id],
    ];
    for (const [query, variables, id] of cases) {
      const hidden = await server.gqlAs(plymouth, query, variables(id));
      const free = freeId(id);
      const missing = await server.gqlAs(plymouth, query, variables(free));
      expect(answer(hidden, id), query).toEqual(answer(missing, free));
      expect(answer(hidden, id).code, query).toBe('NOT_FOUND');
    }
    expect(await readDraft()).toEqual(before);
    // Its own council writes it; a published plan of another council is still FORBIDDEN.
    const renamed = await server.gqlAs(kent, `mutation($input: UpdateSectionInput!) { updateSection(input: $input) { title } }`, { input: { id: d.section.id, expectedVersion: d.section.version, title: 'Renamed by Kent' } });
    expect(renamed.data.updateSection).toEqual({ title: 'Renamed by Kent' });
    const published = await server.gqlAs(plymouth, `query { kentActions { id version } }`);
    const k = published.data.kentActions[0];
    const forbidden = await server.gqlAs(plymouth, `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, { input: { id: k.id, expectedVersion: k.version, title: 'x' } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
