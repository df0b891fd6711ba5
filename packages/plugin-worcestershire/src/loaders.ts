import type { Context, LoaderFactory } from '@council-plans/core';

// Per-request DataLoaders for Worcestershire's tables: one SQL statement per level of a
// query, whatever the number of rows.
export const loaders = {
  deliveryPlanByPlan: ((ctx: Context) =>
    ctx.loaders.one(
      'worcestershire.deliveryPlanByPlan',
      (ids: readonly number[]) => ctx.prisma.worcestershireDeliveryPlan.findMany({ where: { planId: { in: [...ids] } } }),
      (row) => row.planId,
    )) satisfies LoaderFactory,
  priorityDependencies: ((ctx: Context) =>
    ctx.loaders.many(
      'worcestershire.priorityDependencies',
      (ids: readonly number[]) =>
        ctx.prisma.worcestershirePriorityDependency.findMany({ where: { deliveryPlanId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
      (row) => row.deliveryPlanId,
    )) satisfies LoaderFactory,
  policyDependencies: ((ctx: Context) =>
    ctx.loaders.many(
      'worcestershire.policyDependencies',
      (ids: readonly number[]) =>
        ctx.prisma.worcestershirePolicyDependency.findMany({ where: { deliveryPlanId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
      (row) => row.deliveryPlanId,
    )) satisfies LoaderFactory,
  assessmentByRisk: ((ctx: Context) =>
    ctx.loaders.one(
      'worcestershire.assessmentByRisk',
      (ids: readonly number[]) => ctx.prisma.worcestershireRiskAssessment.findMany({ where: { riskId: { in: [...ids] } } }),
      (row) => row.riskId,
    )) satisfies LoaderFactory,
  riskById: ((ctx: Context) =>
    ctx.loaders.one(
      'worcestershire.riskById',
      (ids: readonly number[]) => ctx.prisma.risk.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    )) satisfies LoaderFactory,
  activityByAction: ((ctx: Context) =>
    ctx.loaders.one(
      'worcestershire.activityByAction',
      (ids: readonly number[]) => ctx.prisma.worcestershireActivity.findMany({ where: { actionId: { in: [...ids] } } }),
      (row) => row.actionId,
    )) satisfies LoaderFactory,
  cellsByActivity: ((ctx: Context) =>
    ctx.loaders.many(
      'worcestershire.cellsByActivity',
      (ids: readonly number[]) =>
        ctx.prisma.worcestershireActivityCell.findMany({ where: { activityId: { in: [...ids] } }, orderBy: [{ activityId: 'asc' }, { position: 'asc' }] }),
      (row) => row.activityId,
    )) satisfies LoaderFactory,
};
