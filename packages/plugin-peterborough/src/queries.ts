import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, InputType, Info, Int, Query, Resolver, registerEnumType } from 'type-graphql';
import { ACTION_ORDER, ActionConnection, ActionFilter, DEFAULT_PAGE_SIZE, SqlWhere, actionFilterSql, likeContains, orderInputType, pageRows, type ConnectionPage, type Ordering, type Context } from '@council-plans/core';
import * as models from './generated/type-graphql';

@InputType({ description: "Which Peterborough actions to list: the core filter plus conditions on Peterborough's own columns. Conditions combine with AND." })
export class PeterboroughActionFilter {
  @Field(() => ActionFilter, { nullable: true, description: 'Conditions on the core action (plan, section, RAG status, party…).' })
  core?: ActionFilter;

  @Field(() => String, { nullable: true, description: 'Rows with an implementation step whose timescale, as printed, contains this text (case-insensitive), e.g. "Autumn 19".' })
  stepTimescale?: string;

  @Field(() => String, { nullable: true, description: 'Rows with an implementation step whose text contains this (case-insensitive).' })
  stepText?: string;

  @Field(() => Boolean, { nullable: true, description: 'Rows whose RAG / Progress cell is filled (true) or empty (false).' })
  hasRagProgress?: boolean;
}

export enum PeterboroughActionOrderField {
  DOCUMENT = 'DOCUMENT',
  TITLE = 'TITLE',
  RAG_PROGRESS = 'RAG_PROGRESS',
  INTENT = 'INTENT',
  IMPLEMENTATION_INTRO = 'IMPLEMENTATION_INTRO',
  DUE_START = 'DUE_START',
}
registerEnumType(PeterboroughActionOrderField, {
  name: 'PeterboroughActionOrderField',
  description: 'What to sort Peterborough rows by.',
  valuesConfig: {
    DOCUMENT: { description: 'Document order.' },
    TITLE: { description: 'The Intent (the core title), alphabetically.' },
    RAG_PROGRESS: { description: 'The RAG / Progress cell as printed, alphabetically; empty cells last.' },
    INTENT: { description: "The Intent cell as Peterborough's row keeps it, alphabetically." },
    IMPLEMENTATION_INTRO: { description: 'The text printed in the Implementation cell before its steps, alphabetically; rows without one last.' },
    DUE_START: { description: 'The first day of the Timescale as read (`timescale.start`); rows without one last.' },
  },
});

const ORDER: Record<PeterboroughActionOrderField, Omit<Ordering, 'direction'>> = {
  DOCUMENT: ACTION_ORDER.DOCUMENT,
  TITLE: ACTION_ORDER.TITLE,
  RAG_PROGRESS: { column: 'peterboroughRow.ragProgress' },
  INTENT: { column: 'peterboroughRow.intent' },
  IMPLEMENTATION_INTRO: { column: 'peterboroughRow.implementationIntro' },
  DUE_START: { column: 'dueStart' },
};

const PeterboroughActionOrder = orderInputType('PeterboroughAction', PeterboroughActionOrderField, 'Peterborough rows, by core columns or their own');
type PeterboroughActionOrder = InstanceType<typeof PeterboroughActionOrder>;

/** The filter as SQL on the action (alias `t`): only Peterborough rows, whatever else is asked. */
function rowWhere(filter: PeterboroughActionFilter | undefined): SqlWhere {
  // The core filter's conditions (its `attribute` is not applied here, as documented).
  const where = actionFilterSql(new SqlWhere(), filter?.core);
  const row: string[] = [];
  const steps: string[] = [];
  if (filter?.stepTimescale != null) steps.push(`s."timescaleText" ILIKE ${where.param(likeContains(filter.stepTimescale))}::text`);
  if (filter?.stepText != null) steps.push(`s."text" ILIKE ${where.param(likeContains(filter.stepText))}::text`);
  if (steps.length) row.push(`EXISTS (SELECT 1 FROM "PeterboroughImplementationStep" s WHERE s."rowId" = r."id" AND ${steps.join(' AND ')})`);
  if (filter?.hasRagProgress != null) row.push(`r."ragProgress" IS ${filter.hasRagProgress ? 'NOT NULL' : 'NULL'}`);
  return where.add(`EXISTS (SELECT 1 FROM "PeterboroughActionRow" r WHERE r."actionId" = t."id"${row.map((c) => ` AND ${c}`).join('')})`);
}

@Resolver()
export class PeterboroughQueries {
  @Query(() => ActionConnection, {
    description: "Peterborough's action rows as core actions, filtered and sorted on core and Peterborough columns, paged with cursors.",
  })
  peterboroughActions(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => PeterboroughActionFilter, { nullable: true, description: 'Which rows; all of them when absent.' }) filter: PeterboroughActionFilter | undefined,
    @Arg('orderBy', () => PeterboroughActionOrder, { nullable: true, description: 'How to sort; document order when absent.' }) orderBy: PeterboroughActionOrder | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "Rows after this cursor (a previous page's `pageInfo.endCursor`)." }) after?: string,
  ): Promise<ConnectionPage<models.Action>> {
    // One statement (two with totalCount), drafts the caller may not see left out in it, as in core's `actions`.
    return pageRows(ctx, {
      type: 'Action',
      first,
      after,
      info,
      ordering: orderBy ? { ...ORDER[orderBy.by], direction: orderBy.direction } : undefined,
      where: rowWhere(filter),
    });
  }
}
