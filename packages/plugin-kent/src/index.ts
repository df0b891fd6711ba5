import 'reflect-metadata';
import path from 'node:path';
import { definePlugin } from '@council-plans/core';
import { loaders } from './loaders';
import { seeds } from './seed/load';
import { fundingTotal, refreshStructuredValues, structuredSources } from './structured-values';
import { kentLayout } from './layout';

/**
 * Kent County Council's formats: the Herne Bay and Whitstable schools partnership's
 * "Enjoy and Achieve" action plan 2008-9 (priorities → key areas → bullets with Lead /
 * Cost / Target Dates columns) and the Standards and Achievement Division's operational
 * plan 2008/9 (units → objectives tagged with Every Child Matters outcomes → actions
 * linked to other plans' targets; KPIs, National Indicators, lead roles, budgets, a
 * scored risk register, consultations, staffing).
 */
export const plugin = definePlugin({
  name: 'kent',
  title: 'Kent County Council: schools partnership and operational plans',
  coreVersion: '^0.1.0',
  prismaFragment: path.resolve(__dirname, '..', 'prisma', 'kent.prisma'),
  migrations: path.resolve(__dirname, '..', 'prisma', 'migrations'),
  // Loaded when a schema is built, not with the plugin: a command-line import, a migration
  // or a seed never loads the TypeGraphQL classes (issue 21 item 5).
  get resolvers() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('./resolvers') as typeof import('./resolvers')).resolvers;
  },
  loaders,
  seeds,
  refreshStructuredValues,
  structuredSources,
  fundingTotal,
  // Rows that reach their plan through another Kent row (for access checks).
  owners: {
    KentKeyAreaLink: ['keyAreaId', 'KentKeyArea'],
    KentObjectiveEcmTag: ['objectiveId', 'KentObjective'],
    KentLeadRoleTarget: ['leadRoleId', 'KentLeadRole'],
    KentLeadRoleAction: ['leadRoleId', 'KentLeadRole'],
    KentBudgetLine: ['budgetId', 'KentBudget'],
  },
  // The council's spreadsheet layout: what `import --council kent` reads and the CSV export writes.
  layouts: [kentLayout],
  // Search finds an action by its Kent cells as printed: the operational plan's manager,
  // links, deliverables and dates; the partnership plan's sub-points.
  search: [
    {
      entity: 'Action',
      sql: `SELECT "actionId" AS id, concat_ws(' ', "accountableManager", links, array_to_string(deliverables, ' '), (SELECT string_agg(x, ' ') FROM jsonb_each(CASE jsonb_typeof("deliverableSubItems") WHEN 'object' THEN "deliverableSubItems" ELSE '{}'::jsonb END) e, jsonb_array_elements_text(e.value) x), "targetDates") AS text FROM "KentOperationalAction"`,
    },
    { entity: 'Action', sql: `SELECT "actionId" AS id, array_to_string("subPoints", ' ') AS text FROM "KentPartnershipAction"` },
  ],
});

export default plugin;
export { partnershipPlan2008 } from './seed/partnership-plan-2008-9';
export { parsePlanLinks, type ParsedPlanLink } from './plan-links';
export { pairColumn, PARTNERSHIP_PLAN_SLUG } from './seed/partnership-load';
export { partiesInCell, KENT, KENT_NEIGHBOURS } from './seed/common';
export { ECM_OUTCOMES, ECM_NAMES } from './ecm';
export { OPERATIONAL_PLAN_SLUG } from './seed/operational-load';
export { operationalPlanUnits } from './seed/load';
export { operationalPlanTables } from './seed/operational-plan-tables';
export type * from './seed/partnership-plan-types';
export type * from './seed/operational-plan-units-types';
export type * from './seed/operational-plan-tables-types';
export { kentLayout } from './layout';
