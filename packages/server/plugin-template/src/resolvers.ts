import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, InputType, Int, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { ACTION_ORDER, ActionConnection, ActionFilter, DEFAULT_PAGE_SIZE, SqlWhere, actionFilterSql, likeLiteral, orderInputType, pageRows, type ConnectionPage, type Context, type LoaderFactory, type Ordering } from '@council-plans/core';
import * as models from './generated/type-graphql';
import { prismaOf } from './db';

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

@InputType({ description: "Which of __Name__'s actions: every condition given must hold." })
export class __Name__ActionFilter {
  @Field(() => String, { nullable: true, description: 'Only actions of this pillar (as printed, any case).' })
  pillar?: string;

  @Field(() => ActionFilter, { nullable: true, description: "Core's action filter (plan, status, due window, text…)." })
  core?: ActionFilter;
}

enum __Name__ActionOrderField {
  DOCUMENT = 'DOCUMENT',
  TITLE = 'TITLE',
  PILLAR = 'PILLAR',
}
registerEnumType(__Name__ActionOrderField, {
  name: '__Name__ActionOrderField',
  description: "What __Name__'s actions can be sorted by.",
  valuesConfig: {
    DOCUMENT: { description: 'The order the actions were recorded in (document order).' },
    TITLE: { description: 'The action title.' },
    PILLAR: { description: 'The pillar, as printed.' },
  },
});
const ORDER: Record<__Name__ActionOrderField, Omit<Ordering, 'direction'>> = {
  DOCUMENT: ACTION_ORDER.DOCUMENT,
  TITLE: ACTION_ORDER.TITLE,
  PILLAR: { column: '__name__Row.pillar' },
};
const __Name__ActionOrder = orderInputType('__Name__Action', __Name__ActionOrderField, "__Name__'s actions, by core columns or their own");
type __Name__ActionOrder = InstanceType<typeof __Name__ActionOrder>;

@Resolver()
export class __Name__Queries {
  // A query that lists rows is a cursor connection (docs/plugins.md, "Naming and lists"):
  // clients page it with `first` / `after` and their caches merge the pages.
  @Query(() => ActionConnection, { description: "__Name__'s actions as core actions, filtered and sorted on core and __Name__ columns, paged with cursors." })
  __name__Actions(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => __Name__ActionFilter, { nullable: true, description: 'Which actions; all of them when absent.' }) filter: __Name__ActionFilter | undefined,
    @Arg('orderBy', () => __Name__ActionOrder, { nullable: true, description: 'How to sort; document order when absent.' }) orderBy: __Name__ActionOrder | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "Actions after this cursor (a previous page's `pageInfo.endCursor`)." }) after?: string,
  ): Promise<ConnectionPage<Action>> {
    // SQL on the action (alias `t`), every value a parameter: core's filter, then only
    // __Name__'s rows (the pillar as printed, any case, its own % and _ taken literally).
    const where = actionFilterSql(new SqlWhere(), filter?.core);
    if (filter?.pillar != null) where.and`EXISTS (SELECT 1 FROM "__Name__ActionRow" r WHERE r."actionId" = t."id" AND r."pillar" ILIKE ${likeLiteral(filter.pillar)}::text)`;
    else where.add('EXISTS (SELECT 1 FROM "__Name__ActionRow" r WHERE r."actionId" = t."id")');
    // Core adds the caller's visibility, the cursor, the order and the nodes' relations: one statement.
    return pageRows(ctx, {
      type: 'Action',
      first,
      after,
      info,
      ordering: orderBy ? { ...ORDER[orderBy.by], direction: orderBy.direction } : undefined,
      where,
    });
  }
}

export const resolvers = [__Name__ActionFields, __Name__Queries];
