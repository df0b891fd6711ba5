import type { PrismaClient } from '../db/prisma';
import type { SearchSource } from '../plugin';
import type { ImportLayout } from '../import/layout';
import { Loaders } from './loaders';

/** What every resolver receives: the database, this request's loaders, and what the enabled plugins add. */
export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
  /** The enabled plugins' search sources. */
  searchSources: readonly SearchSource[];
  /** The enabled plugins' import layouts (`importPlan`, `Plan.export(format: CSV)`). */
  layouts: readonly ImportLayout[];
  /** The enabled plugins' names (the JSON export includes their rows). */
  pluginNames: readonly string[];
  /** Largest file `importPlan` accepts, in bytes. */
  maxImportBytes?: number;
}

export function createContext(
  prisma: PrismaClient,
  options: { searchSources?: readonly SearchSource[]; layouts?: readonly ImportLayout[]; pluginNames?: readonly string[]; maxImportBytes?: number } = {},
): Context {
  return {
    prisma,
    loaders: new Loaders(),
    searchSources: options.searchSources ?? [],
    layouts: options.layouts ?? [],
    pluginNames: options.pluginNames ?? [],
    maxImportBytes: options.maxImportBytes,
  };
}
