import path from 'node:path';
import fs from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { prismaClientModule, type PrismaClient, type PrismaClientModule } from './prisma';
import { StatementCounter, countingAdapter } from './statement-counter';
import { serialTransactions } from './serial-transactions';
import { releaseOnFailedEnd } from './release-on-failed-end';
import { exposeTransactionConnections } from './tx-sql';

/** Plain SQL access below Prisma, for migrations and maintenance. */
export interface RawSql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: all of it or none of it. */
  transaction(fn: (sql: RawSql) => Promise<void>): Promise<void>;
  /**
   * Runs `fn` holding a PostgreSQL session advisory lock named `key` (other processes
   * asking for it wait), e.g. migrations and seeding at start. PGlite has one
   * connection and one process: it just runs `fn`.
   */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data folder; absent (with no databaseUrl) means in memory. */
  dataDir?: string;
  /**
   * PostgreSQL only: `statement_timeout` of every connection, in ms (a statement running
   * longer is cancelled by the server, SQLSTATE 57014). PGlite runs in this thread and
   * cannot interrupt a statement: there is no equivalent.
   */
  statementTimeoutMs?: number;
  /**
   * The generated Prisma client module to open the database with: the deployment's
   * (core + its plugins, see `ensureDeploymentClient`). Default: the one handed to
   * `usePrismaClientModule`, else core's own (core models only).
   */
  client?: PrismaClientModule;
}

function newClient(options: DatabaseOptions, adapter: unknown): PrismaClient {
  const mod = options.client ?? prismaClientModule();
  return new mod.PrismaClient({ adapter }) as PrismaClient;
}

/** An open database: the Prisma client plus raw SQL, over PGlite or PostgreSQL alike. */
export interface Database {
  kind: 'pglite' | 'postgres';
  /** Where the data is: the data folder, "memory", or the URL without its password. */
  location: string;
  prisma: PrismaClient;
  sql: RawSql;
  statements: StatementCounter;
  /**
   * PostgreSQL only: runs a read as a named prepared statement (planned once per
   * connection), counted like Prisma's statements. See Context.preparedRead.
   */
  preparedRead?: <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>;
  close(): Promise<void>;
}

/** Prepared statements kept per process: a client sending ever new selections must not grow them without end. */
const MAX_PREPARED = 500;

function pgliteSql(db: Pick<PGlite, 'query' | 'exec'> & Partial<Pick<PGlite, 'transaction'>>): RawSql {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await db.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async transaction(fn) {
      if (!db.transaction) throw new Error('nested transactions are not supported');
      await db.transaction(async (tx) => fn(pgliteSql(tx)));
    },
    async withLock(_key, fn) {
      return fn();
    },
  };
}

function postgresSql(pool: pg.Pool): RawSql {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      // A connection whose ROLLBACK failed is in an unknown state: destroy it, never reuse it.
      let broken = false;
      try {
        await client.query('BEGIN');
        const inTx: RawSql = {
          async query<T>(sql: string, params?: unknown[]) {
            return (await client.query(sql, params)).rows as T[];
          },
          async exec(sql: string) {
            await client.query(sql);
          },
          async transaction() {
            throw new Error('nested transactions are not supported');
          },
          async withLock(_key, fn) {
            return fn();
          },
        };
        await fn(inTx);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async withLock(key, fn) {
      // A session lock on a connection of its own, held while `fn` runs its statements
      // on others; released (or dropped with the connection, should this process die).
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
        return await fn();
      } catch (err) {
        broken = true;
        throw err;
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => (broken = true));
        client.release(broken);
      }
    },
  };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgresql://(unparseable url)';
  }
}

/**
 * Opens the database: PostgreSQL when a URL is given, otherwise the embedded PGlite
 * (in `dataDir`, or in memory). Prisma always runs through a driver adapter, so no
 * Rust engine is involved, and every statement is counted.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const statements = new StatementCounter();
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}) });
    // An idle connection the server drops (a restart, a network cut) emits 'error' on the
    // pool; unhandled, that would crash the process. The pool replaces the connection on
    // next use, and /ready reports the outage meanwhile.
    pool.on('error', () => undefined);
    // One pool for Prisma and the raw SQL of migrations.
    // releaseOnFailedEnd: a connection cut while a transaction ends must not leak from the pool.
    // exposeTransactionConnections: bulk statements of `transactionWithSql` skip Prisma (db/tx-sql.ts).
    // serialTransactions: a transaction's statements one at a time on its connection (pg 9 refuses overlaps).
    const adapter = countingAdapter(releaseOnFailedEnd(serialTransactions(exposeTransactionConnections(new PrismaPg(pool), statements))), statements);
    const prisma = newClient(options, adapter);
    const names = new Map<string, string>();
    return {
      kind: 'postgres',
      async preparedRead<T>(sql: string, params: unknown[]) {
        let name = names.get(sql);
        if (!name && names.size < MAX_PREPARED) {
          name = `council_plans_${names.size}`;
          names.set(sql, name);
        }
        statements.record();
        return (await pool.query(name ? { name, text: sql, values: params } : { text: sql, values: params })).rows as T[];
      },
      location: redact(options.databaseUrl),
      prisma,
      sql: postgresSql(pool),
      statements,
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
  }
  // Loaded here, not at the top: a PostgreSQL deployment (and the import command on it) never needs them (~25 ms).
  const [{ PGlite: Embedded }, { PrismaPGlite }] = await Promise.all([import('@electric-sql/pglite'), import('pglite-prisma-adapter')]);
  const pglite = new Embedded(dataDir);
  await pglite.waitReady;
  // pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10; the protocol
  // it implements is the one Prisma 6.19 speaks (checked by the test suite).
  const pgliteAdapter = new PrismaPGlite(pglite) as unknown as SqlDriverAdapterFactory;
  const prisma = newClient(options, countingAdapter(pgliteAdapter, statements));
  return {
    kind: 'pglite',
    location: dataDir ?? 'memory',
    prisma,
    sql: pgliteSql(pglite),
    statements,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
