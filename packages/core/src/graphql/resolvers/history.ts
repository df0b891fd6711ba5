// The audit trail as the API serves it: an action's and a plan's changes (newest first)
// and an action's fields as they were at an instant, rebuilt from the audit events.
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, GraphQLISODateTime, ID, Info, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Action, AuditEvent, Plan, RagStatus } from '../../generated/type-graphql';
import type { Context } from '../context';
import { toGlobalId } from '../global-id';
import { planById } from '../by-id';

/** The audit trail names officers: only the plan's council may read it. */
async function requireHistoryReader(ctx: Context, planId: number, what: string): Promise<void> {
  const plan = await planById(ctx).load(planId);
  await ctx.access.requireCouncilReader(plan!.authorityId!, what);
}
import { DEFAULT_PAGE_SIZE, SortDirection, connectionType, pageOf, type ConnectionPage } from '../pagination';

const AuditEventConnection = connectionType(AuditEvent, 'AuditEvent', 'audit event');

type Event = AuditEvent & { entityId: number; before: unknown; after: unknown };

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => ID, { description: 'The global id of the row changed (fetch it with `Query.node` unless it was deleted).' })
  entityId(@Root() event: Event): string {
    return toGlobalId(event.entity, event.entityId);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'Every column of the row before the change; null for CREATE.' })
  before(@Root() event: Event): unknown {
    return event.before ?? null;
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'Every column of the row after the change; null for DELETE.' })
  after(@Root() event: Event): unknown {
    return event.after ?? null;
  }

  @FieldResolver(() => [String], { description: 'The columns whose value the change altered (all of them for CREATE and DELETE), `version` and `updatedAt` left out.' })
  changedFields(@Root() event: Event): string[] {
    const before = (event.before ?? {}) as Record<string, unknown>;
    const after = (event.after ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'version' && k !== 'updatedAt');
    return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  }
}

function history(ctx: Context, where: object, first: number, after: string | undefined, info: GraphQLResolveInfo): Promise<ConnectionPage<AuditEvent>> {
  return pageOf({
    type: 'AuditEvent',
    first,
    after,
    info,
    ordering: { column: null, direction: SortDirection.DESC },
    where,
    findMany: (args) => ctx.prisma.auditEvent.findMany(args as never) as Promise<AuditEvent[]>,
    count: (args) => ctx.prisma.auditEvent.count(args),
  });
}

@ObjectType({ description: "An action's own fields as they were at an instant (see `Action.asOf`)." })
export class ActionSnapshot {
  @Field(() => GraphQLISODateTime, { description: 'The instant asked for.' })
  at!: Date;
  @Field(() => Int, { description: 'The version the action had then.' })
  version!: number;
  @Field(() => String, { nullable: true, description: 'The printed code then.' })
  code?: string | null;
  @Field(() => String, { description: 'The title then.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'The description then.' })
  description?: string | null;
  @Field(() => String, { nullable: true, description: 'The timescale as printed then.' })
  timescaleText?: string | null;
  @Field(() => String, { nullable: true, description: 'The resources as printed then.' })
  resourcesText?: string | null;
  @Field(() => RagStatus, { nullable: true, description: 'The RAG status then.' })
  ragStatus?: RagStatus | null;
  @Field(() => ID, { nullable: true, description: 'The section it sat in then.' })
  sectionId?: string | null;
}

function snapshot(at: Date, row: Record<string, unknown>): ActionSnapshot {
  return {
    at,
    version: (row.version as number) ?? 1,
    code: (row.code as string | null) ?? null,
    title: row.title as string,
    description: (row.description as string | null) ?? null,
    timescaleText: (row.timescaleText as string | null) ?? null,
    resourcesText: (row.resourcesText as string | null) ?? null,
    ragStatus: (row.ragStatus as RagStatus | null) ?? null,
    sectionId: row.sectionId != null ? toGlobalId('PlanSection', row.sectionId as number) : null,
  };
}

@Resolver(() => Action)
export class ActionHistoryResolver {
  // Nullable so that asking without a token (UNAUTHENTICATED / FORBIDDEN on this field)
  // nulls only this field, never the action that holds it.
  @FieldResolver(() => AuditEventConnection, {
    nullable: true,
    description: "Changes to the action and its own rows (parties, money, milestones, progress reports, plugin rows), newest first. Only for a token of the plan's council (any role): otherwise null, with an UNAUTHENTICATED or FORBIDDEN error for this field.",
  })
  async history(
    @Root() action: Action,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "Events after this cursor (a previous page's `pageInfo.endCursor`)." }) after?: string,
  ): Promise<ConnectionPage<AuditEvent>> {
    await requireHistoryReader(ctx, action.planId!, "an action's history");
    return history(ctx, { actionId: action.id }, first, after, info);
  }

  @FieldResolver(() => ActionSnapshot, {
    nullable: true,
    description:
      "The action's own fields as they were at `at`, rebuilt from the audit trail: the values after the last change at or before `at`; before its first recorded change, the values that change started from (seeded and imported rows have no earlier record); its current values when it was never changed. Null when the action was created after `at`. Only for a token of the plan's council (any role).",
  })
  async asOf(
    @Root() action: Action,
    @Ctx() ctx: Context,
    @Arg('at', () => GraphQLISODateTime, { description: 'The instant, e.g. "2026-11-01T12:00:00Z".' }) at: Date,
  ): Promise<ActionSnapshot | null> {
    await requireHistoryReader(ctx, action.planId!, "an action's past values");
    // Through the action's own audit rows (actionId, indexed with id), not an index by entity:
    // an action's rows are its own changes and its children's, a few dozen in practice.
    const where = { actionId: action.id, entity: 'Action', entityId: action.id };
    const last = await ctx.prisma.auditEvent.findFirst({ where: { ...where, at: { lte: at } }, orderBy: { id: 'desc' } });
    if (last) return last.operation === 'DELETE' ? null : snapshot(at, last.after as Record<string, unknown>);
    const next = await ctx.prisma.auditEvent.findFirst({ where: { ...where, at: { gt: at } }, orderBy: { id: 'asc' } });
    if (next) return next.operation === 'CREATE' ? null : snapshot(at, next.before as Record<string, unknown>);
    return snapshot(at, action as unknown as Record<string, unknown>);
  }
}

@Resolver(() => Plan)
export class PlanHistoryResolver {
  @FieldResolver(() => AuditEventConnection, {
    nullable: true,
    description: "Changes to the plan and every row in it (sections, actions, money, plugin rows…), newest first. Only for a token of the plan's council (any role): otherwise null, with an UNAUTHENTICATED or FORBIDDEN error for this field.",
  })
  async history(
    @Root() plan: Plan,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "Events after this cursor (a previous page's `pageInfo.endCursor`)." }) after?: string,
  ): Promise<ConnectionPage<AuditEvent>> {
    await requireHistoryReader(ctx, plan.id, "a plan's history");
    return history(ctx, { planId: plan.id }, first, after, info);
  }
}
