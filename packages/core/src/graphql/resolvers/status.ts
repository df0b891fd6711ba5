// Computed status in GraphQL (issue 18, part A): `Action.computedStatus`,
// `PlanSection.computedStatus`, `Plan.computedStatus` (`Plan.status` is its publication state) and the `actionStatuses` list with its filters and sorts, all as of a day.
// The SQL is src/status/compute.ts; each field here costs one statement per batch (a
// DataLoader per field and day), whatever the number of parents.
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLDate } from 'graphql-scalars';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Info, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Action, Plan, PlanSection, RagStatus } from '../../generated/type-graphql';
import type { Context } from '../context';
import { badInput, parseId } from '../errors';
import { DEFAULT_PAGE_SIZE, SortDirection, checkPageSize, connectionType, decodeKey, encodeKey, type ColumnInfo, type ConnectionPage } from '../pagination';
import { actionById } from '../by-id';
import { dayOf, today } from '../today';
import { toIsoDate } from '../../values/school-calendar';
import { Bounds, VERSION } from '../input-bounds';
import { runWrite } from '../../write/unit';
import { checkVersion } from '../../write/inputs';
import {
  actionStatusSql,
  planActionsSql,
  rollUpSql,
  sectionSubtreeActionsSql,
  toNumber,
  type ActionStatusRow,
  type RollUpRow,
} from '../../status/compute';

const AS_OF_DESCRIPTION = 'The day the status is computed for (tasks done after it count as open, updates after it are ignored); today when absent.';

/** The `asOf` argument as "YYYY-MM-DD" (the server's today when absent). */
function asOfDay(ctx: Context, asOf: Date | null | undefined): string {
  return toIsoDate(asOf ?? today(ctx))!;
}

@ObjectType({ description: "An action's computed status on a day, beside its manual `ragStatus` (which it never changes). README \"Computed status\" gives the rules." })
export class ActionStatus {
  /** @internal */ actionId!: number;

  @Field(() => GraphQLDate, { description: 'The day the status is computed for.' })
  asOf!: Date;

  @Field({ description: 'A task open on `asOf` was due before it, or the action\'s timescale ended before it while the action is not done.' })
  late!: boolean;

  @Field({ description: 'Neither done nor late.' })
  onTrack!: boolean;

  @Field({ description: "Not done, and no progress update within the plan's `updateIntervalDays` before `asOf` (always false when the plan sets no interval)." })
  stale!: boolean;

  @Field({ description: 'Every task (cancelled ones aside) was done by `asOf`; for an action without tasks, its RAG status is BLUE (completed).' })
  done!: boolean;

  @Field(() => Float, { nullable: true, description: 'Share of its tasks (cancelled ones aside) done by `asOf`, in percent (0–100, two decimals); null when it has no task.' })
  completionPercent!: number | null;

  @Field(() => Int, { description: 'Its tasks, cancelled ones aside.' })
  taskCount!: number;

  @Field(() => Int, { description: 'Its tasks done by `asOf`.' })
  tasksDone!: number;

  @Field(() => Int, { description: 'Its tasks open on `asOf` whose due day was before it.' })
  overdueTaskCount!: number;

  @Field(() => GraphQLDate, { nullable: true, description: 'The earliest due day of its tasks open on `asOf` (overdue ones included); null when none is dated.' })
  nextDueOn!: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day of its last progress update on or before `asOf`; null when there is none.' })
  lastProgressOn!: Date | null;

  @Field(() => Int, { description: "Days from its last progress update (else the start of the plan's period, else the day the action was entered) to `asOf`." })
  daysSinceProgress!: number;

  @Field(() => Int, { nullable: true, description: "The plan's update interval in days; null when the plan does not track staleness." })
  updateIntervalDays!: number | null;
}

@ObjectType({ description: 'The computed status of a group of actions (a section with the sections under it, or a plan) on a day.' })
export class StatusRollUp {
  @Field(() => GraphQLDate, { description: 'The day the status is computed for.' })
  asOf!: Date;

