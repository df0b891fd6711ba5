import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Action, Plan, PlanSection, Risk, SourceDocument, SuccessCriterion } from '../../generated/type-graphql';
import type { Context } from '../context';
import { follow, planById, sectionById, sourceById } from '../by-id';

@Resolver(() => PlanSection)
export class PlanSectionResolver {
  @FieldResolver(() => Plan, { description: 'The plan the section belongs to.' })
  async plan(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<Plan> {
    return (await planById(ctx).load(section.planId!))!;
  }

  @FieldResolver(() => PlanSection, { nullable: true, description: 'The section one level up; null at the top.' })
  parent(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<PlanSection | null> {
    return follow(sectionById(ctx), section.parentId);
  }

  @FieldResolver(() => [PlanSection], { description: 'The sections one level down, in printed order.' })
  children(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<PlanSection[]> {
    return ctx.loaders
      .many(
        'PlanSection.children',
        (ids: readonly number[]) => ctx.prisma.planSection.findMany({ where: { parentId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (s) => s.parentId!,
      )
      .load(section.id);
  }

  @FieldResolver(() => [Action], { description: 'The actions directly in this section, in printed order.' })
  actions(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<Action[]> {
    return ctx.loaders
      .many(
        'PlanSection.actions',
        (ids: readonly number[]) => ctx.prisma.action.findMany({ where: { sectionId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (a) => a.sectionId!,
      )
      .load(section.id);
  }

  @FieldResolver(() => [SuccessCriterion], { description: "The section's own success criteria (e.g. a priority's), in printed order." })
  successCriteria(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<SuccessCriterion[]> {
    return ctx.loaders
      .many(
        'PlanSection.successCriteria',
        (ids: readonly number[]) =>
          ctx.prisma.successCriterion.findMany({ where: { sectionId: { in: [...ids] }, actionId: null }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (c) => c.sectionId!,
      )
      .load(section.id);
  }

  @FieldResolver(() => [Risk], { description: 'Risks recorded against this section.' })
  risks(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<Risk[]> {
    return ctx.loaders
      .many(
        'PlanSection.risks',
        (ids: readonly number[]) => ctx.prisma.risk.findMany({ where: { sectionId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
        (r) => r.sectionId!,
      )
      .load(section.id);
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The document the section was transcribed or imported from.' })
  source(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<SourceDocument | null> {
    return follow(sourceById(ctx), section.sourceId);
  }
}
