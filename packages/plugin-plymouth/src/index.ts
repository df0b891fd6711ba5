import 'reflect-metadata';
import path from 'node:path';
import { definePlugin } from '@council-plans/core';

/**
 * Plymouth City Council: action plan with monitoring and evaluation bodies.
 *
 * A valid plugin with nothing in it yet: its own issue transcribes the council's
 * document and adds its tables, GraphQL fields, loaders and seed data here.
 */
export const plugin = definePlugin({
  name: 'plymouth',
  title: 'Plymouth City Council: action plan with monitoring and evaluation bodies',
  coreVersion: '^0.1.0',
  prismaFragment: path.resolve(__dirname, '..', 'prisma', 'plymouth.prisma'),
  resolvers: [],
  loaders: {},
  seeds: [],
});

export default plugin;
