// README.md's examples are run, so a broken snippet fails the suite (issue 20): every
// GraphQL block is parsed, validated against the schema and executed against a seeded
// server (placeholders such as "<an Action id>" replaced by real ids); the curl and token
// commands are run with a shell against the same server; every other command must name an
// npm script of package.json or a command of the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { TEST_AUTH, databases, testToken, type TestServer } from './support/servers';

const root = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const graphqlBlocks = blocks('graphql');
const shellBlocks = blocks('sh');
const schema = buildSchema(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8'));

/** Codes a write example may meet on real rows (its version or text is illustrative); anything else is a broken snippet. */
const DOMAIN_CODES = new Set(['VERSION_CONFLICT', 'NOT_FOUND', 'BAD_USER_INPUT', 'KEY_CONFLICT']);

describe('README.md', () => {
  it('has GraphQL and shell examples, and every GraphQL block parses', () => {
    expect(graphqlBlocks.length).toBeGreaterThanOrEqual(8);
    expect(shellBlocks.length).toBeGreaterThanOrEqual(8);
    for (const block of graphqlBlocks) expect(() => parse(block), block).not.toThrow();
    // Every fence is closed: an odd number of ``` lines would render the rest as code.
    expect(readme.split('\n').filter((l) => l.startsWith('```')).length % 2).toBe(0);
  });

  it('names only npm scripts that exist and CLI commands the CLI has', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const cli = fs.readFileSync(path.join(root, 'packages/server/src/cli.ts'), 'utf8');
    for (const block of shellBlocks) {
      for (const m of block.matchAll(/npm run (?:-s )?([\w:-]+)/g)) expect(Object.keys(scripts), `npm run ${m[1]}`).toContain(m[1]);
      for (const m of block.matchAll(/npm (start|test)\b/g)) expect(Object.keys(scripts)).toContain(m[1]);
      for (const m of block.matchAll(/cli\.js ([\w-]+)/g)) expect(cli, `cli.js ${m[1]}`).toContain(`'${m[1]}'`);
      expect(block, 'a bare pnpm command (fresh machines have npm only)').not.toMatch(/^\s*pnpm /m);
    }
  });
});

describe.each(await databases())('README examples against a seeded server on $name', (database) => {
  let server: TestServer;
  let ids: Record<string, string>;
  let token: string;
  beforeAll(async () => {
    server = await database.start();
    // A Kent action with parties, money lines and milestones gives every placeholder a real id.
    const { data } = await server.gql(`{ kentActionsConnection(first: 500) { nodes { id plan { id } parties { party { id } } funding { id } milestones { id } } } }`);
    const action = data.kentActionsConnection.nodes.find((a: any) => a.parties.length && a.milestones.length) ?? data.kentActionsConnection.nodes[0];
    const funding = (await server.gql(`{ actions(first: 500) { nodes { funding { id } } } }`)).data.actions.nodes.flatMap((a: any) => a.funding)[0];
    ids = {
      '<an Action id>': action.id,
      '<a ResponsibleParty id>': action.parties[0].party.id,
      '<a Milestone id>': action.milestones[0].id,
      '<a FundingLine id>': funding.id,
    };
    token = await testToken(['kent', 'plymouth', 'peterborough', 'worcestershire'], 'admin');
    // The attributes examples name a council-defined type: one of numbers on the action's plan.
    const created = await server.gqlAs(token, `mutation($plan: ID!) { createAttributeType(input: { planId: $plan, identifier: "pupils-reached", name: "Pupils reached", kind: NUMBER }) { id } }`, { plan: action.plan.id });
    expect(created.errors).toBeUndefined();
    ids['<a Plan id>'] = action.plan.id;
    ids['<an AttributeType id>'] = created.data.createAttributeType.id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  const fill = (text: string) => Object.entries(ids).reduce((t, [placeholder, id]) => t.replaceAll(placeholder, id), text);

  it.each(graphqlBlocks.map((block, i) => [i + 1, block] as const))('GraphQL example %i is valid and runs', async (_n, block) => {
    const query = fill(block);
    const document = parse(query);
    // A federation example (another subgraph's SDL) is type definitions, not an operation: parsed only.
    if (!document.definitions.some((d) => d.kind === 'OperationDefinition')) return;
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    const variables = /\$id\b/.test(query) ? { id: ids['<an Action id>'] } : undefined;
    const result = await server.gqlAs(token, query, variables);
    if (/^\s*mutation\b/.test(query)) {
      for (const error of result.errors ?? []) expect(DOMAIN_CODES, `${error.message}`).toContain(error.extensions?.code);
    } else {
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).not.toBe('{}');
    }
  });

  it('runs the curl and token commands as printed, against this server', async () => {
    const url = new URL(server.url);
    const env = { ...process.env, JWT_SECRET: TEST_AUTH.secret, NODE_ENV: 'test' };
    // Asynchronous: the server answering curl runs in this process.
    const sh = async (script: string) => (await promisify(execFile)('bash', ['-c', script], { cwd: root, env, encoding: 'utf8', timeout: 60_000 })).stdout;
    const onServer = (block: string) => fill(block).replaceAll('localhost:4000/graphql', `${url.host}${url.pathname}`);
    const curl = shellBlocks.filter((b) => b.includes('curl'));
    expect(curl.length).toBeGreaterThanOrEqual(2);
    const plans = JSON.parse(await sh(onServer(curl[0]!)));
    expect(plans.data.plans.nodes.length).toBeGreaterThanOrEqual(5);
    const progress = JSON.parse(await sh(onServer(curl[1]!)));
    // The printed expectedVersion is 1: this seeded action is at version 1.
    expect(progress.errors).toBeUndefined();
    expect(progress.data.recordProgress.ragStatus).toBe('AMBER');
    const tokens = shellBlocks.find((b) => b.includes('token --'))!;
    for (const line of tokens.split('\n').filter((l) => l.trim())) {
      const printed = (await sh(line.replace(/#.*$/, ''))).trim();
      expect(printed.split('.')).toHaveLength(3);
    }
  });
});
