import type DataLoader from 'dataloader';
import type { Prisma } from './db/prisma';
import type { Context } from './graphql/context';
import type { PluginRefreshScope, StructuredValueParsers } from './values/refresh';
import { declareOwners, type OwnerLink } from './auth/owners';
import type { ImportLayout } from './import/layout';

/** A per-request DataLoader a plugin's resolvers use, made on first use in each request. */
export type LoaderFactory<K = any, V = any> = (ctx: Context) => DataLoader<K, V>;

/** A council document a plugin transcribes and loads into the database. */
export interface SeedDocument {
  /** Unique key of the document; also SourceDocument.key, which makes loading idempotent. */
  key: string;
  /** The document's title as printed. */
  title: string;
  /**
   * Writes the document's plan(s) inside the transaction it is given. The loader
   * creates the SourceDocument row first and passes its id, so every row can record
   * where it came from.
   */
  load(tx: Prisma.TransactionClient, source: { id: number; key: string }): Promise<void>;
}

/**
 * The contract every council plugin package fulfils: one object, exported as the
 * package's `plugin`. Which plugins are enabled is server configuration; the database
 * always holds every bundled plugin's tables (their Prisma fragments are composed at
 * build time, see scripts/compose.cjs).
 *
 * Rules, checked when the schema is built:
 * - `name` is a lower-case word, unique among plugins;
 * - the plugin's GraphQL types are named with its prefix (e.g. "Peterborough...");
 * - a field it adds to a core type is called by its name, or starts with it
 *   (`Action.peterborough`), so plugins never clash on a core type;
 * - its queries and mutations start with its name (`peterboroughThemes`).
 */
export interface CouncilPlugin {
  /** e.g. "peterborough". */
  name: string;
  /** The council and format, e.g. "Peterborough City Council: Intent / Implementation / Impact". */
  title: string;
  /** The range of @council-plans/core versions the plugin is written for (semver). */
  coreVersion: string;
  /** Absolute path of the plugin's Prisma fragment. */
  prismaFragment: string;
  /** Its TypeGraphQL resolver classes: field resolvers on core types and its own types. */
  resolvers: Function[];
  /** Its per-request DataLoaders, by name. */
  loaders: Record<string, LoaderFactory>;
  /** The council documents it transcribes, loaded into an empty database. */
  seeds: SeedDocument[];
  /** Its own text that full-text search should find plans and actions by (e.g. Peterborough's steps). */
  search?: SearchSource[];
  /**
   * Recomputes the structured forms of the plugin's own printed timescales, money and
   * indicator values (e.g. Kent's target dates and KPI values) with core's parsers,
   * set-based. Called by core's `refreshStructuredValues` after core's own columns.
   */
  refreshStructuredValues?(tx: Prisma.TransactionClient, scope: PluginRefreshScope, parsers: StructuredValueParsers): Promise<void>;
  /**
   * The printed-text columns `refreshStructuredValues` reads, by model (e.g.
   * `{ KentKpi: ['actual2006_07', …] }`). A write through `runWrite` that creates such a
   * row or changes one of these columns has the hook called for exactly that row
   * (`scope.rows`); a write that changes none of them does not call it.
   */
  structuredSources?: Record<string, readonly string[]>;
  /**
   * For its models whose rows reach their plan through another of its rows (not through a
   * `planId`, `actionId`, `sectionId`, `seriesId`, `riskId` or `fromPlanId` column): the
   * column and the model it points at, e.g. `{ PeterboroughImplementationStep: ['rowId',
   * 'PeterboroughActionRow'] }`. Access checks (hidden drafts, who may write) follow them.
   */
  owners?: Record<string, OwnerLink>;
  /** Its council's spreadsheet layouts: what `import --council <name>` and `importPlan` read, and the CSV export writes. */
  layouts?: ImportLayout[];
}

/**
 * Text a plugin adds to the search documents of plans or actions: a SQL query returning
 * rows `(id, text)` where `id` is the Plan or Action id the text belongs to, e.g.
 * `SELECT "actionId" AS id, "intent" AS text FROM "PeterboroughActionRow"`.
 */
export interface SearchSource {
  entity: 'Plan' | 'Action';
  sql: string;
}

/** Type-checks a plugin object and registers its owner links. */
export function definePlugin(plugin: CouncilPlugin): CouncilPlugin {
  // Registered on load, enabled or not: every bundled plugin's rows are in the database.
  declareOwners(plugin.owners);
  return plugin;
}
