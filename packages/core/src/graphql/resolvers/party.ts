import type { GraphQLResolveInfo } from 'graphql';
import { Info, Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Action, ActionParty, Authority, PartyKind, Plan, PlanParty, ResponsibleParty } from '../../generated/type-graphql';
import type { Prisma } from '../../db/prisma';
import type { Context } from '../context';
import { lookupId } from '../global-id';
import { actionById, authorityById, follow, partyById, planById } from '../by-id';
import { DEFAULT_PAGE_SIZE, connectionType, orderInputType, pageOf, type ConnectionPage } from '../pagination';

@InputType({ description: 'Which responsible parties to list. Conditions combine with AND.' })
export class ResponsiblePartyFilter {
  @Field(() => String, { nullable: true, description: 'Parties of this authority (by code).' })
  authorityCode?: string;

  @Field(() => [PartyKind], { nullable: true, description: 'Parties of any of these kinds.' })
  kind?: PartyKind[];

  @Field(() => String, { nullable: true, description: 'Parties whose name contains this text (case-insensitive).' })
  nameContains?: string;
}

const ResponsiblePartyConnection = connectionType(ResponsibleParty, 'ResponsibleParty', 'responsible party');

export enum ResponsiblePartyOrderField {
  DOCUMENT = 'DOCUMENT',
  NAME = 'NAME',
}
registerEnumType(ResponsiblePartyOrderField, {
  name: 'ResponsiblePartyOrderField',
  description: 'What to sort responsible parties by.',
  valuesConfig: { DOCUMENT: { description: 'The order they were recorded in.' }, NAME: { description: 'Name, alphabetically.' } },
});

const ResponsiblePartyOrder = orderInputType('ResponsibleParty', ResponsiblePartyOrderField, 'responsible parties');
type ResponsiblePartyOrder = InstanceType<typeof ResponsiblePartyOrder>;

@Resolver(() => ResponsibleParty)
export class ResponsiblePartyResolver {
  @Query(() => ResponsiblePartyConnection, { description: 'Responsible parties, filtered, sorted (the order they were recorded in by default) and paged with cursors.' })
  responsibleParties(
    @Ctx() ctx: Context,
    @Arg('filter', () => ResponsiblePartyFilter, { nullable: true, description: 'Which parties; all when absent.' }) filter: ResponsiblePartyFilter | undefined,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, at most 500.' }) first = DEFAULT_PAGE_SIZE,
    @Arg('after', () => String, { nullable: true, description: "Return parties after this cursor (a previous page's `pageInfo.endCursor`)." }) after: string | undefined,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => ResponsiblePartyOrder, { nullable: true, description: 'How to sort; the order they were recorded in when absent.' }) orderBy?: ResponsiblePartyOrder,
  ): Promise<ConnectionPage<ResponsibleParty>> {
    const where: Prisma.ResponsiblePartyWhereInput = {};
    if (filter?.authorityCode != null) where.authority = { code: filter.authorityCode };
    if (filter?.kind?.length) where.kind = { in: filter.kind };
    if (filter?.nameContains != null) where.name = { contains: filter.nameContains, mode: 'insensitive' };
    return pageOf({
      type: 'ResponsibleParty',
      first,
      after,
      info,
      ordering: orderBy ? { column: orderBy.by === ResponsiblePartyOrderField.NAME ? 'name' : null, direction: orderBy.direction } : undefined,
      where,
      findMany: (args) => ctx.prisma.responsibleParty.findMany(args),
      count: (args) => ctx.prisma.responsibleParty.count(args),
    });
  }

  @Query(() => ResponsibleParty, { nullable: true, description: 'One responsible party, by id.' })
  responsibleParty(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The party id.' }) id: string): Promise<ResponsibleParty | null> {
    // An id that names no party answers null, as `node` does (docs/clients.md, "Ids").
    const partyId = lookupId(id, 'ResponsibleParty');
    return partyId == null ? Promise.resolve(null) : ctx.prisma.responsibleParty.findUnique({ where: { id: partyId } });
  }

  @FieldResolver(() => Authority, { nullable: true, description: 'The authority the party belongs to.' })
  authority(@Root() party: ResponsibleParty, @Ctx() ctx: Context): Promise<Authority | null> {
    return follow(authorityById(ctx), party.authorityId);
  }

  @FieldResolver(() => [ActionParty], { description: 'Every part this party plays in actions.' })
  actionRoles(@Root() party: ResponsibleParty, @Ctx() ctx: Context): Promise<ActionParty[]> {
    return ctx.loaders
      .many(
        'ResponsibleParty.actionRoles',
        (ids: readonly number[]) => ctx.prisma.actionParty.findMany({ where: { partyId: { in: [...ids] } }, orderBy: [{ actionId: 'asc' }, { position: 'asc' }] }),
        (p) => p.partyId!,
      )
      .load(party.id);
  }

  @FieldResolver(() => [PlanParty], { description: 'Every part this party plays in plans (owner, contact, lead, partner).' })
  planRoles(@Root() party: ResponsibleParty, @Ctx() ctx: Context): Promise<PlanParty[]> {
    return ctx.loaders
      .many(
        'ResponsibleParty.planRoles',
        (ids: readonly number[]) => ctx.prisma.planParty.findMany({ where: { partyId: { in: [...ids] } }, orderBy: [{ planId: 'asc' }, { position: 'asc' }] }),
        (p) => p.partyId!,
      )
      .load(party.id);
  }
}

@Resolver(() => ActionParty)
export class ActionPartyResolver {
  @FieldResolver(() => ResponsibleParty, { description: 'The party.' })
  async party(@Root() row: ActionParty, @Ctx() ctx: Context): Promise<ResponsibleParty> {
    return (await partyById(ctx).load(row.partyId!))!;
  }

  @FieldResolver(() => Action, { description: 'The action.' })
  async action(@Root() row: ActionParty, @Ctx() ctx: Context): Promise<Action> {
    return (await actionById(ctx).load(row.actionId!))!;
  }
}

@Resolver(() => PlanParty)
export class PlanPartyResolver {
  @FieldResolver(() => ResponsibleParty, { description: 'The party.' })
  async party(@Root() row: PlanParty, @Ctx() ctx: Context): Promise<ResponsibleParty> {
    return (await partyById(ctx).load(row.partyId!))!;
  }

  @FieldResolver(() => Plan, { description: 'The plan.' })
  async plan(@Root() row: PlanParty, @Ctx() ctx: Context): Promise<Plan> {
    return (await planById(ctx).load(row.planId!))!;
  }
}
