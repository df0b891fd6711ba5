import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Authority, Plan, ResponsibleParty, StatisticalNeighbour } from '../../generated/type-graphql';
import type { Context } from '../context';
import { badInput, parseId } from '../errors';
import { authorityById } from '../by-id';

@Resolver(() => Authority)
export class AuthorityResolver {
  @Query(() => [Authority], { description: 'Every authority, by name.' })
  authorities(@Ctx() ctx: Context): Promise<Authority[]> {
    return ctx.prisma.authority.findMany({ orderBy: { name: 'asc' } });
  }

  @Query(() => Authority, { nullable: true, description: 'One authority, by id or by code.' })
  authority(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The authority id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'The authority code, e.g. "exampleshire".' }) code?: string,
  ): Promise<Authority | null> {
    if ((id == null) === (code == null)) throw badInput('give exactly one of id and code');
    return ctx.prisma.authority.findUnique({ where: id != null ? { id: parseId(id, 'id', 'Authority') } : { code: code! } });
  }

  @FieldResolver(() => [Plan], { description: "The authority's plans, newest period first." })
  plans(@Root() authority: Authority, @Ctx() ctx: Context): Promise<Plan[]> {
    return ctx.loaders
      .many(
        'Authority.plans',
        (ids: readonly number[]) =>
          ctx.prisma.plan.findMany({ where: { authorityId: { in: [...ids] } }, orderBy: [{ periodStart: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] }),
        (p) => p.authorityId,
      )
      .load(authority.id);
  }

  @FieldResolver(() => [StatisticalNeighbour], { description: 'The statistical neighbours the authority compares itself with, in its own order: at most ten (a DfE statistical neighbour set has ten authorities).' })
  statisticalNeighbours(@Root() authority: Authority, @Ctx() ctx: Context): Promise<StatisticalNeighbour[]> {
    return ctx.loaders
      .many(
        'Authority.statisticalNeighbours',
        (ids: readonly number[]) =>
          ctx.prisma.statisticalNeighbour.findMany({ where: { authorityId: { in: [...ids] } }, orderBy: [{ rank: { sort: 'asc', nulls: 'last' } }, { neighbourId: 'asc' }] }),
        (n) => n.authorityId,
      )
      .load(authority.id);
  }

  @FieldResolver(() => [ResponsibleParty], { description: "The authority's responsible parties (people, roles, organisations, groups), by name." })
  responsibleParties(@Root() authority: Authority, @Ctx() ctx: Context): Promise<ResponsibleParty[]> {
    return ctx.loaders
      .many(
        'Authority.responsibleParties',
        (ids: readonly number[]) => ctx.prisma.responsibleParty.findMany({ where: { authorityId: { in: [...ids] } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
        (p) => p.authorityId!,
      )
      .load(authority.id);
  }
}

@Resolver(() => StatisticalNeighbour)
export class StatisticalNeighbourResolver {
  @FieldResolver(() => Authority, { description: 'The neighbouring authority.' })
  async neighbour(@Root() row: StatisticalNeighbour, @Ctx() ctx: Context): Promise<Authority> {
    return (await authorityById(ctx).load(row.neighbourId!))!;
  }
}
