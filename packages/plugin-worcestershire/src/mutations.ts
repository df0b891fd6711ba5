import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Bounds, checkText, LONG_TEXT, parseId, runWrite, VERSION, type Context } from '@council-plans/core';
import * as models from './generated/type-graphql';

const { WorcestershireRiskAssessment, WorcestershireRiskLevel } = models;
type WorcestershireRiskAssessment = models.WorcestershireRiskAssessment;
type WorcestershireRiskLevel = models.WorcestershireRiskLevel;

@InputType({ description: "A new assessment of a risk on Worcestershire's risk matrix; fields left out stay as they are." })
export class WorcestershireRiskAssessmentInput {
  @Field(() => ID, { description: 'The core risk the row assesses.' })
  riskId!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: "The row's `version` you read; VERSION_CONFLICT when it has changed since." })
  expectedVersion!: number;
  @Field(() => WorcestershireRiskLevel, { nullable: true, description: 'The current impact.' })
  currentImpact?: WorcestershireRiskLevel;
  @Field(() => WorcestershireRiskLevel, { nullable: true, description: 'The current likelihood.' })
  currentLikelihood?: WorcestershireRiskLevel;
  @Bounds(LONG_TEXT)
  @Field(() => String, { nullable: true, description: 'How the risk is managed.' })
  howManaged?: string;
}

/** Worcestershire's mutations: they go through core's write path (access, versions, audit). */
@Resolver()
export class WorcestershireMutations {
  @Mutation(() => WorcestershireRiskAssessment, { description: "Re-scores a risk on Worcestershire's matrix (current impact and likelihood) or changes how it is managed." })
  worcestershireAssessRisk(
    @Ctx() ctx: Context,
    @Arg('input', () => WorcestershireRiskAssessmentInput, { description: 'The new assessment.' }) input: WorcestershireRiskAssessmentInput,
  ): Promise<WorcestershireRiskAssessment> {
    return runWrite(ctx, async (w) => {
      const riskId = parseId(input.riskId, 'input.riskId', 'Risk');
      if (input.howManaged !== undefined) checkText(input.howManaged, 'input.howManaged');
      const data: Record<string, unknown> = {};
      for (const k of ['currentImpact', 'currentLikelihood', 'howManaged'] as const) if (input[k] !== undefined) data[k] = input[k];
      return (await w.updateBy('WorcestershireRiskAssessment', { riskId }, input.expectedVersion, data, 'input')) as unknown as WorcestershireRiskAssessment;
    });
  }
}
