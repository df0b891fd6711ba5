import 'reflect-metadata';
import path from 'node:path';
import { definePlugin } from '@council-plans/core';

/**
 * Kent County Council: schools partnership and operational plans.
 *
 * A valid plugin with nothing in it yet: its own issue transcribes the council's
 * document and adds its tables, GraphQL fields, loaders and seed data here.
 */
export const plugin = definePlugin({
  name: 'kent',
  title: 'Kent County Council: schools partnership and operational plans',
  coreVersion: '^0.1.0',
  prismaFragment: path.resolve(__dirname, '..', 'prisma', 'kent.prisma'),
  resolvers: [],
  loaders: {},
  seeds: [],
});

export default plugin;
