import { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import type { CouncilPlugin } from '../plugin';
import { coreResolvers } from './resolvers';

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

/** The GraphQL schema: core resolvers plus those of the enabled plugins, in config order. */
export async function buildPlanSchema(plugins: readonly CouncilPlugin[]): Promise<GraphQLSchema> {
  checkPluginContract(plugins);
  const resolvers = [...coreResolvers, ...plugins.flatMap((p) => p.resolvers)] as [Function, ...Function[]];
  return buildSchema({ resolvers, validate: false });
}
