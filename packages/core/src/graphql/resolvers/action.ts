import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLDate } from 'graphql-scalars';
import { Info, Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { SameAsColumn } from '../direct-read';
import {
  Action,
  ActionParty,
  ActionRole,
  FundingLine,
  Milestone,
  Plan,
  PlanLink,
  PlanSection,
  ProgressUpdate,
  RagStatus,
  Risk,
  SourceDocument,
  SuccessCriterion,
} from '../../generated/type-graphql';
import type { Prisma } from '../../db/prisma';
import type { Context } from '../context';
import { parseId } from '../errors';
import { lookupId } from '../global-id';
import { DEFAULT_PAGE_SIZE, connectionType, orderInputType, type ConnectionPage, type Ordering } from '../pagination';
import { SqlWhere, sqlPageOf, visibleSql } from '../sql-page';
import { follow, planById, sectionById, sourceById } from '../by-id';
import { DueFilter, dueWhere, dueWhereSql } from './values';
import { AttributeFilter, attributeWhereSql } from './attributes';

@InputType({ description: 'Which actions to list. Conditions combine with AND.' })
export class ActionFilter {
  @Field(() => ID, { nullable: true, description: 'Actions of this plan.' })
  planId?: string;

  @Field(() => ID, { nullable: true, description: 'Actions directly in this section.' })
  sectionId?: string;

  @Field(() => String, { nullable: true, description: 'Actions of plans of this authority (by code).' })
  authorityCode?: string;

  @Field(() => [RagStatus], { nullable: true, description: 'Actions whose latest RAG status is one of these.' })
  ragStatus?: RagStatus[];

  @Field(() => ID, { nullable: true, description: 'Actions in which this responsible party plays a part.' })
  responsiblePartyId?: string;

  @Field(() => ActionRole, { nullable: true, description: 'With `responsiblePartyId`: only where the party plays this role.' })
  role?: ActionRole;

  @Field(() => DueFilter, {
    nullable: true,
    description:
      'Actions due in this window: whose parsed timescale (`timescale.start`–`timescale.end`) overlaps it. An open end ("onwards", "ongoing") runs on for ever, a deadline ("By April 2018") from the beginning of time; undated or unparsed timescales never match.',
  })
  due?: DueFilter;

  @Field(() => [AttributeFilter], {
    nullable: true,
    description: 'Actions by the values of council-defined attributes (`Plan.attributeTypes`): equals for text, min / max for numbers, from / to for dates, in for choices and categories, hasValue for any kind. Several (at most 10) combine with AND. Not applied by plugin queries that reuse ActionFilter.',
  })
  attribute?: AttributeFilter[];
}

export enum ActionOrderField {
  DOCUMENT = 'DOCUMENT',
  TITLE = 'TITLE',
  CODE = 'CODE',
  DUE_START = 'DUE_START',
  DUE_END = 'DUE_END',
}
registerEnumType(ActionOrderField, {
  name: 'ActionOrderField',
  description: 'What to sort actions by.',
  valuesConfig: {
    DOCUMENT: { description: 'The order they were recorded in: document order for seeded and imported plans.' },
    TITLE: { description: 'Title, alphabetically.' },
    CODE: { description: 'Printed code (as text, e.g. "1.10" before "1.2"); actions without a code last.' },
    DUE_START: { description: 'The first day of the timescale as read (`timescale.start`); actions without one (undated, or a deadline with no start) last.' },
    DUE_END: { description: 'The day the action is due by (`timescale.end`); actions without one (undated or open-ended) last.' },
  },
});

/** How each ActionOrderField sorts (also used by plugins' own action queries). */
export const ACTION_ORDER: Record<ActionOrderField, Omit<Ordering, 'direction'>> = {
  DOCUMENT: { column: null },
  TITLE: { column: 'title' },
  CODE: { column: 'code' },
  DUE_START: { column: 'dueStart' },
  DUE_END: { column: 'dueEnd' },
};

export const ActionOrder = orderInputType('Action', ActionOrderField, 'actions');
export type ActionOrder = InstanceType<typeof ActionOrder>;

@ArgsType()
class ActionsArgs {
  @Field(() => ActionOrder, { nullable: true, description: 'How to sort; document order when absent.' })
  orderBy?: ActionOrder;

  @Field(() => ActionFilter, { nullable: true, description: 'Which actions; all when absent.' })
  filter?: ActionFilter;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' })
  first!: number;

  @Field(() => String, { nullable: true, description: "Return actions after this cursor (a previous page's `pageInfo.endCursor`)." })
  after?: string;
}

export const ActionConnection = connectionType(Action, 'Action', 'action');

/** The Prisma condition of a core ActionFilter (also used by plugins' own action queries). */
export function actionWhere(filter: ActionFilter | undefined): Prisma.ActionWhereInput {
  const where: Prisma.ActionWhereInput = {};
  if (!filter) return where;
  if (filter.planId != null) where.planId = parseId(filter.planId, 'filter.planId', 'Plan');
  if (filter.sectionId != null) where.sectionId = parseId(filter.sectionId, 'filter.sectionId', 'PlanSection');
  if (filter.authorityCode != null) where.plan = { authority: { code: filter.authorityCode } };
  if (filter.ragStatus?.length) where.ragStatus = { in: filter.ragStatus };
  if (filter.responsiblePartyId != null) {
    where.parties = { some: { partyId: parseId(filter.responsiblePartyId, 'filter.responsiblePartyId', 'ResponsibleParty'), ...(filter.role ? { role: filter.role } : {}) } };
  }
  if (filter.due) where.AND = [dueWhere(filter.due)];
  return where;
}

/**
 * A core ActionFilter's conditions, `attribute` aside (see `attributeWhereSql`), added to
 * `where` as SQL on the action table alias `t` (sql-page.ts): the same rows as
 * `actionWhere`. Also for plugins' own action lists that reuse ActionFilter.
 */
export function actionFilterSql(where: SqlWhere, filter: ActionFilter | undefined | null): SqlWhere {
  if (!filter) return where;
  if (filter.planId != null) where.add(`t."planId" = ${where.param(parseId(filter.planId, 'filter.planId', 'Plan'))}::int`);
  if (filter.sectionId != null) where.add(`t."sectionId" = ${where.param(parseId(filter.sectionId, 'filter.sectionId', 'PlanSection'))}::int`);
  if (filter.authorityCode != null) {
    where.add(`t."planId" IN (SELECT p."id" FROM "Plan" p JOIN "Authority" a ON a."id" = p."authorityId" WHERE a."code" = ${where.param(filter.authorityCode)}::text)`);
  }
  if (filter.ragStatus?.length) where.add(`t."ragStatus"::text = ANY(${where.param([...filter.ragStatus])}::text[])`);
  if (filter.responsiblePartyId != null) {
    const party = where.param(parseId(filter.responsiblePartyId, 'filter.responsiblePartyId', 'ResponsibleParty'));
    const role = filter.role ? ` AND ap."role"::text = ${where.param(filter.role)}::text` : '';
    where.add(`EXISTS (SELECT 1 FROM "ActionParty" ap WHERE ap."actionId" = t."id" AND ap."partyId" = ${party}::int${role})`);
  }
  if (filter.due) dueWhereSql(where, filter.due);
  return where;
}

@Resolver(() => Action)
export class ActionResolver {
  @Query(() => ActionConnection, { description: 'Actions across plans, filtered, sorted (document order by default) and paged with cursors.' })
  async actions(@Ctx() ctx: Context, @Args() { filter, first, after, orderBy }: ActionsArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionPage<Action>> {
    const ordering = orderBy ? { ...ACTION_ORDER[orderBy.by], direction: orderBy.direction } : undefined;
    // One prepared statement: the filter, the attribute conditions and the caller's
    // visibility in SQL (sql-page.ts). Attribute filters are checked against their types
    // first (a statement or two), as before.
    const where = visibleSql(ctx, 'Action', new SqlWhere());
    actionFilterSql(where, filter);
    await attributeWhereSql(ctx, where, filter?.attribute);
    return sqlPageOf<Action & { id: number }>({ ctx, type: 'Action', first, after, info, ordering, where });
  }

  @Query(() => Action, { nullable: true, description: "One action, by id; null when the id names no action the caller may read (another type's id or one that is not an id included, as `node`)." })
  async action(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The action id.' }) id: string): Promise<Action | null> {
    const actionId = lookupId(id, 'Action');
    return actionId == null ? null : ctx.prisma.action.findUnique({ where: { id: actionId } });
  }

  @FieldResolver(() => Plan, { description: 'The plan the action belongs to.' })
  async plan(@Root() action: Action, @Ctx() ctx: Context): Promise<Plan> {
    return (await planById(ctx).load(action.planId!))!;
  }

  @FieldResolver(() => PlanSection, { nullable: true, description: 'The section the action sits in; null when the plan has no sections.' })
  section(@Root() action: Action, @Ctx() ctx: Context): Promise<PlanSection | null> {
    return follow(sectionById(ctx), action.sectionId);
  }

  @FieldResolver(() => [ActionParty], { description: 'Who leads, delivers, is accountable for or supports the action, with their role, in printed order.' })
  parties(@Root() action: Action, @Ctx() ctx: Context): Promise<ActionParty[]> {
    return ctx.loaders
      .many(
        'Action.parties',
        (ids: readonly number[]) => ctx.prisma.actionParty.findMany({ where: { actionId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (p) => p.actionId!,
      )
      .load(action.id);
  }

  @FieldResolver(() => [Milestone], { description: 'Milestones and deliverables, in printed order: the top-level ones; items printed nested under one are its `children`.' })
  milestones(@Root() action: Action, @Ctx() ctx: Context): Promise<Milestone[]> {
    return ctx.loaders
      .many(
        'Action.milestones',
        (ids: readonly number[]) => ctx.prisma.milestone.findMany({ where: { actionId: { in: [...ids] }, parentId: null }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (m) => m.actionId!,
      )
      .load(action.id);
  }

  @FieldResolver(() => [SuccessCriterion], { description: 'How success of the action is judged, in printed order.' })
  successCriteria(@Root() action: Action, @Ctx() ctx: Context): Promise<SuccessCriterion[]> {
    return ctx.loaders
      .many(
        'Action.successCriteria',
        (ids: readonly number[]) => ctx.prisma.successCriterion.findMany({ where: { actionId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (c) => c.actionId!,
      )
      .load(action.id);
  }

  @FieldResolver(() => [FundingLine], { description: 'Money and resources for the action, as printed.' })
  funding(@Root() action: Action, @Ctx() ctx: Context): Promise<FundingLine[]> {
    return ctx.loaders
      .many(
        'Action.funding',
        (ids: readonly number[]) => ctx.prisma.fundingLine.findMany({ where: { actionId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (f) => f.actionId!,
      )
      .load(action.id);
  }

  @FieldResolver(() => [ProgressUpdate], { description: "The action's progress timeline, oldest first: approved updates only (what the public sees; the council finds the others in `progressUpdatesInReview`)." })
  progressUpdates(@Root() action: Action, @Ctx() ctx: Context): Promise<ProgressUpdate[]> {
    return ctx.loaders
      .many(
        'Action.progressUpdates',
        (ids: readonly number[]) =>
          ctx.prisma.progressUpdate.findMany({ where: { actionId: { in: [...ids] }, status: 'APPROVED' }, orderBy: [{ recordedOn: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }] }),
        (u) => u.actionId!,
      )
      .load(action.id);
  }

  @FieldResolver(() => [Risk], { description: 'Risks recorded against this action.' })
  risks(@Root() action: Action, @Ctx() ctx: Context): Promise<Risk[]> {
    return ctx.loaders
      .many(
        'Action.risks',
        (ids: readonly number[]) => ctx.prisma.risk.findMany({ where: { actionId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (r) => r.actionId!,
      )
      .load(action.id);
  }

  @FieldResolver(() => [PlanLink], { description: 'Links from this action to other plans and their targets.' })
  links(@Root() action: Action, @Ctx() ctx: Context): Promise<PlanLink[]> {
    return ctx.loaders
      .many(
        'Action.links',
        (ids: readonly number[]) => ctx.prisma.planLink.findMany({ where: { fromActionId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (l) => l.fromActionId!,
      )
      .load(action.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The document the action was transcribed or imported from (see also `sourceSection`, `sourceRow`).' })
  source(@Root() action: Action, @Ctx() ctx: Context): Promise<SourceDocument | null> {
    return follow(sourceById(ctx), action.sourceId);
  }
}

@Resolver(() => ProgressUpdate)
export class ProgressUpdateResolver {
  @FieldResolver(() => GraphQLDate, { nullable: true, description: 'The day the progress was recorded.' })
  @SameAsColumn()
  recordedOn(@Root() update: ProgressUpdate): Date | null {
    return update.recordedOn ?? null;
  }
}
