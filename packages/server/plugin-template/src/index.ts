import 'reflect-metadata';
import path from 'node:path';
import { definePlugin } from '@council-plans/core';
import { loaders, resolvers } from './resolvers';
import { seeds } from './seed';
import { layout } from './layout';

/** __Name__'s council format: actions under pillars, with a lead, a BRAG status and evidence of impact. */
export const plugin = definePlugin({
  name: '__name__',
  title: '__Name__: pillars, actions, leads, BRAG status and evidence of impact',
  coreVersion: '__coreRange__',
  prismaFragment: path.resolve(__dirname, '..', 'prisma', '__name__.prisma'),
  migrations: path.resolve(__dirname, '..', 'prisma', 'migrations'),
  resolvers,
  loaders,
  seeds,
  layouts: [layout],
  // Search finds an action by its pillar and evidence of impact too.
  search: [{ entity: 'Action', sql: `SELECT "actionId" AS id, concat_ws(' ', pillar, evidence) AS text FROM "__Name__ActionRow"` }],
});

export default plugin;
