// The Apollo Federation 2 subgraph: the same resolvers as the public schema, plus
// entity keys and batched reference resolvers, so integrators can join this graph with
// their HR system (people by staff id or e-mail) and finance system (funding lines by
// budget code or cost centre) through a gateway.
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { Directive, createResolversMap } from 'type-graphql';
import { Authority, Action, FundingLine, Indicator, Plan, ResponsibleParty } from '../generated/type-graphql';
import type { CouncilPlugin } from '../plugin';
import { Budget } from './resolvers/keys';
import type { Context } from './context';
import { badInput, parseId } from './errors';
import { buildTypeGraphQLSchema } from './schema';
import {
  actionById,
  authorityByCode,
  authorityById,
  fundingLineById,
  indicatorByCode,
  indicatorById,
  partyByEmail,
  partyById,
  partyByStaffId,
  planById,
  planBySlug,
} from './by-id';

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

/**
 * The entities other systems point at, with the keys they may join on. Every key
 * field is unique in the database, so a representation names at most one row.
 */
export const ENTITY_KEYS = {
  Authority: ['id', 'code'],
  Plan: ['id', 'slug'],
  Action: ['id'],
  Indicator: ['id', 'code'],
  ResponsibleParty: ['id', 'staffId', 'email'],
  FundingLine: ['id'],
  // A budget code names many funding lines: the finance system's budget is the entity
  // (issue 17), and `Budget.fundingLines` leads back to them.
  Budget: ['code'],
} as const;

const ENTITY_CLASSES: Record<keyof typeof ENTITY_KEYS, Function> = { Authority, Plan, Action, Indicator, ResponsibleParty, FundingLine, Budget };

/**
 * Fields an integrator's subgraph may also resolve (its own identifiers for our
 * entities, e.g. a finance system keying FundingLine on budgetCode): @shareable.
 */
const SHAREABLE_FIELDS: [Function, string][] = [
  [FundingLine, 'budgetCode'],
  [FundingLine, 'costCentre'],
  [ResponsibleParty, 'email'],
  [ResponsibleParty, 'staffId'],
];

let keysDeclared = false;
/** Adds the @key and @shareable directives to the generated entity classes, once per process. */
function declareEntityKeys(): void {
  if (keysDeclared) return;
  keysDeclared = true;
  for (const [name, keys] of Object.entries(ENTITY_KEYS) as [keyof typeof ENTITY_KEYS, readonly string[]][]) {
    for (const key of keys) Directive(`@key(fields: "${key}")`)(ENTITY_CLASSES[name]);
  }
  for (const [cls, field] of SHAREABLE_FIELDS) Directive('@shareable')(cls.prototype, field);
}

type Representation = Record<string, unknown> & { __typename: string };

/** Picks the key a representation carries, in the entity's key order. */
function keyOf(rep: Representation, keys: readonly string[]): [string, unknown] {
  for (const k of keys) if (rep[k] !== undefined && rep[k] !== null) return [k, rep[k]];
  throw badInput(`a ${rep.__typename} representation needs one of ${keys.join(', ')}`);
}


/**
 * Reference resolvers: each goes through the request's DataLoaders, so `_entities`
 * with a thousand representations costs one statement per entity type and key.
 */
const referenceResolvers: Record<keyof typeof ENTITY_KEYS, (rep: Representation, ctx: Context) => Promise<unknown>> = {
  Authority: (rep, ctx) => {
    const [k, v] = keyOf(rep, ENTITY_KEYS.Authority);
    return k === 'id' ? authorityById(ctx).load(parseId(String(v), 'id', 'Authority')) : authorityByCode(ctx).load(String(v));
  },
  Plan: (rep, ctx) => {
    const [k, v] = keyOf(rep, ENTITY_KEYS.Plan);
    return k === 'id' ? planById(ctx).load(parseId(String(v), 'id', 'Plan')) : planBySlug(ctx).load(String(v));
  },
  Action: (rep, ctx) => actionById(ctx).load(parseId(String(keyOf(rep, ENTITY_KEYS.Action)[1]), 'id', 'Action')),
  Indicator: (rep, ctx) => {
    const [k, v] = keyOf(rep, ENTITY_KEYS.Indicator);
    return k === 'id' ? indicatorById(ctx).load(parseId(String(v), 'id', 'Indicator')) : indicatorByCode(ctx).load(String(v));
  },
  ResponsibleParty: (rep, ctx) => {
    const [k, v] = keyOf(rep, ENTITY_KEYS.ResponsibleParty);
    if (k === 'id') return partyById(ctx).load(parseId(String(v), 'id', 'ResponsibleParty'));
    return k === 'staffId' ? partyByStaffId(ctx).load(String(v)) : partyByEmail(ctx).load(String(v).toLowerCase());
  },
  FundingLine: (rep, ctx) => fundingLineById(ctx).load(parseId(String(keyOf(rep, ENTITY_KEYS.FundingLine)[1]), 'id', 'FundingLine')),
  // Any code is a budget (its funding lines may be none): no statement here.
  Budget: async (rep) => ({ code: String(keyOf(rep, ENTITY_KEYS.Budget)[1]) }),
};

/**
 * Whether a representation carries key fields that are all null, as a gateway sends when
 * the other subgraph's key was never filled (e.g. `{ __typename: "ResponsibleParty",
 * staffId: null }`): it names no row, so the answer is null, not an error.
 */
function onlyNullKeys(rep: Representation, keys: readonly string[]): boolean {
  return keys.some((k) => k in rep) && keys.every((k) => rep[k] === undefined || rep[k] === null);
}

/**
 * The subgraph schema: the public schema's types and resolvers (core and the enabled
 * plugins) with entity keys, `_service { sdl }` and `_entities`.
 */
export async function buildSubgraphPlanSchema(plugins: readonly CouncilPlugin[]): Promise<GraphQLSchema> {
  declareEntityKeys();
  const schema = await buildTypeGraphQLSchema(plugins, { skipCheck: true, oneOf: false });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [type, resolve] of Object.entries(referenceResolvers)) {
    // A draft the caller may not read resolves to null, as everywhere else.
    const visible = async (rep: Representation, ctx: Context) => {
      if (onlyNullKeys(rep, ENTITY_KEYS[type as keyof typeof ENTITY_KEYS])) return null;
      const row = (await resolve(rep, ctx)) as Record<string, unknown> | null;
      return row && (await ctx.access.canRead(type, row)) ? row : null;
    };
    resolvers[type] = { ...resolvers[type], __resolveReference: visible };
  }
  return buildSubgraphSchema([
    {
      typeDefs: parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`),
      resolvers: resolvers as never,
    },
  ]);
}

/** The subgraph SDL as a gateway sees it (`_service { sdl }`), as committed in subgraph.graphql. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema);
}
