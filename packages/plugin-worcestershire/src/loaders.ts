import type { Context, LoaderFactory } from '@council-plans/core';
import { prismaOf } from './db';

// Per-request DataLoaders for Worcestershire's tables: one SQL statement per level of a
// query, whatever the number of rows.
export const loaders = {
  deliveryPlanByPlan: ((ctx: Context) =>
    ctx.loaders.one(
      'worcestershire.deliveryPlanByPlan',
      (ids: readonly number[]) => prismaOf(ctx).worcestershireDeliveryPlan.findMany({ where: { planId: { in: [...ids] } } }),
      (row) => row.planId,
    )) satisfies LoaderFactory,
  priorityDependencies: ((ctx: Context) =>
    ctx.loaders.many(
      'worcestershire.priorityDependencies',
      (ids: readonly number[]) =>
        prismaOf(ctx).worcestershirePriorityDependency.findMany({ where: { deliveryPlanId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
      (row) => row.deliveryPlanId,
    )) satisfies LoaderFactory,
  policyDependencies: ((ctx: Context) =>
    ctx.loaders.many(
      'worcestershire.policyDependencies',
      (ids: readonly number[]) =>
        prismaOf(ctx).worcestershirePolicyDependency.findMany({ where: { deliveryPlanId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
      (row) => row.deliveryPlanId,
    )) satisfies LoaderFactory,
  assessmentByRisk: ((ctx: Context) =>
    ctx.loaders.one(
      'worcestershire.assessmentByRisk',
      (ids: readonly number[]) => prismaOf(ctx).worcestershireRiskAssessment.findMany({ where: { riskId: { in: [...ids] } } }),
      (row) => row.riskId,
    )) satisfies LoaderFactory,
  riskById: ((ctx: Context) =>
    ctx.loaders.one(
      'worcestershire.riskById',
      (ids: readonly number[]) => prismaOf(ctx).risk.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    )) satisfies LoaderFactory,
  activityByAction: ((ctx: Context) =>
    ctx.loaders.one(
      'worcestershire.activityByAction',
      (ids: readonly number[]) => prismaOf(ctx).worcestershireActivity.findMany({ where: { actionId: { in: [...ids] } } }),
      (row) => row.actionId,
    )) satisfies LoaderFactory,
  cellsByActivity: ((ctx: Context) =>
    ctx.loaders.many(
      'worcestershire.cellsByActivity',
      (ids: readonly number[]) =>
        prismaOf(ctx).worcestershireActivityCell.findMany({ where: { activityId: { in: [...ids] } }, orderBy: [{ activityId: 'asc' }, { position: 'asc' }] }),
      (row) => row.activityId,
    )) satisfies LoaderFactory,
};
