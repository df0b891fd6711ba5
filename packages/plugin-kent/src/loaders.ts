import DataLoader from 'dataloader';
import { type Context, type LoaderFactory } from '@council-plans/core';
import * as models from './generated/type-graphql';
import { prismaOf } from './db';

type KentEcmOutcome = models.KentEcmOutcome;

// Per-request DataLoaders for Kent's tables: one SQL statement per level of a query,
// whatever the number of rows.
const inIds = (ids: readonly number[]) => ({ in: [...ids] });
const byPlan = { orderBy: [{ position: 'asc' as const }, { id: 'asc' as const }] };

export const loaders = {
  keyAreaBySection: ((ctx: Context) =>
    ctx.loaders.one('kent.keyAreaBySection', (ids: readonly number[]) => prismaOf(ctx).kentKeyArea.findMany({ where: { sectionId: inIds(ids) } }), (r) => r.sectionId)) satisfies LoaderFactory,
  keyAreaLinks: ((ctx: Context) =>
    ctx.loaders.many(
      'kent.keyAreaLinks',
      (ids: readonly number[]) => prismaOf(ctx).kentKeyAreaLink.findMany({ where: { keyAreaId: inIds(ids) }, ...byPlan }),
      (r) => r.keyAreaId,
    )) satisfies LoaderFactory,
  planLinkById: ((ctx: Context) =>
    ctx.loaders.one('kent.planLinkById', (ids: readonly number[]) => prismaOf(ctx).planLink.findMany({ where: { id: inIds(ids) } }), (r) => r.id)) satisfies LoaderFactory,
  partnershipActionByAction: ((ctx: Context) =>
    ctx.loaders.one(
      'kent.partnershipActionByAction',
      (ids: readonly number[]) => prismaOf(ctx).kentPartnershipAction.findMany({ where: { actionId: inIds(ids) } }),
      (r) => r.actionId,
    )) satisfies LoaderFactory,
  operationalActionByAction: ((ctx: Context) =>
    ctx.loaders.one(
      'kent.operationalActionByAction',
      (ids: readonly number[]) => prismaOf(ctx).kentOperationalAction.findMany({ where: { actionId: inIds(ids) } }),
      (r) => r.actionId,
    )) satisfies LoaderFactory,
  objectiveBySection: ((ctx: Context) =>
    ctx.loaders.one('kent.objectiveBySection', (ids: readonly number[]) => prismaOf(ctx).kentObjective.findMany({ where: { sectionId: inIds(ids) } }), (r) => r.sectionId)) satisfies LoaderFactory,
  ecmOutcomesByObjective: ((ctx: Context) =>
    ctx.loaders.get('kent.ecmOutcomesByObjective', () => {
      const order = ['BE_HEALTHY', 'STAY_SAFE', 'ENJOY_AND_ACHIEVE', 'MAKE_A_POSITIVE_CONTRIBUTION', 'ACHIEVE_ECONOMIC_WELLBEING'];
      return new DataLoader<number, KentEcmOutcome[]>(async (ids) => {
        const tags = await prismaOf(ctx).kentObjectiveEcmTag.findMany({ where: { objectiveId: inIds(ids) } });
        return ids.map((id) =>
          tags
            .filter((t) => t.objectiveId === id)
            .map((t) => t.outcome as KentEcmOutcome)
            .sort((a, b) => order.indexOf(a) - order.indexOf(b)),
        );
      });
    })) satisfies LoaderFactory,
  budgetsBySection: ((ctx: Context) =>
    ctx.loaders.many('kent.budgetsBySection', (ids: readonly number[]) => prismaOf(ctx).kentBudget.findMany({ where: { sectionId: inIds(ids) }, ...byPlan }), (r) => r.sectionId!)) satisfies LoaderFactory,
  budgetLines: ((ctx: Context) =>
    ctx.loaders.many('kent.budgetLines', (ids: readonly number[]) => prismaOf(ctx).kentBudgetLine.findMany({ where: { budgetId: inIds(ids) }, ...byPlan }), (r) => r.budgetId)) satisfies LoaderFactory,
  operationalPlanByPlan: ((ctx: Context) =>
    ctx.loaders.one('kent.operationalPlanByPlan', (ids: readonly number[]) => prismaOf(ctx).kentOperationalPlan.findMany({ where: { planId: inIds(ids) } }), (r) => r.planId)) satisfies LoaderFactory,
  contents: ((ctx: Context) =>
    ctx.loaders.many('kent.contents', (ids: readonly number[]) => prismaOf(ctx).kentContentsEntry.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  narrative: ((ctx: Context) =>
    ctx.loaders.many('kent.narrative', (ids: readonly number[]) => prismaOf(ctx).kentNarrativeSection.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  kpis: ((ctx: Context) =>
    ctx.loaders.many('kent.kpis', (ids: readonly number[]) => prismaOf(ctx).kentKpi.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  nationalIndicators: ((ctx: Context) =>
    ctx.loaders.many('kent.nationalIndicators', (ids: readonly number[]) => prismaOf(ctx).kentNationalIndicator.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  environmental: ((ctx: Context) =>
    ctx.loaders.many(
      'kent.environmental',
      (ids: readonly number[]) => prismaOf(ctx).kentEnvironmentalItem.findMany({ where: { planId: inIds(ids) }, orderBy: [{ table: 'desc' }, { position: 'asc' }] }),
      (r) => r.planId,
    )) satisfies LoaderFactory,
  leadRoles: ((ctx: Context) =>
    ctx.loaders.many('kent.leadRoles', (ids: readonly number[]) => prismaOf(ctx).kentLeadRole.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  leadRoleActions: ((ctx: Context) =>
    ctx.loaders.many('kent.leadRoleActions', (ids: readonly number[]) => prismaOf(ctx).kentLeadRoleAction.findMany({ where: { leadRoleId: inIds(ids) }, ...byPlan }), (r) => r.leadRoleId)) satisfies LoaderFactory,
  leadRoleTargets: ((ctx: Context) =>
    ctx.loaders.many('kent.leadRoleTargets', (ids: readonly number[]) => prismaOf(ctx).kentLeadRoleTarget.findMany({ where: { leadRoleId: inIds(ids) }, ...byPlan }), (r) => r.leadRoleId)) satisfies LoaderFactory,
  budgetsByPlan: ((ctx: Context) =>
    ctx.loaders.many('kent.budgetsByPlan', (ids: readonly number[]) => prismaOf(ctx).kentBudget.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  consultations: ((ctx: Context) =>
    ctx.loaders.many('kent.consultations', (ids: readonly number[]) => prismaOf(ctx).kentConsultation.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  staffing: ((ctx: Context) =>
    ctx.loaders.many('kent.staffing', (ids: readonly number[]) => prismaOf(ctx).kentStaffingRow.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  riskAssessmentByRisk: ((ctx: Context) =>
    ctx.loaders.one('kent.riskAssessmentByRisk', (ids: readonly number[]) => prismaOf(ctx).kentRiskAssessment.findMany({ where: { riskId: inIds(ids) } }), (r) => r.riskId)) satisfies LoaderFactory,
  seriesById: ((ctx: Context) =>
    ctx.loaders.one('kent.seriesById', (ids: readonly number[]) => prismaOf(ctx).indicatorSeries.findMany({ where: { id: inIds(ids) } }), (r) => r.id)) satisfies LoaderFactory,
};
