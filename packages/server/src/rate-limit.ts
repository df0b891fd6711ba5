// Per-caller budgets (issue 16): a request rate, a smaller rate of expensive fields
// (search, importPlan), and a number of requests in flight. A caller is the token's
// subject, else the client's address. The rates use rate-limiter-flexible: in memory by
// default, in Redis when REDIS_URL is set so that replicas share one budget (with an
// in-memory limiter as insurance while Redis is unreachable). The in-flight count is
// per process (a slow request holds a slot until its work ends, even after its client
// gave up or its time budget answered).
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
// Types only: ioredis is loaded when REDIS_URL asks for it (not by the command line, nor by a server without Redis).
import type Redis from 'ioredis';
import type { Logger } from './logger';

export interface RateLimitConfig {
  /** RATE_LIMIT_REQUESTS: requests per caller per window. 0: no rate limits at all. */
  requests: number;
  /** RATE_LIMIT_EXPENSIVE: uses of expensive fields (search, importPlan) per caller per window. */
  expensive: number;
  /** RATE_LIMIT_WINDOW: the window, in seconds. */
  windowSeconds: number;
  /** RATE_LIMIT_CONCURRENCY: requests one caller may have in flight on one process. */
  concurrency: number;
  /** REDIS_URL: share the rates between processes through Redis. */
  redisUrl?: string;
}

export { DEFAULT_RATE_LIMITS } from './defaults';

/** A refusal: HTTP 429 with Retry-After (seconds). */
export class RateLimited extends Error {
  constructor(
    readonly budget: 'requests' | 'expensive' | 'concurrency',
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super(
      budget === 'concurrency'
        ? `too many requests in flight for this caller (the limit is ${limit}); retry when one has finished`
        : budget === 'expensive'
          ? `the budget for expensive fields (search, importPlan) is ${limit} per window and is spent; retry in ${retryAfterSeconds} s`
          : `the request budget is ${limit} per window and is spent; retry in ${retryAfterSeconds} s`,
    );
  }

  get extensions(): Record<string, unknown> {
    return { code: 'RATE_LIMITED', budget: this.budget, limit: this.limit, retryAfter: this.retryAfterSeconds };
  }
}

export class CallerLimits {
  private readonly requests: RateLimiterAbstract;
  private readonly expensive: RateLimiterAbstract;
  private readonly inFlight = new Map<string, number>();
  private readonly redis?: Redis;

  constructor(readonly config: RateLimitConfig, logger?: Logger) {
    const memory = (points: number, keyPrefix: string) => new RateLimiterMemory({ points, duration: config.windowSeconds, keyPrefix });
    if (config.redisUrl) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { default: RedisClient } = require('ioredis') as typeof import('ioredis');
      this.redis = new RedisClient(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.redis.on('error', (err: Error) => logger?.error('redis (rate limits) error', { error: err.message }));
      const redis = (points: number, keyPrefix: string) =>
        new RateLimiterRedis({ storeClient: this.redis, points, duration: config.windowSeconds, keyPrefix, insuranceLimiter: memory(points, `${keyPrefix}-insurance`) });
      this.requests = redis(config.requests, 'council-plans-rl-requests');
      this.expensive = redis(config.expensive, 'council-plans-rl-expensive');
    } else {
      this.requests = memory(config.requests, 'requests');
      this.expensive = memory(config.expensive, 'expensive');
    }
  }

  private async take(limiter: RateLimiterAbstract, budget: 'requests' | 'expensive', limit: number, key: string, points: number): Promise<void> {
    if (points <= 0) return;
    try {
      await limiter.consume(key, points);
    } catch (err) {
      if (err instanceof RateLimiterRes) throw new RateLimited(budget, limit, Math.max(1, Math.ceil(err.msBeforeNext / 1000)));
      throw err;
    }
  }

  /** One request against the caller's rate; RateLimited when it is spent. */
  request(key: string): Promise<void> {
    return this.take(this.requests, 'requests', this.config.requests, key, 1);
  }

  /** `count` uses of expensive fields; RateLimited when they do not fit the caller's budget. */
  expensiveFields(key: string, count: number): Promise<void> {
    return this.take(this.expensive, 'expensive', this.config.expensive, key, Math.min(count, this.config.expensive + 1));
  }

  /** Takes an in-flight slot (RateLimited when the caller has none left); returns its release. */
  enter(key: string): () => void {
    const n = this.inFlight.get(key) ?? 0;
    if (n >= this.config.concurrency) throw new RateLimited('concurrency', this.config.concurrency, 1);
    this.inFlight.set(key, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left <= 0) this.inFlight.delete(key);
      else this.inFlight.set(key, left);
    };
  }

  async close(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }
}
