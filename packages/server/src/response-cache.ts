import pg from 'pg';
import type { ApolloServerPlugin } from '@apollo/server';
import type { DirectReadOperation } from './direct-reads';

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
 * - Across processes (issue 16): on PostgreSQL every server LISTENs on the channel
 *   `council_plans_writes`, and every mutation (on any server) and every CLI import
 *   NOTIFYs it after it committed, so every replica drops its cache. While the
 *   listening connection is down the cache is bypassed (not served, not filled) and
 *   dropped again when it is back. Writes by plain SQL are not seen. PGlite is one
 *   process by nature (its data folder cannot be shared).
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  /** Bumped by every mutation start and end. */
  generation = 0;

  /** False while the cross-process invalidation channel is down: the cache is neither read nor filled. */
  available = true;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  static key(parts: { path: string; method: string; search: string; body: string; authorization?: string; cookie?: string; accept?: string }): string {
    return JSON.stringify([parts.path, parts.method, parts.search, parts.body, parts.authorization ?? '', parts.cookie ?? '', parts.accept ?? '']);
  }

  get(key: string): CachedResponse | undefined {
    if (!this.available) return undefined;
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
    if (!this.available || since !== this.generation || value.body.length > this.maxBytes / 4) return;
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
  /** The answer came from a direct read (no field resolver ran; see direct-read.ts). */
  direct?: boolean;
  /** The operation the direct read answered, for the shortcut to answer it again (direct-reads.ts). */
  directRead?: DirectReadOperation;
}

/** The PostgreSQL channel writers NOTIFY after a commit and caches LISTEN on. */
export const WRITES_CHANNEL = 'council_plans_writes';

/**
 * Listens for other processes' writes on PostgreSQL (LISTEN council_plans_writes) and
 * drops the cache on each; bypasses the cache while the listening connection is down,
 * reconnecting every few seconds.
 */
export class WriteListener {
  private client?: pg.Client;
  private stopped = false;
  private timer?: NodeJS.Timeout;

  constructor(private readonly databaseUrl: string, private readonly cache: ResponseCache, private readonly onError: (err: Error) => void = () => undefined) {}

  async start(): Promise<void> {
    this.cache.available = false;
    const client = new pg.Client({ connectionString: this.databaseUrl });
    this.client = client;
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      this.cache.available = false;
      this.cache.invalidate();
      if (err) this.onError(err);
      client.end().catch(() => undefined);
      if (!this.stopped) this.timer = setTimeout(() => void this.start().catch((e: Error) => this.onError(e)), 2000);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', () => this.cache.invalidate());
    try {
      await client.connect();
      await client.query(`LISTEN ${WRITES_CHANNEL}`);
    } catch (err) {
      lost(err as Error);
      return;
    }
    // Anything written while we were not listening may be cached: start empty.
    this.cache.invalidate();
    this.cache.available = true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}

/** Tells every listening process that a write committed (PostgreSQL only; a no-op elsewhere). */
export async function notifyWrites(sql: { query(sql: string, params?: unknown[]): Promise<unknown> }): Promise<void> {
  await sql.query(`SELECT pg_notify('${WRITES_CHANNEL}', $1)`, [String(process.pid)]);
}

/**
 * Records each request's operation type and invalidates the cache around mutations;
 * after a mutation, `published` tells the other processes (NOTIFY).
 */
export function responseCachePlugin(cache: ResponseCache | undefined, published?: () => Promise<void>): ApolloServerPlugin<object> {
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
            cache?.invalidate();
          }
        },
        async willSendResponse() {
          if (!mutation) return;
          cache?.invalidate();
          // After the write committed (the resolvers have finished): every replica drops its cache.
          await published?.().catch(() => undefined);
        },
      };
    },
  };
}