  @Field(() => Int, { description: 'Actions in the group.' })
  actionCount!: number;

  @Field(() => Int, { description: 'Of them, late.' })
  lateCount!: number;

  @Field(() => Int, { description: 'Of them, stale.' })
  staleCount!: number;

  @Field(() => Int, { description: 'Of them, on track.' })
  onTrackCount!: number;

  @Field(() => Int, { description: 'Of them, done.' })
  doneCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Weighted mean of the actions' completion percents (each action's `weight`; actions without tasks or with weight 0 are left out); null when no action counts.",
  })
  completionPercent!: number | null;

  @Field(() => Int, { description: 'The sum of the weights the completion counts.' })
  weightCounted!: number;
}

function statusOf(row: ActionStatusRow, asOf: string): ActionStatus {
  return Object.assign(new ActionStatus(), {
    actionId: row.id,
    asOf: dayOf(asOf),
    late: row.late,
    onTrack: row.onTrack,
    stale: row.stale,
    done: row.done,
    completionPercent: toNumber(row.completion),
    taskCount: row.taskCount,
    tasksDone: row.tasksDone,
    overdueTaskCount: row.overdueTasks,
    nextDueOn: row.nextDueOn,
    lastProgressOn: row.lastProgressOn,
    daysSinceProgress: row.daysSinceProgress ?? 0,
    updateIntervalDays: row.updateIntervalDays,
  });
}

function rollUpOf(row: RollUpRow | null, asOf: string): StatusRollUp {
  return Object.assign(new StatusRollUp(), {
    asOf: dayOf(asOf),
    actionCount: row?.actionCount ?? 0,
    lateCount: row?.lateCount ?? 0,
    staleCount: row?.staleCount ?? 0,
    onTrackCount: row?.onTrackCount ?? 0,
    doneCount: row?.doneCount ?? 0,
    completionPercent: toNumber(row?.completion ?? null),
    weightCounted: row?.weightCounted ?? 0,
  });
}

/** The status of these actions on `asOf`: one statement for the whole batch. */
export function actionStatusLoader(ctx: Context, asOf: string) {
  return ctx.loaders.one(
    `Action.status@${asOf}`,
    (ids: readonly number[]) =>
      ctx.prisma.$queryRawUnsafe<ActionStatusRow[]>(actionStatusSql('$1::date', 'SELECT unnest($2::int[])'), asOf, [...ids]),
    (r) => r.id,
  );
}

function rollUpLoader(ctx: Context, kind: 'Plan' | 'PlanSection', asOf: string) {
  const groups = kind === 'Plan' ? planActionsSql('$2::int[]') : sectionSubtreeActionsSql('$2::int[]');
  return ctx.loaders.one(
    `${kind}.status@${asOf}`,
    (ids: readonly number[]) => ctx.prisma.$queryRawUnsafe<RollUpRow[]>(rollUpSql('$1::date', groups), asOf, [...ids]),
    (r) => r.groupId,
  );
}

