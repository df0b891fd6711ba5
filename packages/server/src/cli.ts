#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadSeeds, migrate, openDatabase } from '@council-plans/core';
import { loadConfig } from './config';
import { bundledPlugins } from './plugins';
import { printPlanSchema } from './print-schema';

const REPO_SCHEMA = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');

const usage = `usage: council-plans <command>

  print-schema [--check] [--out FILE]   write the public schema (default: schema.graphql at the repo root);
                                         --check exits 1 when the file is stale
  seed                                   apply migrations and load any bundled council document not yet
                                         in the database (DATABASE_URL / PGLITE_DATA_DIR as for the server)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'print-schema') {
    const outIndex = rest.indexOf('--out');
    const out = outIndex >= 0 ? path.resolve(rest[outIndex + 1] ?? '') : REPO_SCHEMA;
    const printed = await printPlanSchema();
    if (rest.includes('--check')) {
      const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
      if (current !== printed) {
        console.error(`print-schema: ${out} is stale; run \`pnpm print-schema\` and commit it`);
        return 1;
      }
      console.log(`print-schema: ${out} is current`);
      return 0;
    }
    fs.writeFileSync(out, printed);
    console.log(`print-schema: wrote ${out}`);
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
