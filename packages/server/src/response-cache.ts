import type { ApolloServerPlugin } from '@apollo/server';

/**
 * An opt-in (RESPONSE_CACHE=true) cache of whole GraphQL responses, for read-mostly
 * deployments such as public dashboards.
 *
 * Correctness rules:
 * - The key is everything that can change the answer: the path, the method, the query
 *   string, the body (document, variables, operation name), and the caller's identity
 *   and negotiation headers (Authorization, Cookie, Accept), so one caller never gets
 *   a response computed for another (drafts are visible only to their council).
 * - Only successful query operations are stored: no mutations, no responses with errors.
 * - Every mutation through this server clears the cache when it starts and again when
 *   it ends, and bumps a generation counter; a response is stored only if no mutation
 *   started or ended while it was computed, so it never outlives a write it could
 *   have missed.
 * - Writes that do not go through this process (a second server on the same database,
 *   the CLI seeding or importing, SQL by hand) are NOT seen: enable the cache only where
 *   this server is the database's only writer, or restart it after such writes.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  /** Bumped by every mutation start and end. */
  generation = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  static key(parts: { path: string; method: string; search: string; body: string; authorization?: string; cookie?: string; accept?: string }): string {
    return JSON.stringify([parts.path, parts.method, parts.search, parts.body, parts.authorization ?? '', parts.cookie ?? '', parts.accept ?? '']);
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: eviction takes the oldest first.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Stores a response computed while the generation was `since`, unless a write intervened. */
  set(key: string, since: number, value: CachedResponse): void {
    if (since !== this.generation || value.body.length > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length;
    this.entries.set(key, value);
    this.bytes += value.body.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.length;
    }
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * Where the plugin records a request's operation type for the cache to decide. Apollo
 * shallow-clones the context object, so this holder (shared by the clone) is put on
 * the context as `operationFacts`.
 */
export interface OperationFacts {
  operation?: string;
}

/** Records each request's operation type and invalidates the cache around mutations. */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      let mutation = false;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          const facts = (contextValue as { operationFacts?: OperationFacts }).operationFacts;
          if (facts) facts.operation = operation.operation;
          if (operation.operation === 'mutation') {
            mutation = true;
            cache.invalidate();
          }
        },
        async willSendResponse() {
          if (mutation) cache.invalidate();
        },
      };
    },
  };
}
