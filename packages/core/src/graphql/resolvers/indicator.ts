import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Authority, Indicator, IndicatorSeries, IndicatorValue, Plan, ResponsibleParty, SourceDocument } from '../../generated/type-graphql';
import type { Context } from '../context';
import { authorityById, follow, indicatorById, partyById, planById, sourceById } from '../by-id';

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
    return ctx.loaders
      .many(
        'IndicatorSeries.values',
        (ids: readonly number[]) => ctx.prisma.indicatorValue.findMany({ where: { seriesId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (v) => v.seriesId!,
      )
      .load(series.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The document the series was transcribed or imported from.' })
  source(@Root() series: IndicatorSeries, @Ctx() ctx: Context): Promise<SourceDocument | null> {
    return follow(sourceById(ctx), series.sourceId);
  }
}
