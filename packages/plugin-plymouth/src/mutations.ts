import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Bounds, checkText, parseId, runWrite, VERSION, type Context } from '@council-plans/core';
import * as models from './generated/type-graphql';

const { PlymouthActionRow } = models;
type PlymouthActionRow = models.PlymouthActionRow;

@InputType({ description: "Changes to the Monitoring and Evaluation cells of a Plymouth row; cells left out stay as they are." })
export class PlymouthOversightInput {
  @Field(() => ID, { description: 'The core action the row is.' })
  actionId!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: "The row's `version` you read; VERSION_CONFLICT when it has changed since." })
  expectedVersion!: number;
  @Field(() => [String], { nullable: true, description: 'The Monitoring cell: who monitors, one entry per item.' })
  monitoring?: string[];
  @Field(() => String, { nullable: true, description: 'The Evaluation cell: who evaluates.' })
  evaluation?: string;
}

/** Plymouth's mutations: they go through core's write path (access, versions, audit). */
@Resolver()
export class PlymouthMutations {
  @Mutation(() => PlymouthActionRow, {
    description:
      "Changes who monitors and who evaluates a Plymouth row, as printed. The linked oversight parties (`oversight`) are not re-read from the new text.",
  })
  plymouthUpdateOversight(
    @Ctx() ctx: Context,
    @Arg('input', () => PlymouthOversightInput, { description: 'The changes.' }) input: PlymouthOversightInput,
  ): Promise<PlymouthActionRow> {
    return runWrite(ctx, async (w) => {
      const actionId = parseId(input.actionId, 'input.actionId', 'Action');
      if (input.evaluation !== undefined) checkText(input.evaluation, 'input.evaluation');
      const data: Record<string, unknown> = {};
      for (const k of ['monitoring', 'evaluation'] as const) if (input[k] !== undefined) data[k] = input[k];
      return (await w.updateBy('PlymouthActionRow', { actionId }, input.expectedVersion, data, 'input')) as unknown as PlymouthActionRow;
    });
  }
}
