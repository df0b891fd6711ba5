#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROLES,
  refreshStructuredValues,
  type Role,
  exportPlanCsv,
  exportPlanJson,
  formatOfFileName,
  importPlan,
  withToday,
  loadSeeds,
  openDatabase,
  readFileChecked,
  FileRefused,
  type ImportProblem,
  type ImportReport,
} from '@council-plans/core';
import { loadAuthConfig, loadConfig } from './config';
import { prepareDeployment, startDatabase } from './deployment';
// What only some commands use is loaded by them (print-schema's GraphQL schema, the token
// signer, the plugin scaffold): an import loads the importer and its plugins, nothing more.
// `@council-plans/core` loads a module on the first use of one of its exports.

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Tells running servers' response caches that a write committed (response-cache.ts, with pg, loaded only when a command writes). */
async function notifyWrites(sql: { query(sql: string, params?: unknown[]): Promise<unknown> }): Promise<void> {
  await (await import('./response-cache')).notifyWrites(sql);
}

const usage = `usage: council-plans <command>

  print-schema [--check] [--out DIR]    write schema.graphql (the public schema) and subgraph.graphql (the
                                         federation subgraph SDL), by default at the repo root;
                                         --check exits 1 when either is stale
  seed                                   apply migrations and load any enabled plugin's council document not
                                         yet in the database (DATABASE_URL / PGLITE_DATA_DIR / PLUGINS as for
                                         the server)
  new-plugin NAME [--dir DIR] [--core SPEC] [--server SPEC]
                                         write a council plugin package (table, field on Action, query,
                                         seed, import layout, first migration, its own tests): docs/plugins.md
  generate                               compose core + the deployment's plugins and generate its Prisma
                                         client (<root>/.council-plans), as the server does at start
  refresh-values                         recompute every stored timescale, money and indicator value parse
                                         from the printed text (after a parser change)
  token --council CODE [--council CODE…] --role viewer|editor|approver|admin
        [--subject ID] [--name NAME] [--expires 8h]
                                         print a bearer token signed with the server's key (JWT_SECRET, the
                                         development secret in ./data/jwt-secret, or JWT_PRIVATE_KEY when the
                                         server verifies with JWT_PUBLIC_KEY)
  import --council NAME --plan SLUG [--title TITLE] [--sheet SHEET] [--dry-run] [--publish] FILE
                                         load a council's CSV or XLSX file into a plan (created when new,
                                         as a DRAFT unless --publish; --publish also publishes a draft);
                                         progress on stderr, the report on stdout; exit 1 with the
                                         problems (row, column) when the file is refused, nothing written
  export --plan SLUG --format json|csv [--out FILE]
                                         write a plan as JSON (everything) or as its council's CSV layout
`;

/** The values of a repeatable option, e.g. --council kent --council medway. */
function repeated(args: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === name && args[i + 1] !== undefined) values.push(args[++i]!);
  return values;
}

/** `--name value` options and the remaining positional arguments. */
function options(args: string[], flags: string[]): { values: Map<string, string>; set: Set<string>; rest: string[] } {
  const values = new Map<string, string>();
  const set = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (flags.includes(a)) set.add(a);
    else if (a.startsWith('--')) values.set(a, args[++i] ?? '');
    else rest.push(a);
  }
  return { values, set, rest };
}

function problemLine(p: ImportProblem): string {
  const where = [p.row !== null ? `row ${p.row}` : null, p.column !== null ? `column "${p.column}"` : null].filter(Boolean).join(', ');
  return `  ${where ? `${where}: ` : ''}${p.message} [${p.code}]`;
}

