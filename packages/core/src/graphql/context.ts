import type { PrismaClient } from '../db/prisma';
import type { SearchSource } from '../plugin';
import { Loaders } from './loaders';

/** What every resolver receives: the database, this request's loaders, and what the enabled plugins add. */
export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
  /** The enabled plugins' search sources. */
  searchSources: readonly SearchSource[];
}

export function createContext(prisma: PrismaClient, options: { searchSources?: readonly SearchSource[] } = {}): Context {
  return { prisma, loaders: new Loaders(), searchSources: options.searchSources ?? [] };
}
