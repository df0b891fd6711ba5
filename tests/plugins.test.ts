// The plugin contract: which plugins are enabled is configuration; a disabled plugin
// leaves no trace in the API; a plugin may only add what is its own, and clashes fail
// when the schema (or the Prisma schema) is built, naming both owners.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, printSchema, typeGraphql } from './support/cjs';
import { buildPlanSchema, createContext, definePlugin, models, openDatabase, migrate, PluginContractError, type CouncilPlugin } from '@council-plans/core';
import { bundledPlugins, checkCoreVersion, loadConfig, selectPlugins, ConfigError } from '@council-plans/server';
import { startPgliteServer, type TestServer } from './support/servers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { composeSources } = require(path.resolve(__dirname, '../packages/core/scripts/compose.cjs')) as {
  composeSources(coreFile: string, core: string, plugins: { name: string; fragmentFile: string; source: string }[]): string;
};

const { FieldResolver, Int, Query, Resolver, Root } = typeGraphql;

/** Declares a TypeGraphQL field resolver without decorator syntax (tests are not compiled by tsc). */
function fieldResolver(cls: { prototype: object }, name: string, type: () => unknown): void {
  FieldResolver(type as never, { name })(cls.prototype, name, Object.getOwnPropertyDescriptor(cls.prototype, name)!);
}
function query(cls: { prototype: object }, name: string, type: () => unknown): void {
  Query(type as never)(cls.prototype, name, Object.getOwnPropertyDescriptor(cls.prototype, name)!);
}

function fakePlugin(name: string, resolvers: Function[]): CouncilPlugin {
  return definePlugin({ name, title: name, coreVersion: '^0.1.0', prismaFragment: '/dev/null', resolvers, loaders: {}, seeds: [] });
}

const INTROSPECT = `{ __schema { types { name fields { name } inputFields { name } enumValues { name } } } }`;

