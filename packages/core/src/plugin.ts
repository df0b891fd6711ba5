import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Prisma } from './db/prisma';
import type { Context } from './graphql/context';
import type { FundingContribution, PluginRefreshScope, StructuredValueParsers } from './values/refresh';
import { declareOwners, type OwnerLink } from './auth/owners';
import type { ImportLayout } from './import/layout';
import type { SyntheticPluginRows } from './synthetic';
import type { ConnectionPage, Ordering } from './graphql/pagination';
// Types only: pageRows loads the SQL pager on its first call, so loading the plugin
// contract (every plugin does, the import CLI too) does not load the GraphQL machinery.
import type { SqlWhere } from './graphql/sql-page';

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

/**
 * A page of a plugin's connection of core rows (e.g. its council's actions, its risks
 * with their matrix row): what `pageRows` needs.
 */
export interface RowsPage {
  /** The core model paged, which is also the GraphQL type of the nodes: `Action`, `Risk`, any model with a `planId`, or `Plan`. */
  type: string;
  /** The connection's `first` and `after` arguments, as given. */
  first: number;
  after: string | null | undefined;
  info: GraphQLResolveInfo;
  /**
   * The order: a column of the row, or "relation.column" on a one-to-one related row
   * (the plugin's own row, e.g. `{ column: 'exampleshireRow.ragProgress' }`); document
   * (id) order when absent. Rows without a value sort last.
   */
  ordering?: Ordering;
  /**
   * The plugin's conditions on the rows, as SQL on table alias `t`: its own tables joined
   * by EXISTS / IN subqueries, every value a parameter through `SqlWhere.and` (or
   * `param`), never text pasted into the SQL; text searches through `likeContains`.
   * Core's `actionFilterSql` adds a core ActionFilter. Empty: every row of `type`.
   */
  where?: SqlWhere;
}

/** The SQL pager, loaded by pageRows's first call (see the import above). */
let sqlPage: typeof import('./graphql/sql-page') | undefined;

/**
 * One page of a plugin's connection on core's list pager (graphql/sql-page.ts): the
 * plugin gives its conditions (`where`) and the order; core adds the caller's visibility
 * (drafts of other councils left out), keyset-pages with the same cursors and errors as
 * every core list, and loads the nodes with the relations their selection asks for, all
 * in one prepared statement (a second counts, only when `totalCount` is selected). The
 * rows come back known readable, so no hidden-plans look-up follows. E.g.
 *
 *   const where = new SqlWhere().and`EXISTS (SELECT 1 FROM "ExampleshireActionRow" r WHERE r."actionId" = t."id" AND r."ragProgress" ILIKE ${likeContains(text)}::text)`;
 *   return pageRows(ctx, { type: 'Action', first, after, info, ordering, where });
 */
export function pageRows<T extends { id: number }>(ctx: Context, page: RowsPage): Promise<ConnectionPage<T>> {
  const { SqlWhere, sqlPageOf, visibleSql } = (sqlPage ??= require('./graphql/sql-page') as typeof import('./graphql/sql-page'));
  const where = new SqlWhere();
  where.parts.push(...(page.where?.parts ?? []));
  where.params.push(...(page.where?.params ?? []));
  visibleSql(ctx, page.type, where);
  return sqlPageOf<T>({ ctx, type: page.type, first: page.first, after: page.after, info: page.info, ordering: page.ordering, where });
}
