// Upgrade in place (issue 15): a database built by the 0.1 release (its one migration
// history 0001_init … 0005 in `_council_plans_migrations`, every seed document, imports
// with audit history and versions) starts on this build and keeps every row, version and
// audit event: the new per-owner baselines are recorded as applied, not run. Compared
// before and after: every plan's JSON export, the audit history, every table's rows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { exportPlanCsv, exportPlanJson, importPlan, loadSeeds, openDatabase, readRows, recordChanges, registerStructuredValuePlugins, type Database } from '@council-plans/core';
import { configuredPlugins, prepareDeployment, startServer } from '@council-plans/server';
import { ADMIN_DATABASE_URL, TEST_AUTH, postgresAvailable } from './support/servers';
import { csv } from './support/import-files';

const LEGACY = path.join(__dirname, 'fixtures', 'release-0.1', 'migrations');
const pgUp = await postgresAvailable();
const { client } = prepareDeployment({ plugins: 'all' });
const plugins = configuredPlugins();

/** What 0.1's runner did: each migration in a transaction with its ledger row. */
async function legacyMigrate(db: Database): Promise<void> {
  await db.sql.exec(`CREATE TABLE IF NOT EXISTS _council_plans_migrations (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  for (const name of fs.readdirSync(LEGACY).sort()) {
    const sql = fs.readFileSync(path.join(LEGACY, name, 'migration.sql'), 'utf8');
    await db.sql.transaction(async (tx) => {
      await tx.exec(sql);
      await tx.query(`INSERT INTO _council_plans_migrations (name, checksum) VALUES ($1, $2)`, [name, createHash('sha256').update(sql).digest('hex')]);
    });
  }
}

/** Everything a user could lose: each plan's export, the audit history, every table's rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function snapshot(db: { prisma: any; sql: Database['sql'] }) {
  const plans = await db.prisma.plan.findMany({ orderBy: { id: 'asc' }, select: { id: true, slug: true } });
  const exports: Record<string, unknown> = {};
  for (const p of plans) exports[p.slug] = JSON.parse(await exportPlanJson(db.prisma, p.id, plugins.map((x) => x.name)));
  const audit = await db.sql.query(`SELECT * FROM "AuditEvent" ORDER BY id`);
  const tables = (await db.sql.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '%migrations' ORDER BY 1`)).map((r) => r.t);
  const rows: Record<string, string> = {};
  for (const t of tables) {
    const all = await db.sql.query(`SELECT * FROM "${t}" ORDER BY 1`);
    rows[t] = createHash('sha256').update(JSON.stringify(all)).digest('hex') + ` (${all.length} rows)`;
  }
  return { exports, audit: JSON.parse(JSON.stringify(audit)), rows };
}

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function pgDatabase(): Promise<{ databaseUrl: string }> {
  const name = `council_plans_upgrade_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanup.push(async () => {
    const a = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString() };
}

async function pgliteDatabase(): Promise<{ dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'council-plans-upgrade-'));
  cleanup.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  return { dataDir };
}

const kinds = [{ name: 'PGlite', where: pgliteDatabase }, ...(pgUp ? [{ name: 'PostgreSQL', where: pgDatabase }] : [])];

describe.each(kinds)('upgrading a 0.1 database in place on $name', (kind) => {
  it('keeps every row, version and audit event', async () => {
    const where = await kind.where();
    // A database as 0.1 left it: its history, its seeds, two audited imports.
    const old = await openDatabase({ ...where, client });
    let before: Awaited<ReturnType<typeof snapshot>>;
    try {
      await legacyMigrate(old);
      registerStructuredValuePlugins(plugins);
      await loadSeeds(old.prisma, plugins);
      // A seeded plan whose table a layout exports with rows (whichever council it is).
      let found: { layout: NonNullable<(typeof plugins)[number]['layouts']>[number]; header: string[]; rows: string[][]; table: string } | undefined;
      for (const layout of plugins.flatMap((p) => p.layouts ?? [])) {
        for (const plan of await old.prisma.plan.findMany({ where: { format: layout.council }, orderBy: { id: 'asc' } })) {
          const table = await exportPlanCsv(old.prisma, plan.id, layout);
          const [header, ...rows] = (await readRows(Buffer.from(table), 'CSV', 'plan.csv')).rows.map((r) => r.cells);
          if (!found && rows.length > 1) found = { layout, header: header!, rows, table };
        }
      }
      const { layout, header, rows, table } = found!;
      // The same table again with its rows in reverse order: positions change, versions go up.
      const imports = [Buffer.from(table), csv([header, ...rows.reverse()])];
      for (const content of imports) {
        const report = await importPlan(old.prisma, {
          layout,
          planSlug: 'upgrade-import',
          fileName: 'plan.csv',
          format: 'CSV',
          content,
          recordChanges: (tx, changes) => recordChanges(tx, { subject: 'cli:upgrade-test', name: null, via: 'import' }, changes),
        });
        expect(JSON.stringify(report.problems)).toBe('[]');
      }
      before = await snapshot(old);
      expect(before.audit.length).toBeGreaterThan(10);
      expect(Object.keys(before.exports)).toContain('upgrade-import');
    } finally {
      await old.close();
    }

    // This build starts on it.
    const server = await startServer({ port: 0, host: '127.0.0.1', plugins: 'all', seed: true, auth: TEST_AUTH as never, ...where });
    try {
      const ledger = await server.db.sql.query<{ owner: string; name: string }>(`SELECT owner, name FROM council_plans_migrations ORDER BY owner, name`);
      expect(ledger).toEqual([{ owner: 'core', name: '0001_baseline' }, ...plugins.map((p) => ({ owner: p.name, name: '0001_baseline' }))].sort((a, b) => a.owner.localeCompare(b.owner)));
      const after = await snapshot(server.db);
      expect(after.rows).toEqual(before!.rows);
      expect(after.audit).toEqual(before!.audit);
      expect(after.exports).toEqual(before!.exports);
      // And it serves them.
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plans { totalCount } }' }) });
      expect(((await res.json()) as { data: { plans: { totalCount: number } } }).data.plans.totalCount).toBe(Object.keys(before!.exports).length);
    } finally {
      await server.stop();
    }
  }, 300_000);
});
