// The migration runner: applies the committed history on PGlite and PostgreSQL alike,
// once; refuses an edited history; a failing migration leaves nothing behind.
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, migrationStatus, openDatabase, readMigrations, MigrationError, type Database } from '@council-plans/core';
import pg from 'pg';
import { ADMIN_DATABASE_URL, postgresAvailable } from './support/servers';

const pgUp = await postgresAvailable();

async function freshPostgres(): Promise<{ db: Database; drop(): Promise<void> }> {
  const name = `council_plans_migrate_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  return {
    db,
    async drop() {
      await db.close();
      const a = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

const kinds = [
  {
    name: 'PGlite',
    open: async () => {
      const db = await openDatabase();
      return { db, drop: () => db.close() };
    },
  },
  ...(pgUp ? [{ name: 'PostgreSQL', open: freshPostgres }] : []),
];

describe.each(kinds)('migrations on $name', (kind) => {
  let current: { db: Database; drop(): Promise<void> } | undefined;
  afterEach(async () => {
    await current?.drop();
    current = undefined;
  });

  it('applies the committed history once', async () => {
    current = await kind.open();
    const { db } = current;
    const all = readMigrations().map((m) => m.name);
    expect(all[0]).toBe('0001_init');
    expect(await migrationStatus(db.sql)).toEqual({ applied: [], pending: all });
    expect(await migrate(db.sql)).toEqual(all);
    expect(await migrate(db.sql)).toEqual([]);
    expect(await migrationStatus(db.sql)).toEqual({ applied: all, pending: [] });
    // The schema is really there: Prisma can write and read through it.
    const a = await db.prisma.authority.create({ data: { code: 'm', name: 'M' } });
    expect((await db.prisma.authority.findUniqueOrThrow({ where: { id: a.id } })).code).toBe('m');
  });

  it('refuses to run when an applied migration was edited', async () => {
    current = await kind.open();
    const { db } = current;
    const history = readMigrations();
    await migrate(db.sql, history);
    const edited = history.map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
    await expect(migrate(db.sql, edited)).rejects.toThrow(MigrationError);
    await expect(migrate(db.sql, edited)).rejects.toThrow(/0001_init was changed after it was applied/);
  });

  it('rolls back a failing migration completely', async () => {
    current = await kind.open();
    const { db } = current;
    const history = readMigrations();
    await migrate(db.sql, history);
    const broken = { name: '9999_broken', checksum: 'x', sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;' };
    await expect(migrate(db.sql, [...history, broken])).rejects.toThrow(/no_such_table/);
    const tables = await db.sql.query<{ t: string | null }>(`SELECT to_regclass('half_done')::text AS t`);
    expect(tables[0].t).toBeNull();
    expect((await migrationStatus(db.sql, [...history, broken])).pending).toEqual(['9999_broken']);
  });
});
