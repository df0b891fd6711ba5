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
import { openDatabase, registerStructuredValuePlugins, type Database } from '@council-plans/core';
import { configuredPlugins, prepareDeployment, startServer } from '@council-plans/server';
import { ADMIN_DATABASE_URL, TEST_AUTH, postgresAvailable } from './support/servers';

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

/**
 * Everything a user could lose: every table's rows (counted), the printed text and version
 * of plans, actions, money lines and milestones, and the audit history. Read with plain
 * SQL, so the same query serves the 0.1 schema and today's (derived columns, such as the
 * parsed timescales, may be recomputed by the upgrade and are not compared).
 */
async function snapshot(db: { sql: Database['sql'] }, tables?: string[]) {
  const names = tables ?? (await db.sql.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '%migrations' ORDER BY 1`)).map((r) => r.t);
  const counts: Record<string, number> = {};
  for (const t of names) counts[t] = Number((await db.sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${t}"`))[0]!.n);
  const data = {
    plans: await db.sql.query(`SELECT id, slug, title, status, version FROM "Plan" ORDER BY id`),
    actions: await db.sql.query(`SELECT id, "planId", code, title, "timescaleText", "ragStatus", version FROM "Action" ORDER BY id`),
    funding: await db.sql.query(`SELECT id, text, version FROM "FundingLine" ORDER BY id`),
    milestones: await db.sql.query(`SELECT id, "actionId", text FROM "Milestone" ORDER BY id`),
    audit: await db.sql.query(`SELECT * FROM "AuditEvent" ORDER BY id`),
  };
  return { tables: names, counts, data: JSON.parse(JSON.stringify(data)) as typeof data };
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
      // The seed documents as 0.1's loader wrote them (today's loader writes columns 0.1 had not).
      await old.sql.exec(fs.readFileSync(path.join(LEGACY, '..', 'seeds.sql'), 'utf8'));
      // Writes as 0.1 made them: a changed action (its version up) and its audit event.
      await old.sql.exec(`
        UPDATE "Action" SET title = title || ' (edited before the upgrade)', version = version + 1 WHERE id = (SELECT min(id) FROM "Action");
        INSERT INTO "AuditEvent" ("at", "actorSubject", "actorName", "via", "authorityId", "planId", "actionId", "entity", "entityId", "operation", "before", "after")
        SELECT now(), 'cli:upgrade-test', NULL, 'api', p."authorityId", a."planId", a.id, 'Action', a.id, 'UPDATE', jsonb_build_object('version', a.version - 1), jsonb_build_object('version', a.version)
        FROM "Action" a JOIN "Plan" p ON p.id = a."planId" WHERE a.id = (SELECT min(id) FROM "Action");`);
      before = await snapshot(old);
      expect(before.data.audit.length).toBe(1);
      expect(before.counts.Action).toBeGreaterThan(200);
    } finally {
      await old.close();
    }

    // This build starts on it.
    const server = await startServer({ port: 0, host: '127.0.0.1', plugins: 'all', seed: true, auth: TEST_AUTH as never, ...where });
    try {
      const ledger = await server.db.sql.query<{ owner: string; name: string }>(`SELECT owner, name FROM council_plans_migrations ORDER BY owner, name`);
      // Every owner's baseline recorded (not run), then what came after 0.1.
      for (const owner of ['core', ...plugins.map((p) => p.name)]) expect(ledger).toContainEqual({ owner, name: '0001_baseline' });
      const after = await snapshot(server.db, before!.tables);
      expect(after.counts).toEqual(before!.counts);
      expect(after.data).toEqual(before!.data);
      // Issue 18's seeded data, which the seed does not load again for a document already
      // there, comes from the plugins' backfill migrations (worked out by hand from the
      // seed documents): Peterborough's 48 Implementation steps as tasks, none done; the
      // recruitment workstream's two rows have 1 and 3 steps, all under "January 2020" → due
      // 31 Jan 2020. Worcestershire's NI 94: baseline "72% (2008)" dated 31 Dec 2008; targets
      // 84% for 2008/09 and 2009/10 become goals by 31 March 2009 and 2010 ("Not set" none).
      const backfilled = async () => ({
        tasks: await server.db.sql.query<{ state: string; n: string }>(
          `SELECT t.state::text AS state, count(*)::text AS n FROM "ActionTask" t JOIN "Action" a ON a.id = t."actionId" JOIN "Plan" p ON p.id = a."planId" WHERE p.slug = 'peterborough-education-action-plan-2019-20' GROUP BY 1`,
        ),
        recruitment: await server.db.sql.query<{ n: string; due: string }>(
          `SELECT count(t.id)::text AS n, string_agg(DISTINCT to_char(t."dueOn", 'YYYY-MM-DD'), ',') AS due FROM "Action" a JOIN "PlanSection" s ON s.id = a."sectionId" JOIN "Plan" p ON p.id = a."planId"
           LEFT JOIN "ActionTask" t ON t."actionId" = a.id WHERE p.slug = 'peterborough-education-action-plan-2019-20' AND s.title = 'Improve recruitment and retention of teachers across the county' GROUP BY a.id, a.position ORDER BY a.position`,
        ),
        baseline: await server.db.sql.query<{ d: string }>(`SELECT to_char(s."baselineDate", 'YYYY-MM-DD') AS d FROM "IndicatorSeries" s JOIN "Plan" p ON p.id = s."planId" WHERE p.slug = 'worcestershire-laa-delivery-plan-2008-11-ni-94'`),
        goals: await server.db.sql.query(
          `SELECT to_char(g."targetDate", 'YYYY-MM-DD') AS "targetDate", g.value::text AS value, g."valueText", g."periodText", v."valueText" = g."valueText" AS "pointsAtItsTarget" FROM "IndicatorGoal" g JOIN "IndicatorSeries" s ON s.id = g."seriesId" JOIN "Plan" p ON p.id = s."planId" LEFT JOIN "IndicatorValue" v ON v.id = g."targetValueId" WHERE p.slug = 'worcestershire-laa-delivery-plan-2008-11-ni-94' ORDER BY 1`,
        ),
      });
      const seeded = await backfilled();
      expect(seeded).toEqual({
        tasks: [{ state: 'NOT_STARTED', n: '48' }],
        recruitment: [{ n: '1', due: '2020-01-31' }, { n: '3', due: '2020-01-31' }],
        baseline: [{ d: '2008-12-31' }],
        goals: [
          { targetDate: '2009-03-31', value: '84.0000', valueText: '84%', periodText: '2008/09', pointsAtItsTarget: true },
          { targetDate: '2010-03-31', value: '84.0000', valueText: '84%', periodText: '2009/10', pointsAtItsTarget: true },
        ],
      });
      // Idempotent: running the backfills again adds nothing.
      for (const file of ['plugin-peterborough/prisma/migrations/0002_backfill_seeded_tasks', 'plugin-worcestershire/prisma/migrations/0002_backfill_seeded_goals']) {
        await server.db.sql.exec(fs.readFileSync(path.join(__dirname, '..', 'packages', file, 'migration.sql'), 'utf8'));
      }
      expect(await backfilled()).toEqual(seeded);
      // And it serves them.
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plans { totalCount } }' }) });
      expect(((await res.json()) as { data: { plans: { totalCount: number } } }).data.plans.totalCount).toBe(before!.data.plans.filter((p: any) => p.status !== 'DRAFT').length);
    } finally {
      await server.stop();
    }
  }, 300_000);
});
