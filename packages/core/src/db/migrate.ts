import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { RawSql } from './database';

/** Where the committed migrations live: packages/core/prisma/migrations. */
export const MIGRATIONS_DIR = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');

export interface Migration {
  name: string;
  checksum: string;
  sql: string;
}

/** Reads prisma/migrations/<name>/migration.sql, in name order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export class MigrationError extends Error {}

const LEDGER = '_council_plans_migrations';

/**
 * Applies pending migrations, each in its own transaction together with its ledger
 * row, so a failed migration leaves nothing behind. `prisma migrate deploy` cannot be
 * used: through a driver adapter it fails on PostgreSQL's `name` columns, and without
 * one it needs the Rust schema engine (docs/prisma-offline.md). Refuses to run when an
 * applied migration's file has changed since: history is append-only.
 */
export async function migrate(sql: RawSql, migrations = readMigrations()): Promise<string[]> {
  await sql.exec(
    `CREATE TABLE IF NOT EXISTS ${LEDGER} (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const applied = new Map(
    (await sql.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${LEDGER}`)).map((r) => [r.name, r.checksum]),
  );
  for (const [name, checksum] of applied) {
    const local = migrations.find((m) => m.name === name);
    if (!local) throw new MigrationError(`the database has migration ${name}, which this build does not know: is the build older than the database?`);
    if (local.checksum !== checksum) {
      throw new MigrationError(`migration ${name} was changed after it was applied (checksum ${checksum.slice(0, 12)} in the database, ${local.checksum.slice(0, 12)} on disk); add a new migration instead of editing an old one`);
    }
  }
  const done: string[] = [];
  for (const m of migrations) {
    if (applied.has(m.name)) continue;
    await sql.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.query(`INSERT INTO ${LEDGER} (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
    });
    done.push(m.name);
  }
  return done;
}

/** Names of applied migrations and whether all known ones are applied (for readiness checks). */
export async function migrationStatus(sql: RawSql, migrations = readMigrations()): Promise<{ applied: string[]; pending: string[] }> {
  const exists = await sql.query<{ present: boolean }>(`SELECT to_regclass('${LEDGER}') IS NOT NULL AS present`);
  const applied = exists[0]?.present ? (await sql.query<{ name: string }>(`SELECT name FROM ${LEDGER} ORDER BY name`)).map((r) => r.name) : [];
  return { applied, pending: migrations.map((m) => m.name).filter((n) => !applied.includes(n)) };
}
