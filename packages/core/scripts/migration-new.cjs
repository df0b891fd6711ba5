#!/usr/bin/env node
// Writes the next migration from the difference between the schema as of the last
// migration (prisma/migrations/schema.snapshot.prisma) and the composed schema.
//
//   node scripts/migration-new.cjs <name>   write prisma/migrations/<NNNN>_<name>/migration.sql
//   node scripts/migration-new.cjs --check  exit 1 when the composed schema has changes
//                                           that no migration covers
//
// The SQL comes from `prisma migrate diff` on the WebAssembly schema engine (no
// database server, see prisma.config.ts). Applied migrations are never edited: the
// runner refuses a changed checksum.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const coreDir = path.resolve(__dirname, '..');
const schema = path.join(coreDir, 'prisma', 'schema.prisma');
const dir = path.join(coreDir, 'prisma', 'migrations');
const snapshot = path.join(dir, 'schema.snapshot.prisma');

function diff() {
  const from = fs.existsSync(snapshot) ? ['--from-schema-datamodel', snapshot] : ['--from-empty'];
  const r = spawnSync(process.execPath, [path.join(__dirname, 'prisma.cjs'), 'migrate', 'diff', ...from, '--to-schema-datamodel', schema, '--script'], {
    cwd: coreDir,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(r.status ?? 1);
  }
  return r.stdout.trim();
}

const empty = (sql) => sql === '' || /^-- This is an empty migration\.?$/.test(sql);
const arg = process.argv[2];
if (!arg) {
  console.error('usage: migration-new.cjs <name> | --check');
  process.exit(2);
}
fs.mkdirSync(dir, { recursive: true });
const sql = diff();
if (arg === '--check') {
  if (!empty(sql)) {
    console.error('migrations: the composed schema has changes no migration covers; run `pnpm migration:new <name>`:\n' + sql);
    process.exit(1);
  }
  console.log('migrations: current');
  process.exit(0);
}
if (empty(sql)) {
  console.log('migrations: no schema change, nothing written');
  fs.copyFileSync(schema, snapshot);
  process.exit(0);
}
const existing = fs.readdirSync(dir).filter((n) => /^\d{4}_/.test(n)).sort();
const next = String(existing.length ? Number(existing.at(-1).slice(0, 4)) + 1 : 1).padStart(4, '0');
const name = `${next}_${arg.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`;
fs.mkdirSync(path.join(dir, name));
fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql + '\n');
fs.copyFileSync(schema, snapshot);
console.log(`migrations: wrote prisma/migrations/${name}/migration.sql`);
