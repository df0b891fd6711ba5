// A council's plugin built outside this repository (issue 15): `council-plans new-plugin`
// writes a package in a temporary folder (its own package.json, Prisma fragment with a
// table and a field on Action, first migration, a query with a filter, a seed document,
// an import layout, search text); it is built there against core alone, installed into a
// deployment as a `file:` dependency (node_modules laid out as that install makes it:
// links to the packages), and enabled with one line of council-plans.config.json. The
// deployment's server then runs its migrations, loads its seed, serves its field, query,
// search text and import; disabled, it leaves the other council untouched and keeps its
// data; enabled again, it serves that data unchanged.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ADMIN_DATABASE_URL, TEST_AUTH, post, post as postTo, postgresAvailable, testToken } from './support/servers';

const REPO = path.resolve(__dirname, '..');
const CORE = path.join(REPO, 'packages', 'core');
const SERVER = path.join(REPO, 'packages', 'server');
const OTHER = '@council-plans/plugin-plymouth';
const pgUp = await postgresAvailable();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'council-plans-oot-'));
const pluginDir = path.join(tmp, 'leeds-plugin');
const deployment = path.join(tmp, 'deployment');

/** Links `<dir>/node_modules/<name>` to a package folder, as a `file:` dependency install does. */
function link(dir: string, name: string, target: string): void {
  const at = path.join(dir, 'node_modules', name);
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.symlinkSync(fs.realpathSync(target), at);
}
/** A third-party package as the repository installed it (one copy of graphql and type-graphql for everyone). */
const installed = (name: string) => [path.join(CORE, 'node_modules', name), path.join(REPO, 'node_modules', name)].find((p) => fs.existsSync(p))!;

function run(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
}

interface Running {
  url: string;
  /** What the process printed so far (shown when a request fails). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the deployment's server (its installed @council-plans/server) as its own process. */
function startDeployment(env: Record<string, string>): Promise<Running> {
  const main = path.join(deployment, 'node_modules', '@council-plans', 'server', 'dist', 'main.js');
  const child = spawn(process.execPath, [main], {
    cwd: deployment,
    env: { ...process.env, PORT: '0', JWT_SECRET: TEST_AUTH.secret!, NODE_ENV: 'test', PLUGINS: '', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /"url":"(http:[^"]+)"/.exec(out);
      if (m) resolve({ url: m[1]!, output: () => out, stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', () => r()), child.kill('SIGTERM')))) });
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`the deployment's server exited (${code}):\n${out}`)));
  });
}

beforeAll(async () => {
  // The council's own repository: scaffolded, installed, built against core alone.
  run(process.execPath, [path.join(SERVER, 'dist', 'cli.js'), 'new-plugin', 'leeds', '--dir', pluginDir, '--core', `file:${CORE}`, '--server', `file:${SERVER}`], tmp);
  link(pluginDir, '@council-plans/core', CORE);
  link(pluginDir, '@council-plans/server', SERVER);
  for (const dep of ['@prisma/client', 'type-graphql', 'graphql', 'reflect-metadata', 'dataloader', '@types/node']) link(pluginDir, dep, installed(dep));
  run(process.execPath, [path.join(CORE, 'scripts', 'plugin.cjs'), 'generate'], pluginDir);
  run(process.execPath, [path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], pluginDir);
  // A deployment: the server, another council, and the new plugin as a file: dependency,
  // enabled by the one line naming it in council-plans.config.json.
  fs.mkdirSync(deployment);
  fs.writeFileSync(
    path.join(deployment, 'package.json'),
    JSON.stringify({ name: 'a-deployment', private: true, dependencies: { '@council-plans/server': `file:${SERVER}`, [OTHER]: 'file:../..', 'council-plans-plugin-leeds': 'file:../leeds-plugin' } }, null, 2),
  );
  link(deployment, '@council-plans/server', SERVER);
  link(deployment, '@council-plans/core', CORE);
  link(deployment, OTHER, path.join(REPO, 'packages', 'plugin-plymouth'));
  link(deployment, 'council-plans-plugin-leeds', pluginDir);
  link(deployment, '@prisma/client', installed('@prisma/client'));
  fs.writeFileSync(path.join(deployment, 'council-plans.config.json'), JSON.stringify({ plugins: [OTHER, 'council-plans-plugin-leeds'] }, null, 2));
}, 600_000);

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const READ = `{
  plan(slug: "leeds-education-plan") { title actions { title leeds { pillar lead brag evidence } } }
  leedsActions(filter: { pillar: "attainment" }) { nodes { title } totalCount }
  byPillar: leedsActions(first: 2, orderBy: { by: PILLAR }) { nodes { leeds { pillar } } pageInfo { hasNextPage endCursor } }
  search(query: "third") { node { __typename ... on Action { title } } }
}`;
const OTHER_PLAN = `{ plans(filter: { authorityCode: "plymouth" }) { nodes { slug title actions { title timescaleText } } } }`;

