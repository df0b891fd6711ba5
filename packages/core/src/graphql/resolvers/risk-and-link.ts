import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Action, Plan, PlanLink, PlanSection, ResponsibleParty, Risk, RiskOwner, SourceDocument } from '../../generated/type-graphql';
import type { Context } from '../context';
import { actionById, follow, partyById, planById, sectionById, sourceById } from '../by-id';

@Resolver(() => Risk)
export class RiskResolver {
  @FieldResolver(() => ResponsibleParty, { nullable: true, description: "The risk's owner or accountable manager: the first of `owners` when the document names several." })
  owner(@Root() risk: Risk, @Ctx() ctx: Context): Promise<ResponsibleParty | null> {
    return follow(partyById(ctx), risk.ownerId);
  }

  @FieldResolver(() => [RiskOwner], { description: "Every party the risk's owner cell names (e.g. three people printed in one cell), in printed order, with any post printed beside them there." })
  owners(@Root() risk: Risk, @Ctx() ctx: Context): Promise<RiskOwner[]> {
    return ctx.loaders
      .many(
        'Risk.owners',
        (ids: readonly number[]) => ctx.prisma.riskOwner.findMany({ where: { riskId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (o) => o.riskId!,
      )
      .load(risk.id);
  }

  @FieldResolver(() => PlanSection, { nullable: true, description: 'The section the risk is recorded against, if any.' })
  section(@Root() risk: Risk, @Ctx() ctx: Context): Promise<PlanSection | null> {
    return follow(sectionById(ctx), risk.sectionId);
  }

  @FieldResolver(() => Action, { nullable: true, description: 'The action the risk is recorded against, if any.' })
  action(@Root() risk: Risk, @Ctx() ctx: Context): Promise<Action | null> {
    return follow(actionById(ctx), risk.actionId);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The document the risk was transcribed or imported from.' })
  source(@Root() risk: Risk, @Ctx() ctx: Context): Promise<SourceDocument | null> {
    return follow(sourceById(ctx), risk.sourceId);
  }
}

@Resolver(() => RiskOwner)
export class RiskOwnerResolver {
  @FieldResolver(() => ResponsibleParty, { description: 'The party.' })
  async party(@Root() owner: RiskOwner, @Ctx() ctx: Context): Promise<ResponsibleParty> {
    return (await partyById(ctx).load(owner.partyId!))!;
  }
}

@Resolver(() => PlanLink)
export class PlanLinkResolver {
  @FieldResolver(() => Plan, { description: 'The plan the link is printed in.' })
  async fromPlan(@Root() link: PlanLink, @Ctx() ctx: Context): Promise<Plan> {
    return (await planById(ctx).load(link.fromPlanId!))!;
  }

  @FieldResolver(() => Action, { nullable: true, description: 'The action the link is printed against, if any.' })
  fromAction(@Root() link: PlanLink, @Ctx() ctx: Context): Promise<Action | null> {
    return follow(actionById(ctx), link.fromActionId);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The linked plan, when it is in this database.' })
  toPlan(@Root() link: PlanLink, @Ctx() ctx: Context): Promise<Plan | null> {
    return follow(planById(ctx), link.toPlanId);
  }
}
