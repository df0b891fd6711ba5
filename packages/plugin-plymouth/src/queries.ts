import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver, registerEnumType } from 'type-graphql';
import { ACTION_ORDER, ActionConnection, DEFAULT_PAGE_SIZE, SqlWhere, orderInputType, pageRows, models, type ConnectionPage, type Context, type Ordering } from '@council-plans/core';

export enum PlymouthActionOrderField {
  DOCUMENT = 'DOCUMENT',
  TITLE = 'TITLE',
  OBJECTIVE = 'OBJECTIVE',
  CONTINUES_OBJECTIVE = 'CONTINUES_OBJECTIVE',
  NUMBERED = 'NUMBERED',
}
registerEnumType(PlymouthActionOrderField, {
  name: 'PlymouthActionOrderField',
  description: 'What to sort Plymouth rows by.',
  valuesConfig: {
    DOCUMENT: { description: 'The order they were recorded in (document order).' },
    TITLE: { description: 'The Action cell (the core title), alphabetically.' },
    OBJECTIVE: { description: 'The objective the row serves, alphabetically.' },
    CONTINUES_OBJECTIVE: { description: 'Whether the row continues the objective above it: rows with their own objective (false) first when ascending.' },
    NUMBERED: { description: 'Whether the row prints numbered lists: false first when ascending.' },
  },
});

const ORDER: Record<PlymouthActionOrderField, Omit<Ordering, 'direction'>> = {
  DOCUMENT: ACTION_ORDER.DOCUMENT,
  TITLE: ACTION_ORDER.TITLE,
  OBJECTIVE: { column: 'plymouthRow.objective' },
  CONTINUES_OBJECTIVE: { column: 'plymouthRow.continuesObjective' },
  NUMBERED: { column: 'plymouthRow.numbered' },
};

const PlymouthActionOrder = orderInputType('PlymouthAction', PlymouthActionOrderField, 'Plymouth rows, by core columns or their own');
type PlymouthActionOrder = InstanceType<typeof PlymouthActionOrder>;

@Resolver()
export class PlymouthQueries {
  @Query(() => ActionConnection, { description: "Plymouth's action rows as core actions, sorted on core and Plymouth columns, paged with cursors." })
  plymouthActions(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => PlymouthActionOrder, { nullable: true, description: 'How to sort; document order when absent.' }) orderBy: PlymouthActionOrder | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "Rows after this cursor (a previous page's `pageInfo.endCursor`)." }) after?: string,
  ): Promise<ConnectionPage<models.Action>> {
    // One statement (two with totalCount), drafts the caller may not see left out in it.
    return pageRows(ctx, {
      type: 'Action',
      first,
      after,
      info,
      ordering: orderBy ? { ...ORDER[orderBy.by], direction: orderBy.direction } : undefined,
      where: new SqlWhere().add('EXISTS (SELECT 1 FROM "PlymouthActionRow" r WHERE r."actionId" = t."id")'),
    });
  }
}
