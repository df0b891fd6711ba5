#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadSeeds, migrate, openDatabase, refreshStructuredValues, registerStructuredValuePlugins } from '@council-plans/core';
import { loadConfig } from './config';
import { bundledPlugins } from './plugins';
import { printPlanSchema, printPlanSubgraph } from './print-schema';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const usage = `usage: council-plans <command>

  print-schema [--check] [--out DIR]    write schema.graphql (the public schema) and subgraph.graphql (the
                                         federation subgraph SDL), by default at the repo root;
                                         --check exits 1 when either is stale
  seed                                   apply migrations and load any bundled council document not yet
                                         in the database (DATABASE_URL / PGLITE_DATA_DIR as for the server)
  refresh-values                         recompute every stored timescale, money and indicator value parse
                                         from the printed text (after a parser change)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'print-schema') {
    const outIndex = rest.indexOf('--out');
    const dir = outIndex >= 0 ? path.resolve(rest[outIndex + 1] ?? '') : REPO_ROOT;
    const files: [string, string][] = [
      [path.join(dir, 'schema.graphql'), await printPlanSchema()],
      [path.join(dir, 'subgraph.graphql'), await printPlanSubgraph()],
    ];
    if (rest.includes('--check')) {
      let stale = 0;
      for (const [file, printed] of files) {
        const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        if (current !== printed) {
          console.error(`print-schema: ${file} is stale; run \`pnpm print-schema\` and commit it`);
          stale++;
        } else console.log(`print-schema: ${file} is current`);
      }
      return stale ? 1 : 0;
    }
    for (const [file, printed] of files) {
      fs.writeFileSync(file, printed);
      console.log(`print-schema: wrote ${file}`);
    }
    return 0;
  }
  if (command === 'seed') {
    const config = loadConfig();
    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await migrate(db.sql);
      const report = await loadSeeds(db.prisma, bundledPlugins(), (l) => console.log(l));
      console.log(`seed: ${report.loaded.length} loaded, ${report.skipped.length} already present`);
    } finally {
      await db.close();
    }
    return 0;
  }
  if (command === 'refresh-values') {
    const config = loadConfig();
    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await migrate(db.sql);
      registerStructuredValuePlugins(bundledPlugins());
      await db.prisma.$transaction((tx) => refreshStructuredValues(tx, {}), { timeout: 300_000, maxWait: 60_000 });
      console.log('refresh-values: done');
    } finally {
      await db.close();
    }
    return 0;
  }
  process.stderr.write(usage);
  return command ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error((err as Error).message);
    process.exit(1);
  },
);
