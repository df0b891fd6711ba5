import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authority, Indicator, IndicatorSeries, IndicatorValue, Plan, ResponsibleParty, SourceDocument } from '../../generated/type-graphql';
import type { Context } from '../context';
import { authorityById, follow, indicatorById, partyById, planById, seriesValues, sourceById } from '../by-id';
import { parseId } from '../errors';

@ObjectType({ description: "One authority's row of an indicator comparison: its series of the indicator (none when it reports no values)." })
export class IndicatorComparisonRow {
  @Field(() => Authority, { description: 'The authority.' })
  authority!: Authority;
  @Field(() => Boolean, { description: 'True for the authority the comparison was asked for (false for its neighbours, and for every row of a comparison across all authorities).' })
  isSubject!: boolean;
  @Field(() => Int, { nullable: true, description: "The neighbour's rank in the subject authority's list of statistical neighbours (1 = closest); null for the subject itself, unranked neighbours and comparisons across all authorities." })
  neighbourRank!: number | null;
  @Field(() => [IndicatorSeries], { description: "The authority's series of the indicator, each with its values and their readings; empty when it has none." })
  series!: IndicatorSeries[];
}

@ObjectType({ description: 'One indicator compared across authorities.' })
export class IndicatorComparison {
  @Field(() => Indicator, { description: 'The indicator compared.' })
  indicator!: Indicator;
  @Field(() => [IndicatorComparisonRow], {
    description: 'One row per authority: the subject first, then its statistical neighbours in rank order; across all authorities, every authority with a series, by name.',
  })
  rows!: IndicatorComparisonRow[];
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], { description: 'The indicator catalogue, by code.' })
  indicators(
    @Ctx() ctx: Context,
    @Arg('family', () => String, { nullable: true, description: 'Only this family, e.g. "NI" or "BVPI".' }) family?: string,
  ): Promise<Indicator[]> {
    return ctx.prisma.indicator.findMany({ where: family != null ? { family } : {}, orderBy: { code: 'asc' } });
  }

  @Query(() => Indicator, { nullable: true, description: 'One indicator, by its code, e.g. "NI 94".' })
  indicator(@Ctx() ctx: Context, @Arg('code', () => String, { description: 'The indicator code as printed, e.g. "NI 94".' }) code: string): Promise<Indicator | null> {
    return ctx.prisma.indicator.findUnique({ where: { code } });
  }

  @Query(() => IndicatorComparison, {
    nullable: true,
    description:
      'One indicator (e.g. "NI 94", "BVPI 40") compared across authorities: every authority that has a series of it, or one authority and, with `includeNeighbours`, its statistical neighbours (with or without series). Null when no indicator has the code.',
  })
  async indicatorComparison(
    @Ctx() ctx: Context,
    @Arg('code', () => String, { description: 'The indicator code as printed, e.g. "NI 94".' }) code: string,
    @Arg('authority', () => ID, { nullable: true, description: 'Compare this authority (and, with `includeNeighbours`, its statistical neighbours); every authority with a series when absent.' })
    authority?: string,
    @Arg('includeNeighbours', () => Boolean, { defaultValue: false, description: "With `authority`: add a row for each of the authority's statistical neighbours." })
    includeNeighbours = false,
  ): Promise<IndicatorComparison | null> {
    const subjectId = authority != null ? parseId(authority, 'authority', 'Authority') : null;
    const indicator = await ctx.prisma.indicator.findUnique({ where: { code } });
    if (!indicator) return null;
    // Which authorities, in which order, with which neighbour rank.
    let wanted: { authorityId: number; isSubject: boolean; neighbourRank: number | null }[];
    if (subjectId == null) {
      const ids = await ctx.prisma.indicatorSeries.findMany({ where: { indicatorId: indicator.id }, select: { authorityId: true }, distinct: ['authorityId'] });
      wanted = ids.map((r) => ({ authorityId: r.authorityId, isSubject: false, neighbourRank: null }));
    } else {
      wanted = [{ authorityId: subjectId, isSubject: true, neighbourRank: null }];
      if (includeNeighbours) {
        const neighbours = await ctx.prisma.statisticalNeighbour.findMany({
          where: { authorityId: subjectId },
          orderBy: [{ rank: { sort: 'asc', nulls: 'last' } }, { neighbourId: 'asc' }],
        });
        wanted.push(...neighbours.map((n) => ({ authorityId: n.neighbourId, isSubject: false, neighbourRank: n.rank ?? null })));
      }
    }
    const [authorities, series] = await Promise.all([
      Promise.all(wanted.map((w) => authorityById(ctx).load(w.authorityId))),
      ctx.prisma.indicatorSeries.findMany({ where: { indicatorId: indicator.id, authorityId: { in: wanted.map((w) => w.authorityId) } }, orderBy: { id: 'asc' } }),
    ]);
    const rows = wanted.flatMap((w, i) =>
      authorities[i] ? [{ authority: authorities[i]!, isSubject: w.isSubject, neighbourRank: w.neighbourRank, series: series.filter((s) => s.authorityId === w.authorityId) }] : [],
    );
    if (subjectId == null) rows.sort((a, b) => a.authority.name.localeCompare(b.authority.name));
    return { indicator, rows };
  }

  @FieldResolver(() => [IndicatorSeries], { description: "Every authority's series for this indicator." })
  series(@Root() indicator: Indicator, @Ctx() ctx: Context): Promise<IndicatorSeries[]> {
    return ctx.loaders
      .many(
        'Indicator.series',
        (ids: readonly number[]) => ctx.prisma.indicatorSeries.findMany({ where: { indicatorId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
        (s) => s.indicatorId!,
      )
      .load(indicator.id);
  }
}

@Resolver(() => IndicatorSeries)
export class IndicatorSeriesResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator definition.' })
  async indicator(@Root() series: IndicatorSeries, @Ctx() ctx: Context): Promise<Indicator> {
    return (await indicatorById(ctx).load(series.indicatorId!))!;
  }

  @FieldResolver(() => Authority, { description: 'The authority whose series this is.' })
  async authority(@Root() series: IndicatorSeries, @Ctx() ctx: Context): Promise<Authority> {
    return (await authorityById(ctx).load(series.authorityId!))!;
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan that sets the series, when one does.' })
  plan(@Root() series: IndicatorSeries, @Ctx() ctx: Context): Promise<Plan | null> {
    return follow(planById(ctx), series.planId);
  }

  @FieldResolver(() => ResponsibleParty, { nullable: true, description: 'The indicator lead.' })
  lead(@Root() series: IndicatorSeries, @Ctx() ctx: Context): Promise<ResponsibleParty | null> {
    return follow(partyById(ctx), series.leadId);
  }

  @FieldResolver(() => [IndicatorValue], { description: 'Baseline, targets, estimates and actuals, in printed order.' })
  values(@Root() series: IndicatorSeries, @Ctx() ctx: Context): Promise<IndicatorValue[]> {
    return seriesValues(ctx).load(series.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The document the series was transcribed or imported from.' })
  source(@Root() series: IndicatorSeries, @Ctx() ctx: Context): Promise<SourceDocument | null> {
    return follow(sourceById(ctx), series.sourceId);
  }
}
