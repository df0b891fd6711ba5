// The CommonJS instances of graphql and type-graphql: the ones the compiled packages
// load. Importing them as ES modules in a test would give a second copy of graphql
// ("Cannot use GraphQLSchema from another module or realm").
import { createRequire } from 'node:module';

const require = createRequire(__filename);
export const graphqlModule = require('graphql') as typeof import('graphql');
export const { graphql, printSchema } = graphqlModule;
export const typeGraphql = require('type-graphql') as typeof import('type-graphql');
