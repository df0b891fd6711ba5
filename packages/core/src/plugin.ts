import type DataLoader from 'dataloader';
import type { Prisma } from './db/prisma';
import type { Context } from './graphql/context';
import type { FundingContribution, PluginRefreshScope, StructuredValueParsers } from './values/refresh';
import { declareOwners, type OwnerLink } from './auth/owners';
import type { ImportLayout } from './import/layout';
import type { SyntheticPluginRows } from './synthetic';

/**
 * A transaction as plugins see it: typed by the plugin for core + itself (its own
 * generated client), by core for core's models; at run time one transaction of the
 * deployment's client. Contract hooks take it untyped so both compile.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PluginTransaction = any;

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
  load(tx: PluginTransaction, source: { id: number; key: string }): Promise<void>;
}

/**
 * The contract every council plugin package fulfils: one object, exported as the
 * package's `plugin` (and `"councilPlugin": { "name", "prisma" }` in its package.json).
 * Which plugins are enabled is the deployment's configuration (PLUGINS or
 * council-plans.config.json); the deployment composes core's Prisma schema with the
 * enabled plugins' fragments, applies core's migrations and then each enabled plugin's
 * own, and loads the enabled plugins' seed documents (docs/plugins.md).
 *
 * Rules, checked when the schema is built:
 * - `name` is a lower-case word, unique among plugins;
 * - the plugin's GraphQL types are named with its prefix (e.g. "Medway...");
 * - a field it adds to a core type is called by its name, or starts with it
 *   (`Action.medway`), so plugins never clash on a core type;
 * - its queries and mutations start with its name (`medwayThemes`).
 */
export interface CouncilPlugin {
  /** e.g. "medway". */
  name: string;
  /** The council and format, e.g. "Medway Council: priorities, actions and milestones". */
  title: string;
  /** The range of @council-plans/core versions the plugin is written for (semver), checked at start. */
  coreVersion: string;
  /** Absolute path of the plugin's Prisma fragment. */
  prismaFragment: string;
  /**
   * Absolute path of the plugin's migration history (`prisma/migrations`, written by
   * `council-plans-plugin migration:new`): applied after core's, only while the plugin
   * is enabled, recorded under the plugin's name.
   */
  migrations?: string;
  /** Its TypeGraphQL resolver classes: field resolvers on core types and its own types. */
  resolvers: Function[];
  /** Its per-request DataLoaders, by name. */
  loaders: Record<string, LoaderFactory>;
  /** The council documents it transcribes: loaded at start when missing, while the plugin is enabled. */
  seeds: SeedDocument[];
  /** Its own text that full-text search should find plans and actions by (e.g. the steps of an action). */
  search?: SearchSource[];
  /**
   * Recomputes the structured forms of the plugin's own printed timescales, money and
   * indicator values (e.g. target dates in its own tables) with core's parsers,
   * set-based. Called by core's `refreshStructuredValues` after core's own columns.
   */
  refreshStructuredValues?(tx: PluginTransaction, scope: PluginRefreshScope, parsers: StructuredValueParsers): Promise<void>;
  /**
   * The printed-text columns `refreshStructuredValues` reads, by model (e.g.
   * `{ ExampleshireKpi: ['actual', …] }`). A write through `runWrite` that creates such a
   * row or changes one of these columns has the hook called for exactly that row
   * (`scope.rows`); a write that changes none of them does not call it.
   */
  structuredSources?: Record<string, readonly string[]>;
  /**
   * Money in the plugin's own tables that counts towards a plan's funding total
   * (`Plan.totalFunding`), e.g. a council's budget tables. Core adds it whenever it counts a
   * plan's total: on whole-plan refreshes (after the plugin's `refreshStructuredValues`,
   * so it reads fresh parses) and on the API's writes that change a money line of the plan
   * or a row of one of `models`. The plugin never writes `Plan`'s total columns itself.
   */
  fundingTotal?: FundingContribution;
  /**
   * Fills the plugin's own tables in the synthetic national data set (the benchmark's and
   * the scale tests'): a fresh generator per data set, told of every action generated.
   */
  synthetic?: () => SyntheticPluginRows;
  /**
   * For its models whose rows reach their plan through another of its rows (not through a
   * `planId`, `actionId`, `sectionId`, `seriesId`, `riskId` or `fromPlanId` column): the
   * column and the model it points at, e.g. `{ MedwayStep: ['rowId',
   * 'MedwayActionRow'] }`. Access checks (hidden drafts, who may write) follow them.
   */
  owners?: Record<string, OwnerLink>;
  /** Its council's spreadsheet layouts: what `import --council <name>` and `importPlan` read, and the CSV export writes. */
  layouts?: ImportLayout[];
}

/**
 * Text a plugin adds to the search documents of plans or actions: a SQL query returning
 * rows `(id, text)` where `id` is the Plan or Action id the text belongs to, e.g.
 * `SELECT "actionId" AS id, "intent" AS text FROM "MedwayActionRow"`.
 */
export interface SearchSource {
  entity: 'Plan' | 'Action';
  sql: string;
}

/** Type-checks a plugin object and registers its owner links. */
export function definePlugin(plugin: CouncilPlugin): CouncilPlugin {
  // Registered on load: access checks follow these links for the plugin's rows.
  declareOwners(plugin.owners);
  return plugin;
}
