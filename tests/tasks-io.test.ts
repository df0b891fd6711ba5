// Issue 18: tasks in the plan's JSON export and back through the importer, over HTTP on
// PGlite and PostgreSQL, on the seeded Peterborough plan (its dated steps are tasks). The
// JSON round trip keeps every task (state, days, who did it, order, the milestone it
// follows); re-importing the same file writes nothing; an edited file changes only the
// tasks it changes (versions bumped, audited, announced); a bad task writes nothing; the
// CSV (the council's own layout, no task column) leaves tasks alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlan, importFile } from './support/import-files';
import { databases, testToken, type TestServer } from './support/servers';

const COPY = 'peterborough-tasks-copy';
const TASKS = `tasks { id version title timescaleText dueOn state completedOn completedBy position milestone { text } }`;
const PLAN = `query($slug: String!) { plan(slug: $slug) { id slug sections { title actions { id version title milestones { id text } ${TASKS} } } } }`;

/** The plan's tasks without ids and versions (which differ between two plans). */
const content = (plan: any) => plan.sections.flatMap((s: any) => s.actions.map((a: any) => ({ title: a.title, tasks: a.tasks.map(({ id, version, ...t }: any) => t) })));

describe.each(await databases())('tasks in JSON export and import on $name', (database) => {
  let server: TestServer;
  let editor: string;
  let slug: string;
  let original: any;

  const readPlan = async (s: string) => {
    const r = await server.gqlAs<any>(editor, PLAN, { slug: s });
    expect(r.errors).toBeUndefined();
    return r.data.plan;
  };
  const taskEvents = async (planId: string) => {
    const r = await server.gqlAs<any>(editor, `query($p: [ID!]) { changes(first: 500, filter: { planIds: $p, entityTypes: ["ActionTask"] }) { nodes { kind entityId version via } } }`, { p: [planId] });
    expect(r.errors).toBeUndefined();
    return r.data.changes.nodes;
  };

  beforeAll(async () => {
    server = await database.start();
    editor = await testToken(['peterborough'], 'editor');
    const plans = await server.gql<any>(`{ plans(first: 50) { nodes { slug } } }`);
    slug = plans.data.plans.nodes.map((n: any) => n.slug).find((s: string) => s.includes('peterborough'));
    original = await readPlan(slug);
    // One task done (with its day and who), so the file carries every field.
    const task = original.sections.flatMap((s: any) => s.actions).find((a: any) => a.tasks.length)!.tasks[0];
    const done = await server.gqlAs<any>(editor, `mutation($input: CompleteTaskInput!) { completeTask(input: $input) { id } }`, { input: { id: task.id, expectedVersion: task.version, completedOn: '2020-01-20' } });
    expect(done.errors).toBeUndefined();
    original = await readPlan(slug);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('exports every task of every action, in order, dates as days', async () => {
    const doc = JSON.parse(await exportPlan(server, slug, 'JSON'));
    const exported = doc.sections.map((s: any) => s.actions.map((a: any) => a.tasks));
    const expected = original.sections.map((s: any) =>
      s.actions.map((a: any) => a.tasks.map((t: any) => ({ title: t.title, timescaleText: t.timescaleText, dueOn: t.dueOn, state: t.state, completedOn: t.completedOn, completedBy: t.completedBy, position: t.position, milestone: null }))),
    );
    expect(exported).toEqual(expected);
    // The seed's first workstream row: one step "Working group reformed …" due 31 Jan 2020, done 20 Jan here.
    const first = exported.flat().find((tasks: any[]) => tasks.length);
    expect(first[0]).toMatchObject({ state: 'DONE', completedOn: '2020-01-20', position: 0 });
    expect(first[0].completedBy).toBeTruthy();
    expect(exported.flat(2).length).toBeGreaterThan(10);
  });

  it('imports them unchanged into a new plan, and a second import of the same file writes nothing', async () => {
    const json = await exportPlan(server, slug, 'JSON');
    const report = await importFile(server, { council: 'peterborough', planSlug: COPY, fileName: 'pb.json', content: Buffer.from(json) });
    expect(report.problems).toEqual([]);
    const copy = await readPlan(COPY);
    expect(content(copy)).toEqual(content(original));
    const events = await taskEvents(copy.id);
    const taskCount = copy.sections.flatMap((s: any) => s.actions.flatMap((a: any) => a.tasks)).length;
    expect(events).toHaveLength(taskCount);
    expect(events.every((e: any) => e.kind === 'CREATE' && e.via === 'import' && e.version === 1)).toBe(true);

    const again = await importFile(server, { council: 'peterborough', planSlug: COPY, fileName: 'pb.json', content: Buffer.from(json) });
    expect([again.problems, again.updated, again.created, again.deleted]).toEqual([[], 0, 0, 0]);
    expect(await taskEvents(copy.id)).toHaveLength(taskCount);
    expect(await readPlan(COPY)).toEqual(copy);
  });

  it('changes only the tasks an edited file changes, versioned and announced; a bad task writes nothing', async () => {
    const before = await readPlan(COPY);
    // The file the copy was made from (re-importing it is a no-op, as the last test showed).
    const doc = JSON.parse(await exportPlan(server, slug, 'JSON'));
    const actions = doc.sections.flatMap((s: any) => s.actions);
    const many = actions.findIndex((a: any) => a.tasks.length >= 3);
    const none = actions.findIndex((a: any) => a.tasks.length === 0);
    expect(many).toBeGreaterThanOrEqual(0);
    // Action `many`: its first task started, its last dropped; action `none` (or the first
    // other one) gets a new task.
    const target = none >= 0 ? none : actions.findIndex((_: any, i: number) => i !== many);
    actions[many].tasks[0].state = 'IN_PROGRESS';
    const dropped = actions[many].tasks.pop();
    actions[target].tasks.push({ title: 'Report to the schools forum', timescaleText: 'July 2020', dueOn: '2020-07-31', state: 'NOT_STARTED', completedOn: null, completedBy: null, position: actions[target].tasks.length, milestone: null });
    const edited = JSON.stringify(doc);

    // Bad tasks first: each is a problem on its row, and nothing is written.
    const bad = (mutate: (tasks: any[]) => void) => {
      const d = JSON.parse(edited);
      mutate(d.sections.flatMap((s: any) => s.actions)[many].tasks);
      return importFile(server, { council: 'peterborough', planSlug: COPY, fileName: 'pb-bad.json', content: Buffer.from(JSON.stringify(d)) });
    };
    for (const mutate of [
      (t: any[]) => (t[0].state = 'FINISHED'),
      (t: any[]) => (t[0].completedOn = '2020-01-01'),
      (t: any[]) => (t[0].dueOn = '2020-02-30'),
      (t: any[]) => (t[0].title = '   '),
      (t: any[]) => (t[0].title = 'x'.repeat(40_000)),
      (t: any[]) => (t[1].position = t[0].position),
      (t: any[]) => (t[0].milestone = 99),
      (t: any[]) => t.push(...Array.from({ length: 501 }, (_, i) => ({ title: `t${i}`, position: 1000 + i }))),
    ]) {
      const r = await bad(mutate);
      expect(r.problems.map((p: any) => [p.column, p.code])).toEqual([['tasks', 'INVALID_VALUE']]);
    }
    const notATaskList = JSON.parse(edited);
    notATaskList.sections.flatMap((s: any) => s.actions)[many].tasks = 'all of them';
    expect((await importFile(server, { council: 'peterborough', planSlug: COPY, fileName: 'pb-bad.json', content: Buffer.from(JSON.stringify(notATaskList)) })).problems.map((p: any) => p.code)).toEqual(['INVALID_VALUE']);
    expect(await readPlan(COPY)).toEqual(before);

    const report = await importFile(server, { council: 'peterborough', planSlug: COPY, fileName: 'pb-edit.json', content: Buffer.from(edited) });
    expect(report.problems).toEqual([]);
    expect([report.updated, report.created, report.deleted]).toEqual([2, 0, 0]);
    const after = await readPlan(COPY);
    const beforeActions = before.sections.flatMap((s: any) => s.actions);
    const afterActions = after.sections.flatMap((s: any) => s.actions);
    const changed = afterActions[many].tasks[0];
    expect(changed).toMatchObject({ id: beforeActions[many].tasks[0].id, state: 'IN_PROGRESS', version: beforeActions[many].tasks[0].version + 1 });
    expect(afterActions[many].tasks.map((t: any) => t.title)).not.toContain(dropped.title);
    expect(afterActions[many].tasks.slice(1)).toEqual(beforeActions[many].tasks.slice(1, -1));
    expect(afterActions[target].tasks.at(-1)).toMatchObject({ title: 'Report to the schools forum', dueOn: '2020-07-31', version: 1 });
    const events = (await taskEvents(after.id)).slice(-3);
    expect(events.map((e: any) => e.kind).sort()).toEqual(['CREATE', 'DELETE', 'UPDATE']);
    expect(events.find((e: any) => e.kind === 'UPDATE')).toMatchObject({ entityId: changed.id, version: changed.version, via: 'import' });
  });

  it('bounds an action at 500 tasks, by import and by createTask alike', async () => {
    const doc = JSON.parse(await exportPlan(server, slug, 'JSON'));
    const action = doc.sections.flatMap((s: any) => s.actions).find((a: any) => a.tasks.length);
    action.tasks = Array.from({ length: 500 }, (_, i) => ({ title: `Step ${i + 1}`, timescaleText: null, dueOn: null, state: 'NOT_STARTED', completedOn: null, completedBy: null, position: i, milestone: null }));
    const report = await importFile(server, { council: 'peterborough', planSlug: slug, fileName: 'pb-500.json', content: Buffer.from(JSON.stringify(doc)) });
    expect(report.problems).toEqual([]);
    const full = (await readPlan(slug)).sections.flatMap((s: any) => s.actions).find((a: any) => a.tasks.length === 500);
    expect(full).toBeDefined();
    const more = await server.gqlAs<any>(editor, `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, { input: { actionId: full.id, title: 'One too many' } });
    expect(more.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(more.errors?.[0].message).toMatch(/at most 500 tasks/);
    // Writing nothing: still 500.
    expect((await readPlan(slug)).sections.flatMap((s: any) => s.actions).find((a: any) => a.id === full.id).tasks).toHaveLength(500);
  });

  it('leaves tasks alone on a CSV round trip (the council layout has no task column)', async () => {
    const before = await readPlan(COPY);
    const csv = await exportPlan(server, COPY, 'CSV');
    const report = await importFile(server, { council: 'peterborough', planSlug: COPY, fileName: 'pb.csv', content: Buffer.from(csv) });
    expect([report.problems, report.updated]).toEqual([[], 0]);
    expect(await readPlan(COPY)).toEqual(before);
  });
});
