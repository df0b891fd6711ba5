// Issue 18, part A, over HTTP on both databases, on the seeded Peterborough plan with a
// fixed today: tasks (the plan's dated steps), computed status (late, on track, stale,
// completion, roll-up) as of a day, the filters and sorts of `actionStatuses`, the task
// writes (versions, the DONE ⇔ completedOn rule), the reminder queries and the reminder
// sweep's change events (once each, with two sweeps at the same time).
//
// Every expected figure is worked out by hand from the seed document
// (/work/shared/seeds, transcribed in packages/plugin-peterborough/src/seed/
// education-action-plan-2019-20.ts), never read back from the API first:
//
// Workstream "Improve recruitment and retention of teachers across the county" prints two
// rows (actions), period "Academic Year 2019/20" (1 Sept 2019 – 31 Aug 2020):
//   row 1: one step "Working group reformed …" with its own timescale "January 2020"
//          → one task due 31 Jan 2020; the row's Timescale cell "January 2020" → the
//          action ends 31 Jan 2020.
//   row 2: three steps printed under the row's one Timescale "January 2020" → three tasks
//          due 31 Jan 2020; the action ends 31 Jan 2020.
// The RAG / Progress column is empty for every row, so nothing is done.
//   As of 31 Dec 2019: nothing is due yet → neither late, both on track; completion of
//   row 1 = 0 / 1 = 0 %, of row 2 = 0 / 3 = 0 %; the workstream's completion = the
//   weighted mean (weights 1 and 1) = 0, weight counted 2.
//   As of 15 Feb 2020: row 1's task is overdue → late (1 overdue task); row 2's three
//   tasks are overdue → late (3); the workstream: 2 actions, 2 late.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneReminders, sweepReminders } from '@council-plans/core';
import { loadConfig } from '@council-plans/server';
import { exportPlan, importFile } from './support/import-files';
import { databases, testToken, type TestServer } from './support/servers';

const TODAY = '2020-02-15';
const WORKSTREAM = 'Improve recruitment and retention of teachers across the county';

const STATUS = `asOf late onTrack stale done completionPercent taskCount tasksDone overdueTaskCount nextDueOn lastProgressOn daysSinceProgress updateIntervalDays`;

const SECTION = `query($d1: Date!, $d2: Date!) { plans(first: 50) { nodes { id slug version title status computedStatus(asOf: $d1) { actionCount lateCount completionPercent weightCounted doneCount }
  sections { id title status1: computedStatus(asOf: $d1) { actionCount lateCount onTrackCount staleCount completionPercent weightCounted }
    status2: computedStatus(asOf: $d2) { actionCount lateCount onTrackCount staleCount completionPercent weightCounted }
    actions { id version title timescaleText tasks { id version title timescaleText dueOn state completedOn completedBy milestone { id } }
      s1: computedStatus(asOf: $d1) { ${STATUS} } s2: computedStatus(asOf: $d2) { ${STATUS} } } } } } }`;

describe('the fixed today setting', () => {
  it('takes COUNCIL_PLANS_TODAY as a calendar day and refuses anything else', () => {
    expect(loadConfig({ COUNCIL_PLANS_TODAY: '2020-02-15' }).today).toBe('2020-02-15');
    expect(loadConfig({}).today).toBeUndefined();
    for (const bad of ['2020-02-30', '2020-13-01', '15/02/2020', '2020-2-15', 'today']) expect(() => loadConfig({ COUNCIL_PLANS_TODAY: bad })).toThrow(/COUNCIL_PLANS_TODAY/);
    expect(loadConfig({ REMINDERS: 'false' }).reminders).toBe(false);
  });
});

