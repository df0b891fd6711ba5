#!/usr/bin/env node
// The council plugin tool (bin `council-plans-plugin`), run in a plugin package's folder
// (or with --dir). A plugin is built against core + itself only, so it compiles outside
// this repository too:
//
//   council-plans-plugin generate            compose core + this plugin into generated/schema.prisma,
//                                            generate its typed Prisma client (generated/prisma) and
//                                            its TypeGraphQL model classes (src/generated/type-graphql;
//                                            core's models and enums re-exported from core, so every
//                                            GraphQL type exists once)
//   council-plans-plugin migration:new NAME  write prisma/migrations/NNNN_NAME/migration.sql for the
//                                            change of its fragment since its last migration
//   council-plans-plugin migration:check     exit 1 when the fragment has changes no migration covers
//
// A plugin's migrations are its own history (recorded per owner in the ledger): they
// create and change only its tables, and may point at core tables.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { composeWith, compose, pluginManifest, header, ComposeError } = require('./compose.cjs');

const PRISMA_CLI = path.join(__dirname, 'prisma.cjs');

function prisma(args, opts = {}) {
  const r = spawnSync(process.execPath, [PRISMA_CLI, ...args], { encoding: 'utf8', ...opts });
  if (r.status !== 0) {
    process.stderr.write(r.stdout || '');
    process.stderr.write(r.stderr || '');
    throw new Error(`prisma ${args[0]} failed (exit ${r.status})`);
  }
  return r.stdout;
}

/** Names of the models and enums core's own schema declares. */
function coreNames() {
  const src = compose();
  return new Set([...src.matchAll(/^(?:model|enum)\s+(\w+)\s*\{/gm)].map((m) => m[1]));
}

/** Generates a plugin's client types and GraphQL classes against core + itself. */
function generate(dir) {
  const manifest = pluginManifest(dir);
  const outDir = path.join(dir, 'generated');
  fs.mkdirSync(outDir, { recursive: true });
  const schemaFile = path.join(outDir, 'schema.prisma');
  const tgDir = path.join(dir, 'src', 'generated', 'type-graphql');
  const schema = composeWith([manifest], header({
    title: `Core + plugin ${manifest.name}, for its build: edit ${path.relative(dir, manifest.fragmentFile)} instead.`,
    client: './prisma',
    typegraphql: path.relative(outDir, tgDir).split(path.sep).join('/'),
  }));
  fs.writeFileSync(schemaFile, schema);
  prisma(['generate', '--schema', schemaFile], { cwd: dir });
  // Core's classes come from core: one GraphQL type per model, whoever imports it.
  const core = coreNames();
  const from = '@council-plans/core/dist/generated/type-graphql';
  for (const kind of ['models', 'enums']) {
    const kindDir = path.join(tgDir, kind);
    if (!fs.existsSync(kindDir)) continue;
    for (const file of fs.readdirSync(kindDir)) {
      const name = file.replace(/\.ts$/, '');
      if (!core.has(name)) continue;
      fs.writeFileSync(path.join(kindDir, file), `// core's class, not a copy (council-plans-plugin generate)\nexport { ${name} } from "${from}/${kind}/${name}";\n`);
    }
  }
  // Scalars and graphql-scalars from core too; the CRUD helpers are not used.
  for (const file of ['enhance.ts', 'helpers.ts']) fs.rmSync(path.join(tgDir, file), { force: true });
  fs.writeFileSync(path.join(tgDir, 'index.ts'), 'export * from "./enums";\nexport * from "./models";\nexport * from "./scalars";\n');
  for (const kind of ['models', 'enums']) {
    const kindDir = path.join(tgDir, kind);
    if (!fs.existsSync(kindDir)) continue;
    for (const file of fs.readdirSync(kindDir)) {
      const f = path.join(kindDir, file);
      const src = fs.readFileSync(f, 'utf8');
      const out = src.replace('import * as GraphQLScalars from "graphql-scalars";', 'import { GraphQLScalars } from "@council-plans/core";');
      if (out !== src) fs.writeFileSync(f, out);
    }
  }
  fs.writeFileSync(path.join(tgDir, 'scalars.ts'), `// core's scalars, not copies (council-plans-plugin generate)\nexport * from "${from}/scalars";\n`);
  console.log(`council-plans-plugin: generated the client and GraphQL classes of ${manifest.name} (core + ${manifest.name})`);
}

const MIGRATIONS = 'prisma/migrations';
const SNAPSHOT = 'fragment.snapshot.prisma';
const empty = (sql) => sql === '' || /^-- This is an empty migration\.?$/.test(sql);

/** SQL taking the database from core + the fragment of the last migration to core + the current fragment. */
function diff(dir) {
  const manifest = pluginManifest(dir);
  const migDir = path.join(dir, MIGRATIONS);
  const snapFile = path.join(migDir, SNAPSHOT);
  const head = header({ title: 'temporary, for migrate diff', client: './client' });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'council-plans-diff-'));
  try {
    const fromFile = path.join(tmp, 'from.prisma');
    const toFile = path.join(tmp, 'to.prisma');
    const before = fs.existsSync(snapFile) ? [{ ...manifest, source: fs.readFileSync(snapFile, 'utf8') }] : [];
    fs.writeFileSync(fromFile, composeWith(before, head));
    fs.writeFileSync(toFile, composeWith([manifest], head));
    const sql = prisma(['migrate', 'diff', '--from-schema-datamodel', fromFile, '--to-schema-datamodel', toFile, '--script']).trim();
    return { sql, manifest, migDir, snapFile };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function migrationNew(dir, arg) {
  const { sql, manifest, migDir, snapFile } = diff(dir);
  if (arg === '--check') {
    if (!empty(sql)) {
      console.error(`migrations of ${manifest.name}: its fragment has changes no migration covers; run \`council-plans-plugin migration:new <name>\`:\n${sql}`);
      process.exit(1);
    }
    console.log(`migrations of ${manifest.name}: current`);
    return;
  }
  fs.mkdirSync(migDir, { recursive: true });
  if (empty(sql)) {
    console.log(`migrations of ${manifest.name}: no schema change, nothing written`);
    fs.writeFileSync(snapFile, manifest.source);
    return;
  }
  const existing = fs.readdirSync(migDir).filter((n) => /^\d{4}_/.test(n)).sort();
  const next = String(existing.length ? Number(existing.at(-1).slice(0, 4)) + 1 : 1).padStart(4, '0');
  const name = `${next}_${arg.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`;
  fs.mkdirSync(path.join(migDir, name));
  fs.writeFileSync(path.join(migDir, name, 'migration.sql'), sql + '\n');
  fs.writeFileSync(snapFile, manifest.source);
  console.log(`migrations of ${manifest.name}: wrote ${MIGRATIONS}/${name}/migration.sql`);
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dir');
  const dir = path.resolve(at >= 0 ? args.splice(at, 2)[1] : process.cwd());
  const [command, name] = args;
  try {
    if (command === 'generate') return generate(dir);
    if (command === 'migration:new' && name) return migrationNew(dir, name);
    if (command === 'migration:check') return migrationNew(dir, '--check');
  } catch (err) {
    if (err instanceof ComposeError) {
      console.error(`council-plans-plugin: ${err.message}`);
      process.exit(2);
    }
    console.error(`council-plans-plugin: ${err.message}`);
    process.exit(1);
  }
  console.error('usage: council-plans-plugin generate | migration:new <name> | migration:check [--dir <plugin folder>]');
  process.exit(2);
}

module.exports = { generate, diff, migrationNew };
if (require.main === module) main();
