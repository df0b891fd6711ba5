import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ACTION_ORDER, ActionConnection, ActionOrder, DEFAULT_PAGE_SIZE, SqlWhere, likeLiteral, pageRows, type ConnectionPage, byId, moneyOf, parseIndicatorValue, parseThousandsOfPounds, parseTimescale, readingOf, timescaleOf, IndicatorReading, Money, Timescale, type MoneyResult, type Context, type IndicatorReadingResult, type TimescaleResult } from '@council-plans/core';
import * as models from './generated/type-graphql';
import type { Prisma } from './db';
import { loaders } from './loaders';
import { KentMutations } from './mutations';
import { ECM_NAMES, ECM_OUTCOMES } from './ecm';
import { BUDGET_AMOUNT_COLUMNS } from './structured-values';
import { prismaOf } from './db';

@ObjectType({ description: "One £000's cell of a budget line, as printed and read as money." })
export class KentBudgetAmount {
  @Field(() => String, { description: 'The line\'s field the cell is printed in, e.g. "controllable2008_09", "externalIncome".' })
  column!: string;
  @Field(() => Money, { description: 'The cell as printed (`text`, e.g. "1,702.1") and read in pounds (`amount` "1702100"); unparsed when empty.' })
  money!: Money;
}

@ObjectType({ description: "A deliverable of Kent's operational plan as printed: its text and the sub-items printed nested under it." })
export class KentDeliverable {
  @Field(() => String, { description: 'The deliverable as printed, e.g. "2008 FSP data continues to close the gap between National and Kent performance in".' })
  text!: string;
  @Field(() => [String], { description: 'The sub-items printed nested under it, in printed order (e.g. "emotional development", "reading"); empty for most.' })
  subItems!: string[];
}

const {
  Action,
  PlanSection,
  Plan,
  PlanLink,
  Risk,
  IndicatorSeries,
  KentEcmOutcome,
  KentKeyArea,
  KentKeyAreaLink,
  KentPartnershipAction,
  KentOperationalAction,
  KentObjective,
  KentOperationalPlan,
  KentContentsEntry,
  KentNarrativeSection,
  KentKpi,
  KentNationalIndicator,
  KentEnvironmentalItem,
  KentLeadRole,
  KentLeadRoleAction,
  KentLeadRoleTarget,
  KentBudget,
  KentBudgetLine,
  KentRiskAssessment,
  KentConsultation,
  KentStaffingRow,
} = models;
type Action = models.Action;
type PlanSection = models.PlanSection;
type Plan = models.Plan;
type PlanLink = models.PlanLink;
type Risk = models.Risk;
type IndicatorSeries = models.IndicatorSeries;
type KentEcmOutcome = models.KentEcmOutcome;
type KentKeyArea = models.KentKeyArea;
type KentKeyAreaLink = models.KentKeyAreaLink;
type KentPartnershipAction = models.KentPartnershipAction;
type KentOperationalAction = models.KentOperationalAction;
type KentObjective = models.KentObjective;
type KentOperationalPlan = models.KentOperationalPlan;
type KentContentsEntry = models.KentContentsEntry;
type KentNarrativeSection = models.KentNarrativeSection;
type KentKpi = models.KentKpi;
type KentNationalIndicator = models.KentNationalIndicator;
type KentEnvironmentalItem = models.KentEnvironmentalItem;
type KentLeadRole = models.KentLeadRole;
type KentLeadRoleAction = models.KentLeadRoleAction;
type KentLeadRoleTarget = models.KentLeadRoleTarget;
type KentBudget = models.KentBudget;
type KentBudgetLine = models.KentBudgetLine;
type KentRiskAssessment = models.KentRiskAssessment;
type KentConsultation = models.KentConsultation;
type KentStaffingRow = models.KentStaffingRow;

@ObjectType({ description: 'An Every Child Matters outcome of Kent\'s taxonomy: its number in the "(ECM n)" tags and its name.' })
export class KentEcmOutcomeInfo {
  @Field(() => KentEcmOutcome, { description: 'The outcome, as used in filters and tags.' })
  outcome!: KentEcmOutcome;

  @Field(() => Int, { description: 'Its number in the printed tags, 1 to 5.' })
  number!: number;

  @Field(() => String, { description: 'Its name, e.g. "enjoy and achieve".' })
  name!: string;
}

