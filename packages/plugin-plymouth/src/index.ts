import 'reflect-metadata';
import path from 'node:path';
import { definePlugin } from '@council-plans/core';
import { loaders } from './loaders';
import { seeds } from './seed/load';
import { plymouthLayout } from './layout';

/**
 * Plymouth City Council's format: themes of Objective / Action / Responsible /
 * Timescale-Resources / Success Criteria / Monitoring / Evaluation rows, where each
 * action names the bodies (often boards) that monitor and evaluate it.
 */
export const plugin = definePlugin({
  name: 'plymouth',
  title: 'Plymouth City Council: action plan with monitoring and evaluation bodies',
  coreVersion: '^0.1.0',
  prismaFragment: path.resolve(__dirname, '..', 'prisma', 'plymouth.prisma'),
  migrations: path.resolve(__dirname, '..', 'prisma', 'migrations'),
  // Loaded when a schema is built, not with the plugin: a command-line import, a migration
  // or a seed never loads the TypeGraphQL classes (issue 21 item 5).
  get resolvers() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('./resolvers') as typeof import('./resolvers')).resolvers;
  },
  loaders,
  seeds,
  // Rows that reach their plan through another Plymouth row (for access checks).
  owners: { PlymouthResourcePart: ['rowId', 'PlymouthActionRow'] },
  // The council's spreadsheet layout: what `import --council plymouth` reads and the CSV export writes.
  layouts: [plymouthLayout],
  // Search finds an action by its row as printed, including who monitors and evaluates it.
  search: [
    {
      entity: 'Action',
      sql: `SELECT "actionId" AS id, concat_ws(' ', objective, array_to_string(actions, ' '), responsible, array_to_string("timescaleResources", ' '), array_to_string("successCriteria", ' '), array_to_string(monitoring, ' '), evaluation) AS text FROM "PlymouthActionRow"`,
    },
  ],
});

export default plugin;
export { actionPlan2018 } from './seed/action-plan-2018';
export { PLYMOUTH, PLYMOUTH_PLAN_SLUG } from './seed/load';
export type * from './seed/types';
export { plymouthLayout } from './layout';
