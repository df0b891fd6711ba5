import type { GraphQLResolveInfo } from 'graphql';
import { Info, Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { SameAsColumn } from '../direct-read';
import { GraphQLDate } from 'graphql-scalars';
import {
  Action,
  Authority,
  FundingLine,
  IndicatorSeries,
  Plan,
  PlanLink,
  PlanParty,
  PlanSection,
  PlanStatus,
  Risk,
  SourceDocument,
  SuccessCriterion,
} from '../../generated/type-graphql';
import type { Prisma } from '../../db/prisma';
import type { Context } from '../context';
import { badInput, parseId } from '../errors';
import { lookupId } from '../global-id';
import { exactlyOne, oneOfInput } from '../one-of';
import { authorityById, follow, sourceById } from '../by-id';
import { AmountRange, DueFilter, dueKey, dueWhere } from './values';
import { prefetch, wantsPrefetch } from '../prefetch';
import { SqlWhere, likeContains, sqlPageOf } from '../sql-page';
import { DEFAULT_PAGE_SIZE, connectionType, orderInputType, pageOf, type ConnectionPage, type Ordering } from '../pagination';

@InputType({ description: 'Which plans to list. Conditions combine with AND.' })
export class PlanFilter {
  @Field(() => ID, { nullable: true, description: 'Plans of this authority (by id).' })
  authorityId?: string;

  @Field(() => String, { nullable: true, description: 'Plans of this authority (by code, e.g. "exampleshire").' })
  authorityCode?: string;

  @Field(() => [PlanStatus], { nullable: true, description: 'Plans in any of these states.' })
  status?: PlanStatus[];

  @Field(() => String, { nullable: true, description: 'Plans whose printed period contains this text, e.g. "2019/20" (case-insensitive).' })
  period?: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'Plans whose period includes this day.' })
  activeOn?: Date;

  @Field(() => AmountRange, { nullable: true, description: 'Plans whose total stated funding (`totalFunding.amount`) lies in this range; plans with no stated sum never match.' })
  totalFunding?: AmountRange;
}

@InputType('PlanLookup', { description: 'Which plan to look up: exactly one of `id` and `slug` (a OneOf input: the schema refuses none or both).' })
export class PlanLookup {
  @Field(() => ID, { nullable: true, description: 'The plan id.' })
  id?: string;

  @Field(() => String, { nullable: true, description: 'The plan slug, e.g. "exampleshire-education-plan-2026".' })
  slug?: string;
}
oneOfInput('PlanLookup');

const PlanConnection = connectionType(Plan, 'Plan', 'plan');

export enum PlanOrderField {
  DOCUMENT = 'DOCUMENT',
  TITLE = 'TITLE',
  PERIOD_START = 'PERIOD_START',
  TOTAL_FUNDING = 'TOTAL_FUNDING',
}
registerEnumType(PlanOrderField, {
  name: 'PlanOrderField',
  description: 'What to sort plans by.',
  valuesConfig: {
    DOCUMENT: { description: 'The order they were recorded in.' },
    TITLE: { description: 'Title, alphabetically.' },
    PERIOD_START: { description: 'First day of the period; plans without one last.' },
    TOTAL_FUNDING: { description: 'Total stated funding (`totalFunding.amount`); plans with no stated sum last.' },
  },
});

const PLAN_ORDER: Record<PlanOrderField, Omit<Ordering, 'direction'>> = {
  DOCUMENT: { column: null },
  TITLE: { column: 'title' },
  PERIOD_START: { column: 'periodStart' },
  TOTAL_FUNDING: { column: 'fundingTotal' },
};

