import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context, LoaderFactory } from '@council-plans/core';
import * as models from './generated/type-graphql';
import { prismaOf, type Prisma } from './db';

const { Action, __Name__ActionRow } = models;
type Action = models.Action;
type __Name__ActionRow = models.__Name__ActionRow;

export const loaders = {
  /** The __Name__ row of each action: one SQL statement per request level. */
  rowByAction: ((ctx: Context) =>
    ctx.loaders.one(
      '__name__.rowByAction',
      (ids: readonly number[]) => prismaOf(ctx).__name__ActionRow.findMany({ where: { actionId: { in: [...ids] } } }),
      (row) => row.actionId,
    )) satisfies LoaderFactory,
};

/** __Name__'s field on the core Action type. */
@Resolver(() => Action)
export class __Name__ActionFields {
  @FieldResolver(() => __Name__ActionRow, { nullable: true, description: "The action as a row of __Name__'s table (pillar, lead, BRAG, evidence of impact); null for other councils' actions." })
  __name__(@Root() action: Action, @Ctx() ctx: Context): Promise<__Name__ActionRow | null> {
    return loaders.rowByAction(ctx).load(action.id);
  }
}

@Resolver()
export class __Name__Queries {
  @Query(() => [Action], { description: "__Name__'s actions, optionally of one pillar, in document order (at most 500)." })
  __name__Actions(
    @Ctx() ctx: Context,
    @Arg('pillar', () => String, { nullable: true, description: 'Only actions of this pillar (as printed, any case).' }) pillar?: string,
  ): Promise<Action[]> {
    const row: Prisma.__Name__ActionRowWhereInput = pillar != null ? { pillar: { equals: pillar, mode: 'insensitive' } } : {};
    return prismaOf(ctx).action.findMany({
      where: { __name__Row: { is: row }, plan: ctx.access.visiblePlanWhere() as Prisma.PlanWhereInput },
      orderBy: { id: 'asc' },
      take: 500,
    }) as unknown as Promise<Action[]>;
  }
}

export const resolvers = [__Name__ActionFields, __Name__Queries];