@InputType({ description: "Which Kent actions to list. Conditions combine with AND; all of Kent's actions when empty." })
export class KentActionFilter {
  @Field(() => String, { nullable: true, description: 'Actions of this plan (by slug).' })
  planSlug?: string;

  @Field(() => String, { nullable: true, description: 'Actions of this unit of the operational plan, by its number, e.g. "2" for Primary.' })
  unit?: string;

  @Field(() => KentEcmOutcome, { nullable: true, description: 'Actions under an objective tagged with this Every Child Matters outcome.' })
  ecmOutcome?: KentEcmOutcome;

  @Field(() => String, { nullable: true, description: 'Actions linking to this plan family, e.g. "Towards 2010", "LAA", "CYPP", "BVPI" (see PlanLink.toPlanName); case-insensitive.' })
  linkedPlan?: string;

  @Field(() => String, { nullable: true, description: 'Actions linking to this target, e.g. "11" (with `linkedPlan`: of that plan), case-insensitive.' })
  linkedTarget?: string;
}

/** Kent's queries. */
@Resolver()
export class KentQueries {
  @Query(() => [KentEcmOutcomeInfo], { description: 'The five Every Child Matters outcomes Kent tags its objectives with, in ECM order.' })
  kentEcmOutcomes(): KentEcmOutcomeInfo[] {
    return ECM_OUTCOMES.map((outcome, i) => ({ outcome: outcome as KentEcmOutcome, number: i + 1, name: ECM_NAMES[i] }));
  }

  @Query(() => [Action], {
    deprecationReason: 'Use `kentActionsConnection` (the same filter, sorted and paged with cursors, like every other list of actions). `kentActions` is removed in the release after next.',
    description: "Kent's actions, filtered by unit, Every Child Matters outcome and links to other plans' targets, in document order, unpaged.",
  })
  kentActions(
    @Ctx() ctx: Context,
    @Arg('filter', () => KentActionFilter, { nullable: true, description: "Which actions; all of Kent's when absent." }) filter?: KentActionFilter,
  ): Promise<Action[]> {
    return prismaOf(ctx).action.findMany({ where: kentActionWhere(ctx, filter), orderBy: { id: 'asc' } }) as Promise<Action[]>;
  }

  @Query(() => ActionConnection, {
    description: "Kent's actions, filtered by unit, Every Child Matters outcome and links to other plans' targets, sorted (document order by default) and paged with cursors.",
  })
  kentActionsConnection(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => KentActionFilter, { nullable: true, description: "Which actions; all of Kent's when absent." }) filter: KentActionFilter | undefined,
    @Arg('orderBy', () => ActionOrder, { nullable: true, description: 'How to sort; document order when absent.' }) orderBy: ActionOrder | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "Actions after this cursor (a previous page's `pageInfo.endCursor`)." }) after?: string,
  ): Promise<ConnectionPage<Action>> {
    // One statement (two with totalCount), drafts the caller may not see left out in it.
    return pageRows(ctx, {
      type: 'Action',
      first,
      after,
      info,
      ordering: orderBy ? { ...ACTION_ORDER[orderBy.by], direction: orderBy.direction } : undefined,
      where: kentActionSql(filter),
    });
  }
}

/** `kentActionWhere` as SQL on the action (alias `t`), for `pageRows` (which adds the caller's visibility). */
function kentActionSql(filter: KentActionFilter | undefined): SqlWhere {
  const f = filter ?? {};
  const where = new SqlWhere();
  where.add(`t."planId" IN (SELECT p."id" FROM "Plan" p WHERE p."format" = 'kent'${f.planSlug != null ? ` AND p."slug" = ${where.param(f.planSlug)}::text` : ''})`);
  const section: string[] = [];
  if (f.unit != null) section.push(`EXISTS (SELECT 1 FROM "PlanSection" u WHERE u."id" = s."parentId" AND u."kind" = 'UNIT' AND u."code" = ${where.param(f.unit)}::text)`);
  if (f.ecmOutcome != null) {
    section.push(`EXISTS (SELECT 1 FROM "KentObjective" o JOIN "KentObjectiveEcmTag" e ON e."objectiveId" = o."id" WHERE o."sectionId" = s."id" AND e."outcome"::text = ${where.param(f.ecmOutcome)}::text)`);
  }
  if (section.length) where.add(`EXISTS (SELECT 1 FROM "PlanSection" s WHERE s."id" = t."sectionId" AND ${section.join(' AND ')})`);
  // Case-insensitive equality, the text's own % and _ taken literally.
  const link: string[] = [];
  if (f.linkedPlan != null) link.push(`l."toPlanName" ILIKE ${where.param(likeLiteral(f.linkedPlan))}::text`);
  if (f.linkedTarget != null) link.push(`l."target" ILIKE ${where.param(likeLiteral(f.linkedTarget))}::text`);
  if (link.length) where.add(`EXISTS (SELECT 1 FROM "PlanLink" l WHERE l."fromActionId" = t."id" AND ${link.join(' AND ')})`);
  return where;
}

