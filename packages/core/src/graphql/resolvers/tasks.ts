// Tasks on actions (issue 18, part A): the fields, the writes (create, update, complete,
// cancel, delete: each through runWrite, so versioned, authorised, audited and announced
// as change events in one transaction) and the reminder queries `dueSoon` / `overdue`.
import type { GraphQLResolveInfo } from 'graphql';
import { MAX_TASKS_PER_ACTION } from '../../tasks/io';
import { GraphQLDate } from 'graphql-scalars';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, ActionTask, Milestone, TaskState } from '../../generated/type-graphql';
import type { Prisma } from '../../db/prisma';
import type { Context } from '../context';
import { badInput, parseId } from '../errors';
import { DEFAULT_PAGE_SIZE, SortDirection, connectionType, pageOf, type ConnectionPage } from '../pagination';
import { actionById, follow, milestoneById } from '../by-id';
import { Bounds, POSITION, VERSION } from '../input-bounds';
import { runWrite, type WriteUnit } from '../../write/unit';
import { checkText, checkVersion } from '../../write/inputs';
import { dueDayOfTimescale } from '../../status/due';
import { today } from '../today';

type TaskRow = ActionTask & { dueOn: Date | null; completedOn: Date | null; milestoneId: number | null };

@Resolver(() => ActionTask)
export class ActionTaskResolver {
  @FieldResolver(() => GraphQLDate, { nullable: true, description: 'The day it is due; null when undated.' })
  dueOn(@Root() task: TaskRow): Date | null {
    return task.dueOn ?? null;
  }

  @FieldResolver(() => GraphQLDate, { nullable: true, description: 'The day it was done; set exactly when `state` is DONE.' })
  completedOn(@Root() task: TaskRow): Date | null {
    return task.completedOn ?? null;
  }

  @FieldResolver(() => Action, { description: 'The action the task belongs to.' })
  async action(@Root() task: TaskRow, @Ctx() ctx: Context): Promise<Action> {
    return (await actionById(ctx).load(task.actionId!))!;
  }

  @FieldResolver(() => Milestone, { nullable: true, description: 'The printed milestone or step the task follows, when it comes from one.' })
  milestone(@Root() task: TaskRow, @Ctx() ctx: Context): Promise<Milestone | null> {
    return follow(milestoneById(ctx), task.milestoneId);
  }
}

