// Tasks in files (issue 18): the JSON export writes every action's tasks and the importer
// reads them back, so that export → import changes nothing.
// - JSON: a `tasks` list on every action, in order: `{ title, timescaleText, dueOn,
//   state, completedOn, completedBy, position, milestone }`, dates as YYYY-MM-DD and
//   `milestone` the position of the printed milestone (in the action's `milestones`) the
//   task follows, or null. An action without a `tasks` key leaves its tasks alone; an
//   empty list removes them.
// - CSV: no tasks. A council's spreadsheet is its own printed layout, which has no task
//   column; a task list in one cell would be a format of ours, not the council's.
import type { Prisma, PrismaClient } from '../db/prisma';
import { IMPORT_LIMITS } from '../import/read';
import { updateRows } from '../db/update-rows';
import { configuredToday, dayOf } from '../graphql/today';
import { toIsoDate } from '../values/school-calendar';

type Db = PrismaClient | Prisma.TransactionClient;

const STATES = new Set(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED']);
/** More tasks than this on one action is not a plan (the seeds have at most a dozen). */
export const MAX_TASKS_PER_ACTION = 500;

interface TaskRow {
  id: number;
  version: number;
  actionId: number;
  title: string;
  timescaleText: string | null;
  dueOn: Date | null;
  state: string;
  completedOn: Date | null;
  completedBy: string | null;
  position: number;
  milestoneId: number | null;
}

/** A task as the JSON export writes it. */
export interface JsonTask {
  title: string;
  timescaleText: string | null;
  dueOn: string | null;
  state: string;
  completedOn: string | null;
  completedBy: string | null;
  position: number;
  milestone: number | null;
}

/** The tasks of a plan's actions for its JSON export, by action id (two statements). */
export async function jsonTasksOfPlan(db: Db, planId: number): Promise<Map<number, JsonTask[]>> {
  const tasks = (await db.actionTask.findMany({ where: { action: { planId } }, orderBy: [{ actionId: 'asc' }, { position: 'asc' }, { id: 'asc' }] })) as unknown as TaskRow[];
  const milestoneIds = [...new Set(tasks.map((t) => t.milestoneId).filter((id): id is number => id != null))];
  const milestones = milestoneIds.length ? await db.milestone.findMany({ where: { id: { in: milestoneIds } }, select: { id: true, position: true } }) : [];
  const milestonePosition = new Map(milestones.map((m) => [m.id, m.position]));
  const byAction = new Map<number, JsonTask[]>();
  for (const t of tasks) {
    const list = byAction.get(t.actionId) ?? [];
    list.push({
      title: t.title,
      timescaleText: t.timescaleText,
      dueOn: toIsoDate(t.dueOn),
      state: t.state,
      completedOn: toIsoDate(t.completedOn),
      completedBy: t.completedBy,
      position: t.position,
      milestone: t.milestoneId != null ? (milestonePosition.get(t.milestoneId) ?? null) : null,
    });
    byAction.set(t.actionId, list);
  }
  return byAction;
}

/** A problem the importer reports (its ImportProblem shape). */
export interface TaskImportProblem {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

export type TaskChange = (entity: string, entityId: number, operation: 'CREATE' | 'UPDATE' | 'DELETE', before: Record<string, unknown> | null, after: Record<string, unknown> | null) => void;

interface TaskData {
  title: string;
  timescaleText: string | null;
  dueOn: Date | null;
  state: string;
  completedOn: Date | null;
  completedBy: string | null;
  position: number;
  milestoneId: number | null;
}

const COLUMN = 'tasks';

function dateOf(value: unknown): Date | null | undefined {
  if (value == null) return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = dayOf(value);
  return Number.isNaN(d.getTime()) || toIsoDate(d) !== value ? undefined : d;
}

const text = (value: unknown): string | null | undefined => (value == null ? null : typeof value === 'string' && value.length <= IMPORT_LIMITS.maxCellLength ? value : undefined);

/** Checks one row's tasks from a JSON export; answers their data, or pushes problems. */
function tasksOfRow(row: number, given: unknown, milestoneIdAt: (position: number) => number | undefined, today: Date, problems: TaskImportProblem[]): TaskData[] | null {
  const problem = (message: string) => (problems.push({ row, column: COLUMN, code: 'INVALID_VALUE', message }), null);
  if (!Array.isArray(given)) return problem('`tasks` is a list');
  if (given.length > MAX_TASKS_PER_ACTION) return problem(`an action has at most ${MAX_TASKS_PER_ACTION} tasks; this one has ${given.length}`);
  const out: TaskData[] = [];
  const positions = new Set<number>();
  for (const [i, t] of given.entries()) {
    const at = `task ${i + 1}`;
    if (!t || typeof t !== 'object' || Array.isArray(t)) return problem(`${at}: a task is an object`);
    const title = text(t.title);
    if (!title || !title.trim()) return problem(`${at}: a task has a title (at most ${IMPORT_LIMITS.maxCellLength} characters)`);
    const timescaleText = text(t.timescaleText);
    const completedBy = text(t.completedBy);
    if (timescaleText === undefined || completedBy === undefined) return problem(`${at}: timescaleText and completedBy are text of at most ${IMPORT_LIMITS.maxCellLength} characters`);
    const state = t.state ?? 'NOT_STARTED';
    if (!STATES.has(state)) return problem(`${at}: state ${JSON.stringify(String(state).slice(0, 40))} is not one of ${[...STATES].join(', ')}`);
    const dueOn = dateOf(t.dueOn);
    const completedOn = dateOf(t.completedOn);
    if (dueOn === undefined || completedOn === undefined) return problem(`${at}: dueOn and completedOn are dates (YYYY-MM-DD)`);
    // The database's check: DONE exactly when there is a completion day.
    if ((state === 'DONE') !== (completedOn != null)) return problem(`${at}: a DONE task has a completedOn day, and only a DONE task has one`);
    if (completedOn && completedOn > today) return problem(`${at}: a task cannot be done after today`);
    const position = t.position ?? i;
    if (!Number.isInteger(position) || position < 0 || position > 2 ** 31 - 1 || positions.has(position)) return problem(`${at}: position is a whole number from 0, different for each task of the action`);
    positions.add(position);
    let milestoneId: number | null = null;
    if (t.milestone != null) {
      const id = Number.isInteger(t.milestone) ? milestoneIdAt(t.milestone) : undefined;
      if (id === undefined) return problem(`${at}: milestone ${JSON.stringify(String(t.milestone).slice(0, 20))} is not the position of one of the action's milestones`);
      milestoneId = id;
    }
    out.push({ title, timescaleText, dueOn, state, completedOn, completedBy: state === 'DONE' ? completedBy : null, position, milestoneId });
  }
  return out;
}

const FIELDS = ['title', 'timescaleText', 'dueOn', 'state', 'completedOn', 'completedBy', 'position', 'milestoneId'] as const;
/** The columns an imported task's update writes, as `updateRows` reads them. */
const TASK_COLUMNS = { title: 'text', timescaleText: 'text', dueOn: 'date', state: '"TaskState"', completedOn: 'date', completedBy: 'text', position: 'int', milestoneId: 'int', version: 'int', updatedAt: 'timestamp(3)' };
const same = (a: unknown, b: unknown) => (a instanceof Date || b instanceof Date ? toIsoDate(a as Date | null) === toIsoDate(b as Date | null) : a === b);

/**
 * Writes the tasks a JSON export gives its rows: the i-th task of the file is the action's
 * i-th task (by position), changed in place (its version bumped) where it differs, created
 * where the action has fewer, deleted where it has more. Bad tasks are problems and the
 * import writes nothing. A few statements for the whole file, whatever its length (changed
 * tasks too: one UPDATE per 1,000). Answers the actions whose tasks changed.
 */
export async function writeTasks(
  tx: Prisma.TransactionClient,
  rows: { actionId: number; row: number; tasks: unknown }[],
  change: TaskChange,
  problems: TaskImportProblem[],
): Promise<Set<number>> {
  const changed = new Set<number>();
  if (!rows.length) return changed;
  const actionIds = rows.map((r) => r.actionId);
  const [existing, milestones] = await Promise.all([
    tx.actionTask.findMany({ where: { actionId: { in: actionIds } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }) as unknown as Promise<TaskRow[]>,
    tx.milestone.findMany({ where: { actionId: { in: actionIds } }, select: { id: true, actionId: true, position: true } }),
  ]);
  const milestoneAt = new Map(milestones.map((m) => [`${m.actionId}:${m.position}`, m.id]));
  const tasksOf = new Map<number, TaskRow[]>();
  for (const t of existing) tasksOf.set(t.actionId, [...(tasksOf.get(t.actionId) ?? []), t]);
  // The server's configured today (its `today` option / COUNCIL_PLANS_TODAY), as statuses read it.
  const today = configuredToday();

  const creates: (TaskData & { actionId: number })[] = [];
  const updates: { row: TaskRow; data: TaskData }[] = [];
  const deletes: TaskRow[] = [];
  for (const r of rows) {
    const given = tasksOfRow(r.row, r.tasks, (p) => milestoneAt.get(`${r.actionId}:${p}`), today, problems);
    if (!given) continue;
    const current = tasksOf.get(r.actionId) ?? [];
    given.forEach((data, i) => {
      const before = current[i];
      if (!before) return creates.push({ actionId: r.actionId, ...data });
      if (FIELDS.some((f) => !same(before[f], data[f]))) updates.push({ row: before, data });
    });
    deletes.push(...current.slice(given.length));
  }
  if (problems.length) return changed;
  for (const c of creates) changed.add(c.actionId);
  for (const u of updates) changed.add(u.row.actionId);
  for (const d of deletes) changed.add(d.actionId);
  // Deleted first: a task's position may be taken by the file's next one.
  if (deletes.length) {
    await tx.actionTask.deleteMany({ where: { id: { in: deletes.map((d) => d.id) } } });
    for (const d of deletes) change('ActionTask', d.id, 'DELETE', { ...d }, null);
  }
  // Changed tasks: one UPDATE per 1,000 (every column of the file's task, its version bumped).
  if (updates.length) {
    const updatedAt = new Date();
    const afters = updates.map((u) => ({ ...u.row, ...u.data, version: u.row.version + 1, updatedAt }));
    await updateRows(tx, 'ActionTask', TASK_COLUMNS, afters.map((a) => ({ ...a, dueOn: toIsoDate(a.dueOn), completedOn: toIsoDate(a.completedOn), updatedAt: updatedAt.toISOString() })));
    updates.forEach((u, i) => change('ActionTask', u.row.id, 'UPDATE', { ...u.row }, afters[i]!));
  }
  for (let i = 0; i < creates.length; i += 1000) {
    for (const row of await tx.actionTask.createManyAndReturn({ data: creates.slice(i, i + 1000) as Prisma.ActionTaskUncheckedCreateInput[] })) change('ActionTask', row.id, 'CREATE', null, { ...row });
  }
  return changed;
}