@Resolver(() => Action)
export class ActionStatusFieldResolver {
  @FieldResolver(() => ActionStatus, { description: 'The computed status (late, on track, stale, completion) on a day, beside the manual `ragStatus`.' })
  async computedStatus(@Root() action: Action, @Ctx() ctx: Context, @Arg('asOf', () => GraphQLDate, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: Date | null): Promise<ActionStatus> {
    const day = asOfDay(ctx, asOf);
    const row = await actionStatusLoader(ctx, day).load(action.id);
    if (!row) throw new Error(`no status for action ${action.id}`);
    return statusOf(row, day);
  }
}

@Resolver(() => PlanSection)
export class SectionStatusFieldResolver {
  @FieldResolver(() => StatusRollUp, { description: "The computed status of the section's actions, with those of the sections under it, on a day." })
  async computedStatus(@Root() section: PlanSection, @Ctx() ctx: Context, @Arg('asOf', () => GraphQLDate, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: Date | null): Promise<StatusRollUp> {
    const day = asOfDay(ctx, asOf);
    return rollUpOf(await rollUpLoader(ctx, 'PlanSection', day).load(section.id), day);
  }
}

@Resolver(() => Plan)
export class PlanStatusFieldResolver {
  @FieldResolver(() => StatusRollUp, { description: "The computed status of the plan's actions on a day." })
  async computedStatus(@Root() plan: Plan, @Ctx() ctx: Context, @Arg('asOf', () => GraphQLDate, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: Date | null): Promise<StatusRollUp> {
    const day = asOfDay(ctx, asOf);
    return rollUpOf(await rollUpLoader(ctx, 'Plan', day).load(plan.id), day);
  }
}

// ---------------------------------------------------------------- the list

@InputType({ description: 'Which actions `actionStatuses` lists. Conditions combine with AND; the computed ones are judged on `asOf`.' })
export class ActionStatusFilter {
  @Field(() => ID, { nullable: true, description: 'Actions of this plan.' })
  planId?: string;

  @Field(() => ID, { nullable: true, description: 'Actions in this section or in the sections under it.' })
  sectionId?: string;

  @Field(() => String, { nullable: true, description: 'Actions of plans of this authority (by code), e.g. "exampleshire".' })
  authorityCode?: string;

  @Field(() => [RagStatus], { nullable: true, description: 'Actions whose manual RAG status is one of these.' })
  ragStatus?: RagStatus[];

  @Field(() => Boolean, { nullable: true, description: 'Only late actions (true) or only actions that are not late (false).' })
  late?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only stale actions (true) or only actions that are not stale (false).' })
  stale?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only actions on track (true) or only those that are not (false).' })
  onTrack?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only done actions (true) or only those not done (false).' })
  done?: boolean;
}

export enum ActionStatusOrder {
  DOCUMENT = 'DOCUMENT',
  STALEST_FIRST = 'STALEST_FIRST',
  DUE_FIRST = 'DUE_FIRST',
  LEAST_COMPLETE_FIRST = 'LEAST_COMPLETE_FIRST',
}
registerEnumType(ActionStatusOrder, {
  name: 'ActionStatusOrder',
  description: 'How `actionStatuses` sorts; ties are broken by the order the actions were recorded in.',
  valuesConfig: {
    DOCUMENT: { description: 'The order the actions were recorded in (document order for seeded and imported plans).' },
    STALEST_FIRST: { description: 'Most days since the last progress update first (`daysSinceProgress`, descending).' },
    DUE_FIRST: { description: 'Earliest `nextDueOn` first (overdue tasks before due ones); actions with no open dated task last.' },
    LEAST_COMPLETE_FIRST: { description: 'Lowest `completionPercent` first; actions without tasks last.' },
  },
});

/** Each order's sort key over a status row `r`: a number, never null, ascending. */
const SORT_KEY: Record<ActionStatusOrder, string> = {
  DOCUMENT: '0',
  STALEST_FIRST: '-r."daysSinceProgress"',
  DUE_FIRST: `coalesce((r."nextDueOn" - DATE '1900-01-01'), 100000000)`,
  LEAST_COMPLETE_FIRST: 'coalesce(r."completion", 1000)',
};

@ArgsType()
class ActionStatusesArgs {
  @Field(() => GraphQLDate, { nullable: true, description: AS_OF_DESCRIPTION })
  asOf?: Date;

  @Field(() => ActionStatusFilter, { nullable: true, description: 'Which actions; all the caller may read when absent.' })
  filter?: ActionStatusFilter;

  @Field(() => ActionStatusOrder, { defaultValue: ActionStatusOrder.DOCUMENT, description: 'How to sort.' })
  orderBy!: ActionStatusOrder;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' })
  first!: number;