describe.each(await databases())('tasks and computed status on $name', (database) => {
  let server: TestServer;
  let editor: string;
  let plan: { id: string; version: number };
  let section: { id: string; status1?: unknown };
  let row1: any;
  let row2: any;

  const read = async (d1: string, d2: string) => {
    const r = await server.gql<any>(SECTION, { d1, d2 });
    expect(r.errors).toBeUndefined();
    const p = r.data.plans.nodes.find((n: any) => n.slug.includes('peterborough'));
    const s = p.sections.find((x: any) => x.title === WORKSTREAM);
    return { plan: p, section: s, row1: s.actions[0], row2: s.actions[1] };
  };

  beforeAll(async () => {
    // The server sweeps for reminders at start (and hourly): with today = 15 Feb 2020 it
    // announces the tasks then open and due in the 30 days before (LATE) or the 14 after
    // (DUE_SOON). It is waited for, so the writes below come after it.
    server = await database.start({ today: TODAY });
    editor = await testToken(['peterborough'], 'editor');
    for (let i = 0; i < 300; i++) {
      const seen = await server.gqlAs<any>(editor, `{ changes(first: 1, filter: { kinds: [LATE] }) { nodes { kind } } }`);
      if (seen.data?.changes.nodes.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const r = await read('2019-12-31', TODAY);
    plan = r.plan;
    section = r.section;
    row1 = r.row1;
    row2 = r.row2;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("seeds each of Peterborough's dated steps as a task, none done (the document's RAG / Progress column is empty)", async () => {
    // Counted by hand in the document: 48 Implementation steps in the workstream tables;
    // 4 of them have only "Ongoing" (3) or "In place" (1) beside them → no due day; the
    // other 44 name a month or term, their own or their row's.
    const all = await server.gql<any>(`{ actions(filter: { authorityCode: "peterborough" }, first: 500) { nodes { tasks { state dueOn completedOn timescaleText } } } }`);
    const tasks = all.data.actions.nodes.flatMap((a: any) => a.tasks);
    expect(tasks.length).toBe(48);
    expect(tasks.filter((t: any) => t.dueOn !== null).length).toBe(44);
    expect(tasks.filter((t: any) => t.dueOn === null).map((t: any) => t.timescaleText).sort()).toEqual(['In place', 'Ongoing', 'Ongoing', 'Ongoing']);
    expect(tasks.every((t: any) => t.state === 'NOT_STARTED' && t.completedOn === null)).toBe(true);
    expect(row1.tasks).toEqual([
      expect.objectContaining({ title: 'Working group reformed to put together a strategy in conjunction with teaching schools that apply to schools across Peterborough.', timescaleText: 'January 2020', dueOn: '2020-01-31', state: 'NOT_STARTED' }),
    ]);
    expect(row2.tasks.map((t: any) => [t.title, t.timescaleText, t.dueOn])).toEqual([
      ['Return to teaching events', 'January 2020', '2020-01-31'],
      ['Teacher apprenticeships', 'January 2020', '2020-01-31'],
      ['Full review of term dates as a retention tool for staff.', 'January 2020', '2020-01-31'],
    ]);
  });

  it('computes late, on track and completion as of a day, without touching the manual RAG', async () => {
    expect(row1.s1).toMatchObject({ asOf: '2019-12-31', late: false, onTrack: true, done: false, completionPercent: 0, taskCount: 1, tasksDone: 0, overdueTaskCount: 0, nextDueOn: '2020-01-31' });
    expect(row2.s1).toMatchObject({ late: false, onTrack: true, done: false, completionPercent: 0, taskCount: 3 });
    expect(row1.s2).toMatchObject({ asOf: TODAY, late: true, onTrack: false, overdueTaskCount: 1, completionPercent: 0 });
    expect(row2.s2).toMatchObject({ late: true, onTrack: false, completionPercent: 0, overdueTaskCount: 3 });
    expect(section.status1 ?? (await read('2019-12-31', TODAY)).section.status1).toMatchObject({ actionCount: 2, lateCount: 0, onTrackCount: 2, completionPercent: 0, weightCounted: 2 });
    const again = await read('2019-12-31', TODAY);
    expect(again.section.status2).toMatchObject({ actionCount: 2, lateCount: 2, onTrackCount: 0, completionPercent: 0, weightCounted: 2 });
    // Nothing is done in the document: the whole plan is at 0 %, nothing done.
    expect(again.plan.computedStatus).toMatchObject({ completionPercent: 0, doneCount: 0 });
    // Without `asOf`: the server's today.
    const noAsOf = await server.gql<any>(`query($id: ID!) { action(id: $id) { ragStatus computedStatus { asOf late } } }`, { id: row1.id });
    expect(noAsOf.data.action).toEqual({ ragStatus: null, computedStatus: { asOf: TODAY, late: true } });
  });

  it('lists every late action of a council, one statement per page', async () => {
    const q = `query($f: ActionStatusFilter, $first: Int!, $after: String) { actionStatuses(asOf: "${TODAY}", filter: $f, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { late action { id title } } } }`;
    const inSection = await server.gql<any>(q, { f: { sectionId: section.id, late: true }, first: 10 });
    expect(inSection.errors).toBeUndefined();
    expect(inSection.data.actionStatuses.nodes.map((n: any) => n.action.id).sort()).toEqual([row1.id, row2.id].sort());
    const late = await server.gql<any>(q, { f: { authorityCode: 'peterborough', late: true }, first: 500 });
    expect(late.data.actionStatuses.nodes.every((n: any) => n.late)).toBe(true);
    expect(late.data.actionStatuses.totalCount).toBe(late.data.actionStatuses.nodes.length);
    // Paging with cursors walks the same list, whatever the page size, in the same number of statements.
    const seen: string[] = [];
    let after: string | null = null;
    let statements = 0;
    for (;;) {
      const page: any = await server.gql<any>(q, { f: { authorityCode: 'peterborough', late: true }, first: 7, after });
      statements = Math.max(statements, page.statements);
      seen.push(...page.data.actionStatuses.nodes.map((n: any) => n.action.id));
      if (!page.data.actionStatuses.pageInfo.hasNextPage) break;
      after = page.data.actionStatuses.pageInfo.endCursor;
    }
    expect(seen).toEqual(late.data.actionStatuses.nodes.map((n: any) => n.action.id));
    expect(late.statements).toBeLessThanOrEqual(statements + 1);
    const forged = await server.gql<any>(q, { f: null, first: 5, after: 'bm90IGEgY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Document order without a computed filter pages inside the scope (only the page's
    // statuses are computed): the same actions and statuses as the late and not-late lists
    // (computed for every action, then paged), in id order, every one once across pages.
    const full = `query($f: ActionStatusFilter, $first: Int!, $after: String, $o: ActionStatusOrder) { actionStatuses(asOf: "${TODAY}", filter: $f, first: $first, after: $after, orderBy: $o) {
      totalCount pageInfo { hasNextPage endCursor } nodes { late stale onTrack done taskCount tasksDone completionPercent nextDueOn action { id } } } }`;
    const council = { authorityCode: 'peterborough' };
    const whole = await server.gql<any>(full, { f: council, first: 500 });
    const notLate = await server.gql<any>(full, { f: { ...council, late: false }, first: 500 });
    const lateAll = await server.gql<any>(full, { f: { ...council, late: true }, first: 500 });
    const byId = (nodes: any[]) => [...nodes].sort((a, b) => (a.action.id < b.action.id ? -1 : a.action.id > b.action.id ? 1 : 0));
    expect(byId(whole.data.actionStatuses.nodes)).toEqual(byId([...notLate.data.actionStatuses.nodes, ...lateAll.data.actionStatuses.nodes]));
    expect(whole.data.actionStatuses.totalCount).toBe(notLate.data.actionStatuses.totalCount + lateAll.data.actionStatuses.totalCount);
    const paged: any[] = [];
    for (let cursor: string | null = null; ; ) {
      const page: any = await server.gql<any>(full, { f: council, first: 7, after: cursor });
      expect(page.data.actionStatuses.totalCount).toBe(whole.data.actionStatuses.totalCount);
      paged.push(...page.data.actionStatuses.nodes);
      if (!page.data.actionStatuses.pageInfo.hasNextPage) break;
      cursor = page.data.actionStatuses.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole.data.actionStatuses.nodes);
    // A cursor of another order is refused.
    const stalestCursor = (await server.gql<any>(full, { f: council, first: 1, o: 'STALEST_FIRST' })).data.actionStatuses.pageInfo.endCursor;
    expect((await server.gql<any>(full, { f: council, first: 1, after: stalestCursor })).errors?.[0]?.message).toMatch(/another order/);
  });

  it('costs the same number of statements for 5 actions as for 500 (status, tasks, roll-ups)', async () => {
    const q = `query($n: Int!) { actions(first: $n) { nodes { id tasks { id dueOn } computedStatus(asOf: "${TODAY}") { late completionPercent }
      section { computedStatus(asOf: "${TODAY}") { lateCount } } plan { computedStatus(asOf: "${TODAY}") { completionPercent } } } } }`;
    const small = await server.gql<any>(q, { n: 5 });
    const large = await server.gql<any>(q, { n: 500 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.actions.nodes.length).toBeGreaterThan(200);
    // A handful of statements whatever the page: one batch per field (a DataLoader batch
    // may split in two when its parents arrive in different ticks), never one per action.
    expect(large.statements).toBeLessThanOrEqual(small.statements + 2);
    expect(large.statements).toBeLessThan(15);
  });

  it('completes a task: versioned, DONE goes with its day, and a report for an earlier day is unchanged', async () => {
    const task = row1.tasks[0];
    const complete = `mutation($input: CompleteTaskInput!) { completeTask(input: $input) { id version state completedOn completedBy } }`;
    const future = await server.gqlAs<any>(editor, complete, { input: { id: task.id, expectedVersion: task.version, completedOn: '2020-03-01' } });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stale = await server.gqlAs<any>(editor, complete, { input: { id: task.id, expectedVersion: task.version + 5, completedOn: '2020-01-20' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('VERSION_CONFLICT');
    const anon = await server.gql<any>(complete, { input: { id: task.id, expectedVersion: task.version, completedOn: '2020-01-20' } });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const other = await server.gqlAs<any>(await testToken(['kent'], 'editor'), complete, { input: { id: task.id, expectedVersion: task.version, completedOn: '2020-01-20' } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await server.gqlAs<any>(editor, complete, { input: { id: task.id, expectedVersion: task.version, completedOn: '2020-01-20' } });
    expect(done.errors).toBeUndefined();
    expect(done.data.completeTask).toMatchObject({ version: task.version + 1, state: 'DONE', completedOn: '2020-01-20' });
    expect(done.data.completeTask.completedBy).toBeTruthy();
    // A DONE task without its day is refused (and the database's check would refuse it too).
    const noDay = await server.gqlAs<any>(editor, `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }`, {
      input: { id: task.id, expectedVersion: task.version + 1, completedOn: null },
    });
    expect(noDay.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expect(server.db.prisma.$executeRawUnsafe(`UPDATE "ActionTask" SET "completedOn" = NULL WHERE "id" = (SELECT "id" FROM "ActionTask" WHERE "state" = 'DONE' LIMIT 1)`)).rejects.toThrow();

    // By hand: on 15 Feb row 1's only task is done (20 Jan) → 100 %, done, not late; on
    // 10 Jan it was still open and not yet due → 0 %, on track. The workstream on 15 Feb:
    // row 2 still late; completion = (100 × 1 + 0 × 1) / 2 = 50 %.
    const after = await read('2020-01-10', TODAY);
    expect(after.row1.s1).toMatchObject({ completionPercent: 0, done: false, late: false, onTrack: true });
    expect(after.row1.s2).toMatchObject({ completionPercent: 100, done: true, late: false, onTrack: false, tasksDone: 1 });
    expect(after.section.status2).toMatchObject({ lateCount: 1, completionPercent: 50, weightCounted: 2 });
    // Weighted: row 1 weighs 3 → (100 × 3 + 0 × 1) / 4 = 75 %.
    const w = await server.gqlAs<any>(editor, `mutation($input: SetActionWeightInput!) { setActionWeight(input: $input) { weight } }`, { input: { id: row1.id, expectedVersion: after.row1.version, weight: 3 } });
    expect(w.errors).toBeUndefined();
    expect((await read('2020-01-10', TODAY)).section.status2).toMatchObject({ completionPercent: 75, weightCounted: 4 });

    // Audited and announced like every write.
    const changes = await server.gqlAs<any>(editor, `{ changes(first: 500, filter: { entityTypes: ["ActionTask"] }) { nodes { kind entityId version via } } }`);
    expect(changes.errors).toBeUndefined();
    expect(changes.data.changes.nodes).toContainEqual(expect.objectContaining({ kind: 'UPDATE', entityId: task.id, version: task.version + 1, via: 'api' }));
  });

  it('creates, cancels and deletes tasks; a cancelled task no longer counts', async () => {
    const created = await server.gqlAs<any>(editor, `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version dueOn state position } }`, {
      input: { actionId: row2.id, title: 'Agree the strategy with the teaching schools', timescaleText: 'Spring 20' },
    });
    expect(created.errors).toBeUndefined();
    // "Spring 20" in the 2019/20 plan: the spring term ends before Easter 2020; whatever its last
    // day, it is after 15 Feb, so the new task is open and not yet due.
    expect(created.data.createTask.state).toBe('NOT_STARTED');
    expect(created.data.createTask.dueOn > TODAY).toBe(true);
    let s = (await read('2019-12-31', TODAY)).row2.s2;
    expect(s).toMatchObject({ taskCount: 4, completionPercent: 0, late: true });
    const cancelled = await server.gqlAs<any>(editor, `mutation($input: TaskVersionInput!) { cancelTask(input: $input) { state version completedOn } }`, {
      input: { id: created.data.createTask.id, expectedVersion: 1 },
    });
    expect(cancelled.data.cancelTask).toEqual({ state: 'CANCELLED', version: 2, completedOn: null });
    s = (await read('2019-12-31', TODAY)).row2.s2;
    expect(s).toMatchObject({ taskCount: 3, completionPercent: 0 });
    const deleted = await server.gqlAs<any>(editor, `mutation($input: TaskVersionInput!) { deleteTask(input: $input) { id tasks { id } } }`, {
      input: { id: created.data.createTask.id, expectedVersion: 2 },
    });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data.deleteTask).toEqual({ id: row2.id, tasks: row2.tasks.map((t: any) => ({ id: t.id })) });
    const bad = await server.gqlAs<any>(editor, `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
      input: { actionId: row2.id, title: 'x', state: 'NOT_STARTED', completedOn: '2020-01-01' },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('marks actions stale after the plan\'s update interval, and sorts stalest first', async () => {
    const set = await server.gqlAs<any>(editor, `mutation($input: SetPlanUpdateIntervalInput!) { setPlanUpdateInterval(input: $input) { updateIntervalDays version } }`, {
      input: { id: plan.id, expectedVersion: plan.version, updateIntervalDays: 91 },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data.setPlanUpdateInterval.updateIntervalDays).toBe(91);
    // A report on row 2 dated 15 Jan 2020.
    const rec = await server.gqlAs<any>(editor, `mutation($input: RecordProgressInput!) { recordProgress(input: $input) { id } }`, {
      input: { actionId: row2.id, expectedVersion: (await read('2019-12-31', TODAY)).row2.version, narrative: 'Working group met', recordedOn: '2020-01-15' },
    });
    expect(rec.errors).toBeUndefined();
    // By hand, on 15 Feb 2020: row 1 is done (not stale); row 2 was reported 31 days ago
    // (15 Jan → 15 Feb) < 91 → not stale. On 30 Apr 2020: row 2's report is 106 days old → stale.
    // Without a report, days are counted from the period's start (1 Sept 2019): 167 on 15 Feb.
    const now = await read('2020-04-30', TODAY);
    expect(now.row2.s2).toMatchObject({ stale: false, lastProgressOn: '2020-01-15', daysSinceProgress: 31, updateIntervalDays: 91 });
    expect(now.row2.s1).toMatchObject({ stale: true, daysSinceProgress: 106 });
    expect(now.row1.s2).toMatchObject({ stale: false, done: true, daysSinceProgress: 167 });
    // On 10 Jan 2020 the report of 15 Jan was not yet made: counted from 1 Sept (131 days) → stale.
    const before = await read('2020-01-10', TODAY);
    expect(before.row2.s1).toMatchObject({ stale: true, lastProgressOn: null, daysSinceProgress: 131 });

    const stalest = await server.gql<any>(`query($id: ID!) { actionStatuses(asOf: "${TODAY}", filter: { planId: $id }, orderBy: STALEST_FIRST, first: 500) { nodes { daysSinceProgress stale action { id } } } }`, { id: plan.id });
    const days = stalest.data.actionStatuses.nodes.map((n: any) => n.daysSinceProgress);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(stalest.data.actionStatuses.nodes.at(-1).action.id).toBe(row2.id);
    const staleOnly = await server.gql<any>(`query($id: ID!) { actionStatuses(asOf: "${TODAY}", filter: { sectionId: $id, stale: true }) { totalCount } }`, { id: section.id });
    expect(staleOnly.data.actionStatuses.totalCount).toBe(0);
  });

  it('answers dueSoon and overdue, and the sweep emits each reminder once even with two sweeps at a time', async () => {
    const due = await server.gql<any>(`{ dueSoon(asOf: "2020-01-20", withinDays: 14, filter: { authorityCode: "peterborough" }, first: 500) { nodes { id dueOn } } }`);
    expect(due.errors).toBeUndefined();
    // Row 1's task (due 31 Jan, done on 20 Jan) was done on the 20th, so not listed that day.
    expect(due.data.dueSoon.nodes.map((t: any) => t.id)).not.toContain(row1.tasks[0].id);
    expect(due.data.dueSoon.nodes.every((t: any) => t.dueOn >= '2020-01-20' && t.dueOn <= '2020-02-03')).toBe(true);
    const dueBefore = await server.gql<any>(`{ dueSoon(asOf: "2020-01-19", withinDays: 14, filter: { authorityCode: "peterborough" }, first: 500) { nodes { id } } }`);
    expect(dueBefore.data.dueSoon.nodes.map((t: any) => t.id)).toContain(row1.tasks[0].id);
    const overdue = await server.gql<any>(`{ overdue(asOf: "${TODAY}", filter: { authorityCode: "peterborough" }, first: 500) { totalCount nodes { dueOn state } } }`);
    expect(overdue.data.overdue.nodes.every((t: any) => t.dueOn < TODAY && t.state !== 'DONE')).toBe(true);

    // Two more sweeps at once (the server's own ran at start): each reminder goes out once.
    const options = { today: TODAY, dueSoonDays: 14, lateLookbackDays: 30 };
    const [a, b] = await Promise.all([sweepReminders(server.db.prisma, options), sweepReminders(server.db.prisma, options)]);
    const again = await sweepReminders(server.db.prisma, options);
    expect(again).toEqual({ dueSoon: 0, late: 0, stale: 0 });
    const events = await server.gqlAs<any>(editor, `{ changes(first: 500, filter: { entityTypes: ["ActionTask", "Action"] }) { nodes { kind entity entityId via } } }`);
    expect(events.data.changes.nodes.length).toBeLessThan(500);
    const reminders = events.data.changes.nodes.filter((e: any) => e.via === 'reminder');
    const keys = reminders.map((e: any) => `${e.kind}:${e.entity}:${e.entityId}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Tasks due from 16 Jan to 14 Feb 2020 (30 days back) and open when the server started:
    // those still open now (the overdue list of that window) and row 1's, done since.
    const window = overdue.data.overdue.nodes.filter((t: any) => t.dueOn >= '2020-01-16');
    expect(reminders.filter((e: any) => e.kind === 'LATE').length).toBe(window.length + 1);
    expect(keys).toContain(`LATE:ActionTask:${row1.tasks[0].id}`);
    for (const t of row2.tasks) expect(keys).toContain(`LATE:ActionTask:${t.id}`);
    // Staleness was switched on (91 days) after the server's sweep: the later sweeps
    // announced the stale actions, row 2 (reported 31 days ago) not among them.
    expect(a.stale + b.stale).toBeGreaterThan(0);
    expect(keys).not.toContain(`STALE:Action:${row2.id}`);

    // Pruning the keys (REMINDER_RETENTION_DAYS) never sends a reminder twice: on the same
    // day, keys still claimable are kept, so a sweep after a prune emits nothing.
    const later = new Date('2099-01-01T00:00:00Z');
    const taskKeys = () => server.db.prisma.reminderSent.count({ where: { entity: 'ActionTask' } });
    expect(await pruneReminders(server.db.prisma, { ...options, today: '2020-06-01' })).toBe(0); // not yet 30 days old
    await pruneReminders(server.db.prisma, { ...options, retentionMs: 1 }, later);
    expect(await sweepReminders(server.db.prisma, options)).toEqual({ dueSoon: 0, late: 0, stale: 0 });
    const kept = await taskKeys();
    expect(kept).toBeGreaterThan(0);
    // By 1 June every one of these due days (January to March) is past the 30-day look-back: their keys go.
    expect(await pruneReminders(server.db.prisma, { ...options, today: '2020-06-01', retentionMs: 1 }, later)).toBeGreaterThanOrEqual(kept);
    expect(await taskKeys()).toBe(0);
  });

  it("hides a draft's tasks and statuses from everyone outside its council", async () => {
    const plan = await server.gqlAs<any>(editor, `mutation { createPlan(input: { authorityCode: "peterborough", slug: "peterborough-draft-18a", title: "Draft" }) { id } }`);
    expect(plan.errors).toBeUndefined();
    const action = await server.gqlAs<any>(editor, `mutation($p: ID!) { createAction(input: { planId: $p, title: "Secret action" }) { id } }`, { p: plan.data.createPlan.id });
    const task = await server.gqlAs<any>(editor, `mutation($a: ID!) { createTask(input: { actionId: $a, title: "Secret step", dueOn: "2020-02-20" }) { id } }`, { a: action.data.createAction.id });
    expect(task.errors).toBeUndefined();
    const id = task.data.createTask.id;
    const due = `{ dueSoon(asOf: "${TODAY}", withinDays: 10, first: 500) { nodes { id } } }`;
    expect((await server.gqlAs<any>(editor, due)).data.dueSoon.nodes.map((t: any) => t.id)).toContain(id);
    expect((await server.gql<any>(due)).data.dueSoon.nodes.map((t: any) => t.id)).not.toContain(id);
    const kent = await testToken(['kent'], 'editor');
    expect((await server.gqlAs<any>(kent, due)).data.dueSoon.nodes.map((t: any) => t.id)).not.toContain(id);
    const statuses = `{ actionStatuses(first: 500) { nodes { action { id } } } }`;
    expect((await server.gql<any>(statuses)).data.actionStatuses.nodes.map((n: any) => n.action.id)).not.toContain(action.data.createAction.id);
    expect((await server.gqlAs<any>(editor, statuses)).data.actionStatuses.nodes.map((n: any) => n.action.id)).toContain(action.data.createAction.id);
    expect((await server.gql<any>(`query($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
    const write = await server.gqlAs<any>(kent, `mutation($id: ID!) { completeTask(input: { id: $id, expectedVersion: 1 }) { id } }`, { id });
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const huge = await server.gqlAs<any>(editor, `mutation($a: ID!, $t: String!) { createTask(input: { actionId: $a, title: $t }) { id } }`, { a: action.data.createAction.id, t: 'x'.repeat(5000) });
    expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("refuses an imported task done after the server's configured today, not the clock's", async () => {
    // The seeded plan's JSON export, imported into a new plan with its first task done on a
    // given day: today is 15 Feb 2020 here, so the 16th is after today (the real clock's
    // today is years later and would let it through) and the 15th is not.
    const doc = JSON.parse(await exportPlan(server, (plan as any).slug, 'JSON'));
    const withFirstTaskDone = (completedOn: string) => {
      const d = structuredClone(doc);
      const task = d.sections.flatMap((s: any) => s.actions).find((a: any) => a.tasks.length).tasks[0];
      Object.assign(task, { state: 'DONE', completedOn, completedBy: 'Officer' });
      return Buffer.from(JSON.stringify(d));
    };
    const late = await importFile(server, { council: 'peterborough', planSlug: 'peterborough-today-18a', fileName: 'pb.json', content: withFirstTaskDone('2020-02-16') });
    expect(late.problems.map((p: any) => [p.column, p.code, p.message.includes('after today')])).toEqual([['tasks', 'INVALID_VALUE', true]]);
    const onTheDay = await importFile(server, { council: 'peterborough', planSlug: 'peterborough-today-18a', fileName: 'pb.json', content: withFirstTaskDone(TODAY) });
    expect(onTheDay.problems).toEqual([]);
  });
});
