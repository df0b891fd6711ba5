// The generated artifacts committed in the repository are current: CI fails when a
// change to a Prisma fragment or a resolver was not followed by re-generating them.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { printPlanSchema, printPlanSubgraph } from '@council-plans/server';

const root = path.resolve(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const composeScript = require(path.join(root, 'packages/core/scripts/compose.cjs')) as { compose(): string; outFile: string };

describe('committed artifacts', () => {
  it("packages/core/prisma/schema.prisma is core's own schema (core.prisma with its generators)", () => {
    expect(fs.readFileSync(composeScript.outFile, 'utf8'), 'stale: run `pnpm compose` and commit').toBe(composeScript.compose());
  });

  it('the migrations cover the composed schema', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'packages/core/scripts/migration-new.cjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr + r.stdout).toContain('migrations: current');
    expect(r.status).toBe(0);
  });

  it("each configured plugin's migrations cover its Prisma fragment (council-plans-plugin migration:check)", async () => {
    const { configuredPlugins } = await import('@council-plans/server');
    const checks = configuredPlugins().map(
      (p) =>
        new Promise<string>((resolve) => {
          const child = spawn(process.execPath, [path.join(root, 'packages/core/scripts/plugin.cjs'), 'migration:check', '--dir', path.dirname(path.dirname(p.prismaFragment))]);
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.stderr.on('data', (d) => (out += d));
          child.on('exit', () => resolve(out));
        }),
    );
    for (const out of await Promise.all(checks)) expect(out).toMatch(/migrations of \w+: current/);
  }, 300_000);

  it('schema.graphql is the printed schema with every bundled plugin', async () => {
    expect(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8'), 'stale: run `pnpm print-schema` and commit').toBe(await printPlanSchema());
  });

  it('subgraph.graphql is the printed federation subgraph SDL with every bundled plugin', async () => {
    expect(fs.readFileSync(path.join(root, 'subgraph.graphql'), 'utf8'), 'stale: run `pnpm print-schema` and commit').toBe(await printPlanSubgraph());
  });
});

describe('documentation', () => {
  it('describes every type, field, argument and enum value of the public schema', async () => {
    const { buildPlanSchema } = await import('@council-plans/core');
    const { bundledPlugins } = await import('@council-plans/server');
    const schema = await buildPlanSchema(bundledPlugins());
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      const t = type as { getFields?: () => Record<string, { name: string; description?: string | null; args?: { name: string; description?: string | null }[] }>; getValues?: () => { name: string; description?: string | null }[] };
      for (const field of Object.values(t.getFields?.() ?? {})) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args ?? []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
      for (const value of t.getValues?.() ?? []) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
