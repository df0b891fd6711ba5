// The webhook worker's settings and their defaults, with no imports: the configuration
// loader reads them without loading the worker (events/webhooks.ts) and what it imports.

/** How a worker delivers; the server reads these from WEBHOOK_* variables (README "Configuration"). */
export interface WebhookOptions {
  /** How often to look for work when there was none, in ms. */
  pollMs: number;
  /** How long one HTTP delivery may take before it counts as failed, in ms. */
  timeoutMs: number;
  /** How long a claim lasts; after it another process may deliver the same event again. Must exceed a batch's deliveries. */
  leaseMs: number;
  /** First retry delay in ms; doubles with each consecutive failure of the endpoint. */
  backoffBaseMs: number;
  /** Longest retry delay in ms. */
  backoffMaxMs: number;
  /** Deliveries claimed per round. */
  batchSize: number;
  /** Most bytes of a response body read (the rest is discarded). */
  maxResponseBytes: number;
  /** How long a DELIVERED delivery row is kept, in ms (0: for ever). Pending ones are never pruned. */
  deliveryRetentionMs: number;
  /**
   * How long a change event is kept, in ms (0: for ever); after it, an event is pruned
   * once every delivery of it is DELIVERED and every endpoint's fan-out has passed it
   * (`pruneChangeEvents`).
   */
  changeEventRetentionMs: number;
  /** How often a worker prunes delivered deliveries and old change events, in ms. */
  pruneEveryMs: number;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  pollMs: 1000,
  timeoutMs: 10_000,
  leaseMs: 120_000,
  backoffBaseMs: 1000,
  backoffMaxMs: 3_600_000,
  batchSize: 50,
  maxResponseBytes: 64 * 1024,
  deliveryRetentionMs: 30 * 24 * 3_600_000,
  changeEventRetentionMs: 90 * 24 * 3_600_000,
  pruneEveryMs: 3_600_000,
};