/** The condition of a KentActionFilter, drafts the caller may not see left out. */
function kentActionWhere(ctx: Context, filter: KentActionFilter | undefined): Prisma.ActionWhereInput {
  const f = filter ?? {};
  const section: Prisma.PlanSectionWhereInput = {};
  if (f.unit != null) section.parent = { kind: 'UNIT', code: f.unit };
  if (f.ecmOutcome != null) section.kentObjective = { ecmTags: { some: { outcome: f.ecmOutcome } } };
  // Drafts the caller may not see are left out in SQL, so pages and counts are right.
  const where: Prisma.ActionWhereInput = { plan: { AND: [{ format: 'kent', ...(f.planSlug != null ? { slug: f.planSlug } : {}) }, ctx.access.visiblePlanWhere() as Prisma.PlanWhereInput] } };
  if (Object.keys(section).length) where.section = section;
  if (f.linkedPlan != null || f.linkedTarget != null) {
    where.links = {
      some: {
        ...(f.linkedPlan != null ? { toPlanName: { equals: f.linkedPlan, mode: 'insensitive' } } : {}),
        ...(f.linkedTarget != null ? { target: { equals: f.linkedTarget, mode: 'insensitive' } } : {}),
      },
    };
  }
  return where;
}

/** Kent's fields on the core Action type. */
@Resolver(() => Action)
export class KentActionFields {
  @FieldResolver(() => KentPartnershipAction, {
    nullable: true,
    description: "The action as a bullet of Kent's schools partnership plan (sub-points, paired Lead / Cost / Target Dates entries); null elsewhere.",
  })
  kentPartnershipAction(@Root() action: Action, @Ctx() ctx: Context): Promise<KentPartnershipAction | null> {
    return loaders.partnershipActionByAction(ctx).load(action.id);
  }

  // A plugin's field on a core type is named by its council (docs/plugins.md, "Naming"):
  // `Action.kent` as `Action.peterborough`, `.plymouth`, `.worcestershire`.
  @FieldResolver(() => KentOperationalAction, {
    nullable: true,
    description: "The action as a row of Kent's operational plan (accountable manager, links to other plans, deliverables, target dates as printed); null elsewhere.",
  })
  kent(@Root() action: Action, @Ctx() ctx: Context): Promise<KentOperationalAction | null> {
    return loaders.operationalActionByAction(ctx).load(action.id);
  }

  @FieldResolver(() => KentOperationalAction, {
    nullable: true,
    deprecationReason: 'Use `kent` (a plugin\'s field on a core type is named by its council). Removed in the release after next.',
    description: "The same as `kent`: the action as a row of Kent's operational plan; null elsewhere.",
  })
  kentOperationalAction(@Root() action: Action, @Ctx() ctx: Context): Promise<KentOperationalAction | null> {
    return loaders.operationalActionByAction(ctx).load(action.id);
  }

  @FieldResolver(() => [KentEcmOutcome], {
    description: "The Every Child Matters outcomes of the Kent objective the action sits under, in ECM order; empty elsewhere.",
  })
  async kentEcmOutcomes(@Root() action: Action, @Ctx() ctx: Context): Promise<KentEcmOutcome[]> {
    if (action.sectionId == null) return [];
    const objective = await loaders.objectiveBySection(ctx).load(action.sectionId);
    return objective ? loaders.ecmOutcomesByObjective(ctx).load(objective.id) : [];
  }
}

