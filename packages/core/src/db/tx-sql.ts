// Bulk SQL on an interactive transaction's own connection, below Prisma (issue 21 item 5).
//
// Why: Prisma 6.19's client engine sends even `$queryRawUnsafe` through its WebAssembly
// query compiler, and the request carries the parameters: a 2 MB JSON parameter (1,000
// rows of an import, 2,000 audit rows) is serialised, copied into the compiler's heap,
// parsed and copied back, ~80 ms and 35 ms of CPU a statement on top of PostgreSQL's own
// time, and the compiler's heap never shrinks. A 10,000-row import sends ~80 MB that way.
// The bulk writers (import/rows.ts, audit/record.ts, events/outbox.ts, jsonUpdate) run
// their statements through `txQuery`, which uses the pooled pg client of the transaction
// when `transactionWithSql` opened it, else the transaction's own `$queryRawUnsafe`
// (PGlite, or any other caller's transaction): the same SQL, the same transaction.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import { Prisma, type PrismaClient } from './prisma';
import type { StatementCounter } from './statement-counter';

type Tx = Prisma.TransactionClient;

/** Runs a statement on a transaction's connection: its rows and how many rows it changed. */
type DirectSql = (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[]; rowCount: number }>;

/** The transaction being opened by `transactionWithSql` in this async context: the adapter fills it in. */
const opening = new AsyncLocalStorage<{ sql?: DirectSql }>();
/** Prisma transaction client → its connection, for the transactions `transactionWithSql` opened. */
const bound = new WeakMap<object, DirectSql>();

/**
 * pg's type parsers as Prisma's raw queries return values, so a row read either way is
 * the same (audit images are written from returned rows): bigint as BigInt, numeric as
 * Prisma.Decimal, `timestamp` (stored as UTC by Prisma) and `date` as UTC Dates.
 */
const PARSERS: Record<number, (text: string) => unknown> = {
  20: (t) => BigInt(t),
  1700: (t) => new Prisma.Decimal(t),
  1114: (t) => new Date(`${t.replace(' ', 'T')}Z`),
  1184: (t) => new Date(t),
  1082: (t) => new Date(`${t}T00:00:00Z`),
};
const arrayOf = (parse: (text: string) => unknown) => (text: string) => (pg.types.getTypeParser(1009 as never) as (t: string) => (string | null)[])(text).map((v) => (v === null ? null : parse(v)));
const ARRAY_PARSERS: Record<number, (text: string) => unknown> = { 1016: arrayOf(PARSERS[20]!), 1231: arrayOf(PARSERS[1700]!), 1115: arrayOf(PARSERS[1114]!), 1185: arrayOf(PARSERS[1184]!), 1182: arrayOf(PARSERS[1082]!) };
const TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => PARSERS[oid] ?? ARRAY_PARSERS[oid] ?? pg.types.getTypeParser(oid as never, format as never),
};

/**
 * Runs `fn` in a Prisma interactive transaction whose bulk statements (`txQuery`) go to
 * its connection directly on PostgreSQL. Same options and semantics as `$transaction`.
 */
export async function transactionWithSql<T>(prisma: PrismaClient, fn: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  const box: { sql?: DirectSql } = {};
  return opening.run(box, () =>
    prisma.$transaction(async (tx) => {
      if (box.sql) bound.set(tx, box.sql);
      return fn(tx);
    }, options),
  );
}

/** A statement's rows, on the transaction's connection when it has one (see above), else through Prisma. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function txQuery<T = Record<string, unknown>>(tx: Tx | any, sql: string, ...params: unknown[]): Promise<T[]> {
  const direct = bound.get(tx);
  if (direct) return (await direct(sql, params)).rows as T[];
  return tx.$queryRawUnsafe(sql, ...params) as Promise<T[]>;
}

/** A statement's count of rows changed, as `txQuery`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function txExecute(tx: Tx | any, sql: string, ...params: unknown[]): Promise<number> {
  const direct = bound.get(tx);
  if (direct) return (await direct(sql, params)).rowCount;
  return tx.$executeRawUnsafe(sql, ...params) as Promise<number>;
}

/**
 * Wraps a PostgreSQL driver adapter factory (@prisma/adapter-pg) so a transaction opened
 * by `transactionWithSql` hands over its pooled pg client; its statements are counted.
 */
export function exposeTransactionConnections<F extends SqlDriverAdapterFactory>(factory: F, counter: StatementCounter): F {
  const wrapAdapter = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(obj, prop, receiver) {
        const value: any = Reflect.get(obj, prop, receiver);
        if (prop === 'startTransaction') {
          return async (...args: unknown[]) => {
            const transaction = (await value.apply(obj, args)) as Transaction;
            const box = opening.getStore();
            /** @prisma/adapter-pg's transaction keeps its pooled client in `client`. */
            const client = (transaction as unknown as { client?: pg.PoolClient }).client;
            if (box && !box.sql && client && typeof client.query === 'function') {
              box.sql = async (sql, params) => {
                counter.record();
                const result = await client.query({ text: sql, values: params, types: TYPES });
                return { rows: result.rows, rowCount: result.rowCount ?? 0 };
              };
            }
            return transaction;
          };
        }
        return typeof value === 'function' ? value.bind(obj) : value;
      },
    });
  return new Proxy(factory, {
    get(obj, prop, receiver) {
      const value: any = Reflect.get(obj, prop, receiver);
      if (prop === 'connect' || prop === 'connectToShadowDb') return async () => wrapAdapter((await value.call(obj)) as SqlDriverAdapter);
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}
