import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { RawSql } from './database';

/** Where core's committed migrations live: packages/core/prisma/migrations. */
export const MIGRATIONS_DIR = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');

export interface Migration {
  name: string;
  checksum: string;
  sql: string;
  /**
   * The 0.1 migrations (one history for core and every bundled plugin, in the ledger
   * `_council_plans_migrations`) whose result this migration reproduces: on a database
   * that has all of them it is recorded as applied without running. Declared in its
   * first line: `-- council-plans: replaces legacy 0001_init 0002_…`.
   */
  replaces?: string[];
}

/** One owner's migration history: core's, or one plugin's (its name). */
export interface MigrationSet {
  owner: string;
  migrations: Migration[];
}

/** Reads <dir>/<name>/migration.sql, in name order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      const replaces = /^-- council-plans: replaces legacy ([^\n]+)/.exec(sql)?.[1]?.trim().split(/\s+/);
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex'), ...(replaces ? { replaces } : {}) };
    });
}

/** Core's history. */
export function coreMigrations(): MigrationSet {
  return { owner: 'core', migrations: readMigrations(MIGRATIONS_DIR) };
}

/** A plugin's history, from the folder its contract names (`migrations`). */
export function pluginMigrations(plugin: { name: string; migrations?: string }): MigrationSet {
  return { owner: plugin.name, migrations: plugin.migrations ? readMigrations(plugin.migrations) : [] };
}

/** Core's history followed by each plugin's, in the order given. */
export function migrationSets(plugins: readonly { name: string; migrations?: string }[]): MigrationSet[] {
  return [coreMigrations(), ...plugins.map(pluginMigrations)];
}

export class MigrationError extends Error {}

/** The ledger: one row per applied migration per owner. */
const LEDGER = 'council_plans_migrations';
/** The 0.1 ledger (one history for everything), read when upgrading, never written. */
const LEGACY_LEDGER = '_council_plans_migrations';
/** pg_advisory_lock key of the migration run: hashtext('council-plans migrate'). */
const LOCK_KEY = 'council-plans migrate';

/**
 * Applies pending migrations of every given owner (core first, then each enabled
 * plugin), each in its own transaction together with its ledger row, so a failed
 * migration leaves nothing behind. A plugin's migrations run only when it is enabled
 * (passed here); rows of other owners are left alone. The whole run holds a PostgreSQL
 * advisory lock, so processes starting together on one database queue: the first
 * applies, the others find everything applied. Refuses to run when an applied
 * migration's file has changed since: history is append-only.
 *
 * `prisma migrate deploy` cannot be used: through a driver adapter it fails on
 * PostgreSQL's `name` columns, and without one it needs the Rust schema engine.
 */
export async function migrate(sql: RawSql, sets: MigrationSet[] | Migration[] = [coreMigrations()]): Promise<string[]> {
  const owners = normalise(sets);
  return sql.withLock(LOCK_KEY, async () => {
    await sql.exec(
      `CREATE TABLE IF NOT EXISTS ${LEDGER} (owner text NOT NULL, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (owner, name))`,
    );
    const legacy = await legacyHistory(sql);
    const rows = await sql.query<{ owner: string; name: string; checksum: string }>(`SELECT owner, name, checksum FROM ${LEDGER}`);
    const done: string[] = [];
    for (const set of owners) {
      const applied = new Map(rows.filter((r) => r.owner === set.owner).map((r) => [r.name, r.checksum]));
      for (const [name, checksum] of applied) {
        const local = set.migrations.find((m) => m.name === name);
        if (!local) throw new MigrationError(`the database has migration ${name} of ${set.owner}, which this build does not know: is the build (or the plugin) older than the database?`);
        if (local.checksum !== checksum) {
          throw new MigrationError(`migration ${name} of ${set.owner} was changed after it was applied (checksum ${checksum.slice(0, 12)} in the database, ${local.checksum.slice(0, 12)} on disk); add a new migration instead of editing an old one`);
        }
      }
      for (const m of set.migrations) {
        if (applied.has(m.name)) continue;
        if (m.replaces && legacy.size) {
          const missing = m.replaces.filter((n) => !legacy.has(n));
          if (missing.length === 0) {
            // The 0.1 history already built what this migration builds: record it, run nothing.
            await sql.query(`INSERT INTO ${LEDGER} (owner, name, checksum) VALUES ($1, $2, $3)`, [set.owner, m.name, m.checksum]);
            done.push(`${set.owner}/${m.name} (recorded: the 0.1 history built it)`);
            continue;
          }
          throw new MigrationError(
            `this database's 0.1 history lacks ${missing.join(', ')}: start it once with council-plans 0.1.x to finish that history, then with this build`,
          );
        }
        await sql.transaction(async (tx) => {
          await tx.exec(m.sql);
          await tx.query(`INSERT INTO ${LEDGER} (owner, name, checksum) VALUES ($1, $2, $3)`, [set.owner, m.name, m.checksum]);
        });
        done.push(`${set.owner}/${m.name}`);
      }
    }
    return done;
  });
}

function normalise(sets: MigrationSet[] | Migration[]): MigrationSet[] {
  if (sets.length && !('owner' in sets[0]!)) return [{ owner: 'core', migrations: sets as Migration[] }];
  const seen = new Set<string>();
  for (const s of sets as MigrationSet[]) {
    if (seen.has(s.owner)) throw new MigrationError(`two migration histories are owned by ${s.owner}`);
    seen.add(s.owner);
  }
  return sets as MigrationSet[];
}

async function legacyHistory(sql: RawSql): Promise<Set<string>> {
  const exists = await sql.query<{ present: boolean }>(`SELECT to_regclass('${LEGACY_LEDGER}') IS NOT NULL AS present`);
  if (!exists[0]?.present) return new Set();
  return new Set((await sql.query<{ name: string }>(`SELECT name FROM ${LEGACY_LEDGER}`)).map((r) => r.name));
}

/** Applied and pending migrations (as "owner/name") of the given owners (for readiness checks). */
export async function migrationStatus(sql: RawSql, sets: MigrationSet[] | Migration[] = [coreMigrations()]): Promise<{ applied: string[]; pending: string[] }> {
  const owners = normalise(sets);
  const exists = await sql.query<{ present: boolean }>(`SELECT to_regclass('${LEDGER}') IS NOT NULL AS present`);
  const rows = exists[0]?.present ? await sql.query<{ owner: string; name: string }>(`SELECT owner, name FROM ${LEDGER} ORDER BY owner, name`) : [];
  const applied = rows.map((r) => `${r.owner}/${r.name}`);
  const pending = owners.flatMap((s) => s.migrations.map((m) => `${s.owner}/${m.name}`)).filter((n) => !applied.includes(n));
  return { applied, pending };
}
