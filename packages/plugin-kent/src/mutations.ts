import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Bounds, checkText, LONG_TEXT, parseId, runWrite, VERSION, type Context } from '@council-plans/core';
import * as models from './generated/type-graphql';

const { KentOperationalAction } = models;
type KentOperationalAction = models.KentOperationalAction;

@InputType({ description: "Changes to a row of Kent's operational plan; cells left out stay as they are." })
export class KentOperationalActionInput {
  @Field(() => ID, { description: 'The core action the row is.' })
  actionId!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: "The row's `version` you read; VERSION_CONFLICT when it has changed since." })
  expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'The "Accountable Manager" cell.' })
  accountableManager?: string;
  @Bounds(LONG_TEXT)
  @Field(() => [String], { nullable: true, description: 'The "Deliverables or outcomes planned" cell, one entry per item.' })
  deliverables?: string[];
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'The "Target dates" cell as printed.' })
  targetDates?: string;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'A note on the row.' })
  note?: string;
}

/** Kent's mutations: they go through core's write path (access, versions, audit). */
@Resolver()
export class KentMutations {
  @Mutation(() => KentOperationalAction, { description: "Changes a row of Kent's operational plan: accountable manager, deliverables, target dates, note." })
  kentUpdateOperationalAction(
    @Ctx() ctx: Context,
    @Arg('input', () => KentOperationalActionInput, { description: 'The changes.' }) input: KentOperationalActionInput,
  ): Promise<KentOperationalAction> {
    return runWrite(ctx, async (w) => {
      const actionId = parseId(input.actionId, 'input.actionId', 'Action');
      if (input.accountableManager !== undefined) checkText(input.accountableManager, 'input.accountableManager');
      const data: Record<string, unknown> = {};
      for (const k of ['accountableManager', 'deliverables', 'targetDates', 'note'] as const) if (input[k] !== undefined) data[k] = input[k];
      return (await w.updateBy('KentOperationalAction', { actionId }, input.expectedVersion, data, 'input')) as unknown as KentOperationalAction;
    });
  }
}
