// GraphQL Code Generator, as docs/clients.md sets it up: the client preset over the
// repository's schema.graphql, with the scalar map `npm run client-config` generates.
import type { CodegenConfig } from '@graphql-codegen/cli';
import scalars from '../../clients/codegen-scalars.json' with { type: 'json' };

const config: CodegenConfig = {
  schema: '../../schema.graphql',
  // The Apollo and urql pages' operations; the Relay page's are relay-compiler's (relay.config.json).
  documents: ['src/main.ts', 'src/urql.ts'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': { preset: 'client', config: { scalars, strictScalars: true, enumsAsTypes: true } },
  },
  silent: true,
};
export default config;
