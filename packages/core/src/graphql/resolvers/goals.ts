// Issue 18, part B: indicator goals (a goal series per authority's indicator series) and
// progress of the latest actual against baseline and goal (src/values/goal-progress.ts).
import { GraphQLDate } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { SameAsColumn } from '../direct-read';
import { IndicatorGoal, IndicatorSeries, IndicatorValue, Polarity } from '../../generated/type-graphql';
import { Prisma } from '../../db/prisma';
import type { Context } from '../context';
import { badInput } from '../errors';
import { parseGlobalId as parseId } from '../global-id';
import { indicatorById, indicatorValueById, seriesValues } from '../by-id';
import { runWrite } from '../../write/unit';
import { checkText, checkVersion } from '../../write/inputs';
import { Bounds, VERSION } from '../input-bounds';
import { parseIndicatorValue } from '../../values/indicator-value';
import { goalProgress } from '../../values/goal-progress';

@ObjectType({ description: "How far an indicator series' latest actual has come from its baseline towards its goal, and whether it is behind the straight line to the goal." })
export class IndicatorProgress {
  @Field(() => IndicatorValue, { description: 'The baseline value.' })
  baseline!: IndicatorValue;
  @Field(() => GraphQLDate, { description: "The baseline's date (`IndicatorSeries.baselineDate`)." })
  baselineDate!: Date;
  @Field(() => IndicatorValue, { description: 'The latest actual: the ACTUAL value with a number measured last (`measuredOn`).' })
  latestActual!: IndicatorValue;
  @Field(() => IndicatorGoal, { description: "The goal it is measured against: the first goal on or after the actual's date, else the last goal." })
  goal!: IndicatorGoal;
  @Field(() => Float, { nullable: true, description: 'Percent of the way from the baseline to the goal: (actual − baseline) / (goal − baseline) × 100; 0 at the baseline, 100 at the goal, below 0 when it went the wrong way. Null when the goal equals the baseline.' })
  percentOfTheWay!: number | null;
  @Field(() => Float, { nullable: true, description: "The value the straight line from the baseline through the goals gives at the actual's date; null before the baseline's date." })
  expectedValue!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'True when the latest actual is behind the straight line to the goal (on its worse side). Null when it cannot be told which way is better.' })
  offTrack!: boolean | null;
  @Field(() => Polarity, { nullable: true, description: "Which way is better: the indicator's polarity, or for a NEUTRAL one the way the goal lies from the baseline." })
  direction!: Polarity | null;
}

@InputType({ description: 'A goal of an indicator series: the value aimed for by a date.' })
export class CreateIndicatorGoalInput {
  @Field(() => ID, { description: 'The indicator series.' })
  seriesId!: string;
  @Field(() => GraphQLDate, { description: 'The day by which the value is to be reached.' })
  targetDate!: Date;
  @Field(() => String, { description: 'The value as printed, e.g. "84%"; it must be a number.' })
  valueText!: string;
  @Field(() => String, { nullable: true, description: 'The period as printed, e.g. "2008/09".' })
  periodText?: string;
}

