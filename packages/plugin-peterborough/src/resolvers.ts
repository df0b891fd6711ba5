import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { byId, models, parseTimescale, timescaleOf, Timescale, type Context, type TimescaleResult } from '@council-plans/core';
import { loaders } from './loaders';
import { PeterboroughQueries } from './queries';

const { Action, PlanSection, PeterboroughActionRow, PeterboroughImplementationStep, PeterboroughThemeItem } = models;
type Action = models.Action;
type PlanSection = models.PlanSection;
type PeterboroughActionRow = models.PeterboroughActionRow;
type PeterboroughImplementationStep = models.PeterboroughImplementationStep;
type PeterboroughThemeItem = models.PeterboroughThemeItem;

/** Peterborough's fields on the core Action type. */
@Resolver(() => Action)
export class PeterboroughActionFields {
  @FieldResolver(() => PeterboroughActionRow, {
    nullable: true,
    description: "The action as a row of Peterborough's Intent / Implementation / Impact / Timescale / RAG table; null for other councils' actions.",
  })
  peterborough(@Root() action: Action, @Ctx() ctx: Context): Promise<PeterboroughActionRow | null> {
    return loaders.rowByAction(ctx).load(action.id);
  }
}

@Resolver(() => PeterboroughActionRow)
export class PeterboroughActionRowFields {
  @FieldResolver(() => [PeterboroughImplementationStep], { description: 'The Implementation cell as steps, in printed order, each with its own timescale.' })
  steps(@Root() row: PeterboroughActionRow, @Ctx() ctx: Context): Promise<PeterboroughImplementationStep[]> {
    return loaders.stepsByRow(ctx).load(row.id);
  }

  @FieldResolver(() => Action, { description: 'The core action this row is.' })
  async action(@Root() row: PeterboroughActionRow, @Ctx() ctx: Context): Promise<Action> {
    return (await byId.actionById(ctx).load(row.actionId!))!;
  }
}

@Resolver(() => PeterboroughImplementationStep)
export class PeterboroughStepFields {
  @FieldResolver(() => Timescale, { nullable: true, description: 'The timescale printed beside the step (`timescaleText`) with its structured reading; null when the row has one timescale for all steps.' })
  timescale(@Root() step: PeterboroughImplementationStep): Timescale | null {
    if (step.timescaleText == null) return null;
    const stored = (step as { timescaleParsed?: unknown }).timescaleParsed;
    // Stored by refreshStructuredValues (in the plan's period); a row not refreshed yet is read without it.
    return timescaleOf(stored && typeof stored === 'object' && (stored as { text?: unknown }).text === step.timescaleText ? (stored as TimescaleResult) : parseTimescale(step.timescaleText));
  }
}

/** Peterborough's fields on the core PlanSection type. */
@Resolver(() => PlanSection)
export class PeterboroughSectionFields {
  @FieldResolver(() => [PeterboroughThemeItem], {
    description: "Items of a Peterborough themes section printed without the action table (e.g. 'Emerging Themes for Secondary Improvement'), top level first; empty elsewhere.",
  })
  peterboroughThemeItems(@Root() section: PlanSection, @Ctx() ctx: Context): Promise<PeterboroughThemeItem[]> {
    return loaders.themeItemsBySection(ctx).load(section.id);
  }
}

@Resolver(() => PeterboroughThemeItem)
export class PeterboroughThemeItemFields {
  @FieldResolver(() => [PeterboroughThemeItem], { description: 'Lettered sub-items, in printed order.' })
  children(@Root() item: PeterboroughThemeItem, @Ctx() ctx: Context): Promise<PeterboroughThemeItem[]> {
    return loaders.themeItemChildren(ctx).load(item.id);
  }
}

export const resolvers = [PeterboroughActionFields, PeterboroughActionRowFields, PeterboroughStepFields, PeterboroughSectionFields, PeterboroughThemeItemFields, PeterboroughQueries];
