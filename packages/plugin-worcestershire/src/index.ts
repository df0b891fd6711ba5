import 'reflect-metadata';
import path from 'node:path';
import { definePlugin } from '@council-plans/core';

/**
 * Worcestershire County Council: Local Area Agreement delivery plan.
 *
 * A valid plugin with nothing in it yet: its own issue transcribes the council's
 * document and adds its tables, GraphQL fields, loaders and seed data here.
 */
export const plugin = definePlugin({
  name: 'worcestershire',
  title: 'Worcestershire County Council: Local Area Agreement delivery plan',
  coreVersion: '^0.1.0',
  prismaFragment: path.resolve(__dirname, '..', 'prisma', 'worcestershire.prisma'),
  resolvers: [],
  loaders: {},
  seeds: [],
});

export default plugin;
