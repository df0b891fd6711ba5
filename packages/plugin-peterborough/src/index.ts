import 'reflect-metadata';
import path from 'node:path';
import { definePlugin } from '@council-plans/core';
import { loaders } from './loaders';
import { seeds } from './seed/load';
import { refreshStructuredValues, structuredSources } from './structured-values';
import { peterboroughLayout } from './layout';
import { syntheticRows } from './synthetic';

/**
 * Peterborough City Council's format: workstreams of Intent / Implementation / Impact /
 * Timescale / RAG-Progress rows, where the implementation is a list of steps each with
 * its own timescale, and themes sections printed without the table.
 */
export const plugin = definePlugin({
  name: 'peterborough',
  title: 'Peterborough City Council: Intent / Implementation / Impact action plan',
  coreVersion: '^0.1.0',
  prismaFragment: path.resolve(__dirname, '..', 'prisma', 'peterborough.prisma'),
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
  synthetic: syntheticRows,
  // Rows that reach their plan through another Peterborough row (for access checks).
  owners: { PeterboroughImplementationStep: ['rowId', 'PeterboroughActionRow'] },
  // The council's spreadsheet layout: what `import --council peterborough` reads and the CSV export writes.
  layouts: [peterboroughLayout],
  // Search finds an action by its row's text as printed: intent, steps, impact.
  search: [
    { entity: 'Action', sql: `SELECT "actionId" AS id, concat_ws(' ', intent, "implementationIntro", array_to_string(impact, ' ')) AS text FROM "PeterboroughActionRow"` },
    { entity: 'Action', sql: `SELECT r."actionId" AS id, s.text FROM "PeterboroughImplementationStep" s JOIN "PeterboroughActionRow" r ON r.id = s."rowId"` },
  ],
});

export default plugin;
export { educationActionPlan2019 } from './seed/education-action-plan-2019-20';
export type * from './seed/types';
export { peterboroughLayout } from './layout';
