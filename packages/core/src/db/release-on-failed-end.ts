import type { SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { wrapTransactions } from './adapter-transactions';

/**
 * Returns a transaction's pg connection to the pool when its COMMIT or ROLLBACK fails.
 *
 * Why: Prisma 6.19's transaction manager (client engine) ends an interactive transaction
 * by sending `COMMIT` / `ROLLBACK` through `executeRaw` and only afterwards calls the
 * adapter's `commit()` / `rollback()` — and @prisma/adapter-pg's are what release the
 * pooled client. When that closing statement throws (the connection was cut mid-
 * transaction: a database restart, a network cut, a failover), neither is called, so the
 * client stays checked out for ever. Each such cut leaked one of the pool's ten
 * connections (ten cuts and the server could never reach the database again), and
 * `pool.end()` on shutdown waited for ever for the leaked one (the fourth session's
 * "server never stops" bug; tests/operations.test.ts reproduces both).
 *
 * The client is released *with the error*, so pg-pool destroys it rather than hand a
 * connection in an unknown transaction state to the next caller.
 */
export function releaseOnFailedEnd<F extends SqlDriverAdapterFactory>(factory: F): F {
  return wrapTransactions(factory, wrapTransaction);
}

const CLOSING = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i;

function wrapTransaction(tx: Transaction): Transaction {
  let released = false;
  /** The pooled pg client behind @prisma/adapter-pg's transaction (its `client` field). */
  const pooled = (tx as unknown as { client?: { release?: (err?: Error) => void } }).client;
  return new Proxy(tx, {
    get(obj, prop, receiver) {
      const value: any = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      if (prop === 'executeRaw') {
        return async (query: SqlQuery) => {
          try {
            return await value.call(obj, query);
          } catch (err) {
            if (!released && CLOSING.test(query.sql) && typeof pooled?.release === 'function') {
              released = true;
              pooled.release(err instanceof Error ? err : new Error(String(err)));
            }
            throw err;
          }
        };
      }
      if (prop === 'commit' || prop === 'rollback') {
        // After a release of ours, a late commit()/rollback() would release twice (pg throws).
        return async () => {
          if (released) return;
          released = true;
          return value.call(obj);
        };
      }
      return value.bind(obj);
    },
  });
}
