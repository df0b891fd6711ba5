import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

/**
 * A driver adapter factory whose adapters hand out `wrap(tx)` for every transaction they
 * start: how the wrappers in db/ change what a transaction does on its connection
 * (release-on-failed-end.ts, serial-transactions.ts). Everything else passes through.
 */
export function wrapTransactions<F extends SqlDriverAdapterFactory>(factory: F, wrap: (tx: Transaction) => Transaction): F {
  const wrapAdapter = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(obj, prop, receiver) {
        const value: any = Reflect.get(obj, prop, receiver);
        if (prop === 'startTransaction') return async (...args: unknown[]) => wrap((await value.apply(obj, args)) as Transaction);
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
