import type { SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import { wrapTransactions } from './adapter-transactions';

/**
 * Runs a Prisma transaction's statements one after the other on its connection.
 *
 * Why: Prisma's query interpreter fetches a query's included relations with
 * `Promise.all`, and inside an interactive transaction all of them go to the one pooled
 * pg client of @prisma/adapter-pg. pg 8 queues the overlapping `client.query()` calls but
 * warns ("Calling client.query() when the client is already executing a query is
 * deprecated"), and pg 9 refuses them. Seen on the importer's
 * `tx.action.findMany({ include })`; upstream: prisma/orm#29407, fixes proposed in
 * prisma/orm#29468 and #29979 (open when this was written). Outside transactions the
 * adapter's pool gives each query its own connection, so only transactions are wrapped.
 * The order is the order the calls were made, which is the order pg's queue used.
 */
export function serialTransactions<F extends SqlDriverAdapterFactory>(factory: F): F {
  return wrapTransactions(factory, wrapTransaction);
}

const STATEMENTS = new Set(['queryRaw', 'executeRaw', 'executeScript']);

/** Per connection: settles when the last statement asked for has finished (whether it failed or not). */
const tails = new WeakMap<object, Promise<unknown>>();

/**
 * Runs `run` once every statement asked for before on `connection` through here has
 * finished: Prisma's (below) and the bulk writers' on the same pg client (db/tx-sql.ts),
 * so a writer may ask for its next statements before the last one is done (import/rows.ts
 * `sendRows`) without two `client.query()` calls ever overlapping. Prisma ends a
 * transaction with a COMMIT or ROLLBACK statement through `executeRaw` before it releases
 * the client, so that statement too waits for every statement asked for before it: none
 * runs after the transaction's end, or on a client already back in the pool.
 */
export function inTurn<T>(connection: object, run: () => Promise<T>): Promise<T> {
  const result = (tails.get(connection) ?? Promise.resolve()).then(run);
  tails.set(connection, result.catch(() => undefined));
  return result;
}

function wrapTransaction(tx: Transaction): Transaction {
  // @prisma/adapter-pg's transaction keeps its pooled client in `client`: the queue is the client's.
  const connection = (tx as unknown as { client?: object }).client ?? tx;
  return new Proxy(tx, {
    get(obj, prop, receiver) {
      const value: any = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      if (STATEMENTS.has(prop as string)) return (...args: unknown[]) => inTurn(connection, () => value.apply(obj, args));
      return value.bind(obj);
    },
  });
}
