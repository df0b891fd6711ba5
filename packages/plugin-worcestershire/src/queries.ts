import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver, registerEnumType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, SqlWhere, connectionType, orderInputType, pageRows, models, type ConnectionPage, type Context, type Ordering } from '@council-plans/core';

const { Risk } = models;
type Risk = models.Risk;

/** A page of Worcestershire's risks (core risks with the risk matrix row). */
export const WorcestershireRiskConnection = connectionType(Risk, 'WorcestershireRisk', 'Worcestershire risk');

export enum WorcestershireRiskOrderField {
  DOCUMENT = 'DOCUMENT',
  TITLE = 'TITLE',
  CURRENT_IMPACT = 'CURRENT_IMPACT',
  CURRENT_LIKELIHOOD = 'CURRENT_LIKELIHOOD',
}
registerEnumType(WorcestershireRiskOrderField, {
  name: 'WorcestershireRiskOrderField',
  description: "What to sort Worcestershire's risks by.",
  valuesConfig: {
    DOCUMENT: { description: 'The order they were recorded in (document order).' },
    TITLE: { description: 'The risk as printed, alphabetically.' },
    CURRENT_IMPACT: { description: 'The "Current Impact" cell on the council\'s scale, ascending High, Medium, Low, Nil (the scale\'s printed order).' },
    CURRENT_LIKELIHOOD: { description: 'The "Current Likelihood" cell, ascending High, Medium, Low, Nil.' },
  },
});

const ORDER: Record<WorcestershireRiskOrderField, Omit<Ordering, 'direction'>> = {
  DOCUMENT: { column: null },
  TITLE: { column: 'title' },
  CURRENT_IMPACT: { column: 'worcestershireAssessment.currentImpact' },
  CURRENT_LIKELIHOOD: { column: 'worcestershireAssessment.currentLikelihood' },
};

const WorcestershireRiskOrder = orderInputType('WorcestershireRisk', WorcestershireRiskOrderField, "Worcestershire's risks");
type WorcestershireRiskOrder = InstanceType<typeof WorcestershireRiskOrder>;

@Resolver()
export class WorcestershireQueries {
  @Query(() => WorcestershireRiskConnection, { description: "Worcestershire's risk matrix rows as core risks, sorted on the matrix's own columns and paged with cursors." })
  worcestershireRisks(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => WorcestershireRiskOrder, { nullable: true, description: 'How to sort; document order when absent.' }) orderBy: WorcestershireRiskOrder | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: "Risks after this cursor (a previous page's `pageInfo.endCursor`)." }) after?: string,
  ): Promise<ConnectionPage<Risk>> {
    // One statement (two with totalCount), risks of drafts the caller may not see left out in it.
    return pageRows(ctx, {
      type: 'Risk',
      first,
      after,
      info,
      ordering: orderBy ? { ...ORDER[orderBy.by], direction: orderBy.direction } : undefined,
      where: new SqlWhere().add('EXISTS (SELECT 1 FROM "WorcestershireRiskAssessment" r WHERE r."riskId" = t."id")'),
    });
  }
}
