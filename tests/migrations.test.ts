// The migration runner: core's history and each enabled plugin's, recorded per owner;
// applied once on PGlite and PostgreSQL alike; a plugin's only while it is enabled;
// an edited history refused; a failing migration leaves nothing behind; several
// processes starting together on one empty PostgreSQL database all succeed (advisory
// lock).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coreMigrations, migrate, migrationSets, migrationStatus, openDatabase, MigrationError, type Database, type MigrationSet } from '@council-plans/core';
import { configuredPlugins, prepareDeployment } from '@council-plans/server';
import pg from 'pg';
import { ADMIN_DATABASE_URL, postgresAvailable } from './support/servers';

const pgUp = await postgresAvailable();
// The deployment's client (core + its configured plugins): plugin tables are typed and reachable.
const { client } = prepareDeployment({ plugins: 'all' });
const plugins = configuredPlugins();
const sets = (): MigrationSet[] => migrationSets(plugins);

async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `council_plans_migrate_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

async function freshPostgres(): Promise<{ db: Database; drop(): Promise<void> }> {
  const created = await createDatabase();
  const db = await openDatabase({ databaseUrl: created.url, client });
  return {
    db,
    async drop() {
      await db.close();
      await created.drop();
    },
  };
}

const kinds = [
  {
    name: 'PGlite',
    open: async () => {
      const db = await openDatabase({ client });
      return { db, drop: () => db.close() };
    },
  },
  ...(pgUp ? [{ name: 'PostgreSQL', open: freshPostgres }] : []),
];

const tableNames = async (db: Database) =>
  (await db.sql.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`)).map((r) => r.t);

describe.each(kinds)('migrations on $name', (kind) => {
  let current: { db: Database; drop(): Promise<void> } | undefined;
  afterEach(async () => {
    await current?.drop();
    current = undefined;
  });

  it("applies core's history alone, then a plugin's only when it is enabled, once each", async () => {
    current = await kind.open();
    const { db } = current;
    const core = coreMigrations();
    const coreNames = core.migrations.map((m) => `core/${m.name}`);
    expect(coreNames[0]).toBe('core/0001_baseline');
    expect(await migrationStatus(db.sql, [core])).toEqual({ applied: [], pending: coreNames });
    expect(await migrate(db.sql, [core])).toEqual(coreNames);
    // Core's migrations create core tables only: no table of any plugin.
    const prefixes = plugins.map((p) => p.name.charAt(0).toUpperCase() + p.name.slice(1));
    const coreTables = await tableNames(db);
    expect(coreTables).toContain('Action');
    expect(coreTables.filter((t) => prefixes.some((p) => t.startsWith(p)))).toEqual([]);
    // Enabling the first plugin applies its history, recorded under its name, and no other's.
    const [first, ...others] = sets().slice(1);
    const applied = await migrate(db.sql, [core, first!]);
    expect(applied).toEqual(first!.migrations.map((m) => `${first!.owner}/${m.name}`));
    const withFirst = await tableNames(db);
    const firstPrefix = first!.owner.charAt(0).toUpperCase() + first!.owner.slice(1);
    expect(withFirst.some((t) => t.startsWith(firstPrefix))).toBe(true);
    for (const o of others) expect(withFirst.some((t) => t.startsWith(o.owner.charAt(0).toUpperCase() + o.owner.slice(1)))).toBe(false);
    // All of them: the rest run, nothing twice.
    const rest = await migrate(db.sql, sets());
    expect(rest).toEqual(others.flatMap((o) => o.migrations.map((m) => `${o.owner}/${m.name}`)));
    expect(await migrate(db.sql, sets())).toEqual([]);
    expect((await migrationStatus(db.sql, sets())).pending).toEqual([]);
    // The schema is really there: the deployment's client writes and reads through it.
    const a = await db.prisma.authority.create({ data: { code: 'm', name: 'M' } });
    expect((await db.prisma.authority.findUniqueOrThrow({ where: { id: a.id } })).code).toBe('m');
  });

  it('refuses to run when an applied migration was edited, naming its owner', async () => {
    current = await kind.open();
    const { db } = current;
    await migrate(db.sql, sets());
    const edited = sets().map((s, i) => (i === 1 ? { ...s, migrations: s.migrations.map((m, j) => (j === 0 ? { ...m, checksum: 'f'.repeat(64) } : m)) } : s));
    await expect(migrate(db.sql, edited)).rejects.toThrow(MigrationError);
    await expect(migrate(db.sql, edited)).rejects.toThrow(new RegExp(`0001_baseline of ${edited[1]!.owner} was changed after it was applied`));
  });

  it('rolls back a failing migration completely', async () => {
    current = await kind.open();
    const { db } = current;
    const history = coreMigrations();
    await migrate(db.sql, [history]);
    const broken = { owner: 'broken', migrations: [{ name: '0001_broken', checksum: 'x', sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;' }] };
    await expect(migrate(db.sql, [history, broken])).rejects.toThrow(/no_such_table/);
    const tables = await db.sql.query<{ t: string | null }>(`SELECT to_regclass('half_done')::text AS t`);
    expect(tables[0]!.t).toBeNull();
    expect((await migrationStatus(db.sql, [history, broken])).pending).toEqual(['broken/0001_broken']);
  });

  it('refuses two histories of one owner', async () => {
    current = await kind.open();
    await expect(migrate(current.db.sql, [coreMigrations(), coreMigrations()])).rejects.toThrow(/two migration histories are owned by core/);
  });
});

describe.runIf(pgUp)('several servers starting together on one empty PostgreSQL database', () => {
  it('all start: one migrates and seeds, the others wait for it (advisory lock)', async () => {
    const created = await createDatabase();
    const main = path.resolve(__dirname, '../packages/server/dist/main.js');
    const start = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [main], {
          env: { ...process.env, DATABASE_URL: created.url, PORT: '0', JWT_SECRET: 'x'.repeat(40), NODE_ENV: 'test' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          if (out.includes('serving GraphQL')) child.kill('SIGTERM');
        });
        child.stderr.on('data', (d) => (out += d));
        child.on('exit', (code) => resolve({ code, out }));
      });
    try {
      const runs = await Promise.all([start(), start(), start()]);
      for (const r of runs) expect(r.out).toContain('serving GraphQL');
      // Exactly one process applied the migrations and loaded each seed document.
      expect(runs.filter((r) => r.out.includes('migrations applied'))).toHaveLength(1);
      const db = await openDatabase({ databaseUrl: created.url, client });
      try {
        const ledger = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM council_plans_migrations`);
        expect(ledger[0]!.n).toBe(sets().reduce((n, s) => n + s.migrations.length, 0));
        const docs = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SourceDocument"`);
        expect(docs[0]!.n).toBe(plugins.reduce((n, p) => n + p.seeds.length, 0));
      } finally {
        await db.close();
      }
    } finally {
      await created.drop();
    }
  }, 240_000);
});
