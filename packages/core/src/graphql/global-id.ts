// Opaque global ids (the Relay / GraphQL Global Object Identification convention):
// every object with a database id is a `Node` whose `id` is base64url("<Type>:<id>"),
// and `Query.node(id)` / `Query.nodes(ids)` fetch any of them. Clients must treat ids as
// opaque; the server decodes them and checks the type an argument expects.
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import {
  GraphQLID,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  type GraphQLFieldConfig,
} from 'graphql';
import type { Context } from './context';
import { badInput } from './errors';

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/** The largest database id: every id column is a PostgreSQL `integer` (issue 16: 2^31 and above is not an id). */
export const MAX_DATABASE_ID = 2_147_483_647;

/**
 * Decodes a global id; null when it is not one: not base64url, not "<Type>:<id>", or an id
 * outside 1…MAX_DATABASE_ID (so `node` answers null and a typed argument BAD_USER_INPUT,
 * never a database error).
 */
export function fromGlobalId(value: string): { type: string; id: number } | null {
  if (value.length > 200 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const [type, raw, ...rest] = Buffer.from(value, 'base64url').toString('utf8').split(':');
  const id = Number(raw);
  if (rest.length || !type || !/^[A-Z]\w*$/.test(type) || !/^\d+$/.test(raw ?? '') || !Number.isSafeInteger(id) || id <= 0 || id > MAX_DATABASE_ID) return null;
  return { type, id };
}

/** Parses an ID argument that must name an object of `type`. */
export function parseGlobalId(value: string | number, argumentName: string, type: string): number {
  const decoded = fromGlobalId(String(value));
  if (!decoded) throw badInput(`${argumentName}: "${value}" is not an id`, argumentName);
  if (decoded.type !== type) throw badInput(`${argumentName}: "${value}" is the id of a ${decoded.type}, not of a ${type}`, argumentName);
  return decoded.id;
}

/**
 * The database id a look-up by id (`plan(id:)`, `action(id:)`, `node(id:)`…) reads, or null
 * when the value is not an id of that type (malformed, past the integer columns, another
 * type's): a look-up answers null for every id that names nothing it can return, as
 * `node` does, and as it does for a draft the caller may not see (docs/clients.md, "Ids").
 * Filters and write inputs use parseGlobalId and refuse such a value with BAD_USER_INPUT.
 */
export function lookupId(value: string, type: string): number | null {
  const decoded = fromGlobalId(value);
  return decoded && decoded.type === type ? decoded.id : null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Loads any node by its global id, batched per type and request. */
async function loadNode(ctx: Context, value: string, nodeTypes: Set<string>): Promise<object | null> {
  const decoded = fromGlobalId(value);
  if (!decoded || !nodeTypes.has(decoded.type)) return null;
  // Every Node type is a Prisma model of the same name (the typegraphql-prisma classes).
  const delegate = (ctx.prisma as unknown as Record<string, { findMany(args: object): Promise<{ id: number }[]> }>)[lowerFirst(decoded.type)];
  if (!delegate) return null;
  const row = await ctx.loaders
    .one(`Node.${decoded.type}`, (ids: readonly number[]) => delegate.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id)
    .load(decoded.id);
  return row ? Object.assign(row, { __typename: decoded.type }) : null;
}

/**
 * Makes every object type with an `id: ID!` a Node: its id is served as a global id,
 * it implements `Node`, and `Query.node` / `Query.nodes` can fetch it.
 */
export function withGlobalIds(schema: GraphQLSchema): GraphQLSchema {
  const nodeTypes = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLObjectType && !type.name.startsWith('__') && type !== schema.getQueryType()) {
      const id = type.getFields().id;
      if (id && id.type instanceof GraphQLNonNull && getNamedType(id.type) === GraphQLID) nodeTypes.add(type.name);
    }
  }
  const node = new GraphQLInterfaceType({
    name: 'Node',
    description: 'An object with a global id: fetch any of them again with `Query.node(id)`.',
    fields: { id: { type: new GraphQLNonNull(GraphQLID), description: 'The global id: opaque, stable, unique across all types.' } },
    resolveType: (value: { __typename?: string }) => value.__typename,
  });
  const withNode = new GraphQLSchema({ ...schema.toConfig(), types: [...schema.toConfig().types, node] });
  return mapSchema(withNode, {
    [MapperKind.OBJECT_TYPE]: (type) => {
      if (!nodeTypes.has(type.name)) return type;
      const config = type.toConfig();
      const idField = config.fields.id as GraphQLFieldConfig<{ id: number }, Context>;
      return new GraphQLObjectType({
        ...config,
        interfaces: [...config.interfaces, node],
        fields: {
          ...config.fields,
          id: { ...idField, description: idField.description ?? 'The global id: opaque, stable, unique across all types.', resolve: (source) => toGlobalId(type.name, source.id) },
        },
      });
    },
    [MapperKind.QUERY]: (type) => {
      const config = type.toConfig();
      return new GraphQLObjectType({
        ...config,
        fields: {
          ...config.fields,
          node: {
            type: node,
            description: 'Any object, by its global id; null when nothing has that id.',
            args: { id: { type: new GraphQLNonNull(GraphQLID), description: 'A global id, as served in an `id` field.' } },
            resolve: (_: unknown, args: { id: string }, ctx: Context) => loadNode(ctx, args.id, nodeTypes),
          },
          nodes: {
            type: new GraphQLNonNull(new GraphQLList(node)),
            description: 'Objects by their global ids, in the order asked; null for an id that names nothing.',
            args: { ids: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLID))), description: 'Global ids, as served in `id` fields.' } },
            resolve: (_: unknown, args: { ids: string[] }, ctx: Context) => Promise.all(args.ids.map((id) => loadNode(ctx, id, nodeTypes))),
          },
        },
      });
    },
  });
}
