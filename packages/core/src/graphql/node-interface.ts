// The Relay `Node` interface, `Query.node(id)` and `Query.nodes(ids)` over the global ids
// of graphql/global-id.ts: added to the built schema by `withGlobalIds`.
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
import { fromGlobalId, toGlobalId } from './global-id';

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