@InputType({ description: 'Changes to a goal; fields left out stay as they are.' })
export class UpdateIndicatorGoalInput {
  @Field(() => ID, { description: 'The goal.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
  @Field(() => GraphQLDate, { nullable: true, description: 'New date.' })
  targetDate?: Date;
  @Field(() => String, { nullable: true, description: 'New value as printed.' })
  valueText?: string;
  @Field(() => String, { nullable: true, description: 'New period as printed.' })
  periodText?: string;
}

@InputType({ description: "Sets the day an indicator series' baseline was measured." })
export class SetIndicatorBaselineDateInput {
  @Field(() => ID, { description: 'The indicator series.' })
  seriesId!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` of the series you read.' })
  expectedVersion!: number;
  @Field(() => GraphQLDate, { nullable: true, description: 'The day; null clears it.' })
  baselineDate?: Date | null;
}

@InputType({ description: 'A goal to remove.' })
export class DeleteIndicatorGoalInput {
  @Field(() => ID, { description: 'The goal.' })
  id!: string;
  @Bounds(VERSION)
  @Field(() => Int, { description: 'The `version` you read.' })
  expectedVersion!: number;
}

/** The number of a goal's printed value: BAD_USER_INPUT unless it is one ("Not set" is no goal). */
function goalValue(text: string, field: string): Prisma.Decimal {
  checkText(text, field);
  const reading = parseIndicatorValue(text);
  if ('unparsed' in reading || reading.value == null) throw badInput(`${field}: a goal is a number (e.g. "84%"), got ${JSON.stringify(text)}`, field);
  return new Prisma.Decimal(reading.value);
}

type GoalRow = { id: number; seriesId: number; targetDate: Date; value: Prisma.Decimal };
type ValueRow = { id: number; seriesId: number; kind: string; value: Prisma.Decimal | null; measuredOn: Date | null; position: number };

@Resolver(() => IndicatorSeries)
export class IndicatorGoalSeriesResolver {
  @FieldResolver(() => [IndicatorGoal], { description: "The series' goals (its goal series), by date." })
  goals(@Root() series: IndicatorSeries, @Ctx() ctx: Context): Promise<IndicatorGoal[]> {
    return ctx.loaders
      .many(
        'IndicatorSeries.goals',
        (ids: readonly number[]) => ctx.prisma.indicatorGoal.findMany({ where: { seriesId: { in: [...ids] } }, orderBy: [{ targetDate: 'asc' }, { id: 'asc' }] }),
        (g) => g.seriesId,
      )
      .load(series.id) as unknown as Promise<IndicatorGoal[]>;
  }

  @FieldResolver(() => GraphQLDate, { nullable: true, description: 'The day the baseline was measured; progress towards the goals is drawn from it.' })
  @SameAsColumn()
  baselineDate(@Root() series: IndicatorSeries): Date | null {
    return (series as unknown as { baselineDate: Date | null }).baselineDate ?? null;
  }

  @FieldResolver(() => IndicatorProgress, {
    nullable: true,
    description: 'Progress of the latest actual against the baseline and the goals. Null when the series has no numeric baseline with a date, no goal after it, or no numeric actual with a `measuredOn` date.',
  })
  async progress(@Root() series: IndicatorSeries, @Ctx() ctx: Context): Promise<IndicatorProgress | null> {
    const baselineDate = (series as unknown as { baselineDate: Date | null }).baselineDate;
    if (!baselineDate) return null;
    const [values, goals, indicator] = await Promise.all([
      seriesValues(ctx).load(series.id) as unknown as Promise<ValueRow[]>,
      this.goals(series, ctx) as unknown as Promise<GoalRow[]>,
      indicatorById(ctx).load(series.indicatorId!),
    ]);
    const baseline = values.find((v) => v.kind === 'BASELINE' && v.value != null);
    let latest: ValueRow | undefined;
    for (const v of values) {
      if (v.kind !== 'ACTUAL' || v.value == null || !v.measuredOn) continue;
      if (!latest || v.measuredOn > latest.measuredOn! || (v.measuredOn.getTime() === latest.measuredOn!.getTime() && v.position > latest.position)) latest = v;
    }
    if (!baseline || !latest || !indicator) return null;
    const found = goalProgress(
      indicator.polarity as 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL',
      { value: Number(baseline.value), date: baselineDate },
      goals.map((g) => ({ row: g, value: Number(g.value), date: g.targetDate })),
      { value: Number(latest.value), date: latest.measuredOn! },
    );
    if (!found) return null;
    return {
      baseline: baseline as unknown as IndicatorValue,
      baselineDate,
      latestActual: latest as unknown as IndicatorValue,
      goal: found.goal.row as unknown as IndicatorGoal,
      percentOfTheWay: found.percentOfTheWay,
      expectedValue: found.expected,
      offTrack: found.offTrack,
      direction: found.direction as Polarity | null,
    };
  }
}

@Resolver(() => IndicatorGoal)
export class IndicatorGoalResolver {
  @FieldResolver(() => GraphQLDate, { description: 'The day by which the value is to be reached.' })
  targetDate(@Root() goal: IndicatorGoal): Date {
    return (goal as unknown as { targetDate: Date }).targetDate;
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'The printed target the goal was read from, when it was.' })
  async targetValue(@Root() goal: IndicatorGoal, @Ctx() ctx: Context): Promise<IndicatorValue | null> {
    const id = (goal as unknown as { targetValueId: number | null }).targetValueId;
    if (id == null) return null;
    return (await indicatorValueById(ctx).load(id)) as unknown as IndicatorValue | null;
  }
}

@Resolver(() => IndicatorValue)
export class IndicatorValueMeasuredResolver {
  @FieldResolver(() => GraphQLDate, { nullable: true, description: 'The day the value was measured, when known; the latest actual is the one measured last.' })
  @SameAsColumn()
  measuredOn(@Root() value: IndicatorValue): Date | null {
    return (value as unknown as { measuredOn: Date | null }).measuredOn ?? null;
  }
}

@Resolver()
export class IndicatorGoalMutationResolver {
  @Mutation(() => IndicatorGoal, { description: 'Adds a goal to an indicator series of a council you edit: the value aimed for by a date (one goal a date per series).' })
  createIndicatorGoal(@Ctx() ctx: Context, @Arg('input', () => CreateIndicatorGoalInput, { description: 'The goal.' }) input: CreateIndicatorGoalInput): Promise<IndicatorGoal> {
    return runWrite(ctx, async (w) => {
      const seriesId = parseId(input.seriesId, 'input.seriesId', 'IndicatorSeries');
      await w.authorize('IndicatorSeries', seriesId, 'input.seriesId');
      const value = goalValue(input.valueText, 'input.valueText');
      return (await w.create('IndicatorGoal', { seriesId, targetDate: input.targetDate, value, valueText: input.valueText, periodText: input.periodText ?? null }, 'input')) as unknown as IndicatorGoal;
    });
  }

  @Mutation(() => IndicatorGoal, { description: "Changes a goal's date, value or period." })
  updateIndicatorGoal(@Ctx() ctx: Context, @Arg('input', () => UpdateIndicatorGoalInput, { description: 'The changes.' }) input: UpdateIndicatorGoalInput): Promise<IndicatorGoal> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'IndicatorGoal');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      const data: Record<string, unknown> = {};
      if (input.targetDate != null) data.targetDate = input.targetDate;
      if (input.valueText != null) Object.assign(data, { valueText: input.valueText, value: goalValue(input.valueText, 'input.valueText') });
      if (input.periodText !== undefined) data.periodText = input.periodText;
      return (await w.update('IndicatorGoal', id, input.expectedVersion, data, 'input')) as unknown as IndicatorGoal;
    });
  }

  @Mutation(() => IndicatorGoal, { description: 'Removes a goal; returns it as it was.' })
  deleteIndicatorGoal(@Ctx() ctx: Context, @Arg('input', () => DeleteIndicatorGoalInput, { description: 'The goal.' }) input: DeleteIndicatorGoalInput): Promise<IndicatorGoal> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.id, 'input.id', 'IndicatorGoal');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      return (await w.delete('IndicatorGoal', id, input.expectedVersion, 'input.id')) as unknown as IndicatorGoal;
    });
  }

  @Mutation(() => IndicatorSeries, { description: "Sets the day an indicator series' baseline was measured (progress towards its goals is drawn from it)." })
  setIndicatorBaselineDate(@Ctx() ctx: Context, @Arg('input', () => SetIndicatorBaselineDateInput, { description: 'The date.' }) input: SetIndicatorBaselineDateInput): Promise<IndicatorSeries> {
    return runWrite(ctx, async (w) => {
      const id = parseId(input.seriesId, 'input.seriesId', 'IndicatorSeries');
      checkVersion(input.expectedVersion, 'input.expectedVersion');
      return (await w.update('IndicatorSeries', id, input.expectedVersion, { baselineDate: input.baselineDate ?? null }, 'input')) as unknown as IndicatorSeries;
    });
  }
}