@Resolver(() => Action)
export class ActionTasksFieldResolver {
  @FieldResolver(() => [ActionTask], { description: 'Its tasks, in order: what is to be done by when, and whether it is.' })
  tasks(@Root() action: Action, @Ctx() ctx: Context): Promise<ActionTask[]> {
    return ctx.loaders
      .many(
        'Action.tasks',
        (ids: readonly number[]) => ctx.prisma.actionTask.findMany({ where: { actionId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (t) => t.actionId!,
      )
      .load(action.id);
  }
}

// ---------------------------------------------------------------- writes

@InputType({ description: 'A new task of an action.' })
export class CreateTaskInput {
  @Field(() => ID, { description: 'The action.' })
  actionId!: string;
  @Field(() => String, { description: 'What is to be done.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'When it is due, as the council puts it, e.g. "Term 2 2008/09"; its last day becomes `dueOn` unless `dueOn` is given.' })
  timescaleText?: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'The day it is due.' })
  dueOn?: Date;
  @Field(() => TaskState, { nullable: true, description: 'Where it stands; NOT_STARTED when absent. DONE needs no `completedOn` (today is used).' })
  state?: TaskState;
  @Field(() => GraphQLDate, { nullable: true, description: 'With state DONE: the day it was done (today when absent); refused with any other state.' })
  completedOn?: Date;
  @Field(() => ID, { nullable: true, description: "A milestone of the same action the task follows." })
  milestoneId?: string;
  @Bounds(POSITION)
  @Field(() => Int, { nullable: true, description: 'Order among the action\'s tasks; after the last when absent.' })
  position?: number;
}

@InputType({ description: "Changes to a task; fields left out stay as they are, null clears an optional one. Use completeTask / cancelTask for those steps, or `state` here." })
export class UpdateTaskInput {
  @Field(() => ID, { description: 'The task.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read; VERSION_CONFLICT when the task has changed since.' })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string;
  @Field(() => String, { nullable: true, description: 'New timescale as printed (does not change `dueOn` unless `dueOn` is left out and the task had none).' })
  timescaleText?: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'New due day.' })
  dueOn?: Date;
  @Field(() => TaskState, { nullable: true, description: 'New state. Moving to DONE sets `completedOn` (today unless given) and `completedBy`; moving away from DONE clears them.' })
  state?: TaskState;
  @Field(() => GraphQLDate, { nullable: true, description: 'With state DONE (or a task already DONE): the day it was done.' })
  completedOn?: Date;
  @Bounds(POSITION)
  @Field(() => Int, { nullable: true, description: 'New position.' })
  position?: number;
}

@InputType({ description: 'A task to mark done.' })
export class CompleteTaskInput {
  @Field(() => ID, { description: 'The task.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
  @Field(() => GraphQLDate, { nullable: true, description: 'The day it was done; today when absent. Not after today.' })
  completedOn?: Date;
}

@InputType({ description: 'A task and the version of it you read.' })
export class TaskVersionInput {
  @Field(() => ID, { description: 'The task.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
}

/** The last day of a printed timescale, read in the action's plan's period; null when it does not parse to one. */
async function dueOfText(w: WriteUnit, planId: number, text: string | null | undefined): Promise<Date | null> {
  if (!text) return null;
  const plan = await w.tx.plan.findUnique({ where: { id: planId }, select: { periodStart: true, periodEnd: true, periodText: true } });
  return dueDayOfTimescale(text, { start: plan?.periodStart, end: plan?.periodEnd, text: plan?.periodText });
}

/** The "completed" fields of a task in `state` (the database checks DONE ⇔ completedOn too). */
function completion(ctx: Context, state: TaskState, completedOn: Date | null | undefined, field: string): { completedOn: Date | null; completedBy: string | null } {
  if (state !== TaskState.DONE) {
    if (completedOn != null) throw badInput(`${field}.completedOn: only a DONE task has a completion day`, `${field}.completedOn`);
    return { completedOn: null, completedBy: null };
  }
  const day = completedOn ?? today(ctx);
  if (day > today(ctx)) throw badInput(`${field}.completedOn: a task cannot be done after today`, `${field}.completedOn`);
  return { completedOn: day, completedBy: ctx.access.viewer.name ?? ctx.access.viewer.subject ?? null };
}

async function nextTaskPosition(w: WriteUnit, actionId: number): Promise<number> {
  const last = await w.tx.actionTask.findFirst({ where: { actionId }, orderBy: { position: 'desc' }, select: { position: true } });
  return last ? last.position + 1 : 0;
}

function changeState(ctx: Context, w: WriteUnit, id: number, expectedVersion: number, state: TaskState, completedOn: Date | null | undefined, field: string): Promise<ActionTask> {
  checkVersion(expectedVersion, `${field}.expectedVersion`);
  return w.update('ActionTask', id, expectedVersion, { state, ...completion(ctx, state, completedOn, field) }, field) as unknown as Promise<ActionTask>;
}

@Resolver()
export class TaskMutationResolver {
  @Mutation(() => ActionTask, { description: 'Adds a task to an action.' })
  createTask(@Ctx() ctx: Context, @Arg('input', () => CreateTaskInput, { description: 'The task.' }) input: CreateTaskInput): Promise<ActionTask> {
    return runWrite(ctx, async (w) => {
      const actionId = parseId(input.actionId, 'input.actionId', 'Action');
      const { row: action } = await w.authorize('Action', actionId, 'input.actionId');
      checkText(input.title, 'input.title');
      let milestoneId: number | null = null;
      if (input.milestoneId != null) {
        milestoneId = parseId(input.milestoneId, 'input.milestoneId', 'Milestone');
        const { row } = await w.authorize('Milestone', milestoneId, 'input.milestoneId');
        if (row.actionId !== actionId) throw badInput('input.milestoneId: the milestone belongs to another action', 'input.milestoneId');
      }
      // The same bound as the importer's: Action.tasks is an unpaged list.
      if ((await w.tx.actionTask.count({ where: { actionId } })) >= MAX_TASKS_PER_ACTION) {
        throw badInput(`input.actionId: an action has at most ${MAX_TASKS_PER_ACTION} tasks`, 'input.actionId');
      }
      const state = input.state ?? TaskState.NOT_STARTED;
      const dueOn = input.dueOn ?? (await dueOfText(w, action.planId as number, input.timescaleText));
      const position = input.position ?? (await nextTaskPosition(w, actionId));
      const data = { actionId, title: input.title, timescaleText: input.timescaleText ?? null, dueOn, state, milestoneId, position, ...completion(ctx, state, input.completedOn, 'input') };
      return (await w.create('ActionTask', data, 'input')) as unknown as ActionTask;
    });
  }

  @Mutation(() => ActionTask, { description: "Changes a task's title, timescale, due day, state or position." })
  updateTask(@Ctx() ctx: Context, @Arg('input', () => UpdateTaskInput, { description: 'The changes.' }) input: UpdateTaskInput): Promise<ActionTask> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'ActionTask');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      if (input.title !== undefined) checkText(input.title, 'input.title');
      if (input.state === null) throw badInput('input.state: a task always has a state', 'input.state');
      const { row } = await w.authorize('ActionTask', id, 'input.id');
      const data: Record<string, unknown> = {};
      for (const k of ['title', 'timescaleText', 'dueOn', 'position'] as const) if (input[k] !== undefined) data[k] = input[k];
      if (input.dueOn === undefined && input.timescaleText && row.dueOn == null) {
        const action = await w.tx.action.findUnique({ where: { id: row.actionId as number }, select: { planId: true } });
        data.dueOn = await dueOfText(w, action!.planId, input.timescaleText);
      }
      const state = (input.state ?? row.state) as TaskState;
      if (input.state !== undefined || input.completedOn !== undefined) {
        // Re-completing a task that was already DONE keeps its day unless a new one is given.
        const keep = state === TaskState.DONE && row.state === TaskState.DONE && input.completedOn === undefined;
        Object.assign(data, keep ? {} : completion(ctx, state, input.completedOn, 'input'));
        if (input.completedOn === null && state === TaskState.DONE) throw badInput('input.completedOn: a DONE task has a completion day', 'input.completedOn');
      }
      return (await w.update('ActionTask', id, input.expectedVersion, data, 'input')) as unknown as ActionTask;
    });
  }

