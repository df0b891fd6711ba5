import 'reflect-metadata';

export { openDatabase } from './db/database';
export type { Database, DatabaseOptions, RawSql } from './db/database';
export { migrate, migrationStatus, readMigrations, MigrationError, MIGRATIONS_DIR } from './db/migrate';
export { StatementCounter, countingAdapter } from './db/statement-counter';
export { PrismaClient, Prisma } from './db/prisma';
export { definePlugin } from './plugin';
export type { CouncilPlugin, LoaderFactory, SeedDocument, SearchSource } from './plugin';
export { buildPlanSchema, checkPluginContract, PluginContractError } from './graphql/schema';
export { buildSubgraphPlanSchema, printSubgraphSdl, ENTITY_KEYS } from './graphql/federation';
export { createContext } from './graphql/context';
export type { Context, PreparedRead } from './graphql/context';
export { Loaders } from './graphql/loaders';
export { badInput, parseId, ErrorCode } from './graphql/errors';
export { toGlobalId, fromGlobalId } from './graphql/global-id';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageOf, connectionType, orderInputType, SortDirection } from './graphql/pagination';
export type { ConnectionPage, Ordering } from './graphql/pagination';
export * as byId from './graphql/by-id';
export { Timescale, TimescalePart, Money, IndicatorReading, FundingTotal, DueFilter, AmountRange, timescaleOf, moneyOf, readingOf, dueWhere } from './graphql/resolvers';
export { coreResolvers, ActionFilter, ActionOrder, ActionConnection, actionWhere, ACTION_ORDER } from './graphql/resolvers';
export { loadSeeds, isEmpty } from './seed/load';
export type { SeedReport } from './seed/load';
export { ensureAuthority, ensureParty } from './seed/helpers';
export type { AuthorityData, PartyData } from './seed/helpers';
/** The generated TypeGraphQL classes of every core and plugin model and enum. */
export * as models from './generated/type-graphql';
export * as values from './values';
export { parseTimescale, parseMoney, parseThousandsOfPounds, parseIndicatorValue, isUnparsed } from './values';
// The parsers' plain results; `Timescale`, `Money`, `IndicatorReading` are their GraphQL types.
export type { Timescale as TimescaleParse, TimescalePart as TimescaleParsePart, Money as MoneyParse, IndicatorReading as IndicatorReadingParse, TimescaleResult, PlanPeriod, Unparsed, MoneyResult, IndicatorReadingResult } from './values';
export { refreshStructuredValues, registerStructuredValuePlugins, structuredValueParsers, jsonUpdate, countsTowardsTotal } from './values/refresh';
export type { RefreshScope, PluginRefreshScope, StructuredValueParsers } from './values/refresh';
export { generateSynthetic, loadSynthetic, syntheticPlanSlug, NESTED_PLAN_QUERY, ACTIONS_PAGE_QUERY } from './synthetic';
export type { SyntheticOptions, SyntheticCounts } from './synthetic';
