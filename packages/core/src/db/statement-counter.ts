import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

/**
 * Counts the SQL statements Prisma sends through a driver adapter, in total and per
 * unit of work (an HTTP request), so tests and benchmarks can assert "no round trip
 * per row" on real queries rather than trusting the resolver code.
 */
export class StatementCounter {
  total = 0;
  private readonly scope = new AsyncLocalStorage<{ count: number }>();

  /** Runs `fn`, counting the statements issued from its async context. */
  async measure<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const box = { count: 0 };
    const result = await this.scope.run(box, fn);
    return { result, statements: box.count };
  }

  record(): void {
    this.total += 1;
    const box = this.scope.getStore();
    if (box) box.count += 1;
  }
}

const COUNTED = new Set(['queryRaw', 'executeRaw', 'executeScript']);

function wrapQueryable<T extends object>(target: T, counter: StatementCounter): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      if (COUNTED.has(prop as string)) {
        return (...args: unknown[]) => {
          counter.record();
          return value.apply(obj, args);
        };
      }
      if (prop === 'startTransaction') {
        return async (...args: unknown[]) => wrapQueryable((await value.apply(obj, args)) as Transaction, counter);
      }
      return value.bind(obj);
    },
  });
}

/** Wraps a driver adapter factory so every statement it runs is counted. */
export function countingAdapter<F extends SqlDriverAdapterFactory>(factory: F, counter: StatementCounter): F {
  return new Proxy(factory, {
    get(obj, prop, receiver) {
      const value: any = Reflect.get(obj, prop, receiver);
      if (prop === 'connect' || prop === 'connectToShadowDb') {
        return async () => wrapQueryable((await value.call(obj)) as SqlDriverAdapter, counter);
      }
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}
