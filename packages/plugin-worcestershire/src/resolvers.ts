import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { byId, type Context } from '@council-plans/core';
import * as models from './generated/type-graphql';
import { loaders } from './loaders';
import { WorcestershireMutations } from './mutations';
import { WorcestershireQueries } from './queries';

const {
  Action,
  Plan,
  Risk,
  WorcestershireActivity,
  WorcestershireActivityCell,
  WorcestershireDeliveryPlan,
  WorcestershirePolicyDependency,
  WorcestershirePriorityDependency,
  WorcestershireRiskAssessment,
} = models;
type Action = models.Action;
type Plan = models.Plan;
type Risk = models.Risk;
type WorcestershireActivity = models.WorcestershireActivity;
type WorcestershireActivityCell = models.WorcestershireActivityCell;
type WorcestershireDeliveryPlan = models.WorcestershireDeliveryPlan;
type WorcestershirePolicyDependency = models.WorcestershirePolicyDependency;
type WorcestershirePriorityDependency = models.WorcestershirePriorityDependency;
type WorcestershireRiskAssessment = models.WorcestershireRiskAssessment;

/** Worcestershire's field on the core Plan type. */
@Resolver(() => Plan)
export class WorcestershirePlanFields {
  @FieldResolver(() => WorcestershireDeliveryPlan, {
    nullable: true,
    description:
      "The plan as a Worcestershire LAA delivery plan: summary, dependencies, equality considerations and performance management; null for other councils' plans. The indicator, risks and activities are the plan's core `indicatorSeries`, `risks` and `actions`.",
  })
  worcestershire(@Root() plan: Plan, @Ctx() ctx: Context): Promise<WorcestershireDeliveryPlan | null> {
    return loaders.deliveryPlanByPlan(ctx).load(plan.id);
  }
}

@Resolver(() => WorcestershireDeliveryPlan)
export class WorcestershireDeliveryPlanFields {
  @FieldResolver(() => [WorcestershirePriorityDependency], { description: 'The LAA priorities this priority depends on, in printed order.' })
  priorityDependencies(@Root() row: WorcestershireDeliveryPlan, @Ctx() ctx: Context): Promise<WorcestershirePriorityDependency[]> {
    return loaders.priorityDependencies(ctx).load(row.id);
  }

  @FieldResolver(() => [WorcestershirePolicyDependency], { description: 'The policies, plans or strategies it is delivered through or depends on, in printed order ("N/A" rows included).' })
  policyDependencies(@Root() row: WorcestershireDeliveryPlan, @Ctx() ctx: Context): Promise<WorcestershirePolicyDependency[]> {
    return loaders.policyDependencies(ctx).load(row.id);
  }

  @FieldResolver(() => Plan, { description: 'The core plan this delivery plan is.' })
  async plan(@Root() row: WorcestershireDeliveryPlan, @Ctx() ctx: Context): Promise<Plan> {
    return (await byId.planById(ctx).load(row.planId!))!;
  }
}

@Resolver(() => WorcestershirePriorityDependency)
export class WorcestershirePriorityDependencyFields {
  @FieldResolver(() => models.Indicator, { nullable: true, description: 'The catalogue indicator the LAA Priority cell names (e.g. "NI 73"); null when it names none.' })
  indicator(@Root() row: WorcestershirePriorityDependency, @Ctx() ctx: Context): Promise<models.Indicator | null> {
    return byId.follow(byId.indicatorById(ctx), row.indicatorId);
  }
}

/** Worcestershire's field on the core Risk type. */
@Resolver(() => Risk)
export class WorcestershireRiskFields {
  @FieldResolver(() => WorcestershireRiskAssessment, {
    nullable: true,
    description: "The risk as a row of Worcestershire's risk matrix, on the council's High / Medium / Low / Nil scale; null for other councils' risks.",
  })
  worcestershire(@Root() risk: Risk, @Ctx() ctx: Context): Promise<WorcestershireRiskAssessment | null> {
    return loaders.assessmentByRisk(ctx).load(risk.id);
  }
}

@Resolver(() => WorcestershireRiskAssessment)
export class WorcestershireRiskAssessmentFields {
  @FieldResolver(() => Risk, { description: 'The core risk this row assesses.' })
  async risk(@Root() row: WorcestershireRiskAssessment, @Ctx() ctx: Context): Promise<Risk> {
    return (await loaders.riskById(ctx).load(row.riskId!))!;
  }
}

/** Worcestershire's field on the core Action type. */
@Resolver(() => Action)
export class WorcestershireActionFields {
  @FieldResolver(() => WorcestershireActivity, {
    nullable: true,
    description: "The action as a row of Worcestershire's activity plan (Action / Who / Milestones / When / Resource Implications / Commentary), with its printed cells; null for other councils' actions.",
  })
  worcestershire(@Root() action: Action, @Ctx() ctx: Context): Promise<WorcestershireActivity | null> {
    return loaders.activityByAction(ctx).load(action.id);
  }
}

@Resolver(() => WorcestershireActivity)
export class WorcestershireActivityFields {
  @FieldResolver(() => [WorcestershireActivityCell], { description: 'The row\'s cells exactly where the document prints them, under their printed column headings, in printed order.' })
  cells(@Root() row: WorcestershireActivity, @Ctx() ctx: Context): Promise<WorcestershireActivityCell[]> {
    return loaders.cellsByActivity(ctx).load(row.id);
  }

  @FieldResolver(() => Action, { description: 'The core action this row is.' })
  async coreAction(@Root() row: WorcestershireActivity, @Ctx() ctx: Context): Promise<Action> {
    return (await byId.actionById(ctx).load(row.actionId!))!;
  }
}

export const resolvers = [
  WorcestershireMutations,
  WorcestershireQueries,
  WorcestershirePlanFields,
  WorcestershireDeliveryPlanFields,
  WorcestershirePriorityDependencyFields,
  WorcestershireRiskFields,
  WorcestershireRiskAssessmentFields,
  WorcestershireActionFields,
  WorcestershireActivityFields,
];
