import { Arg, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { Authority, Plan, ResponsibleParty, StatisticalNeighbour } from '../../generated/type-graphql';
import type { Context } from '../context';
import { badInput } from '../errors';
import { lookupId } from '../global-id';
import { exactlyOne, oneOfInput } from '../one-of';
import { authorityById } from '../by-id';

@InputType('AuthorityLookup', { description: 'Which authority to look up: exactly one of `id` and `code` (a OneOf input: the schema refuses none or both).' })
export class AuthorityLookup {
  @Field(() => ID, { nullable: true, description: 'The authority id.' })
  id?: string;

  @Field(() => String, { nullable: true, description: 'The authority code, e.g. "exampleshire".' })
  code?: string;
}
oneOfInput('AuthorityLookup');

@Resolver(() => Authority)
export class AuthorityResolver {
  @Query(() => [Authority], { description: 'Every authority, by name.' })
  authorities(@Ctx() ctx: Context): Promise<Authority[]> {
    return ctx.prisma.authority.findMany({ orderBy: { name: 'asc' } });
  }

  @Query(() => Authority, { nullable: true, description: "One authority, by id or by code (exactly one of them); null when it names no authority (another type's id or one that is not an id included, as `node`)." })
  authority(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, deprecationReason: 'Use `by: { id }`: the schema then says that exactly one of id and code is given. Kept for one release.', description: 'The authority id.' }) argId?: string,
    @Arg('code', () => String, { nullable: true, deprecationReason: 'Use `by: { code }`: the schema then says that exactly one of id and code is given. Kept for one release.', description: 'The authority code, e.g. "exampleshire".' }) argCode?: string,
    @Arg('by', () => AuthorityLookup, { nullable: true, description: 'Which authority: `{ id }` or `{ code }`.' }) by?: AuthorityLookup,
  ): Promise<Authority | null> {
    const given = [argId, argCode, by].filter((v) => v != null).length;
    if (given !== 1) throw badInput('give exactly one of by, id and code', given ? 'by' : undefined);
    if (by) exactlyOne(by, 'by');
    const id = by ? by.id ?? undefined : argId;
    const code = by ? by.code ?? undefined : argCode;
    const authorityId = id != null ? lookupId(id, 'Authority') : undefined;
    // An id that names no authority answers null, as `node` does (docs/clients.md, "Ids").
    if (authorityId === null) return Promise.resolve(null);
    return ctx.prisma.authority.findUnique({ where: authorityId != null ? { id: authorityId } : { code: code! } });
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
