import type { PrismaClient } from '../db/prisma';
import type { SearchSource } from '../plugin';
import { Loaders } from './loaders';

/** What every resolver receives: the database, this request's loaders, and what the enabled plugins add. */
export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
  /** The enabled plugins' search sources. */
  searchSources: readonly SearchSource[];
  /**
   * Runs a read-only SQL statement as a prepared statement, when the database offers it
   * (PostgreSQL): the nested reads of prefetch.ts, whose planning is a good part of their
   * cost. Absent: they go through Prisma's raw query.
   */
  preparedRead?: PreparedRead;
}

export type PreparedRead = <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>;

export function createContext(prisma: PrismaClient, options: { searchSources?: readonly SearchSource[]; preparedRead?: PreparedRead } = {}): Context {
  return { prisma, loaders: new Loaders(), searchSources: options.searchSources ?? [], preparedRead: options.preparedRead };
}
