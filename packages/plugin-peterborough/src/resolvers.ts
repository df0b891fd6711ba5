import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Bounds, byId, checkText, LONG_TEXT, parseId, parseTimescale, runWrite, Timescale, timescaleOf, VERSION, type Context, type TimescaleResult } from '@council-plans/core';
import * as models from './generated/type-graphql';
import { loaders } from './loaders';
import { PeterboroughQueries } from './queries';
import { txOf } from './db';

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


@InputType({ description: "Changes to a Peterborough row's cells; cells left out stay as they are." })
export class PeterboroughRowInput {
  @Field(() => ID, { description: 'The core action the row is.' })
  actionId!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: "The row's `version` you read; VERSION_CONFLICT when it has changed since." })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: "The Intent cell; the action's title follows it." })
  intent?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'Text of the Implementation cell before its steps.' })
  implementationIntro?: string;
  @Bounds(LONG_TEXT)
  @Field(() => [String], { nullable: true, description: 'The Impact cell, one entry per paragraph or bullet.' })
  impact?: string[];
  @Field(() => [String], { nullable: true, description: 'The Timescale cell, one entry per line.' })
  timescale?: string[];
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'The RAG / Progress cell as the council writes it.' })
  ragProgress?: string;
}

/** Peterborough's mutations: they go through core's write path (access, versions, audit). */
@Resolver()
export class PeterboroughMutations {
  @Mutation(() => PeterboroughActionRow, {
    description: "Changes the cells of a Peterborough row (Intent, Implementation intro, Impact, Timescale, RAG / Progress). A new Intent is also the core action's title, changed in the same transaction.",
  })
  peterboroughUpdateRow(@Ctx() ctx: Context, @Arg('input', () => PeterboroughRowInput, { description: 'The changes.' }) input: PeterboroughRowInput): Promise<PeterboroughActionRow> {
    return runWrite(ctx, async (w) => {
      const actionId = parseId(input.actionId, 'input.actionId', 'Action');
      if (input.intent !== undefined) checkText(input.intent, 'input.intent');
      const data: Record<string, unknown> = {};
      for (const k of ['intent', 'implementationIntro', 'impact', 'timescale', 'ragProgress'] as const) if (input[k] !== undefined) data[k] = input[k];
      const row = await w.updateBy('PeterboroughActionRow', { actionId }, input.expectedVersion, data, 'input');
      if (input.intent != null) {
        // The core title mirrors the Intent cell; the row's version guards the edit.
        const action = await txOf(w.tx).action.findUniqueOrThrow({ where: { id: actionId } });
        if (action.title !== input.intent) await w.update('Action', actionId, action.version, { title: input.intent }, 'input.intent');
      }
      return row as unknown as PeterboroughActionRow;
    });
  }
}

export const resolvers = [PeterboroughActionFields, PeterboroughActionRowFields, PeterboroughStepFields, PeterboroughSectionFields, PeterboroughThemeItemFields, PeterboroughQueries, PeterboroughMutations];
