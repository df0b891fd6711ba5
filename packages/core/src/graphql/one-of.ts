// `@oneOf` input objects (graphql-js 16.9+, the GraphQL spec's OneOf Input Objects): the
// schema itself says "give exactly one of these fields", so clients, codegen and GraphiQL
// know it, and graphql-js refuses `{}` or two fields during validation, before a resolver
// runs. type-graphql 2.0.0-rc.4 has no option for it, so the types are declared with
// `oneOfInput(...)` and marked after the build.
import { GraphQLInputObjectType, isNonNullType, type GraphQLSchema } from 'graphql';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { badInput } from './errors';

const oneOfInputs = new Set<string>();

/** Marks an input type (by its GraphQL name) as `@oneOf`. Call beside its @InputType class. */
export function oneOfInput(name: string): void {
  oneOfInputs.add(name);
}

/** Refuses a OneOf input value that does not have exactly one field set (where the schema could not say it: the federation subgraph). */
export function exactlyOne(value: object, argumentName: string): void {
  const set = Object.values(value).filter((v) => v != null).length;
  if (set !== 1) throw badInput(`${argumentName}: give exactly one of its fields`, argumentName);
}

/** The schema with every input type declared by `oneOfInput` made a OneOf Input Object. */
export function withOneOfInputs(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.INPUT_OBJECT_TYPE]: (type) => {
      if (!oneOfInputs.has(type.name)) return type;
      const config = type.toConfig();
      for (const [name, field] of Object.entries(config.fields)) {
        // The spec requires every field of a OneOf input to be nullable and without a default.
        if (isNonNullType(field.type) || field.defaultValue !== undefined) throw new Error(`@oneOf input ${type.name}.${name} must be nullable, without a default`);
      }
      return new GraphQLInputObjectType({ ...config, isOneOf: true });
    },
  });
}