/** Kent's fields on the core PlanSection type. */
@Resolver(() => PlanSection)
export class KentSectionFields {
  @FieldResolver(() => KentKeyArea, { nullable: true, description: "The section as a key area of Kent's schools partnership plan (its Lead, Cost and Target Dates columns); null elsewhere." })
  kentKeyArea(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<KentKeyArea | null> {
    return loaders.keyAreaBySection(ctx).load(section.id);
  }

  @FieldResolver(() => KentObjective, { nullable: true, description: "The section as an objective of Kent's operational plan (its Every Child Matters tag); null elsewhere." })
  kentObjective(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<KentObjective | null> {
    return loaders.objectiveBySection(ctx).load(section.id);
  }

  @FieldResolver(() => [KentBudget], { description: "The revenue budget of a unit of Kent's operational plan; empty elsewhere." })
  kentBudgets(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<KentBudget[]> {
    return loaders.budgetsBySection(ctx).load(section.id);
  }
}

@Resolver(() => KentObjective)
export class KentObjectiveFields {
  @FieldResolver(() => [KentEcmOutcome], { description: 'The Every Child Matters outcomes the tag names, in ECM order; empty without a tag.' })
  ecmOutcomes(@Root() objective: KentObjective, @Ctx() ctx: Context): Promise<KentEcmOutcome[]> {
    return loaders.ecmOutcomesByObjective(ctx).load(objective.id);
  }
}

/** A stored parse when it is of this text; otherwise parsed now (a row not refreshed yet). */
function storedOr<T extends { text: string }>(stored: unknown, text: string, parse: () => T): T {
  return stored && typeof stored === 'object' && (stored as { text?: unknown }).text === text ? (stored as T) : parse();
}

@Resolver(() => KentKeyArea)
export class KentKeyAreaFields {
  @FieldResolver(() => [Timescale], { description: 'The Target Dates column entries (`targetDates`) with their structured readings, in printed order.' })
  targetDateTimescales(@Root() keyArea: KentKeyArea): Timescale[] {
    const stored = ((keyArea as { targetDatesParsed?: unknown }).targetDatesParsed ?? []) as unknown[];
    return keyArea.targetDates.map((t, i) => timescaleOf(storedOr<TimescaleResult>(stored[i], t, () => parseTimescale(t))));
  }

  @FieldResolver(() => [KentKeyAreaLink], { description: 'The links printed in the key area ("LINKS TO LCSP …", named separate plans), in printed order.' })
  links(@Root() keyArea: KentKeyArea, @Ctx() ctx: Context): Promise<KentKeyAreaLink[]> {
    return loaders.keyAreaLinks(ctx).load(keyArea.id);
  }
}

@Resolver(() => KentKeyAreaLink)
export class KentKeyAreaLinkFields {
  @FieldResolver(() => PlanLink, { description: 'The core plan link: the linked plan family, target and printed text.' })
  async link(@Root() row: KentKeyAreaLink, @Ctx() ctx: Context): Promise<PlanLink> {
    return (await loaders.planLinkById(ctx).load(row.linkId!))!;
  }
}

@Resolver(() => KentPartnershipAction)
export class KentPartnershipActionFields {
  @FieldResolver(() => Action, { description: 'The core action this bullet is.' })
  async action(@Root() row: KentPartnershipAction, @Ctx() ctx: Context): Promise<Action> {
    return (await byId.actionById(ctx).load(row.actionId!))!;
  }
}

@Resolver(() => KentOperationalAction)
export class KentOperationalActionFields {
  @FieldResolver(() => Action, { description: 'The core action this row is.' })
  async action(@Root() row: KentOperationalAction, @Ctx() ctx: Context): Promise<Action> {
    return (await byId.actionById(ctx).load(row.actionId!))!;
  }

  @FieldResolver(() => [KentDeliverable], { description: 'The "Deliverables or outcomes" cell as a list: each top-level deliverable (`deliverables`) with the sub-items printed nested under it.' })
  deliverableItems(@Root() row: KentOperationalAction): KentDeliverable[] {
    const sub = ((row as { deliverableSubItems?: unknown }).deliverableSubItems ?? {}) as Record<string, string[]>;
    return row.deliverables.map((text, i) => ({ text, subItems: Array.isArray(sub[String(i)]) ? sub[String(i)]! : [] }));
  }
}

function kpiReading(row: KentKpi, column: 'actual2006_07' | 'estimated2007_08' | 'target2008_09'): IndicatorReading {
  const stored = ((row as { valuesParsed?: Record<string, unknown> | null }).valuesParsed ?? {})[column];
  return readingOf(storedOr<IndicatorReadingResult>(stored, row[column], () => parseIndicatorValue(row[column])));
}

@Resolver(() => KentEnvironmentalItem)
export class KentEnvironmentalItemFields {
  @FieldResolver(() => Timescale, { nullable: true, description: 'The objective\'s target date (`targetDate`) with its structured reading; null for project rows, which print none.' })
  targetDateTimescale(@Root() row: KentEnvironmentalItem): Timescale | null {
    if (row.table !== 'objective') return null;
    return timescaleOf(storedOr<TimescaleResult>((row as { targetDateParsed?: unknown }).targetDateParsed, row.targetDate, () => parseTimescale(row.targetDate)));
  }
}

/** Kent's fields on the core Plan type. */
@Resolver(() => Plan)
export class KentPlanFields {
  @FieldResolver(() => KentOperationalPlan, {
    nullable: true,
    description: "What Kent's operational plan prints beyond the core plan: cover, contents, narrative, KPIs, National Indicators, lead roles, budgets, consultations, staffing; null for other plans.",
  })
  kentOperationalPlan(@Root() plan: Plan, @Ctx() ctx: Context): Promise<KentOperationalPlan | null> {
    return loaders.operationalPlanByPlan(ctx).load(plan.id);
  }
}

@Resolver(() => KentOperationalPlan)
export class KentOperationalPlanFields {
  @FieldResolver(() => [KentContentsEntry], { description: 'The contents page entries, in order.' })
  contents(@Root() p: KentOperationalPlan, @Ctx() ctx: Context): Promise<KentContentsEntry[]> {
    return loaders.contents(ctx).load(p.planId!);
  }

  @FieldResolver(() => [KentNarrativeSection], { description: 'The narrative sections (purpose, context, priorities, feedback, performance, staffing, monitoring…), in document order.' })
  narrative(@Root() p: KentOperationalPlan, @Ctx() ctx: Context): Promise<KentNarrativeSection[]> {
    return loaders.narrative(ctx).load(p.planId!);
  }

  @FieldResolver(() => [KentKpi], { description: 'The Key Performance Indicators table, row by row as printed.' })
  kpis(@Root() p: KentOperationalPlan, @Ctx() ctx: Context): Promise<KentKpi[]> {
    return loaders.kpis(ctx).load(p.planId!);
  }

  @FieldResolver(() => [KentNationalIndicator], { description: 'The National Indicators identified as the division\'s responsibility, as printed.' })
  nationalIndicators(@Root() p: KentOperationalPlan, @Ctx() ctx: Context): Promise<KentNationalIndicator[]> {
    return loaders.nationalIndicators(ctx).load(p.planId!);
  }

  @FieldResolver(() => [KentEnvironmentalItem], { description: 'The Corporate Environmental Performance tables: the objectives, then the projects.' })
  environmental(@Root() p: KentOperationalPlan, @Ctx() ctx: Context): Promise<KentEnvironmentalItem[]> {
    return loaders.environmental(ctx).load(p.planId!);
  }

  @FieldResolver(() => [KentLeadRole], { description: 'The Lead Roles table: corporate targets the division leads or supports.' })
  leadRoles(@Root() p: KentOperationalPlan, @Ctx() ctx: Context): Promise<KentLeadRole[]> {
    return loaders.leadRoles(ctx).load(p.planId!);
  }

  @FieldResolver(() => [KentBudget], { description: 'The revenue budgets of the units, in printed order.' })
  budgets(@Root() p: KentOperationalPlan, @Ctx() ctx: Context): Promise<KentBudget[]> {
    return loaders.budgetsByPlan(ctx).load(p.planId!);
  }

  @FieldResolver(() => [KentConsultation], { description: 'The consultation exercises, satisfaction surveys and reviews table.' })
  consultations(@Root() p: KentOperationalPlan, @Ctx() ctx: Context): Promise<KentConsultation[]> {
    return loaders.consultations(ctx).load(p.planId!);
  }

  @FieldResolver(() => [KentStaffingRow], { description: 'The Staffing FTE table.' })
  staffing(@Root() p: KentOperationalPlan, @Ctx() ctx: Context): Promise<KentStaffingRow[]> {
    return loaders.staffing(ctx).load(p.planId!);
  }
}

@Resolver(() => KentKpi)
export class KentKpiFields {
  @FieldResolver(() => IndicatorReading, { description: '"Actual performance 2006/2007" (`actual2006_07`) read: value, unit, and a flag when the printed value looks wrong.' })
  actualReading(@Root() row: KentKpi): IndicatorReading {
    return kpiReading(row, 'actual2006_07');
  }
  @FieldResolver(() => IndicatorReading, { description: '"Estimated performance 2007/08" (`estimated2007_08`) read.' })
  estimatedReading(@Root() row: KentKpi): IndicatorReading {
    return kpiReading(row, 'estimated2007_08');
  }
  @FieldResolver(() => IndicatorReading, { description: '"Target 2008/09" (`target2008_09`) read.' })
  targetReading(@Root() row: KentKpi): IndicatorReading {
    return kpiReading(row, 'target2008_09');
  }

  @FieldResolver(() => IndicatorSeries, { nullable: true, description: "The core indicator series of the row (Kent's actual, estimate and target); null when the row prints no code." })
  series(@Root() row: KentKpi, @Ctx() ctx: Context): Promise<IndicatorSeries | null> {
    return row.seriesId == null ? Promise.resolve(null) : loaders.seriesById(ctx).load(row.seriesId);
  }
}

@Resolver(() => KentNationalIndicator)
export class KentNationalIndicatorFields {
  @FieldResolver(() => IndicatorSeries, { description: "Kent's core indicator series for this National Indicator." })
  async series(@Root() row: KentNationalIndicator, @Ctx() ctx: Context): Promise<IndicatorSeries> {
    return (await loaders.seriesById(ctx).load(row.seriesId!))!;
  }
}

@Resolver(() => KentLeadRole)
export class KentLeadRoleFields {
  @FieldResolver(() => [KentLeadRoleTarget], { description: 'The targets named in full in the row, each with the lead officer printed against it.' })
  targets(@Root() row: KentLeadRole, @Ctx() ctx: Context): Promise<KentLeadRoleTarget[]> {
    return loaders.leadRoleTargets(ctx).load(row.id);
  }

  @FieldResolver(() => [KentLeadRoleAction], { description: 'The numbered directorate actions under the target, in printed order.' })
  actions(@Root() row: KentLeadRole, @Ctx() ctx: Context): Promise<KentLeadRoleAction[]> {
    return loaders.leadRoleActions(ctx).load(row.id);
  }
}

@Resolver(() => KentBudgetLine)
export class KentBudgetLineFields {
  @FieldResolver(() => [KentBudgetAmount], { description: "The eight £000's columns read as money, in column order (the FTE and Cabinet Member columns are not money)." })
  amounts(@Root() line: KentBudgetLine): KentBudgetAmount[] {
    const stored = ((line as { amountsParsed?: Record<string, unknown> | null }).amountsParsed ?? {}) as Record<string, unknown>;
    return BUDGET_AMOUNT_COLUMNS.map((column) => {
      const text = (line as unknown as Record<string, string>)[column]!;
      return { column, money: moneyOf(storedOr<MoneyResult>(stored[column], text, () => parseThousandsOfPounds(text))) };
    });
  }
}

@Resolver(() => KentBudget)
export class KentBudgetFields {
  @FieldResolver(() => [KentBudgetLine], { description: 'The budget lines, in printed order.' })
  lines(@Root() row: KentBudget, @Ctx() ctx: Context): Promise<KentBudgetLine[]> {
    return loaders.budgetLines(ctx).load(row.id);
  }

  @FieldResolver(() => PlanSection, { nullable: true, description: "The unit's section of the plan, when the budget is one of the five units'." })
  section(@Root() row: KentBudget, @Ctx() ctx: Context): Promise<PlanSection | null> {
    return byId.follow(byId.sectionById(ctx), row.sectionId);
  }
}

/** Kent's field on the core Risk type. */
@Resolver(() => Risk)
export class KentRiskFields {
  @FieldResolver(() => KentRiskAssessment, { nullable: true, description: "Kent's risk register row: the cells as printed and the impact × likelihood score and band; null for other councils' risks." })
  kent(@Root() risk: Risk, @Ctx() ctx: Context): Promise<KentRiskAssessment | null> {
    return loaders.riskAssessmentByRisk(ctx).load(risk.id);
  }
}

export const resolvers = [
  KentMutations,
  KentQueries,
  KentActionFields,
  KentSectionFields,
  KentObjectiveFields,
  KentKeyAreaFields,
  KentKeyAreaLinkFields,
  KentPartnershipActionFields,
  KentOperationalActionFields,
  KentPlanFields,
  KentOperationalPlanFields,
  KentKpiFields,
  KentEnvironmentalItemFields,
  KentNationalIndicatorFields,
  KentLeadRoleFields,
  KentBudgetFields,
  KentBudgetLineFields,
  KentRiskFields,
];
