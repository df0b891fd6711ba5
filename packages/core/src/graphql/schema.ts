import { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import type { CouncilPlugin } from '../plugin';
import { coreResolvers } from './resolvers';
import { describeEnumValues } from './enum-descriptions';
import { withGlobalIds } from './node-interface';
import { withPrefetch } from './prefetch';
import { collectPlainFields, registerPlainFields } from './direct-read';
import { withReadAccess } from './read-access';
import { withInputBounds } from './input-bounds';
import { withOneOfInputs } from './one-of';

export class PluginContractError extends Error {}

function pascal(name: string): string {
  return name.replace(/(^|[-_])(\w)/g, (_, __, c: string) => c.toUpperCase());
}

/**
 * Checks that a plugin's resolvers only add what the contract allows (see
 * CouncilPlugin): its own types, fields on core types under its own name, and queries
 * and mutations named after it. Like graphql-modules, a clash is a build-time error.
 */
export function checkPluginContract(plugins: readonly CouncilPlugin[]): void {
  const seen = new Set<string>();
  const storage = getMetadataStorage();
  const typeName = (cls: Function) => storage.objectTypes.find((o) => o.target === cls)?.name ?? cls.name;
  for (const plugin of plugins) {
    if (!/^[a-z][a-z0-9]*$/.test(plugin.name)) throw new PluginContractError(`plugin name ${JSON.stringify(plugin.name)} must be a lower-case word`);
    if (seen.has(plugin.name)) throw new PluginContractError(`two plugins are called "${plugin.name}"`);
    seen.add(plugin.name);
    const prefix = pascal(plugin.name);
    const own = new Set<Function>(plugin.resolvers);
    for (const op of [...storage.queries, ...storage.mutations, ...storage.subscriptions]) {
      if (own.has(op.target) && !op.schemaName.startsWith(plugin.name)) {
        throw new PluginContractError(`plugin ${plugin.name}: operation "${op.schemaName}" must start with "${plugin.name}"`);
      }
    }
    for (const field of storage.fieldResolvers) {
      if (!own.has(field.target)) continue;
      const resolverClass = storage.resolverClasses.find((r) => r.target === field.target);
      const type = resolverClass ? typeName(resolverClass.getObjectType()) : '?';
      if (!type.startsWith(prefix) && !field.schemaName.startsWith(plugin.name)) {
        throw new PluginContractError(`plugin ${plugin.name}: field ${type}.${field.schemaName} on a core type must start with "${plugin.name}"`);
      }
    }
  }
}

/**
 * Forgets the field lists type-graphql computed in an earlier build.
 *
 * type-graphql 2.0.0-rc.4 clones its global metadata storage for each buildSchema, but
 * the clone shares the type definitions, and the build caches each type's field list
 * on them, then pushes the fields of external field resolvers (`Action.exampleshire`)
 * into that cached list. A second build in the same process therefore keeps the first
 * build's plugin fields, even for a plugin it does not enable. Clearing the cache makes
 * every build start from the decorators alone (checked by tests/plugins.test.ts).
 */
function forgetPreviousBuild(): void {
  const storage = getMetadataStorage() as unknown as Record<
    'objectTypes' | 'interfaceTypes' | 'inputTypes' | 'argumentTypes',
    { fields?: unknown; directives?: unknown; extensions?: unknown }[]
  >;
  for (const list of [storage.objectTypes, storage.interfaceTypes, storage.inputTypes, storage.argumentTypes]) {
    for (const definition of list) {
      definition.fields = undefined;
      // Cached the same way: a directive added after a build (federation keys) would be missed.
      definition.directives = undefined;
      definition.extensions = undefined;
    }
  }
}

/** The resolver classes of core and the enabled plugins, in config order. */
export function schemaResolvers(plugins: readonly CouncilPlugin[]): [Function, ...Function[]] {
  return [...coreResolvers, ...plugins.flatMap((p) => p.resolvers)] as [Function, ...Function[]];
}

/** Builds the type-graphql schema after the contract checks (shared by the public and subgraph schemas). */
export async function buildTypeGraphQLSchema(plugins: readonly CouncilPlugin[], options: { skipCheck?: boolean; oneOf?: boolean } = {}): Promise<GraphQLSchema> {
  checkPluginContract(plugins);
  forgetPreviousBuild();
  describeEnumValues(plugins.map((p) => p.prismaFragment));
  // Read access wraps outside the reads, so hidden drafts are dropped whether a field's
  // rows came from its loader or from a prefetched nested read; input bounds outermost,
  // so no resolver sees an argument out of bounds.
  const built = rootsFirst(await buildSchema({ resolvers: schemaResolvers(plugins), validate: false, skipCheck: options.skipCheck }));
  // Which fields are plain columns, read from this build's metadata (direct-read.ts).
  const plain = collectPlainFields();
  // The federation subgraph leaves `@oneOf` out (Apollo composition does not know it yet);
  // the look-up resolvers check "exactly one" themselves too.
  return registerPlainFields(withInputBounds(withReadAccess(withPrefetch(withGlobalIds(options.oneOf === false ? built : withOneOfInputs(built))))), plain);
}

/**
 * The same schema with its types in the order of a walk from the root types. type-graphql
 * lists an interface's implementations (e.g. issue 18's `TextAttribute`) before the roots,
 * which would reorder the whole printed schema.graphql whenever an interface is added.
 */
function rootsFirst(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  // The walk: a schema of the roots alone collects what they reach, depth first.
  const walked = Object.values(new GraphQLSchema({ query: config.query, mutation: config.mutation, subscription: config.subscription, directives: config.directives }).getTypeMap());
  const names = new Set(walked.map((t) => t.name));
  return new GraphQLSchema({ ...config, types: [...walked, ...config.types.filter((t) => !names.has(t.name))] });
}

/** The GraphQL schema: core resolvers plus those of the enabled plugins, in config order. */
export async function buildPlanSchema(plugins: readonly CouncilPlugin[]): Promise<GraphQLSchema> {
  const schema = await buildTypeGraphQLSchema(plugins);
  schema.getQueryType()!.description = 'Read access to council education improvement plans: authorities, plans with their sections and actions, responsible parties and indicators.';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description =
      "Changes to a council's plans, by its editors and admins (a bearer token naming the council): every change is checked against the version it was based on and recorded in the plans' history. `importPlan` loads a council's spreadsheet.";
  return schema;
}
