import DataLoader from 'dataloader';
import { models, type Context, type LoaderFactory } from '@council-plans/core';

type KentEcmOutcome = models.KentEcmOutcome;

// Per-request DataLoaders for Kent's tables: one SQL statement per level of a query,
// whatever the number of rows.
const inIds = (ids: readonly number[]) => ({ in: [...ids] });
const byPlan = { orderBy: [{ position: 'asc' as const }, { id: 'asc' as const }] };

export const loaders = {
  keyAreaBySection: ((ctx: Context) =>
    ctx.loaders.one('kent.keyAreaBySection', (ids: readonly number[]) => ctx.prisma.kentKeyArea.findMany({ where: { sectionId: inIds(ids) } }), (r) => r.sectionId)) satisfies LoaderFactory,
  keyAreaLinks: ((ctx: Context) =>
    ctx.loaders.many(
      'kent.keyAreaLinks',
      (ids: readonly number[]) => ctx.prisma.kentKeyAreaLink.findMany({ where: { keyAreaId: inIds(ids) }, ...byPlan }),
      (r) => r.keyAreaId,
    )) satisfies LoaderFactory,
  planLinkById: ((ctx: Context) =>
    ctx.loaders.one('kent.planLinkById', (ids: readonly number[]) => ctx.prisma.planLink.findMany({ where: { id: inIds(ids) } }), (r) => r.id)) satisfies LoaderFactory,
  partnershipActionByAction: ((ctx: Context) =>
    ctx.loaders.one(
      'kent.partnershipActionByAction',
      (ids: readonly number[]) => ctx.prisma.kentPartnershipAction.findMany({ where: { actionId: inIds(ids) } }),
      (r) => r.actionId,
    )) satisfies LoaderFactory,
  operationalActionByAction: ((ctx: Context) =>
    ctx.loaders.one(
      'kent.operationalActionByAction',
      (ids: readonly number[]) => ctx.prisma.kentOperationalAction.findMany({ where: { actionId: inIds(ids) } }),
      (r) => r.actionId,
    )) satisfies LoaderFactory,
  objectiveBySection: ((ctx: Context) =>
    ctx.loaders.one('kent.objectiveBySection', (ids: readonly number[]) => ctx.prisma.kentObjective.findMany({ where: { sectionId: inIds(ids) } }), (r) => r.sectionId)) satisfies LoaderFactory,
  ecmOutcomesByObjective: ((ctx: Context) =>
    ctx.loaders.get('kent.ecmOutcomesByObjective', () => {
      const order = ['BE_HEALTHY', 'STAY_SAFE', 'ENJOY_AND_ACHIEVE', 'MAKE_A_POSITIVE_CONTRIBUTION', 'ACHIEVE_ECONOMIC_WELLBEING'];
      return new DataLoader<number, KentEcmOutcome[]>(async (ids) => {
        const tags = await ctx.prisma.kentObjectiveEcmTag.findMany({ where: { objectiveId: inIds(ids) } });
        return ids.map((id) =>
          tags
            .filter((t) => t.objectiveId === id)
            .map((t) => t.outcome as KentEcmOutcome)
            .sort((a, b) => order.indexOf(a) - order.indexOf(b)),
        );
      });
    })) satisfies LoaderFactory,
  budgetsBySection: ((ctx: Context) =>
    ctx.loaders.many('kent.budgetsBySection', (ids: readonly number[]) => ctx.prisma.kentBudget.findMany({ where: { sectionId: inIds(ids) }, ...byPlan }), (r) => r.sectionId!)) satisfies LoaderFactory,
  budgetLines: ((ctx: Context) =>
    ctx.loaders.many('kent.budgetLines', (ids: readonly number[]) => ctx.prisma.kentBudgetLine.findMany({ where: { budgetId: inIds(ids) }, ...byPlan }), (r) => r.budgetId)) satisfies LoaderFactory,
  operationalPlanByPlan: ((ctx: Context) =>
    ctx.loaders.one('kent.operationalPlanByPlan', (ids: readonly number[]) => ctx.prisma.kentOperationalPlan.findMany({ where: { planId: inIds(ids) } }), (r) => r.planId)) satisfies LoaderFactory,
  contents: ((ctx: Context) =>
    ctx.loaders.many('kent.contents', (ids: readonly number[]) => ctx.prisma.kentContentsEntry.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  narrative: ((ctx: Context) =>
    ctx.loaders.many('kent.narrative', (ids: readonly number[]) => ctx.prisma.kentNarrativeSection.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  kpis: ((ctx: Context) =>
    ctx.loaders.many('kent.kpis', (ids: readonly number[]) => ctx.prisma.kentKpi.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  nationalIndicators: ((ctx: Context) =>
    ctx.loaders.many('kent.nationalIndicators', (ids: readonly number[]) => ctx.prisma.kentNationalIndicator.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  environmental: ((ctx: Context) =>
    ctx.loaders.many(
      'kent.environmental',
      (ids: readonly number[]) => ctx.prisma.kentEnvironmentalItem.findMany({ where: { planId: inIds(ids) }, orderBy: [{ table: 'desc' }, { position: 'asc' }] }),
      (r) => r.planId,
    )) satisfies LoaderFactory,
  leadRoles: ((ctx: Context) =>
    ctx.loaders.many('kent.leadRoles', (ids: readonly number[]) => ctx.prisma.kentLeadRole.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  leadRoleActions: ((ctx: Context) =>
    ctx.loaders.many('kent.leadRoleActions', (ids: readonly number[]) => ctx.prisma.kentLeadRoleAction.findMany({ where: { leadRoleId: inIds(ids) }, ...byPlan }), (r) => r.leadRoleId)) satisfies LoaderFactory,
  leadRoleTargets: ((ctx: Context) =>
    ctx.loaders.many('kent.leadRoleTargets', (ids: readonly number[]) => ctx.prisma.kentLeadRoleTarget.findMany({ where: { leadRoleId: inIds(ids) }, ...byPlan }), (r) => r.leadRoleId)) satisfies LoaderFactory,
  budgetsByPlan: ((ctx: Context) =>
    ctx.loaders.many('kent.budgetsByPlan', (ids: readonly number[]) => ctx.prisma.kentBudget.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  consultations: ((ctx: Context) =>
    ctx.loaders.many('kent.consultations', (ids: readonly number[]) => ctx.prisma.kentConsultation.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  staffing: ((ctx: Context) =>
    ctx.loaders.many('kent.staffing', (ids: readonly number[]) => ctx.prisma.kentStaffingRow.findMany({ where: { planId: inIds(ids) }, ...byPlan }), (r) => r.planId)) satisfies LoaderFactory,
  riskAssessmentByRisk: ((ctx: Context) =>
    ctx.loaders.one('kent.riskAssessmentByRisk', (ids: readonly number[]) => ctx.prisma.kentRiskAssessment.findMany({ where: { riskId: inIds(ids) } }), (r) => r.riskId)) satisfies LoaderFactory,
  seriesById: ((ctx: Context) =>
    ctx.loaders.one('kent.seriesById', (ids: readonly number[]) => ctx.prisma.indicatorSeries.findMany({ where: { id: inIds(ids) } }), (r) => r.id)) satisfies LoaderFactory,
};
