import type { PrismaClient } from '../db/prisma';
import type { SearchSource } from '../plugin';
import { Access, ANONYMOUS, type Viewer } from '../auth/access';
import type { ImportLayout } from '../import/layout';
import { Loaders } from './loaders';

/** What every resolver receives: the database, this request's loaders and caller, and what the enabled plugins add. */
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
  /** Who is calling (anonymous, or a token's subject, councils and role). */
  viewer: Viewer;
  /** What the caller may read and change: every resolver and write goes through it. */
  access: Access;
  /** The HTTP request's id, recorded with the audit events of its writes. */
  requestId?: string;
  /**
   * Runs a read-only SQL statement as a prepared statement, when the database offers it
   * (PostgreSQL): the nested reads of prefetch.ts, whose planning is a good part of their
   * cost. Absent: they go through Prisma's raw query.
   */
  preparedRead?: PreparedRead;
  /** A fixed "today" ("YYYY-MM-DD", the server's `today` option / COUNCIL_PLANS_TODAY) for computed statuses; absent: the real day (see today.ts). */
  today?: string;
}

export type PreparedRead = <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>;

export function createContext(
  prisma: PrismaClient,
  options: {
    searchSources?: readonly SearchSource[];
    viewer?: Viewer;
    requestId?: string;
    preparedRead?: PreparedRead;
    layouts?: readonly ImportLayout[];
    pluginNames?: readonly string[];
    maxImportBytes?: number;
    today?: string;
  } = {},
): Context {
  const loaders = new Loaders();
  const viewer = options.viewer ?? ANONYMOUS;
  return {
    prisma,
    loaders,
    searchSources: options.searchSources ?? [],
    viewer,
    access: new Access(viewer, prisma, loaders),
    requestId: options.requestId,
    preparedRead: options.preparedRead,
    layouts: options.layouts ?? [],
    pluginNames: options.pluginNames ?? [],
    maxImportBytes: options.maxImportBytes,
    today: options.today,
  };
}