  @Field(() => String, { nullable: true, description: "Return statuses after this cursor (a previous page's `pageInfo.endCursor`, with the same `asOf`, filter and order)." })
  after?: string;
}

const ActionStatusConnection = connectionType(ActionStatus, 'ActionStatus', 'action status report');
type ActionStatusConnection = ConnectionPage<ActionStatus>;

/** A sort key is a number (`SORT_KEY`): the cursor's value is checked as a decimal. */
const SORT_KEY_COLUMN: ColumnInfo = { type: 'Decimal', enumValues: null, nullableColumn: false, mayBeNull: false };

type PageRow = ActionStatusRow & { total: number; sortKey: string | null };

@Resolver(() => ActionStatus)
export class ActionStatusResolver {
  @Query(() => ActionStatusConnection, {
    description:
      'Actions with their computed status on a day, filtered (e.g. every late action of a council) and sorted (e.g. stalest first), paged with cursors. One statement per page.',
  })
  async actionStatuses(@Ctx() ctx: Context, @Args() { asOf, filter, orderBy, first, after }: ActionStatusesArgs, @Info() _info: GraphQLResolveInfo): Promise<ActionStatusConnection> {
    checkPageSize(first);
    const day = asOfDay(ctx, asOf);
    const params: unknown[] = [day];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const visible = ctx.access.visiblePlanSql('p', 2);
    params.push(...visible.params);
    const scope: string[] = [visible.sql];
    if (filter?.planId != null) scope.push(`a."planId" = ${p(parseId(filter.planId, 'filter.planId', 'Plan'))}`);
    if (filter?.sectionId != null) {
      const ids = p([parseId(filter.sectionId, 'filter.sectionId', 'PlanSection')]);
      scope.push(`a."id" IN (SELECT "actionId" FROM (${sectionSubtreeActionsSql(`${ids}::int[]`)}) x)`);
    }
    if (filter?.authorityCode != null) scope.push(`p."authorityId" IN (SELECT au."id" FROM "Authority" au WHERE au."code" = ${p(filter.authorityCode)})`);
    if (filter?.ragStatus?.length) scope.push(`a."ragStatus"::text = ANY(${p(filter.ragStatus)}::text[])`);
    const computed: string[] = [];
    for (const flag of ['late', 'stale', 'onTrack', 'done'] as const) {
      const v = filter?.[flag];
      if (v != null) computed.push(`r."${flag}" = ${v ? 'true' : 'false'}`);
    }
    const c = after ? decodeKey('ActionStatus', { column: orderBy, direction: SortDirection.ASC }, SORT_KEY_COLUMN, after) : null;
    const inScope = `SELECT a."id" FROM "Action" a JOIN "Plan" p ON p."id" = a."planId" WHERE ${scope.join(' AND ')}`;
    const columns = `pg."id", pg."planId", pg."sectionId", pg."position", pg."weight", pg."taskCount", pg."tasksDone", pg."overdueTasks", pg."nextDueOn",
             pg."completion", pg."done", pg."lastProgressOn", pg."daysSinceProgress", pg."updateIntervalDays", pg."late", pg."onTrack", pg."stale"`;
    let sql: string;
    if (orderBy === ActionStatusOrder.DOCUMENT && !computed.length) {
      // Document order without a computed filter needs no status to sort or filter: the page
      // is taken inside the scope (by id) and only its actions' statuses are computed.
      const cursorSql = c ? `a."id" > ${p(c.id)}::int` : 'true';
      const limit = p(first + 1);
      sql = `
      WITH pageIds AS (${inScope} AND ${cursorSql} ORDER BY a."id" LIMIT ${limit}),
      pg AS (${actionStatusSql('$1::date', 'SELECT "id" FROM pageIds')})
      SELECT n."total", ${columns}, CASE WHEN pg."id" IS NULL THEN NULL ELSE '0' END AS "sortKey"
      FROM (SELECT count(*)::int AS "total" FROM (${inScope}) s) n
      LEFT JOIN pg ON true
      ORDER BY pg."id"`;
    } else {
      const cursorSql = c ? `(k."sortKey", k."id") > (${p(c.value)}::numeric, ${p(c.id)}::int)` : 'true';
      const limit = p(first + 1);
      sql = `
      WITH r AS (${actionStatusSql('$1::date', inScope)}),
      k AS (SELECT r.*, (${SORT_KEY[orderBy]})::numeric AS "sortKey" FROM r WHERE ${computed.length ? computed.join(' AND ') : 'true'})
      SELECT n."total", ${columns}, pg."sortKey"::text AS "sortKey"
      FROM (SELECT count(*)::int AS "total" FROM k) n
      LEFT JOIN LATERAL (SELECT k.* FROM k WHERE ${cursorSql} ORDER BY k."sortKey", k."id" LIMIT ${limit}) pg ON true
      ORDER BY pg."sortKey", pg."id"`;
    }
    const rows = await ctx.prisma.$queryRawUnsafe<PageRow[]>(sql, ...params);
    const total = rows[0]?.total ?? 0;
    const found = rows.filter((r) => r.id != null);
    const page = found.slice(0, first);
    const edges = page.map((r) => ({ cursor: encodeKey(['ActionStatus', orderBy, SortDirection.ASC, r.sortKey!, r.id]), node: statusOf(r, day) }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      totalCount: total,
      pageInfo: { hasNextPage: found.length > first, hasPreviousPage: !!after, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @FieldResolver(() => Action, { description: 'The action.' })
  async action(@Root() status: ActionStatus, @Ctx() ctx: Context): Promise<Action> {
    return (await actionById(ctx).load(status.actionId))!;
  }
}

// ---------------------------------------------------------------- settings

@InputType({ description: "A plan's update interval: after how many days without a progress update its actions count as stale." })
export class SetPlanUpdateIntervalInput {
  @Field(() => ID, { description: 'The plan.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read; VERSION_CONFLICT when the plan has changed since.' })
  expectedVersion!: number;
  @Field(() => Int, { nullable: true, description: 'Days (1–3660), e.g. 91 for a termly report; null stops tracking staleness.' })
  updateIntervalDays!: number | null;
}

@InputType({ description: "An action's weight in the roll-up of completion to its sections and plan." })
export class SetActionWeightInput {
  @Field(() => ID, { description: 'The action.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
  @Field(() => Int, { description: 'The weight (0–1000; 1 by default; 0 leaves the action out of completion roll-ups).' })
  weight!: number;
}

@Resolver()
export class StatusMutationResolver {
  @Mutation(() => Plan, { description: "Sets a plan's update interval (staleness); null stops tracking it." })
  setPlanUpdateInterval(@Ctx() ctx: Context, @Arg('input', () => SetPlanUpdateIntervalInput, { description: 'The plan and interval.' }) input: SetPlanUpdateIntervalInput): Promise<Plan> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'Plan');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      const days = input.updateIntervalDays;
      if (days != null && (!Number.isInteger(days) || days < 1 || days > 3660)) throw badInput('input.updateIntervalDays: must be between 1 and 3660', 'input.updateIntervalDays');
      return (await w.update('Plan', id, input.expectedVersion, { updateIntervalDays: days ?? null }, 'input')) as unknown as Plan;
    });
  }

  @Mutation(() => Action, { description: "Sets an action's weight in completion roll-ups." })
  setActionWeight(@Ctx() ctx: Context, @Arg('input', () => SetActionWeightInput, { description: 'The action and weight.' }) input: SetActionWeightInput): Promise<Action> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'Action');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      if (!Number.isInteger(input.weight) || input.weight < 0 || input.weight > 1000) throw badInput('input.weight: must be between 0 and 1000', 'input.weight');
      return (await w.update('Action', id, input.expectedVersion, { weight: input.weight }, 'input')) as unknown as Action;
    });
  }
}
