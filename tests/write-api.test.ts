// The write API over HTTP on both databases: bearer tokens and per-council access,
// drafts hidden from everyone outside their council, optimistic versions under
// concurrency, the audit trail, and bad input refused with nothing changed (every refusal
// is checked by reading the database back through GraphQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@council-plans/core';
import { mintToken, type AuthConfig } from '@council-plans/server';
import { databases, post, type GqlResult, type TestServer } from './support/servers';

const auth: AuthConfig = { secret: 'a-test-secret-of-at-least-32-characters!', source: 'test' };

type Role = 'viewer' | 'editor' | 'admin';
const token = (councils: string[], role: Role, subject = `${councils.join('+')}-${role}`) =>
  mintToken(auth, { subject, name: `Test ${subject}`, councils, role, expires: '1h' });

const call = <T = any>(url: string, bearer: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> =>
  post<T>(url, query, variables, bearer ?? undefined);

const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const fieldOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.field;

const ACTION_STATE = `query($id: ID!) { action(id: $id) { id version title ragStatus timescaleText
  parties { role party { id } } funding { id version text amount } milestones { id text } progressUpdates { narrative }
  history(first: 500) { totalCount } } }`;

const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id version title ragStatus timescaleText
  funding { id version text amount } parties { role party { id name } } } }`;

describe.each(await databases())('write API on $name', (database) => {
  let server: TestServer;
  let kentEditor: string;
  let kentViewer: string;
  let plymouthEditor: string;
  let kentAction: { id: string; version: number; planId: string };
  let plymouthAction: { id: string; version: number; partyId: string; fundingId: string | null };
  let kentPartyId: string;

  const as = <T = any>(bearer: string | null, query: string, variables?: Record<string, unknown>) => call<T>(server.url, bearer, query, variables);
  const readAction = async (id: string, bearer: string | null = kentEditor) => {
    const r = await as(bearer, ACTION_STATE, { id });
    expect(r.errors).toBeUndefined();
    return r.data.action;
  };

  beforeAll(async () => {
    server = await database.start({ auth });
    [kentEditor, kentViewer, plymouthEditor] = await Promise.all([token(['kent'], 'editor'), token(['kent'], 'viewer'), token(['plymouth'], 'editor')]);
    const kent = await server.gql(`{ kentActions { id version plan { id } parties { party { id } } } }`);
    const k = kent.data.kentActions.find((a: any) => a.parties.length > 0);
    kentAction = { id: k.id, version: k.version, planId: k.plan.id };
    kentPartyId = k.parties[0].party.id;
    const ply = await server.gql(`{ actions(filter: { authorityCode: "plymouth" }, first: 500) { nodes { id version parties { party { id } } funding { id } } } }`);
    const p = ply.data.actions.nodes.find((a: any) => a.parties.length > 0 && a.funding.length > 0) ?? ply.data.actions.nodes.find((a: any) => a.parties.length > 0);
    plymouthAction = { id: p.id, version: p.version, partyId: p.parties[0].party.id, fundingId: p.funding[0]?.id ?? null };
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses a bad or expired token with 401 UNAUTHENTICATED, and a write without a token', async () => {
    const bad = await as('not-a-jwt', '{ authorities { code } }');
    expect(bad.status).toBe(401);
    expect(codeOf(bad)).toBe('UNAUTHENTICATED');
    const expired = await mintToken(auth, { subject: 'x', councils: ['kent'], role: 'editor', expires: '-1m' });
    const old = await as(expired, '{ authorities { code } }');
    expect(old.status).toBe(401);
    expect(old.errors?.[0]?.message).toMatch(/expired/);
    const forged = await mintToken({ secret: 'another-secret-of-at-least-32-characters', source: 'x' }, { subject: 'x', councils: ['plymouth'], role: 'admin', expires: '1h' });
    expect((await as(forged, '{ authorities { code } }')).status).toBe(401);

    const anonymous = await as(null, UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: kentAction.version, title: 'anonymous' } });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(200);
    const viewer = await as(kentViewer, UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: kentAction.version, title: 'viewer' } });
    expect(codeOf(viewer)).toBe('FORBIDDEN');
    const after = await readAction(kentAction.id);
    expect(after.version).toBe(kentAction.version);
    expect(after.title).not.toMatch(/^(anonymous|viewer)$/);
  });

  it('hides a draft from everyone outside its council, wherever it could be reached', async () => {
    const created = await as(kentEditor, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id slug status version } }`, {
      input: { authorityCode: 'kent', slug: 'kent-draft-plan-zebrafish', title: 'Zebrafish draft plan', periodStart: '2026-09-01', periodEnd: '2027-08-31' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createPlan).toMatchObject({ status: 'DRAFT', version: 1 });
    const plan = created.data.createPlan;
    const action = await as(kentEditor, `mutation($input: CreateActionInput!) { createAction(input: $input) { id version plan { id } } }`, {
      input: { planId: plan.id, title: 'Zebrafish phonics action', timescaleText: 'Autumn 2026', funding: [{ text: '£1,000', amount: 1000 }] },
    });
    expect(action.errors).toBeUndefined();
    const actionId = action.data.createAction.id;

    const reads = `query($id: ID!, $actionId: ID!) {
      bySlug: plan(slug: "kent-draft-plan-zebrafish") { id }
      nested: plan(slug: "kent-draft-plan-zebrafish") { id sections { id } actions { id funding { text } } }
      nestedList: plans(first: 500, filter: { authorityCode: "kent" }) { nodes { slug actions { title funding { text } } } }
      nestedActions: actions(first: 500, filter: { planId: $id }) { nodes { id funding { text } plan { slug } } }
      byId: plan(id: $id) { id }
      node(id: $id) { id }
      nodes(ids: [$id, $actionId]) { id }
      action(id: $actionId) { id }
      plans(first: 500, filter: { authorityCode: "kent" }) { totalCount nodes { slug } }
      actions(first: 500, filter: { planId: $id }) { totalCount nodes { id } }
      kentActions(filter: { planSlug: "kent-draft-plan-zebrafish" }) { id }
      search(query: "zebrafish") { node { ... on Plan { id } ... on Action { id } } }
    }`;
    for (const bearer of [null, plymouthEditor]) {
      const r = await as(bearer, reads, { id: plan.id, actionId });
      expect(r.errors).toBeUndefined();
      expect(r.data).toMatchObject({ bySlug: null, nested: null, byId: null, node: null, nodes: [null, null], action: null, kentActions: [], search: [] });
      // The nested forms take the one-statement read path (prefetch.ts): hidden there too.
      expect(r.data.nestedList.nodes.map((p: any) => p.slug)).not.toContain('kent-draft-plan-zebrafish');
      expect(JSON.stringify(r.data.nestedList)).not.toContain('Zebrafish');
      expect(r.data.nestedActions.nodes).toEqual([]);
      expect(r.data.plans.nodes.map((p: any) => p.slug)).not.toContain('kent-draft-plan-zebrafish');
      expect(r.data.actions).toEqual({ totalCount: 0, nodes: [] });
    }
    // Its council's viewers see it everywhere.
    const own = await as(kentViewer, reads, { id: plan.id, actionId });
    expect(own.errors).toBeUndefined();
    expect(own.data.bySlug).toEqual({ id: plan.id });
    expect(own.data.nested.actions).toEqual([{ id: actionId, funding: [{ text: '£1,000' }] }]);
    expect(own.data.nestedActions.nodes).toEqual([{ id: actionId, funding: [{ text: '£1,000' }], plan: { slug: 'kent-draft-plan-zebrafish' } }]);
    expect(own.data.nodes).toEqual([{ id: plan.id }, { id: actionId }]);
    expect(own.data.actions.totalCount).toBe(1);
    expect(own.data.search.length).toBeGreaterThan(0);

    // Nested: the draft's funding line is not reachable through the federation subgraph either.
    const entities = await fetch(server.subgraphUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Plan { id } } }`, variables: { r: [{ __typename: 'Plan', slug: 'kent-draft-plan-zebrafish' }] } }),
    }).then((r) => r.json() as Promise<any>);
    expect(entities.data._entities).toEqual([null]);

    // Published, anyone reads it.
    const published = await as(kentEditor, `mutation($input: VersionedIdInput!) { publishPlan(input: $input) { status version } }`, { input: { id: plan.id, expectedVersion: 1 } });
    expect(published.data.publishPlan).toEqual({ status: 'PUBLISHED', version: 2 });
    const anon = await as(null, reads, { id: plan.id, actionId });
    expect(anon.data.bySlug).toEqual({ id: plan.id });
    expect(anon.data.action).toEqual({ id: actionId });
  });

  it("refuses a Kent editor every change to Plymouth's plan, direct and nested, and changes nothing", async () => {
    const plymouthBefore = await readAction(plymouthAction.id, plymouthEditor);
    const kentBefore = await readAction(kentAction.id);
    const attempts: [string, Record<string, unknown>][] = [
      [UPDATE_ACTION, { input: { id: plymouthAction.id, expectedVersion: plymouthAction.version, title: 'taken over by Kent' } }],
      [`mutation($input: RecordProgressInput!) { recordProgress(input: $input) { id } }`, { input: { actionId: plymouthAction.id, expectedVersion: plymouthAction.version, narrative: 'Kent was here', ragStatus: 'RED' } }],
      // Nested: Kent's own action, naming Plymouth's party …
      [UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: kentAction.version, title: 'nested party', parties: [{ partyId: plymouthAction.partyId, role: 'LEAD' }] } }],
      // … and creating an action in Plymouth's plan.
      [`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, { input: { planId: (await server.gql(`query($id: ID!) { action(id: $id) { plan { id } } }`, { id: plymouthAction.id })).data.action.plan.id, title: 'Kent action in Plymouth' } }],
      // A plugin mutation.
      [`mutation($input: PlymouthOversightInput!) { plymouthUpdateOversight(input: $input) { id } }`, { input: { actionId: plymouthAction.id, expectedVersion: 1, evaluation: 'Kent' } }],
    ];
    if (plymouthAction.fundingId) {
      // Nested: a Plymouth money line changed through Kent's action.
      attempts.push([UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: kentAction.version, funding: [{ id: plymouthAction.fundingId, expectedVersion: 1, text: '£0' }] } }]);
    }
    for (const [query, variables] of attempts) {
      const r = await as(kentEditor, query, variables);
      expect(codeOf(r), JSON.stringify(variables)).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    expect(await readAction(plymouthAction.id, plymouthEditor)).toEqual(plymouthBefore);
    expect(await readAction(kentAction.id)).toEqual(kentBefore);
    const row = await server.gql(`query($id: ID!) { action(id: $id) { plymouth { evaluation version } } }`, { id: plymouthAction.id });
    expect(row.data.action.plymouth.version).toBe(1);
    // Plymouth's own editor may.
    const ok = await as(plymouthEditor, `mutation($input: PlymouthOversightInput!) { plymouthUpdateOversight(input: $input) { evaluation version } }`, {
      input: { actionId: plymouthAction.id, expectedVersion: 1, evaluation: 'Plymouth Education Board' },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.plymouthUpdateOversight).toEqual({ evaluation: 'Plymouth Education Board', version: 2 });
  });

  it('rejects a stale version with VERSION_CONFLICT and keeps the newer data', async () => {
    const start = await readAction(kentAction.id);
    const first = await as(kentEditor, UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: start.version, timescaleText: 'Spring 2027' } });
    expect(first.errors).toBeUndefined();
    expect(first.data.updateAction.version).toBe(start.version + 1);
    const stale = await as(kentEditor, UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: start.version, timescaleText: 'Summer 2027' } });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ expectedVersion: start.version, currentVersion: start.version + 1, field: 'input.expectedVersion' });
    const after = await readAction(kentAction.id);
    expect(after.timescaleText).toBe('Spring 2027');
    expect(after.version).toBe(start.version + 1);
    expect(after.history.totalCount).toBe(start.history.totalCount + 1);
  });

  it('ends fifty concurrent updates of one action with each one applied in the history or refused with a conflict, never lost', async () => {
    const clients = await Promise.all(Array.from({ length: 50 }, (_, i) => token(['kent'], 'editor', `client-${i}`)));
    const start = await readAction(kentAction.id);
    const results = await Promise.all(
      clients.map(async (bearer, i) => {
        // Half send the version they read at the start, half read it again first: both kinds race.
        const version = i % 2 ? (await readAction(kentAction.id, bearer)).version : start.version;
        const r = await as(bearer, UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: version, title: `Concurrent title ${i}` } });
        return { i, r };
      }),
    );
    const applied = results.filter(({ r }) => !r.errors);
    const refused = results.filter(({ r }) => r.errors);
    expect(applied.length).toBeGreaterThan(0);
    for (const { r } of refused) expect(codeOf(r)).toBe('VERSION_CONFLICT');
    expect(applied.length + refused.length).toBe(50);

    const after = await readAction(kentAction.id);
    expect(after.version).toBe(start.version + applied.length);
    const history = await as(kentEditor, `query($id: ID!) { action(id: $id) { history(first: 500) { nodes { entity operation actorSubject after } } } }`, { id: kentAction.id });
    const events = history.data.action.history.nodes.filter((e: any) => e.entity === 'Action' && /^Concurrent title/.test(e.after.title));
    // Every applied update is in the history, under its client's name, with the version it made.
    expect(events.map((e: any) => e.actorSubject).sort()).toEqual(applied.map(({ i }) => `client-${i}`).sort());
    expect(new Set(events.map((e: any) => e.after.version)).size).toBe(applied.length);
    // The last one applied is what the action says now.
    expect(after.title).toBe(events[0].after.title);
    expect(events.map((e: any) => e.after.version)).toEqual([...events.map((e: any) => e.after.version)].sort((a: number, b: number) => b - a));
  });

  it('refuses bad input with a stable code and the field path, changing nothing', async () => {
    const before = await readAction(kentAction.id);
    const v = before.version;
    const cases: [string, string, Record<string, unknown>, string, string][] = [
      ['unknown id', UPDATE_ACTION, { input: { id: toGlobalId('Action', 999999), expectedVersion: 1, title: 'x' } }, 'NOT_FOUND', 'input.id'],
      ['not an id', UPDATE_ACTION, { input: { id: 'nonsense!', expectedVersion: 1, title: 'x' } }, 'BAD_USER_INPUT', 'input.id'],
      ['id of another type', UPDATE_ACTION, { input: { id: kentAction.planId, expectedVersion: 1, title: 'x' } }, 'BAD_USER_INPUT', 'input.id'],
      ['unknown nested id', UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: v, title: 'changed', parties: [{ partyId: toGlobalId('ResponsibleParty', 999999), role: 'LEAD' }] } }, 'NOT_FOUND', 'input.parties.0.partyId'],
      ['negative money', UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: v, title: 'changed', funding: [{ text: '£10' , amount: 10 }, { text: 'minus £5', amount: -5 }] } }, 'BAD_USER_INPUT', 'input.funding.1.amount'],
      ['empty required text', UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: v, title: '   ' } }, 'BAD_USER_INPUT', 'input.title'],
      ['an enum value that does not exist', UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: v, ragStatus: 'PURPLE' } }, 'BAD_USER_INPUT', 'input.ragStatus'],
      ['a missing required field', UPDATE_ACTION, { input: { id: kentAction.id, title: 'no version' } }, 'BAD_USER_INPUT', 'input.expectedVersion'],
      ['a bad date', `mutation($input: RecordProgressInput!) { recordProgress(input: $input) { id } }`, { input: { actionId: kentAction.id, expectedVersion: v, narrative: 'n', recordedOn: '2026-02-30' } }, 'BAD_USER_INPUT', 'input.recordedOn'],
      ['a nested bad date', `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { authorityCode: 'kent', slug: 'kent-bad-dates', title: 't', periodStart: '2027-01-01', periodEnd: '2026-01-01' } }, 'BAD_USER_INPUT', 'input.periodEnd'],
      ['an unknown authority', `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { authorityCode: 'atlantis', slug: 'atlantis-plan', title: 't' } }, 'NOT_FOUND', 'input.authorityCode'],
    ];
    for (const [what, query, variables, code, field] of cases) {
      const r = await as(kentEditor, query, variables);
      expect(codeOf(r), what).toBe(code);
      expect(fieldOf(r), what).toBe(field);
      expect(r.data?.updateAction ?? null, what).toBeNull();
    }
    expect(await readAction(kentAction.id)).toEqual(before);
    const plans = await as(kentEditor, `{ plans(first: 500) { nodes { slug } } }`);
    expect(plans.data.plans.nodes.map((p: any) => p.slug)).not.toContain('kent-bad-dates');
  });

  it('records who changed what and when, and answers "as of" an instant', async () => {
    const before = await readAction(kentAction.id);
    const beforeTitle = before.title;
    const t0 = new Date();
    await new Promise((r) => setTimeout(r, 20));
    const changed = await as(kentEditor, UPDATE_ACTION, {
      input: { id: kentAction.id, expectedVersion: before.version, title: 'Audited title', funding: [{ text: 'Up to £2,500', amount: 2500, fundingSource: 'DSG' }], parties: [{ partyId: kentPartyId, role: 'ACCOUNTABLE' }] },
    });
    expect(changed.errors).toBeUndefined();
    const progress = await as(kentEditor, `mutation($input: RecordProgressInput!) { recordProgress(input: $input) { version ragStatus progressUpdates { narrative ragStatus recordedOn } } }`, {
      input: { actionId: kentAction.id, expectedVersion: before.version + 1, narrative: 'On track this term', ragStatus: 'GREEN', recordedOn: '2026-11-20' },
    });
    expect(progress.errors).toBeUndefined();
    expect(progress.data.recordProgress.ragStatus).toBe('GREEN');
    expect(progress.data.recordProgress.progressUpdates.at(-1)).toEqual({ narrative: 'On track this term', ragStatus: 'GREEN', recordedOn: '2026-11-20' });

    const HISTORY = `query($id: ID!, $t0: DateTimeISO!) { action(id: $id) {
      history(first: 20) { nodes { at actorSubject actorName via entity operation changedFields before after } }
      then: asOf(at: $t0) { title version }
      now: asOf(at: "2100-01-01T00:00:00Z") { title ragStatus }
      plan { history(first: 5) { totalCount nodes { entity } } } } }`;
    // The trail names officers: only the council's own people read it.
    const anonymous = await as(null, HISTORY, { id: kentAction.id, t0: t0.toISOString() });
    expect(anonymous.errors?.length).toBeGreaterThan(0);
    expect(new Set(anonymous.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
    // The token-only fields are nullable (issue 20): they are null, the action is still served.
    expect(anonymous.data.action).toEqual({ history: null, then: null, now: null, plan: { history: null } });
    const outsider = await as(plymouthEditor, HISTORY, { id: kentAction.id, t0: t0.toISOString() });
    expect(outsider.errors?.length).toBeGreaterThan(0);
    expect(new Set(outsider.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    const h = await as(kentViewer, HISTORY, { id: kentAction.id, t0: t0.toISOString() });
    expect(h.errors).toBeUndefined();
    const events = h.data.action.history.nodes;
    expect(events[0]).toMatchObject({ entity: 'ProgressUpdate', operation: 'CREATE', actorSubject: 'kent-editor', actorName: 'Test kent-editor', via: 'api' });
    const titleChange = events.find((e: any) => e.entity === 'Action' && e.changedFields.includes('title'));
    expect(titleChange).toMatchObject({ operation: 'UPDATE', before: { title: beforeTitle }, changedFields: ['title'] });
    expect(events.some((e: any) => e.entity === 'FundingLine' && e.operation === 'CREATE' && e.after.amount === '2500')).toBe(true);
    expect(events.some((e: any) => e.entity === 'ActionParty' && e.operation === 'CREATE')).toBe(true);
    expect(h.data.action.then).toEqual({ title: beforeTitle, version: before.version });
    expect(h.data.action.now).toEqual({ title: 'Audited title', ragStatus: 'GREEN' });
    expect(h.data.action.plan.history.totalCount).toBeGreaterThan(events.length - 1);

    // An audit event is a Node, and as private as the history it belongs to.
    const eventId = (await as(kentViewer, `query($id: ID!) { action(id: $id) { history(first: 1) { nodes { id } } } }`, { id: kentAction.id })).data.action.history.nodes[0].id;
    const byNode = `query($id: ID!) { node(id: $id) { ... on AuditEvent { entity actorSubject } } }`;
    expect((await as(null, byNode, { id: eventId })).data.node).toBeNull();
    expect((await as(plymouthEditor, byNode, { id: eventId })).data.node).toBeNull();
    expect((await as(kentViewer, byNode, { id: eventId })).data.node).toEqual({ entity: 'ProgressUpdate', actorSubject: 'kent-editor' });

    // A failed write leaves no event behind.
    const count = (await readAction(kentAction.id)).history.totalCount;
    await as(kentEditor, UPDATE_ACTION, { input: { id: kentAction.id, expectedVersion: 1, title: 'stale' } });
    expect((await readAction(kentAction.id)).history.totalCount).toBe(count);
  });

  it('creates and changes sections, plans, milestones and indicator values, each versioned', async () => {
    const plan = (await as(kentEditor, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id version } }`, { input: { authorityCode: 'kent', slug: 'kent-sections-plan', title: 'Sections' } })).data.createPlan;
    const top = await as(kentEditor, `mutation($input: CreateSectionInput!) { createSection(input: $input) { id version position kind } }`, { input: { planId: plan.id, kind: 'PRIORITY', title: 'Priority 1' } });
    expect(top.errors).toBeUndefined();
    const child = await as(kentEditor, `mutation($input: CreateSectionInput!) { createSection(input: $input) { id parent { id } position } }`, { input: { planId: plan.id, parentId: top.data.createSection.id, kind: 'OBJECTIVE', title: 'Objective 1.1' } });
    expect(child.data.createSection).toEqual({ id: child.data.createSection.id, parent: { id: top.data.createSection.id }, position: 0 });
    const renamed = await as(kentEditor, `mutation($input: UpdateSectionInput!) { updateSection(input: $input) { title version } }`, { input: { id: top.data.createSection.id, expectedVersion: 1, title: 'Priority One' } });
    expect(renamed.data.updateSection).toEqual({ title: 'Priority One', version: 2 });
    // A section of another plan cannot be a parent.
    const foreign = await as(kentEditor, `mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, { input: { planId: kentAction.planId, sectionId: child.data.createSection.id, title: 'misplaced' } });
    expect([codeOf(foreign), fieldOf(foreign)]).toEqual(['BAD_USER_INPUT', 'input.sectionId']);

    const action = (await as(kentEditor, `mutation($input: CreateActionInput!) { createAction(input: $input) { id version section { id } milestones { id version text } } }`, {
      input: { planId: plan.id, sectionId: child.data.createSection.id, title: 'An action', milestones: [{ text: 'Start', timescaleText: 'Sept 2026' }, { text: 'Finish' }] },
    })).data.createAction;
    expect(action.section).toEqual({ id: child.data.createSection.id });
    expect(action.milestones.map((m: any) => m.text)).toEqual(['Start', 'Finish']);
    const edited = await as(kentEditor, UPDATE_ACTION.replace('parties { role party { id name } }', 'milestones { text version }'), {
      input: { id: action.id, expectedVersion: action.version, milestones: [{ id: action.milestones[0].id, expectedVersion: 1, text: 'Begin' }], removeMilestones: [{ id: action.milestones[1].id, expectedVersion: 1 }] },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data.updateAction.milestones).toEqual([{ text: 'Begin', version: 2 }]);

    const period = await as(kentEditor, `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { periodStart periodEnd version } }`, { input: { id: plan.id, expectedVersion: 1, periodStart: '2026-09-01', periodEnd: '2027-08-31' } });
    expect(period.data.updatePlan).toEqual({ periodStart: '2026-09-01', periodEnd: '2027-08-31', version: 2 });
    const archived = await as(kentEditor, `mutation($input: VersionedIdInput!) { archivePlan(input: $input) { status version } }`, { input: { id: plan.id, expectedVersion: 2 } });
    expect(archived.data.archivePlan).toEqual({ status: 'ARCHIVED', version: 3 });
    expect((await as(null, `{ plan(slug: "kent-sections-plan") { status allSections { title } } }`)).data.plan).toEqual({ status: 'ARCHIVED', allSections: [{ title: 'Priority One' }, { title: 'Objective 1.1' }] });

    const kentPlans = await server.gql(`{ plans(filter: { authorityCode: "kent" }, first: 500) { nodes { indicatorSeries { id version values { id } } } } }`);
    const series = kentPlans.data.plans.nodes.flatMap((p: any) => p.indicatorSeries)[0];
    const recorded = await as(kentEditor, `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { id kind valueText periodText version } }`, { input: { seriesId: series.id, kind: 'ACTUAL', periodText: '2025/26', valueText: '71%' } });
    expect(recorded.data.recordIndicatorValue).toMatchObject({ kind: 'ACTUAL', valueText: '71%', periodText: '2025/26', version: 1 });
    const corrected = await as(kentEditor, `mutation($input: UpdateIndicatorValueInput!) { updateIndicatorValue(input: $input) { valueText version } }`, { input: { id: recorded.data.recordIndicatorValue.id, expectedVersion: 1, valueText: '72%' } });
    expect(corrected.data.updateIndicatorValue).toEqual({ valueText: '72%', version: 2 });
    const refused = await as(plymouthEditor, `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { id } }`, { input: { seriesId: series.id, kind: 'ACTUAL', valueText: '1%' } });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const after = await server.gql(`query($id: ID!) { node(id: $id) { ... on IndicatorSeries { values { valueText } } } }`, { id: series.id });
    expect(after.data.node.values.map((v: any) => v.valueText)).toHaveLength(series.values.length + 1);
  });

  it("lets each plugin's mutation change its own rows through the same checks", async () => {
    const pb = await server.gql(`{ peterboroughActions(first: 1) { nodes { id version peterborough { version intent } } } }`);
    const row = pb.data.peterboroughActions.nodes[0];
    const pbEditor = await token(['peterborough'], 'editor');
    const upd = await as(pbEditor, `mutation($input: PeterboroughRowInput!) { peterboroughUpdateRow(input: $input) { intent ragProgress version action { title } } }`, {
      input: { actionId: row.id, expectedVersion: row.peterborough.version, intent: 'A new intent', ragProgress: 'Green: started' },
    });
    expect(upd.errors).toBeUndefined();
    expect(upd.data.peterboroughUpdateRow).toEqual({ intent: 'A new intent', ragProgress: 'Green: started', version: 2, action: { title: 'A new intent' } });
    const kentRefused = await as(kentEditor, `mutation($input: PeterboroughRowInput!) { peterboroughUpdateRow(input: $input) { version } }`, {
      input: { actionId: row.id, expectedVersion: 2, intent: 'Kent intent' },
    });
    expect(codeOf(kentRefused)).toBe('FORBIDDEN');

    const kentOp = await server.gql(`{ kentActions { id kentOperationalAction { version accountableManager } } }`);
    const op = kentOp.data.kentActions.find((a: any) => a.kentOperationalAction);
    const k = await as(kentEditor, `mutation($input: KentOperationalActionInput!) { kentUpdateOperationalAction(input: $input) { accountableManager version } }`, {
      input: { actionId: op.id, expectedVersion: op.kentOperationalAction.version, accountableManager: 'A. Manager' },
    });
    expect(k.data.kentUpdateOperationalAction).toEqual({ accountableManager: 'A. Manager', version: 2 });

    const w = await server.gql(`{ plans(filter: { authorityCode: "worcestershire" }) { nodes { risks { id worcestershire { version currentImpact } } } } }`);
    const risk = w.data.plans.nodes.flatMap((p: any) => p.risks).find((r: any) => r.worcestershire);
    const worcsEditor = await token(['worcestershire'], 'admin');
    const wr = await as(worcsEditor, `mutation($input: WorcestershireRiskAssessmentInput!) { worcestershireAssessRisk(input: $input) { currentImpact currentLikelihood version } }`, {
      input: { riskId: risk.id, expectedVersion: risk.worcestershire.version, currentImpact: 'LOW', currentLikelihood: 'NIL' },
    });
    expect(wr.data.worcestershireAssessRisk).toEqual({ currentImpact: 'LOW', currentLikelihood: 'NIL', version: 2 });
    const stale = await as(worcsEditor, `mutation($input: WorcestershireRiskAssessmentInput!) { worcestershireAssessRisk(input: $input) { version } }`, {
      input: { riskId: risk.id, expectedVersion: risk.worcestershire.version, currentImpact: 'HIGH' },
    });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
  });

  it('reads the new printed timescale and money into their structured forms in the same write, and refuses an amount the text contradicts', async () => {
    const before = await readAction(kentAction.id);
    const STRUCTURED = `query($id: ID!) { action(id: $id) { version timescale { text start end precision } funding { text money { amount } } } }`;
    const changed = await as(kentEditor, UPDATE_ACTION, {
      input: { id: kentAction.id, expectedVersion: before.version, timescaleText: 'Spring 2009', funding: [{ text: '£5,000 from the Standards Fund' }] },
    });
    expect(changed.errors).toBeUndefined();
    const read = (await as(kentEditor, STRUCTURED, { id: kentAction.id })).data.action;
    expect(read.timescale).toEqual({ text: 'Spring 2009', start: '2009-01-01', end: '2009-03-31', precision: 'SEASON' });
    const line = read.funding.find((f: any) => f.text === '£5,000 from the Standards Fund');
    expect(Number(line.money.amount)).toBe(5000);

    const contradicted = await as(kentEditor, UPDATE_ACTION, {
      input: { id: kentAction.id, expectedVersion: read.version, timescaleText: 'Summer 2009', funding: [{ text: '£7,000', amount: 6000 }] },
    });
    expect(codeOf(contradicted)).toBe('BAD_USER_INPUT');
    expect(fieldOf(contradicted)).toBe('input.funding.0.amount');
    const after = (await as(kentEditor, STRUCTURED, { id: kentAction.id })).data.action;
    expect(after).toEqual(read);
  });

  it("fills a search page with what the caller may read: a draft ranked first does not leave it short", async () => {
    const created = await as(kentEditor, `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id status } }`, {
      input: { authorityCode: 'kent', slug: 'kent-phonics-draft', title: 'Phonics phonics phonics', purpose: 'Phonics phonics phonics phonics' },
    });
    expect(created.data.createPlan.status).toBe('DRAFT');
    const SEARCH = `{ search(query: "phonics", first: 1) { node { ... on Plan { id slug } ... on Action { id } } } }`;
    const own = await as(kentViewer, SEARCH);
    expect(own.data.search).toEqual([{ node: { id: created.data.createPlan.id, slug: 'kent-phonics-draft' } }]);
    for (const bearer of [null, plymouthEditor]) {
      const hits = (await as(bearer, SEARCH)).data.search;
      expect(hits).toHaveLength(1);
      expect(hits[0].node.id).not.toBe(created.data.createPlan.id);
    }
  });
});
