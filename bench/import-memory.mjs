// What an import holds while it writes (issue 21 item 5: memory bounded by the chunk, not the file):
//
//   node bench/import-memory.mjs [--rows 10000] [--db-prefix council_plans_bench_memory]
//                                [--database-url postgresql://postgres@127.0.0.1:5432/postgres]
//
// Imports the bench's Peterborough file into a fresh database twice, in a child process
// run with --expose-gc: once as the CLI and the API do (`recordAs`: audit rows written a
// chunk at a time, events/journal.ts) and once holding every change until the end (a
// `recordChanges` callback, as every import did before). The importer's progress callback
// forces a GC every 500 rows and at the end and reads the live heap, so the figures are
// what is reachable, not what V8 has not collected yet (peak RSS is import-10k.mjs's).
// bench/run.mjs calls `importMemory` in its `import` scenario.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { dropDatabase, freshSyntheticDatabase, peterboroughCsv } from './import-10k.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);

/** Both ways, in a child process each; { journal, held } with maxMb / endMb (live heap above the start, after GC). */
export async function importMemory({ databaseUrl, rows = 10_000 }) {
  const once = (mode) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', mode, '--rows', String(rows)], {
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`import-memory child (${mode}) exited ${code}`))));
    });
  return { journal: await once('journal'), held: await once('held') };
}

/** In the child: one import, sampling the live heap. */
async function child(mode, rows) {
  const req = createRequire(path.join(root, 'packages', 'core', 'package.json'));
  const core = req(path.join(root, 'packages', 'core', 'dist', 'index.js'));
  const server = req(path.join(root, 'packages', 'server', 'dist', 'index.js'));
  const deployment = server.prepareDeployment({ plugins: 'all', root });
  const layout = deployment.plugins.find((p) => p.name === 'peterborough').layouts[0];
  const db = await core.openDatabase({ databaseUrl: process.env.DATABASE_URL, client: deployment.client });
  const actor = { subject: 'bench:memory', name: null, via: 'import' };
  const content = Buffer.from(peterboroughCsv(rows));
  global.gc();
  const base = process.memoryUsage().heapUsed;
  let maxMb = 0;
  let endMb = 0;
  const sample = () => {
    global.gc();
    endMb = (process.memoryUsage().heapUsed - base) / 1e6;
    maxMb = Math.max(maxMb, endMb);
  };
  const report = await core.importPlan(db.prisma, {
    layout,
    planSlug: `bench-memory-${mode}`,
    fileName: 'memory.csv',
    format: 'CSV',
    content,
    maxRows: rows,
    ...(mode === 'journal' ? { recordAs: actor } : { recordChanges: (tx, changes) => core.recordChangesAndEvents(tx, actor, changes) }),
    onProgress: (p) => {
      if (p.phase === 'write' || p.phase === 'done') sample();
    },
  });
  await db.close();
  if (report.problems.length) throw new Error(JSON.stringify(report.problems.slice(0, 3)));
  console.log(JSON.stringify({ mode, rows, changes: report.changeCount, maxMb, endMb }));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values: flags } = parseArgs({
    options: {
      child: { type: 'string' },
      rows: { type: 'string', default: '10000' },
      'db-prefix': { type: 'string', default: 'council_plans_bench_memory' },
      'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
    },
  });
  if (flags.child) await child(flags.child, Number(flags.rows));
  else {
    const name = `${flags['db-prefix']}_memory`;
    const { url } = await freshSyntheticDatabase({ adminUrl: flags['database-url'], name, actions: 100 });
    try {
      const { journal, held } = await importMemory({ databaseUrl: url, rows: Number(flags.rows) });
      printMemory(journal, held);
    } finally {
      await dropDatabase(flags['database-url'], name);
    }
  }
}

export function printMemory(journal, held, indent = '') {
  console.log(`${indent}live heap while importing ${journal.rows} rows (${journal.changes} changes), after GC, above the process's start:`);
  console.log(`${indent}  audit rows a chunk at a time (CLI, API): max ${journal.maxMb.toFixed(1)} MB, ${journal.endMb.toFixed(1)} MB at the end`);
  console.log(`${indent}  every change held to the end:            max ${held.maxMb.toFixed(1)} MB, ${held.endMb.toFixed(1)} MB at the end`);
  console.log(`${indent}  ratio, max ${(journal.maxMb / held.maxMb).toFixed(2)}, at the end ${(journal.endMb / held.endMb).toFixed(2)}`);
}