const kinds = [
  { name: 'PGlite', env: (): Record<string, string> => ({ PGLITE_DATA_DIR: path.join(tmp, `data-${Date.now()}`) }), restartEnabled: true },
  ...(pgUp ? [{ name: 'PostgreSQL', env: (): Record<string, string> => ({ DATABASE_URL: pgDatabase() }), restartEnabled: false }] : []),
];
const pgNames: string[] = [];
function pgDatabase(): string {
  const name = `council_plans_oot_${process.pid}_${Date.now()}`;
  pgNames.push(name);
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
afterAll(async () => {
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  for (const n of pgNames) await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
  await admin.end();
});

describe.each(kinds)('a council plugin from outside the repository on $name', (kind) => {
  it('is installed and enabled with one line: migrations, seed, field, query, search, import; disabling it leaves the other council untouched', async () => {
    const env = kind.env();
    if (env.DATABASE_URL) {
      const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${pgNames.at(-1)}`);
      await admin.end();
    }
    let server = await startDeployment(env);
    let enabledRead: unknown;
    let otherBefore: unknown;
    try {
      const post = async <T>(url: string, query: string, variables?: Record<string, unknown>, token?: string) => {
        try {
          return await postTo<T>(url, query, variables, token);
        } catch (err) {
          // A keep-alive connection the server closed as it was reused (Node's 5 s idle
          // timeout): a read is sent again once, on a new connection.
          if (!query.trimStart().startsWith('mutation') && /fetch failed/.test((err as Error).message)) return postTo<T>(url, query, variables, token);
          throw new Error(`${(err as Error).message}; the server printed:\n${server.output().slice(-4000)}`);
        }
      };
      // Its migration ran (its table exists) and its seed loaded: the plan with its own fields.
      const { data, errors } = await post<any>(server.url, READ);
      expect(errors).toBeUndefined();
      expect(data.plan.actions).toHaveLength(3);
      expect(data.plan.actions[0].leeds).toEqual({ pillar: 'Inclusion', lead: 'Head of Inclusion', brag: 'Green', evidence: 'Exclusions fell by a third' });
      // Its query is a cursor connection (docs/plugins.md): filtered, sorted on its own column, paged.
      expect(data.leedsActions).toEqual({ nodes: [{ title: 'Raise reading at key stage 2' }], totalCount: 1 });
      expect(data.byPillar.nodes.map((n: any) => n.leeds.pillar)).toEqual(['Attainment', 'Inclusion']);
      expect(data.byPillar.pageInfo.hasNextPage).toBe(true);
      const rest = await post<any>(server.url, `query ($after: String) { leedsActions(first: 2, after: $after, orderBy: { by: PILLAR }) { nodes { leeds { pillar } } pageInfo { hasNextPage } } }`, { after: data.byPillar.pageInfo.endCursor });
      expect(rest.errors).toBeUndefined();
      expect(rest.data.leedsActions).toEqual({ nodes: [{ leeds: { pillar: 'Inclusion' } }], pageInfo: { hasNextPage: false } });
      // "third" is only in the plugin's own text (evidence of impact).
      expect(data.search).toContainEqual({ node: { __typename: 'Action', title: 'Reduce exclusions in primary schools' } });
      // Its import layout, through the API, by an editor of its council.
      const table = 'Pillar,Action,Lead,Timescale,BRAG,Evidence of impact\nWellbeing,Open a counselling service,Head of Wellbeing,Summer 2026,Blue,Waiting lists halved\n';
      const token = await testToken(['leeds'], 'editor');
      const imported = await post<any>(
        server.url,
        `mutation($input: ImportPlanInput!) { importPlan(input: $input) { ok created problems { message } } }`,
        // Published at once (an imported plan is a draft unless the import asks to publish).
        { input: { council: 'leeds', planSlug: 'leeds-imported', fileName: 'plan.csv', format: 'CSV', publish: true, contentBase64: Buffer.from(table).toString('base64') } },
        token,
      );
      expect(imported.errors).toBeUndefined();
      expect(imported.data.importPlan).toMatchObject({ ok: true, problems: [] });
      const wellbeing = await post<any>(server.url, `{ leedsActions(filter: { pillar: "Wellbeing" }) { nodes { title leeds { brag evidence } } } }`);
      expect(wellbeing.data.leedsActions.nodes).toEqual([{ title: 'Open a counselling service', leeds: { brag: 'Blue', evidence: 'Waiting lists halved' } }]);
      enabledRead = (await post<any>(server.url, `{ plan(slug: "leeds-education-plan") { actions { title leeds { pillar brag } } } }`)).data;
      otherBefore = (await post<any>(server.url, OTHER_PLAN)).data;
      expect((otherBefore as any).plans.nodes.length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }

    // Disabled (PLUGINS names only the other council): no trace in the API, the other council unchanged, its data kept.
    server = await startDeployment({ ...env, PLUGINS: OTHER });
    try {
      const gone = await post<any>(server.url, `{ leedsActions { nodes { title } } }`);
      expect(gone.errors?.[0]?.message).toMatch(/leedsActions/);
      const type = await post<any>(server.url, `{ __type(name: "Action") { fields { name } } }`);
      expect(type.data.__type.fields.map((f: { name: string }) => f.name)).not.toContain('leeds');
      expect((await post<any>(server.url, OTHER_PLAN)).data).toEqual(otherBefore);
      const kept = await post<any>(server.url, `{ plan(slug: "leeds-imported") { actions { title } } }`);
      expect(kept.data.plan.actions.map((a: { title: string }) => a.title)).toContain('Open a counselling service');
    } finally {
      await server.stop();
    }

    if (!kind.restartEnabled) return;
    // Enabled again: its data served unchanged.
    server = await startDeployment(env);
    try {
      expect((await post<any>(server.url, `{ plan(slug: "leeds-education-plan") { actions { title leeds { pillar brag } } } }`)).data).toEqual(enabledRead);
    } finally {
      await server.stop();
    }
  }, 600_000);
});