describe('enabling plugins by configuration', () => {
  let onlyKent: TestServer;
  let all: TestServer;
  beforeAll(async () => {
    [onlyKent, all] = await Promise.all([startPgliteServer({ plugins: ['kent'] }), startPgliteServer()]);
  });
  afterAll(async () => {
    await Promise.all([onlyKent?.stop(), all?.stop()]);
  });

  it('serves a disabled plugin with no trace in the schema', async () => {
    const { data } = await onlyKent.gql(INTROSPECT);
    const names = JSON.stringify(data);
    expect(names).not.toMatch(/peterborough/i);
    // Every name in the schema: types, fields, arguments, input fields, enum values.
    // (Core descriptions may cite "peterborough" as an example code; names may not.)
    const schemaNames: string[] = [];
    for (const type of Object.values(onlyKent.schema.getTypeMap())) {
      schemaNames.push(type.name);
      const t = type as { getFields?: () => Record<string, { name: string; args?: { name: string }[] }>; getValues?: () => { name: string }[] };
      for (const field of Object.values(t.getFields?.() ?? {})) schemaNames.push(`${type.name}.${field.name}`, ...(field.args ?? []).map((a) => `${type.name}.${field.name}(${a.name})`));
      for (const value of t.getValues?.() ?? []) schemaNames.push(`${type.name}.${value.name}`);
    }
    expect(schemaNames.length).toBeGreaterThan(200);
    expect(schemaNames.filter((n) => /peterborough/i.test(n))).toEqual([]);
    expect(onlyKent.plugins.map((p) => p.name)).toEqual(['kent']);
  });

  it("applies neither a disabled plugin's migrations nor its seed documents", async () => {
    const [disabled] = all.plugins.filter((p) => !onlyKent.plugins.some((k) => k.name === p.name));
    const prefix = disabled!.name.charAt(0).toUpperCase() + disabled!.name.slice(1);
    const tables = await onlyKent.db.sql.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema()`);
    expect(tables.filter((r) => r.t.startsWith(prefix))).toEqual([]);
    const ledger = await onlyKent.db.sql.query<{ owner: string }>(`SELECT DISTINCT owner FROM council_plans_migrations ORDER BY owner`);
    expect(ledger.map((r) => r.owner)).toEqual(['core', ...onlyKent.plugins.map((p) => p.name)].sort());
    const keys = (await onlyKent.db.prisma.sourceDocument.findMany({ select: { key: true } })).map((d: { key: string }) => d.key).sort();
    expect(keys).toEqual(onlyKent.plugins.flatMap((p) => p.seeds.map((d) => d.key)).sort());
    // The fully enabled server has every plugin's documents.
    expect((await all.db.prisma.sourceDocument.count())).toBe(all.plugins.reduce((n, p) => n + p.seeds.length, 0));
  });

  it('adds the fields of an enabled plugin under its own name', async () => {
    const { data } = await all.gql(`{ __type(name: "Action") { fields { name } } }`);
    expect(data.__type.fields.map((f: any) => f.name)).toContain('peterborough');
    expect(all.plugins.map((p) => p.name)).toEqual(['kent', 'peterborough', 'plymouth', 'worcestershire']);
  });

  it('refuses to start with a plugin the deployment has not installed, naming it and the deployment', () => {
    expect(() => selectPlugins([bundledPlugins()[0]!.name, 'atlantis'])).toThrow(ConfigError);
    expect(() => selectPlugins(['atlantis'])).toThrow(/plugin atlantis is not installed in the deployment at .*npm install atlantis/);
    expect(() => selectPlugins(['./no/such/folder'])).toThrow(/no package at/);
  });

  it("refuses a plugin written for another core, naming both versions", () => {
    const future = fakePlugin('future', []);
    future.coreVersion = '^9.0.0';
    expect(() => selectPlugins([future])).toThrow(/plugin future .* needs @council-plans\/core \^9\.0\.0, but this deployment has @council-plans\/core 0\.1\.0/);
    expect(() => checkCoreVersion({ ...future, coreVersion: 'soon' }, 'x', '1.0.0')).toThrow(/not a semver range/);
    expect(() => checkCoreVersion({ ...future, coreVersion: '>=0.1.0 <0.2.0' }, 'x', '1.0.0', '0.1.5')).not.toThrow();
  });

  it('reads PLUGINS, PORT and SEED from the environment', () => {
    expect(loadConfig({ PLUGINS: 'peterborough, kent' }).plugins).toEqual(['peterborough', 'kent']);
    expect(loadConfig({}).plugins).toBe('all');
    expect(loadConfig({ PLUGINS: 'none' }).plugins).toEqual([]);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ SEED: 'maybe' })).toThrow(/SEED/);
    expect(loadConfig({ PGLITE_DATA_DIR: 'memory' }).dataDir).toBeUndefined();
    expect(loadConfig({ MAX_QUERY_DEPTH: '7', INTROSPECTION: 'off', NODE_ENV: 'development' })).toMatchObject({ maxQueryDepth: 7, introspection: false, development: true });
    expect(loadConfig({ NODE_ENV: 'production' }).development).toBe(false);
    expect(() => loadConfig({ MAX_QUERY_COMPLEXITY: '-1' })).toThrow(/MAX_QUERY_COMPLEXITY must be a positive whole number/);
  });
});

describe('the plugin contract', () => {
  it('lets a new council plugin add its own fields and queries', async () => {
    class DemoActionFields {
      demoScore(action: models.Action) {
        return action.title.length;
      }
    }
    Root()(DemoActionFields.prototype, 'demoScore', 0);
    fieldResolver(DemoActionFields, 'demoScore', () => Int);
    Resolver(() => models.Action)(DemoActionFields);
    class DemoQueries {
      demoHello() {
        return 'hello';
      }
    }
    query(DemoQueries, 'demoHello', () => String);
    Resolver()(DemoQueries);

    const schema = await buildPlanSchema([fakePlugin('demo', [DemoActionFields, DemoQueries])]);
    const db = await openDatabase();
    try {
      await migrate(db.sql);
      const authority = await db.prisma.authority.create({ data: { code: 'demo', name: 'Demo' } });
      const plan = await db.prisma.plan.create({ data: { slug: 'demo', title: 'Demo plan', authorityId: authority.id } });
      await db.prisma.action.create({ data: { planId: plan.id, title: 'Seven!', position: 0 } });
      const result = await graphql({ schema, source: '{ demoHello plans { nodes { actions { demoScore } } } }', contextValue: createContext(db.prisma) });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ demoHello: 'hello', plans: { nodes: [{ actions: [{ demoScore: 6 }] }] } });
    } finally {
      await db.close();
    }
    // ...and leaves nothing behind when it is not enabled.
    expect(printSchema(await buildPlanSchema([]))).not.toMatch(/demo/i);
  });

  it('refuses a field on a core type that is not named after the plugin', async () => {
    class RogueFields {
      score() {
        return 1;
      }
    }
    fieldResolver(RogueFields, 'score', () => Int);
    Resolver(() => models.Plan)(RogueFields);
    await expect(buildPlanSchema([fakePlugin('rogue', [RogueFields])])).rejects.toThrow(PluginContractError);
    await expect(buildPlanSchema([fakePlugin('rogue', [RogueFields])])).rejects.toThrow('field Plan.score on a core type must start with "rogue"');
  });

  it('refuses a query that is not named after the plugin', async () => {
    class RogueQueries {
      everything() {
        return 'x';
      }
    }
    query(RogueQueries, 'everything', () => String);
    Resolver()(RogueQueries);
    await expect(buildPlanSchema([fakePlugin('rogue', [RogueQueries])])).rejects.toThrow('operation "everything" must start with "rogue"');
  });

  it('refuses two plugins with one name', async () => {
    await expect(buildPlanSchema([fakePlugin('twin', []), fakePlugin('twin', [])])).rejects.toThrow('two plugins are called "twin"');
  });
});

describe('composing the Prisma schema', () => {
  const core = `model Action {\n  id Int @id\n\n  @@index([id])\n}\n`;
  const frag = (name: string, source: string) => ({ name, fragmentFile: `packages/plugin-${name}/prisma/${name}.prisma`, source });

  it('injects the back-relations plugins ask for into core models', () => {
    const out = composeSources('core.prisma', core, [
      frag('alpha', `model AlphaRow {\n  id Int @id\n  actionId Int @unique\n  action Action @relation(fields: [actionId], references: [id])\n}\nextend model Action {\n  alphaRow AlphaRow?\n}\n`),
    ]);
    expect(out).toContain(
      'model Action {\n  id Int @id\n\n  // added by plugin alpha (packages/plugin-alpha/prisma/alpha.prisma)\n  alphaRow AlphaRow?\n\n  @@index([id])\n}',
    );
    expect(out).toContain('model AlphaRow {');
    expect(out).not.toContain('extend model');
  });

  it('fails on a duplicate model name, naming both owners', () => {
    expect(() => composeSources('core.prisma', core, [frag('alpha', `model AlphaRow {\n  id Int @id\n}\n`), frag('alphabet', `model AlphaRow {\n  id Int @id\n}\n`)])).toThrow(
      'model AlphaRow is declared twice: by plugin alpha (packages/plugin-alpha/prisma/alpha.prisma) and by plugin alphabet (packages/plugin-alphabet/prisma/alphabet.prisma)',
    );
    expect(() => composeSources('core.prisma', core, [frag('action', `model Action {\n  id Int @id\n}\n`)])).toThrow(/model Action is declared twice: by core/);
  });

  it('fails on two plugins adding the same field to a core model, naming both', () => {
    // Names are prefixes, so "kent" and "kentish" could both claim Action.kentishNotes.
    const ext = (name: string) => frag(name, `extend model Action {\n  kentishNotes String?\n}\n`);
    expect(() => composeSources('core.prisma', core, [ext('kent'), ext('kentish')])).toThrow(
      'field Action.kentishNotes is declared twice: by plugin kent (packages/plugin-kent/prisma/kent.prisma) and by plugin kentish (packages/plugin-kentish/prisma/kentish.prisma)',
    );
  });

  it("fails on names without the plugin's prefix and on extending an unknown model", () => {
    expect(() => composeSources('core.prisma', core, [frag('alpha', `model Row {\n  id Int @id\n}\n`)])).toThrow('must be named with the plugin\'s prefix "Alpha"');
    expect(() => composeSources('core.prisma', core, [frag('alpha', `extend model Action {\n  extra Int?\n}\n`)])).toThrow('must start with the plugin\'s name "alpha"');
    expect(() => composeSources('core.prisma', core, [frag('alpha', `extend model Budget {\n  alphaX Int?\n}\n`)])).toThrow('extends model Budget, which core does not declare');
  });
});