  @Mutation(() => ActionTask, { description: 'Marks a task done, on the day given (today when absent), by you.' })
  completeTask(@Ctx() ctx: Context, @Arg('input', () => CompleteTaskInput, { description: 'The task.' }) input: CompleteTaskInput): Promise<ActionTask> {
    return runWrite(ctx, (w) => changeState(ctx, w, parseId(input.id, 'input.id', 'ActionTask'), input.expectedVersion, TaskState.DONE, input.completedOn, 'input'));
  }

  @Mutation(() => ActionTask, { description: 'Cancels a task: it no longer counts for completion or lateness.' })
  cancelTask(@Ctx() ctx: Context, @Arg('input', () => TaskVersionInput, { description: 'The task.' }) input: TaskVersionInput): Promise<ActionTask> {
    return runWrite(ctx, (w) => changeState(ctx, w, parseId(input.id, 'input.id', 'ActionTask'), input.expectedVersion, TaskState.CANCELLED, undefined, 'input'));
  }

  @Mutation(() => Action, { description: 'Deletes a task; answers its action as it is after the deletion.' })
  deleteTask(@Ctx() ctx: Context, @Arg('input', () => TaskVersionInput, { description: 'The task.' }) input: TaskVersionInput): Promise<Action> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'ActionTask');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      const row = await w.delete('ActionTask', id, input.expectedVersion, 'input');
      return (await w.tx.action.findUnique({ where: { id: row.actionId as number } })) as unknown as Action;
    });
  }
}

// ---------------------------------------------------------------- reminders

@InputType({ description: 'Which tasks a reminder query lists.' })
export class TaskReminderFilter {
  @Field(() => String, { nullable: true, description: 'Tasks of plans of this authority (by code).' })
  authorityCode?: string;
  @Field(() => ID, { nullable: true, description: 'Tasks of this plan.' })
  planId?: string;
  @Field(() => ID, { nullable: true, description: 'Tasks of this action.' })
  actionId?: string;
}

