#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadSeeds, migrate, openDatabase, refreshStructuredValues, registerStructuredValuePlugins } from '@council-plans/core';
import { loadAuthConfig, loadConfig } from './config';
import { mintToken } from './auth';
import { ROLES, type Role } from '@council-plans/core';
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
  token --council CODE [--council CODE…] --role viewer|editor|admin
        [--subject ID] [--name NAME] [--expires 8h]
                                         print a bearer token signed with the server's key (JWT_SECRET, the
                                         development secret in ./data/jwt-secret, or JWT_PRIVATE_KEY when the
                                         server verifies with JWT_PUBLIC_KEY)
`;

/** The values of a repeatable option, e.g. --council kent --council medway. */
function options(args: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === name && args[i + 1] !== undefined) values.push(args[++i]!);
  return values;
}

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
  if (command === 'token') {
    const councils = options(rest, '--council').flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
    const role = options(rest, '--role')[0] as Role | undefined;
    if (!councils.length || !role || !ROLES.includes(role)) {
      process.stderr.write(`token: give --council <authority code> and --role ${ROLES.join('|')}\n\n${usage}`);
      return 2;
    }
    const { auth, notice } = loadAuthConfig();
    if (notice) console.error(notice);
    const token = await mintToken(
      auth,
      {
        subject: options(rest, '--subject')[0] ?? `cli:${process.env.USER ?? 'local'}`,
        name: options(rest, '--name')[0],
        councils,
        role,
        expires: options(rest, '--expires')[0] ?? '8h',
      },
      process.env.JWT_PRIVATE_KEY,
    );
    console.log(token);
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
