// The configuration's defaults, in a module that loads nothing else: config.ts (which
// every command loads, the import CLI included) takes them from here rather than from
// auth.ts (jose), limits.ts (graphql, Apollo) and rate-limit.ts (rate-limiter-flexible),
// ~150 ms of module loading a command that verifies no token and serves no query skips.
// Those modules re-export them, so either import works.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { QueryLimits } from './limits';
import type { RateLimitConfig } from './rate-limit';

/** Default longest token lifetime: 30 days. */
export const DEFAULT_TOKEN_MAX_LIFETIME = 30 * 24 * 3600;

/** The development secret: created on first use under the data directory, so `npm start` needs no configuration. */
export function developmentSecret(file: string): { secret: string; created: boolean } {
  if (fs.existsSync(file)) return { secret: fs.readFileSync(file, 'utf8').trim(), created: false };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, created: true };
}

export const DEFAULT_QUERY_LIMITS: Omit<QueryLimits, 'maxDepth' | 'maxComplexity'> = {
  maxAliases: 50,
  maxDirectives: 50,
  maxTokens: 3000,
  maxQueryBytes: 64 * 1024,
  maxIds: 1000,
};

export const DEFAULT_RATE_LIMITS: RateLimitConfig = { requests: 600, expensive: 30, windowSeconds: 60, concurrency: 8 };
