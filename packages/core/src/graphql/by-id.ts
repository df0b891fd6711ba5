// Loaders for "the row with this id" of each core table, shared by every resolver that
// follows a foreign key (an action's plan, a series' authority...). Each batches all
// ids asked for in one tick of the request into one `WHERE id IN (...)`.
import type { Context } from './context';

const ids = (keys: readonly number[]) => ({ id: { in: [...keys] } });
const byId = (row: { id: number }) => row.id;

export const authorityById = (ctx: Context) =>
  ctx.loaders.one('Authority.byId', (k: readonly number[]) => ctx.prisma.authority.findMany({ where: ids(k) }), byId);
export const planById = (ctx: Context) =>
  ctx.loaders.one('Plan.byId', (k: readonly number[]) => ctx.prisma.plan.findMany({ where: ids(k) }), byId);
export const sectionById = (ctx: Context) =>
  ctx.loaders.one('PlanSection.byId', (k: readonly number[]) => ctx.prisma.planSection.findMany({ where: ids(k) }), byId);
export const actionById = (ctx: Context) =>
  ctx.loaders.one('Action.byId', (k: readonly number[]) => ctx.prisma.action.findMany({ where: ids(k) }), byId);
export const partyById = (ctx: Context) =>
  ctx.loaders.one('ResponsibleParty.byId', (k: readonly number[]) => ctx.prisma.responsibleParty.findMany({ where: ids(k) }), byId);
export const sourceById = (ctx: Context) =>
  ctx.loaders.one('SourceDocument.byId', (k: readonly number[]) => ctx.prisma.sourceDocument.findMany({ where: ids(k) }), byId);
export const indicatorById = (ctx: Context) =>
  ctx.loaders.one('Indicator.byId', (k: readonly number[]) => ctx.prisma.indicator.findMany({ where: ids(k) }), byId);
export const milestoneById = (ctx: Context) =>
  ctx.loaders.one('Milestone.byId', (k: readonly number[]) => ctx.prisma.milestone.findMany({ where: ids(k) }), byId);
export const indicatorValueById = (ctx: Context) =>
  ctx.loaders.one('IndicatorValue.byId', (k: readonly number[]) => ctx.prisma.indicatorValue.findMany({ where: ids(k) }), byId);
export const attributeTypeById = (ctx: Context) =>
  ctx.loaders.one('AttributeType.byId', (k: readonly number[]) => ctx.prisma.attributeType.findMany({ where: ids(k) }), byId);
export const attributeChoiceById = (ctx: Context) =>
  ctx.loaders.one('AttributeChoice.byId', (k: readonly number[]) => ctx.prisma.attributeChoice.findMany({ where: ids(k) }), byId);

/** A series' values in printed order, by series id (`IndicatorSeries.values` and its `progress` share it). */
export const seriesValues = (ctx: Context) =>
  ctx.loaders.many(
    'IndicatorSeries.values',
    (k: readonly number[]) => ctx.prisma.indicatorValue.findMany({ where: { seriesId: { in: [...k] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
    (v) => v.seriesId!,
  );

/** Loads an optional foreign key: null stays null without touching the database. */
export async function follow<T>(loader: { load(id: number): Promise<T | null> }, id: number | null | undefined): Promise<T | null> {
  return id == null ? null : loader.load(id);
}

// Loaders by the other unique keys federation entities are joined on.
export const authorityByCode = (ctx: Context) =>
  ctx.loaders.one('Authority.byCode', (k: readonly string[]) => ctx.prisma.authority.findMany({ where: { code: { in: [...k] } } }), (a) => a.code);
export const planBySlug = (ctx: Context) =>
  ctx.loaders.one('Plan.bySlug', (k: readonly string[]) => ctx.prisma.plan.findMany({ where: { slug: { in: [...k] } } }), (p) => p.slug);
export const indicatorByCode = (ctx: Context) =>
  ctx.loaders.one('Indicator.byCode', (k: readonly string[]) => ctx.prisma.indicator.findMany({ where: { code: { in: [...k] } } }), (i) => i.code);
export const partyByStaffId = (ctx: Context) =>
  ctx.loaders.one('ResponsibleParty.byStaffId', (k: readonly string[]) => ctx.prisma.responsibleParty.findMany({ where: { staffId: { in: [...k] } } }), (p) => p.staffId!);
export const partyByEmail = (ctx: Context) =>
  ctx.loaders.one('ResponsibleParty.byEmail', (k: readonly string[]) => ctx.prisma.responsibleParty.findMany({ where: { email: { in: [...k] } } }), (p) => p.email!);
export const fundingLineById = (ctx: Context) =>
  ctx.loaders.one('FundingLine.byId', (k: readonly number[]) => ctx.prisma.fundingLine.findMany({ where: ids(k) }), byId);
