import DataLoader from 'dataloader';

/**
 * The per-request home of every DataLoader, core's and plugins'. A loader is created
 * the first time a resolver asks for it by name and lives until the request ends, so
 * each relation costs one SQL statement per level of the GraphQL query, whatever the
 * number of parent rows.
 */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<unknown, unknown>>();

  /** Forgets every loaded row: after a write, the rows read before it are stale. */
  clear(): void {
    this.byName.clear();
  }

  /** The loader called `name` in this request, made with `make` on first use. */
  get<K, V>(name: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.byName.get(name);
    if (!loader) {
      loader = make() as DataLoader<unknown, unknown>;
      this.byName.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * Loads the rows whose `keyOf(row)` equals the key: one-to-many relations such as a
   * plan's sections. `fetch` gets all keys of the batch and returns the rows in the
   * order each list should have.
   */
  many<K, V>(name: string, fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
    return this.get(name, () =>
      new DataLoader<K, V[]>(async (keys) => {
        const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
        for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
        return keys.map((k) => groups.get(k) ?? []);
      }),
    );
  }

  /** Loads at most one row per key: many-to-one relations such as an action's plan. */
  one<K, V>(name: string, fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
    return this.get(name, () =>
      new DataLoader<K, V | null>(async (keys) => {
        const found = new Map<K, V>();
        for (const row of await fetch(keys)) found.set(keyOf(row), row);
        return keys.map((k) => found.get(k) ?? null);
      }),
    );
  }
}
