// The 10,000-row import on its own (issue 21 item 5), without the whole bench:
//
//   node bench/import-10k.mjs [--rows 10000] [--actions 1000] [--db-prefix council_plans_bench_import]
//                             [--database-url postgresql://postgres@127.0.0.1:5432/postgres]
//                             [--again] [--cpu-prof DIR] [--keep]
//
// Creates a fresh PostgreSQL database (<prefix>_import) with this repository's migrations
// and the synthetic data (--actions, every bundled plugin's rows, refreshed), writes a
// Peterborough CSV of --rows rows and imports it with the real CLI
// (`node packages/server/dist/cli.js import --council peterborough --plan bench-import-10k …`),
// polling the child's peak RSS (VmHWM). --again imports the same file a second time (it
// must change nothing); --cpu-prof writes the CLI's V8 CPU profiles there. bench/run.mjs
// calls `importRows` for its own scenario. Needs only the built packages (no bench/npm ci).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
// IMPORT_BENCH_ROOT: another checkout's build to measure (e.g. main's, for a before/after).
const root = process.env.IMPORT_BENCH_ROOT ? path.resolve(process.env.IMPORT_BENCH_ROOT) : path.dirname(here);
const CLI = path.join(root, 'packages', 'server', 'dist', 'cli.js');

/** A Peterborough CSV of `rows` rows (the bench's file: 20 workstreams, two steps a row, four timescales). */
export function peterboroughCsv(rows) {
  const quote = (v) => `"${v.replace(/"/g, '""')}"`;
  const lines = ['Workstream,Intent,Implementation,Impact,Timescale,RAG,Progress'];
  for (let i = 0; i < rows; i++) {
    lines.push([quote(`Workstream ${i % 20}`), quote(`Intent number ${i}: raise attendance in cluster ${i % 37}`), quote(`Step one for ${i}\nStep two for ${i}`), quote(`Better outcomes ${i}`), quote(['Spring 2020', 'By end of Autumn 2019', 'Term 3', 'Ongoing'][i % 4]), i % 3 ? 'Green' : '', quote(`Progress note ${i}`)].join(','));
  }
  return lines.join('\n') + '\n';
}

/**
 * Writes a `rows`-row Peterborough CSV and imports it with the CLI into `databaseUrl`;
 * wall time, peak RSS (VmHWM, polled every 50 ms) and the CLI's last line.
 */
export async function importRows({ databaseUrl, rows = 10_000, file, plan = 'bench-import-10k', cpuProf, nodeArgs = [], extraArgs = [] }) {
  if (!file) {
    file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-import-')), 'ten-thousand.csv');
    writeFileSync(file, peterboroughCsv(rows));
  }
  // The data just loaded (the synthetic set, or the bench's other scenarios) leaves dirty
  // pages and WAL behind: a checkpoint now, so one does not land in the middle of the
  // import and time the loading instead (needs a superuser, as the bench is; else skipped).
  await checkpoint(databaseUrl);
  const started = performance.now();
  const args = [...nodeArgs, ...(cpuProf ? ['--cpu-prof', '--cpu-prof-dir', cpuProf] : []), CLI, 'import', '--council', 'peterborough', '--plan', plan, '--title', 'Ten thousand rows', ...extraArgs, file];
  const child = spawn(process.execPath, args, {
    // The command line reads at most 5,000 rows unless IMPORT_MAX_ROWS says more.
    env: { ...process.env, DATABASE_URL: databaseUrl, USER: 'bench', IMPORT_MAX_ROWS: String(Math.max(rows, 5000)) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  let peakKb = 0;
  let cpuTicks = 0;
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
      // utime + stime (fields 14 and 15, clock ticks): the CLI's own CPU, which machine load does not inflate as it does wall time.
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
    } catch {
      // exited, or not Linux
    }
  }, 50);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  // Ticks are 1/100 s on Linux (CLK_TCK); sampled every 50 ms, so the last 50 ms may be missed.
  return { ok: code === 0, code, seconds, cpuSeconds: cpuTicks / 100, peakMb: peakKb / 1024, last: out.trim().split('\n').pop() ?? '', stderr: err, file };
}

async function checkpoint(databaseUrl) {
  const pg = createRequire(path.join(root, 'packages', 'core', 'package.json'))('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    await client.query('CHECKPOINT');
  } catch {
    // not a superuser, or not PostgreSQL: measured as it is
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh database with this repository's migrations and the synthetic data (every bundled plugin's rows), refreshed. */
export async function freshSyntheticDatabase({ adminUrl, name, actions, seed = 1 }) {
  const requireCore = createRequire(path.join(root, 'packages', 'core', 'package.json'));
  const pg = requireCore('pg');
  const core = requireCore(path.join(root, 'packages', 'core', 'dist', 'index.js'));
  const serverPkg = requireCore(path.join(root, 'packages', 'server', 'dist', 'index.js'));
  const deployment = serverPkg.prepareDeployment({ plugins: 'all', root });
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await core.openDatabase({ databaseUrl: url.toString(), client: deployment.client });
  try {
    await core.migrate(db.sql, core.migrationSets(deployment.plugins));
    const plugins = deployment.plugins.flatMap((p) => (p.synthetic ? [p.synthetic] : []));
    const counts = await core.loadSynthetic(db.sql, { seed, actions, plugins }, 5000, db.prisma);
    return { url: url.toString(), counts };
  } finally {
    await db.close();
  }
}

export async function dropDatabase(adminUrl, name) {
  const pg = createRequire(path.join(root, 'packages', 'core', 'package.json'))('pg');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values: flags } = parseArgs({
    options: {
      rows: { type: 'string', default: '10000' },
      actions: { type: 'string', default: '1000' },
      'db-prefix': { type: 'string', default: 'council_plans_bench_import' },
      'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
      again: { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const name = `${flags['db-prefix']}_import`;
  const started = performance.now();
  const { url, counts } = await freshSyntheticDatabase({ adminUrl: flags['database-url'], name, actions: Number(flags.actions) });
  console.log(`${name}: ${counts.actions} actions in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  let failed = false;
  try {
    const runs = flags.again ? ['first import', 'same file again'] : ['import'];
    let file;
    for (const label of runs) {
      const r = await importRows({ databaseUrl: url, rows: Number(flags.rows), file, cpuProf: flags['cpu-prof'] });
      file = r.file;
      console.log(`${label}: exit ${r.code}: ${r.last}`);
      console.log(`  ${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU (the CLI process), peak RSS ${r.peakMb ? `${r.peakMb.toFixed(0)} MB` : 'unknown'}`);
      if (!r.ok) {
        console.log(r.stderr);
        failed = true;
        break;
      }
      if (process.env.IMPORT_VERBOSE) console.log(r.stderr);
    }
  } finally {
    if (!flags.keep) await dropDatabase(flags['database-url'], name);
  }
  console.log(`uptime: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  process.exit(failed ? 1 : 0);
}
