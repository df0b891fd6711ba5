#!/usr/bin/env node
// Writes the client configuration that follows from schema.graphql, so it never goes stale
// (`npm run client-config`; tests/client-config.test.ts fails when a file is not current,
// `--check` does the same here):
//
//   clients/possible-types.json   every interface and union with its object types
//                                 (Apollo Client `possibleTypes`, urql Graphcache, codegen)
//   clients/type-policies.ts      Apollo Client `typePolicies`: `merge: true` for every
//                                 object type without an `id` (value objects such as
//                                 Timescale, Money, IndicatorReading, FundingTotal, and
//                                 connection pages), `relayStylePagination` for every
//                                 connection field, keyed by its other arguments
//   clients/codegen-scalars.json  GraphQL Code Generator's `scalars` map: the TypeScript
//                                 type each custom scalar arrives as over JSON
//   clients/graphcache.ts         urql Graphcache options: `keys` (null for every id-less
//                                 object type), `relayPagination()` for every connection
//                                 field, and `schema` (below)
//   clients/graphcache-schema.json the schema's minified introspection (@urql/introspection):
//                                 without it Graphcache writes every fragment of a union or
//                                 interface and warns about the fields the other members lack
//
// Reads only schema.graphql (run `pnpm print-schema` first after changing resolvers).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyIntrospectionQuery } from '@urql/introspection';
import { buildSchema, introspectionFromSchema, getNamedType, isAbstractType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'clients');

/** How each custom scalar travels in JSON, as a TypeScript type (input and output alike). */
const SCALAR_TYPES = {
  Date: 'string',
  DateTimeISO: 'string',
  Decimal: 'string',
  SafeInt: 'number',
  JSONObject: 'Record<string, unknown>',
};

export function clientConfig(sdl) {
  const schema = buildSchema(sdl);
  const types = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((t) => t.name));

  const possibleTypes = {};
  for (const t of types.filter(isAbstractType)) possibleTypes[t.name] = schema.getPossibleTypes(t).map((p) => p.name).sort();

  const scalars = {};
  for (const t of types.filter((t) => isScalarType(t) && !isSpecifiedScalarType(t))) {
    if (!(t.name in SCALAR_TYPES)) throw new Error(`client-config: no TypeScript type for the scalar ${t.name}; add it to SCALAR_TYPES in scripts/client-config.mjs`);
    scalars[t.name] = SCALAR_TYPES[t.name];
  }

  // Type policies: one entry per object type that needs one, in name order.
  const policies = [];
  const graphcacheKeys = [];
  const graphcacheResolvers = [];
  for (const t of types.filter(isObjectType)) {
    const fields = t.getFields();
    const idLess = !roots.has(t.name) && !('id' in fields);
    const paged = Object.values(fields)
      .filter((f) => getNamedType(f.type).name.endsWith('Connection') && f.args.some((a) => a.name === 'after'))
      .map((f) => ({ name: f.name, keyArgs: f.args.map((a) => a.name).filter((a) => a !== 'first' && a !== 'after').sort() }));
    if (idLess) graphcacheKeys.push(`  ${t.name}: () => null,`);
    if (paged.length) graphcacheResolvers.push(`  ${t.name}: {\n${paged.map((f) => `    ${f.name}: relayPagination(),`).join('\n')}\n  },`);
    if (!idLess && !paged.length) continue;
    const lines = [`  ${t.name}: {`];
    if (idLess) lines.push('    merge: true,');
    if (paged.length) {
      lines.push('    fields: {');
      for (const f of paged) lines.push(`      ${f.name}: relayStylePagination(${f.keyArgs.length ? JSON.stringify(f.keyArgs).replaceAll('"', "'").replaceAll(',', ', ') : 'false'}),`);
      lines.push('    },');
    }
    lines.push('  },');
    policies.push(lines.join('\n'));
  }
  const typePolicies = `// Generated from schema.graphql by \`npm run client-config\` (scripts/client-config.mjs): do not edit.
// Apollo Client's cache policies for this API (docs/clients.md):
// - \`merge: true\` on every object type without an \`id\`: such objects (Timescale, Money,
//   IndicatorReading, FundingTotal, pages of a connection…) belong to the object holding
//   them, so two queries selecting different fields of one are merged, not overwritten.
// - \`relayStylePagination\` on every connection field, keyed by its arguments other than
//   \`first\` and \`after\`, so \`fetchMore({ variables: { after } })\` appends the next page.
import { relayStylePagination } from '@apollo/client/utilities';
import type { TypePolicies } from '@apollo/client';

/** Every interface and union with its object types, for \`new InMemoryCache({ possibleTypes })\` (as clients/possible-types.json). */
export const possibleTypes: Record<string, string[]> = ${JSON.stringify(possibleTypes, null, 2)};

export const typePolicies: TypePolicies = {
${policies.join('\n')}
};
`;
  const graphcache = `// Generated from schema.graphql by \`npm run client-config\` (scripts/client-config.mjs): do not edit.
// urql Graphcache options for this API (docs/clients.md):
//   cacheExchange({ schema, keys, resolvers })
// - \`schema\` (clients/graphcache-schema.json): Graphcache matches fragments on the union
//   SearchResult and the interfaces exactly, instead of writing every member's fragment and
//   warning about the fields the others lack.
// - \`keys\`: every object type without an \`id\` is embedded in the object holding it.
// - \`resolvers\`: \`relayPagination()\` on every connection field, so a query for the next
//   page (\`after: pageInfo.endCursor\`) answers with every page so far.
import type { KeyingConfig, ResolverConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import schema from './graphcache-schema.json';

export { schema };

export const keys: KeyingConfig = {
${graphcacheKeys.join('\n')}
};

export const resolvers: ResolverConfig = {
${graphcacheResolvers.join('\n')}
};
`;
  // Only what Graphcache reads: object, interface and union types with their fields' types.
  const introspection = minifyIntrospectionQuery(introspectionFromSchema(schema, { descriptions: false }), {
    includeScalars: false,
    includeEnums: false,
    includeInputs: false,
    includeDirectives: false,
  });
  return {
    'graphcache.ts': graphcache,
    'graphcache-schema.json': JSON.stringify(introspection) + '\n',
    'possible-types.json': JSON.stringify(possibleTypes, null, 2) + '\n',
    'codegen-scalars.json': JSON.stringify(scalars, null, 2) + '\n',
    'type-policies.ts': typePolicies,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const files = clientConfig(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8'));
  const stale = [];
  if (!check) fs.mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(outDir, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === text) continue;
    if (check) stale.push(`clients/${name}`);
    else {
      fs.writeFileSync(file, text);
      console.log(`client-config: wrote clients/${name}`);
    }
  }
  if (stale.length) {
    console.error(`client-config: not current: ${stale.join(', ')} (run npm run client-config)`);
    process.exit(1);
  }
}