@ArgsType()
class DueSoonArgs {
  @Field(() => GraphQLDate, { nullable: true, description: 'The day to look ahead from; today when absent.' })
  asOf?: Date;
  @Bounds(POSITION)
  @Field(() => Int, { defaultValue: 14, description: 'How many days ahead (0–366): tasks due from `asOf` to `asOf` + days, inclusive.' })
  withinDays!: number;
  @Field(() => TaskReminderFilter, { nullable: true, description: 'Which tasks; all the caller may read when absent.' })
  filter?: TaskReminderFilter;
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' })
  first!: number;
  @Field(() => String, { nullable: true, description: "Return tasks after this cursor (a previous page's `pageInfo.endCursor`)." })
  after?: string;
}

@ArgsType()
class OverdueArgs {
  @Field(() => GraphQLDate, { nullable: true, description: 'The day; today when absent.' })
  asOf?: Date;
  @Field(() => TaskReminderFilter, { nullable: true, description: 'Which tasks; all the caller may read when absent.' })
  filter?: TaskReminderFilter;
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' })
  first!: number;
  @Field(() => String, { nullable: true, description: "Return tasks after this cursor (a previous page's `pageInfo.endCursor`)." })
  after?: string;
}

export const ActionTaskConnection = connectionType(ActionTask, 'ActionTask', 'task');

/** Tasks open on `day` (not cancelled, not done by then), of plans the caller may read, as a Prisma condition. */
function openTaskWhere(ctx: Context, day: Date, filter: TaskReminderFilter | undefined): Prisma.ActionTaskWhereInput {
  const action: Prisma.ActionWhereInput = { AND: [ctx.access.visibleActionWhere()] };
  if (filter?.planId != null) (action.AND as Prisma.ActionWhereInput[]).push({ planId: parseId(filter.planId, 'filter.planId', 'Plan') });
  if (filter?.authorityCode != null) (action.AND as Prisma.ActionWhereInput[]).push({ plan: { authority: { code: filter.authorityCode } } });
  return {
    action,
    ...(filter?.actionId != null ? { actionId: parseId(filter.actionId, 'filter.actionId', 'Action') } : {}),
    state: { not: TaskState.CANCELLED },
    NOT: { state: TaskState.DONE, completedOn: { lte: day } },
  };
}

@Resolver(() => ActionTask)
export class TaskReminderResolver {
  @Query(() => ActionTaskConnection, { description: 'Tasks open on `asOf` and due within the next `withinDays` days, earliest first.' })
  async dueSoon(@Ctx() ctx: Context, @Args() { asOf, withinDays, filter, first, after }: DueSoonArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionPage<ActionTask>> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366) throw badInput('withinDays: must be between 0 and 366', 'withinDays');
    const day = asOf ?? today(ctx);
    const until = new Date(day.getTime() + withinDays * 86_400_000);
    return pageOf({
      type: 'ActionTask',
      first,
      after,
      info,
      ordering: { column: 'dueOn', direction: SortDirection.ASC },
      where: { AND: [openTaskWhere(ctx, day, filter), { dueOn: { gte: day, lte: until } }] },
      findMany: (args) => ctx.prisma.actionTask.findMany(args),
      count: (args) => ctx.prisma.actionTask.count(args),
    });
  }

  @Query(() => ActionTaskConnection, { description: 'Tasks open on `asOf` whose due day was before it, most overdue first.' })
  async overdue(@Ctx() ctx: Context, @Args() { asOf, filter, first, after }: OverdueArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionPage<ActionTask>> {
    const day = asOf ?? today(ctx);
    return pageOf({
      type: 'ActionTask',
      first,
      after,
      info,
      ordering: { column: 'dueOn', direction: SortDirection.ASC },
      where: { AND: [openTaskWhere(ctx, day, filter), { dueOn: { lt: day } }] },
      findMany: (args) => ctx.prisma.actionTask.findMany(args),
      count: (args) => ctx.prisma.actionTask.count(args),
    });
  }
}