async function runImport(args: string[]): Promise<number> {
  const { values, set, rest } = options(args, ['--dry-run', '--publish']);
  const council = values.get('--council');
  const planSlug = values.get('--plan');
  const file = rest[0];
  if (!council || !planSlug || !file) {
    process.stderr.write(usage);
    return 2;
  }
  const format = formatOfFileName(file);
  if (!format) {
    console.error(`import: ${file}: the file name must end in .csv, .xlsx or .json (a JSON export)`);
    return 2;
  }
  const config = loadConfig();
  const deployment = prepareDeployment(config);
  const layout = deployment.plugins.flatMap((p) => p.layouts ?? []).find((l) => l.council === council);
  if (!layout) {
    console.error(`import: no council plugin "${council}" has an import layout`);
    return 2;
  }
  const started = Date.now();
  const progress = (line: string) => process.stderr.write(`import: ${line} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  let content: Buffer;
  try {
    content = await readFileChecked(file, config.maxImportBytes);
  } catch (err) {
    if (!(err instanceof FileRefused)) throw err;
    console.error(`import: ${file} refused:\n${err.problems.map(problemLine).join('\n')}`);
    return 1;
  }
  progress(`read ${content.length} bytes from ${file}`);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, client: deployment.client });
  let report: ImportReport;
  try {
    // Migrations as the server applies them; the import refreshes the enabled plugins' parsed columns, as the server's writes do.
    await startDatabase(db, deployment.plugins, { seed: false });
    progress('database open, migrations applied');
    // COUNCIL_PLANS_TODAY, as the server reads it, for the importer's date checks.
    report = await withToday(config.today, () => importPlan(db.prisma, {
      layout,
      planSlug,
      planTitle: values.get('--title'),
      fileName: path.basename(file),
      format,
      content,
      sheet: values.get('--sheet'),
      dryRun: set.has('--dry-run'),
      publish: set.has('--publish'),
      maxBytes: config.maxImportBytes,
      maxRows: config.maxImportRows,
      // The command line is the machine's own operator: audited as the local user.
      recordAs: { subject: `cli:${process.env.USER ?? 'local'}`, name: null, via: 'import' },
      onProgress: (p) =>
        progress(
          p.phase === 'read'
            ? p.done ? 'file parsed' : 'parsing the file'
            : p.phase === 'validate'
              ? `checked ${p.done}/${p.total} rows`
              : p.phase === 'compare'
                ? `comparing ${p.total} rows with the database`
                : p.phase === 'write'
                  ? `written ${p.done}/${p.total} rows`
                  : 'done',
        ),
    }));
    // Running servers' response caches drop what they hold (PostgreSQL; issue 16).
    if (db.kind === 'postgres' && !set.has('--dry-run')) await notifyWrites(db.sql);
  } finally {
    await db.close();
  }
  if (report.problems.length) {
    console.error(`import: ${file} refused, nothing written (${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}):\n${report.problems.map(problemLine).join('\n')}`);
    return 1;
  }
  console.log(
    `import: ${report.dryRun ? 'dry run, nothing written: would have ' : ''}${report.created} created, ${report.updated} updated, ${report.deleted} deleted, ${report.unchanged} unchanged` +
      ` (${report.rows} rows of ${report.sheet} into plan ${report.planSlug}; ${report.changeCount} database rows changed)`,
  );
  return 0;
}

async function runExport(args: string[]): Promise<number> {
  const { values } = options(args, []);
  const planSlug = values.get('--plan');
  const format = (values.get('--format') ?? 'json').toLowerCase();
  if (!planSlug || (format !== 'json' && format !== 'csv')) {
    process.stderr.write(usage);
    return 2;
  }
  const config = loadConfig();
  const { plugins, client } = prepareDeployment(config);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, client });
  let text: string;
  try {
    await startDatabase(db, plugins, { seed: false });
    const plan = await db.prisma.plan.findUnique({ where: { slug: planSlug } });
    if (!plan) {
      console.error(`export: no plan "${planSlug}"`);
      return 1;
    }
    if (format === 'json') text = await exportPlanJson(db.prisma, plan.id, plugins.map((p) => p.name));
    else {
      const layout = plugins.flatMap((p) => p.layouts ?? []).find((l) => l.council === plan.format);
      if (!layout) {
        console.error(`export: plan "${planSlug}" has no council layout (format ${plan.format ?? 'none'})`);
        return 1;
      }
      text = await exportPlanCsv(db.prisma, plan.id, layout);
    }
  } finally {
    await db.close();
  }
  const out = values.get('--out');
  if (out) {
    fs.writeFileSync(out, text);
    console.error(`export: wrote ${out}`);
  } else {
    // process.exit() does not wait for a piped stdout: finish writing first.
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'print-schema') {
    const outIndex = rest.indexOf('--out');
    const dir = outIndex >= 0 ? path.resolve(rest[outIndex + 1] ?? '') : REPO_ROOT;
    const { printPlanSchema, printPlanSubgraph } = await import('./print-schema');
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
  if (command === 'new-plugin') {
    const { values, set, rest: names } = options(rest, ['--no-migration']);
    const name = names[0];
    if (!name) {
      process.stderr.write(usage);
      return 2;
    }
    const { newPlugin } = await import('./new-plugin');
    try {
      const dir = newPlugin({ name, dir: values.get('--dir'), core: values.get('--core'), server: values.get('--server'), migration: !set.has('--no-migration') });
      console.log(`new-plugin: wrote ${dir}
next: cd ${path.relative(process.cwd(), dir) || '.'} && npm install && npm run build && npm test
then, in a deployment: npm install <that folder or its packed tarball>, and add its package name to PLUGINS or to "plugins" in council-plans.config.json (docs/plugins.md)`);
      return 0;
    } catch (err) {
      console.error(`new-plugin: ${(err as Error).message}`);
      return 1;
    }
  }
  if (command === 'generate') {
    const { plugins, root } = prepareDeployment(loadConfig(), { info: (l: string) => console.log(`generate: ${l}`), error: console.error } as never);
    console.log(`generate: the Prisma client of ${root} covers core + ${plugins.map((p) => p.name).join(', ') || 'no plugins'}`);
    return 0;
  }
  if (command === 'seed') {
    const config = loadConfig();
    const { plugins, client } = prepareDeployment(config);
    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, client });
    try {
      await startDatabase(db, plugins, { seed: false });
      const report = await loadSeeds(db.prisma, plugins, (l) => console.log(l));
      console.log(`seed: ${report.loaded.length} loaded, ${report.skipped.length} already present`);
    } finally {
      await db.close();
    }
    return 0;
  }
  if (command === 'refresh-values') {
    const config = loadConfig();
    const { plugins, client } = prepareDeployment(config);
    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, client });
    try {
      await startDatabase(db, plugins, { seed: false });
      await db.prisma.$transaction((tx) => refreshStructuredValues(tx, {}, plugins), { timeout: 300_000, maxWait: 60_000 });
      if (db.kind === 'postgres') await notifyWrites(db.sql);
      console.log('refresh-values: done');
    } finally {
      await db.close();
    }
    return 0;
  }
  if (command === 'token') {
    const councils = repeated(rest, '--council').flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
    const role = repeated(rest, '--role')[0] as Role | undefined;
    if (!councils.length || !role || !ROLES.includes(role)) {
      process.stderr.write(`token: give --council <authority code> and --role ${ROLES.join('|')}\n\n${usage}`);
      return 2;
    }
    const { auth, notice } = loadAuthConfig();
    const { mintToken } = await import('./auth');
    if (notice) console.error(notice);
    const token = await mintToken(
      auth,
      {
        subject: repeated(rest, '--subject')[0] ?? `cli:${process.env.USER ?? 'local'}`,
        name: repeated(rest, '--name')[0],
        councils,
        role,
        expires: repeated(rest, '--expires')[0] ?? '8h',
      },
      process.env.JWT_PRIVATE_KEY,
    );
    console.log(token);
    return 0;
  }
  if (command === 'import') return runImport(rest);
  if (command === 'export') return runExport(rest);
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
