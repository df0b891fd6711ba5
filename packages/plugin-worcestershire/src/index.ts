import 'reflect-metadata';
import path from 'node:path';
import { definePlugin } from '@council-plans/core';
import { loaders } from './loaders';
import { seeds } from './seed/load';
import { worcestershireLayout } from './layout';

/**
 * Worcestershire County Council's format: a Local Area Agreement delivery plan, indicator
 * first. A summary (theme, priority, theme group, lead, partners), one National
 * Indicator with its baseline and yearly targets, dependencies on other LAA priorities
 * and policies, equality considerations, a High / Medium / Low / Nil risk matrix,
 * performance-management arrangements and an activity plan (Action / Who / Milestones /
 * When / Resource Implications / Commentary).
 */
export const plugin = definePlugin({
  name: 'worcestershire',
  title: 'Worcestershire County Council: Local Area Agreement delivery plan',
  coreVersion: '^0.1.0',
  prismaFragment: path.resolve(__dirname, '..', 'prisma', 'worcestershire.prisma'),
  migrations: path.resolve(__dirname, '..', 'prisma', 'migrations'),
  // Loaded when a schema is built, not with the plugin: a command-line import, a migration
  // or a seed never loads the TypeGraphQL classes (issue 21 item 5).
  get resolvers() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('./resolvers') as typeof import('./resolvers')).resolvers;
  },
  loaders,
  seeds,
  // Rows that reach their plan through another Worcestershire row (for access checks).
  owners: {
    WorcestershirePriorityDependency: ['deliveryPlanId', 'WorcestershireDeliveryPlan'],
    WorcestershirePolicyDependency: ['deliveryPlanId', 'WorcestershireDeliveryPlan'],
    WorcestershireActivityCell: ['activityId', 'WorcestershireActivity'],
  },
  // The council's spreadsheet layout: what `import --council worcestershire` reads and the CSV export writes.
  layouts: [worcestershireLayout],
  // Search finds the plan by its delivery-plan summary and an action by its activity row.
  search: [
    {
      entity: 'Plan',
      sql: `SELECT "planId" AS id, concat_ws(' ', theme, priority, "themeGroup", "managementGroupLead", "partnersText", "crossCuttingTheme", "equalityConsiderations", "performanceManagement") AS text FROM "WorcestershireDeliveryPlan"`,
    },
    {
      entity: 'Action',
      sql: `SELECT "actionId" AS id, concat_ws(' ', action, who, "milestonesIntro", array_to_string(milestones, ' '), "whenText", "resourceImplications", commentary) AS text FROM "WorcestershireActivity"`,
    },
  ],
});

export default plugin;
export { laaDeliveryPlan2008 } from './seed/laa-delivery-plan-2008-11';
export { RISK_LEVELS, SLUG as LAA_DELIVERY_PLAN_SLUG, WORCESTERSHIRE } from './seed/load';
export type * from './seed/types';
export { worcestershireLayout } from './layout';