const PlanOrder = orderInputType('Plan', PlanOrderField, 'plans');
type PlanOrder = InstanceType<typeof PlanOrder>;

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => PlanConnection, { description: 'Plans, filtered, sorted (the order they were recorded in by default) and paged with cursors.' })
  async plans(
    @Ctx() ctx: Context,
    @Arg('filter', () => PlanFilter, { nullable: true, description: 'Which plans; all when absent.' }) filter: PlanFilter | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' }) first = DEFAULT_PAGE_SIZE,
    @Arg('after', () => String, { nullable: true, description: "Return plans after this cursor (a previous page's `pageInfo.endCursor`)." }) after: string | undefined,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => PlanOrder, { nullable: true, description: 'How to sort; the order they were recorded in when absent.' }) orderBy?: PlanOrder,
  ): Promise<ConnectionPage<Plan>> {
    // Drafts of other councils are left out here, in SQL, so pages and counts are right;
    // the page and its nodes' relations are one prepared statement (sql-page.ts).
    const where = new SqlWhere().addNumbered((next) => ctx.access.visiblePlanSql('t', next));
    if (filter?.authorityId != null) where.add(`t."authorityId" = ${where.param(parseId(filter.authorityId, 'filter.authorityId', 'Authority'))}::int`);
    if (filter?.authorityCode != null) where.add(`t."authorityId" IN (SELECT a."id" FROM "Authority" a WHERE a."code" = ${where.param(filter.authorityCode)}::text)`);
    if (filter?.status?.length) where.add(`t."status"::text = ANY(${where.param([...filter.status])}::text[])`);
    // "Contains this text", case-insensitive: ILIKE with the text's own % and _ (and the
    // escape character) taken literally.
    if (filter?.period != null) where.add(`t."periodText" ILIKE ${where.param(likeContains(filter.period))}::text`);
    if (filter?.activeOn != null) {
      const day = where.param(filter.activeOn.toISOString());
      where.add(`t."periodStart" <= (${day}::timestamptz AT TIME ZONE 'UTC') AND t."periodEnd" >= (${day}::timestamptz AT TIME ZONE 'UTC')`);
    }
    if (filter?.totalFunding) {
      const { min, max } = filter.totalFunding;
      if (min != null && max != null && min.greaterThan(max)) throw badInput('totalFunding.min is more than totalFunding.max', 'filter');
      where.add(`t."fundingTotal" IS NOT NULL`);
      if (min != null) where.add(`t."fundingTotal" >= ${where.param(min.toString())}::numeric`);
      if (max != null) where.add(`t."fundingTotal" <= ${where.param(max.toString())}::numeric`);
    }
    return sqlPageOf<Plan & { id: number }>({
      ctx,
      type: 'Plan',
      first,
      after,
      info,
      ordering: orderBy ? { ...PLAN_ORDER[orderBy.by], direction: orderBy.direction } : undefined,
      where,
    });
  }

  @Query(() => Plan, { nullable: true, description: "One plan, by id or by slug (exactly one of them); null when it names no plan the caller may read (another type's id or one that is not an id included, as `node`)." })
  async plan(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { nullable: true, deprecationReason: 'Use `by: { id }`: the schema then says that exactly one of id and slug is given. Kept for one release.', description: 'The plan id.' }) argId?: string,
    @Arg('slug', () => String, { nullable: true, deprecationReason: 'Use `by: { slug }`: the schema then says that exactly one of id and slug is given. Kept for one release.', description: 'The plan slug, e.g. "exampleshire-education-plan-2026".' }) argSlug?: string,
    @Arg('by', () => PlanLookup, { nullable: true, description: 'Which plan: `{ id }` or `{ slug }`.' }) by?: PlanLookup,
  ): Promise<Plan | null> {
    const given = [argId, argSlug, by].filter((v) => v != null).length;
    if (given !== 1) throw badInput('give exactly one of by, id and slug', given ? 'by' : undefined);
    if (by) exactlyOne(by, 'by');
    const id = by ? by.id ?? undefined : argId;
    const slug = by ? by.slug ?? undefined : argSlug;
    const planId = id != null ? lookupId(id, 'Plan') : undefined;
    // An id that names no plan answers null, as `node` does (docs/clients.md, "Ids").
    if (planId === null) return null;
    // A whole plan with its sections, actions... in one statement (see prefetch.ts).
    if (wantsPrefetch('Plan', info)) {
      // The caller's visibility in the same statement: the rows come back marked readable.
      const visible = ctx.access.visiblePlanSql('t', 2);
      const [plan] = await prefetch<Plan>(ctx, 'Plan', info, `${planId != null ? 't."id" = $1' : 't."slug" = $1'} AND ${visible.sql}`, [planId ?? slug, ...visible.params]);
      return plan ?? null;
    }
    return ctx.prisma.plan.findUnique({ where: planId != null ? { id: planId } : { slug: slug! } });
  }

  @FieldResolver(() => GraphQLDate, { nullable: true, description: 'First day of the period, when known.' })
  @SameAsColumn()
  periodStart(@Root() plan: Plan): Date | null {
    return plan.periodStart ?? null;
  }

  @FieldResolver(() => GraphQLDate, { nullable: true, description: 'Last day of the period, when known.' })
  @SameAsColumn()
  periodEnd(@Root() plan: Plan): Date | null {
    return plan.periodEnd ?? null;
  }

  @FieldResolver(() => Authority, { description: 'The authority that publishes the plan.' })
  async authority(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Authority> {
    return (await authorityById(ctx).load(plan.authorityId!))!;
  }

  @FieldResolver(() => [PlanSection], {
    description: 'The top of the section tree, in printed order; follow `children` for the levels below. Use `allSections` for every level at once.',
  })
  sections(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanSection[]> {
    return ctx.loaders
      .many(
        'Plan.sections',
        (ids: readonly number[]) => ctx.prisma.planSection.findMany({ where: { planId: { in: [...ids] }, parentId: null }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (s) => s.planId!,
      )
      .load(plan.id);
  }

  @FieldResolver(() => [PlanSection], { description: 'Every section of the plan at every level, in document order.' })
  allSections(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanSection[]> {
    return ctx.loaders
      .many(
        'Plan.allSections',
        (ids: readonly number[]) => ctx.prisma.planSection.findMany({ where: { planId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
        (s) => s.planId!,
      )
      .load(plan.id);
  }

  @FieldResolver(() => [Action], { description: "Every action of the plan, in document order. For paging and filtering across plans use `Query.actions`." })
  actions(
    @Root() plan: Plan,
    @Ctx() ctx: Context,
    @Arg('due', () => DueFilter, { nullable: true, description: 'Only actions due in this window (as `ActionFilter.due`).' }) due?: DueFilter,
  ): Promise<Action[]> {
    // One loader per window, so plans asked for with the same window share one query.
    const key = due ? `Plan.actions:${dueKey(due)}` : 'Plan.actions';
    return ctx.loaders
      .many(
        key,
        (ids: readonly number[]) => ctx.prisma.action.findMany({ where: { planId: { in: [...ids] }, ...(due ? dueWhere(due) : {}) }, orderBy: { id: 'asc' } }),
        (a) => a.planId!,
      )
      .load(plan.id);
  }

  @FieldResolver(() => [PlanParty], { description: "The plan's owners, contacts, leads and partners, in printed order." })
  parties(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanParty[]> {
    return ctx.loaders
      .many(
        'Plan.parties',
        (ids: readonly number[]) => ctx.prisma.planParty.findMany({ where: { planId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (p) => p.planId!,
      )
      .load(plan.id);
  }

  @FieldResolver(() => [SuccessCriterion], { description: 'Success criteria of the plan as a whole (sections and actions carry their own).' })
  successCriteria(@Root() plan: Plan, @Ctx() ctx: Context): Promise<SuccessCriterion[]> {
    return ctx.loaders
      .many(
        'Plan.successCriteria',
        (ids: readonly number[]) =>
          ctx.prisma.successCriterion.findMany({ where: { planId: { in: [...ids] }, sectionId: null, actionId: null }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (c) => c.planId!,
      )
      .load(plan.id);
  }

  @FieldResolver(() => [FundingLine], { description: 'Every money line of the plan and its actions, in document order.' })
  funding(@Root() plan: Plan, @Ctx() ctx: Context): Promise<FundingLine[]> {
    return ctx.loaders
      .many(
        'Plan.funding',
        (ids: readonly number[]) => ctx.prisma.fundingLine.findMany({ where: { planId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
        (f) => f.planId!,
      )
      .load(plan.id);
  }

  @FieldResolver(() => [Risk], { description: "The plan's risks, in printed order." })
  risks(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Risk[]> {
    return ctx.loaders
      .many(
        'Plan.risks',
        (ids: readonly number[]) => ctx.prisma.risk.findMany({ where: { planId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (r) => r.planId!,
      )
      .load(plan.id);
  }

  @FieldResolver(() => [PlanLink], { description: 'Links from this plan (or its actions) to other plans and their targets.' })
  links(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanLink[]> {
    return ctx.loaders
      .many(
        'Plan.links',
        (ids: readonly number[]) => ctx.prisma.planLink.findMany({ where: { fromPlanId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (l) => l.fromPlanId!,
      )
      .load(plan.id);
  }

  @FieldResolver(() => [PlanLink], { description: 'Links from other plans in this database to this one.' })
  linkedFrom(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanLink[]> {
    return ctx.loaders
      .many(
        'Plan.linkedFrom',
        (ids: readonly number[]) => ctx.prisma.planLink.findMany({ where: { toPlanId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
        (l) => l.toPlanId!,
      )
      .load(plan.id);
  }

  @FieldResolver(() => [IndicatorSeries], { description: 'Indicator series (baseline, targets, actuals) the plan sets.' })
  indicatorSeries(@Root() plan: Plan, @Ctx() ctx: Context): Promise<IndicatorSeries[]> {
    return ctx.loaders
      .many(
        'Plan.indicatorSeries',
        (ids: readonly number[]) => ctx.prisma.indicatorSeries.findMany({ where: { planId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
        (s) => s.planId!,
      )
      .load(plan.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The document the plan was transcribed or imported from.' })
  source(@Root() plan: Plan, @Ctx() ctx: Context): Promise<SourceDocument | null> {
    return follow(sourceById(ctx), plan.sourceId);
  }
}
