// Webhook delivery (issue 17): change events from the outbox (events/outbox.ts) are
// fanned out into one delivery row per matching endpoint, then claimed, signed, POSTed
// and recorded by a worker running in every server process.
//
// * Fan-out: each endpoint has a cursor (`cursorSeq`) into the outbox; one transaction
//   locks the endpoints (`FOR UPDATE SKIP LOCKED`: a second process skips them), reads
//   the events after the lowest cursor, inserts the matching deliveries (unique per
//   endpoint and event, so a repeat inserts nothing) and moves the cursors. The outbox
//   is read in commit order, so no event is passed over.
// * Claim: one UPDATE … FROM (SELECT … FOR UPDATE SKIP LOCKED) sets a lease
//   (`leaseUntil`) on due deliveries and commits before any HTTP call: no lock is held
//   across the network, and a process killed with deliveries claimed leaves leases
//   that expire, after which another process (or the same one restarted) takes them
//   again. So each event reaches each endpoint at least once, and exactly once while
//   nothing crashes (a lease longer than a delivery can take keeps a live claim).
// * Order per entity: a delivery is claimed only when no earlier delivery of the same
//   row to the same endpoint is still pending, and an endpoint's claimed deliveries are
//   sent in event order, stopping at the first failure.
// * Failures: the endpoint backs off as a whole (exponential, capped, with jitter:
//   `retryAt`); after `pauseAfterFailures` consecutive failures it is PAUSED and events
//   queue until a council admin resumes it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PrismaClient } from '../db/prisma';
import { toGlobalId } from '../graphql/global-id';

// The options and their defaults live apart so reading the configuration (the CLI's,
// the server's) loads no webhook code (events/webhook-options.ts).
import { DEFAULT_WEBHOOK_OPTIONS, type WebhookOptions } from './webhook-options';
export { DEFAULT_WEBHOOK_OPTIONS, type WebhookOptions };

/**
 * Deletes the deliveries that were DELIVERED more than `retentionMs` ago (one set-based
 * DELETE); returns how many. Their change events stay until `pruneChangeEvents` takes
 * them, and a pending or failing delivery is never pruned, however old: nothing
 * undelivered is lost.
 */
export async function pruneDeliveries(prisma: PrismaClient, retentionMs: number, now = new Date()): Promise<number> {
  if (!(retentionMs > 0)) return 0;
  const { count } = await prisma.webhookDelivery.deleteMany({ where: { status: 'DELIVERED', deliveredAt: { lt: new Date(now.getTime() - retentionMs) } } });
  return count;
}

/** Change events deleted per transaction by `pruneChangeEvents`: a backlog is worked through in short transactions. */
export const CHANGE_EVENT_PRUNE_BATCH = 5000;
/** At most this many batches per call (the next call, an hour later, goes on). */
const CHANGE_EVENT_PRUNE_ROUNDS = 200;

/**
 * Deletes the change events older than `retentionMs` that no reader of the server still
 * needs, and raises the feed's horizon (`ChangeEventHorizon`) in the same transaction, so
 * `changes(after:)` with a cursor below it answers EXPIRED_CURSOR instead of skipping.
 * An event is pruned only when
 * * it is older than the retention (`at`; the scan stops at the first younger event in
 *   seq order, so an event committed out of `at` order waits for the next call),
 * * every endpoint's fan-out has passed it (`seq <= cursorSeq` of EVERY endpoint, whatever
 *   its status: a PAUSED or DISABLED endpoint's events still queue up, so its cursor is a
 *   reader's like an active one's), and
 * * none of its deliveries is PENDING (queued, failing and retrying, paused, disabled or
 *   replayed): an undelivered event is never lost; deleting the event deletes its
 *   DELIVERED delivery rows (foreign key cascade).
 * Batches of `batch` events, each its own transaction (locks are short whatever the
 * backlog); rows are claimed `FOR UPDATE SKIP LOCKED`, so two processes pruning at once
 * delete disjoint batches and the horizon only ever rises (GREATEST). Returns how many
 * events were deleted.
 */
export async function pruneChangeEvents(prisma: PrismaClient, retentionMs: number, now = new Date(), batch = CHANGE_EVENT_PRUNE_BATCH): Promise<number> {
  if (!(retentionMs > 0)) return 0;
  const cutoff = new Date(now.getTime() - retentionMs);
  let total = 0;
  for (let round = 0; round < CHANGE_EVENT_PRUNE_ROUNDS; round++) {
    const deleted = await prisma.$transaction(
      async (tx) => {
        const doomed = await tx.$queryRawUnsafe<{ seq: string }[]>(
          `SELECT e."seq"::text AS "seq" FROM "ChangeEvent" e
            WHERE e."seq" < coalesce((SELECT y."seq" FROM "ChangeEvent" y WHERE y."at" >= $1::timestamp(3) ORDER BY y."seq" LIMIT 1), 9223372036854775807)
              AND e."at" < $1::timestamp(3)
              AND NOT EXISTS (SELECT 1 FROM "WebhookEndpoint" w WHERE w."cursorSeq" < e."seq")
              AND NOT EXISTS (SELECT 1 FROM "WebhookDelivery" d WHERE d."eventSeq" = e."seq" AND d."status" <> 'DELIVERED')
            ORDER BY e."seq" LIMIT $2::int
            FOR UPDATE OF e SKIP LOCKED`,
          cutoff.toISOString().replace('T', ' ').replace('Z', ''),
          batch,
        );
        if (!doomed.length) return { found: 0, deleted: 0 };
        const seqs = doomed.map((r) => r.seq);
        // Lock their deliveries, then look again in a new statement (a new snapshot): a
        // replay (`replayWebhookDeliveries`) that made one PENDING meanwhile has committed
        // by then and keeps its event; without the lock the cascade would delete it.
        await tx.$queryRawUnsafe(`SELECT 1 FROM "WebhookDelivery" WHERE "eventSeq" = ANY($1::bigint[]) FOR UPDATE`, seqs);
        const gone = await tx.$queryRawUnsafe<{ n: number; top: string | null }[]>(
          `WITH gone AS (
             DELETE FROM "ChangeEvent" e WHERE e."seq" = ANY($1::bigint[])
                AND NOT EXISTS (SELECT 1 FROM "WebhookDelivery" d WHERE d."eventSeq" = e."seq" AND d."status" <> 'DELIVERED')
             RETURNING e."seq")
           SELECT count(*)::int AS "n", max("seq")::text AS "top" FROM gone`,
          seqs,
        );
        const { n, top } = gone[0] ?? { n: 0, top: null };
        if (top != null) {
          await tx.$executeRawUnsafe(
            `INSERT INTO "ChangeEventHorizon" ("id", "seq", "prunedAt") VALUES (1, $1::bigint, clock_timestamp())
             ON CONFLICT ("id") DO UPDATE SET "seq" = GREATEST("ChangeEventHorizon"."seq", EXCLUDED."seq"), "prunedAt" = EXCLUDED."prunedAt"`,
            top,
          );
        }
        return { found: doomed.length, deleted: n };
      },
      { maxWait: 60_000, timeout: 60_000 },
    );
    total += deleted.deleted;
    if (deleted.found < batch) break;
  }
  return total;
}

/** The feed's horizon: every event at or below it may have been pruned (0n: none ever was). */
export async function changeEventHorizon(prisma: Pick<PrismaClient, '$queryRawUnsafe'>): Promise<bigint> {
  const rows = await prisma.$queryRawUnsafe<{ seq: string }[]>(`SELECT "seq"::text AS "seq" FROM "ChangeEventHorizon" WHERE "id" = 1`);
  return rows[0] ? BigInt(rows[0].seq) : 0n;
}

/** The header carrying the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'council-plans-signature';

/** A new endpoint secret: shown once, used to sign every delivery. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The signature header value for a body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

/**
 * Checks a signature header as a receiver should: the HMAC of "<t>.<raw body>" with the
 * secret, compared in constant time, and `t` no older than `toleranceSeconds`.
 */
export function verifyWebhookSignature(secret: string, header: string, body: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(now / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const given = Buffer.from(parts.v1);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Why a URL cannot be a webhook target, or null: http(s) only, no credentials in it, at most 2,048 characters. */
export function webhookUrlProblem(value: string): string | null {
  if (value.length > 2048) return 'a URL of at most 2,048 characters';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https URLs are delivered to, not ${url.protocol}`;
  if (url.username || url.password) return 'credentials do not belong in the URL (deliveries are signed instead)';
  return null;
}

/** The delay before the next try after `failures` consecutive failures: exponential, capped, with "equal jitter" (half fixed, half random). */
export function backoffMs(failures: number, options: Pick<WebhookOptions, 'backoffBaseMs' | 'backoffMaxMs'>): number {
  const exp = Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** Math.min(30, Math.max(0, failures - 1)));
  return Math.round(exp / 2 + (Math.random() * exp) / 2);
}

interface EndpointRow {
  id: number;
  authorityId: number;
  cursorSeq: string;
  councils: string[];
  planIds: number[];
  entityTypes: string[];
  kinds: string[];
}

interface EventRow {
  seq: string;
  authorityId: number;
  planId: number | null;
  entity: string;
  entityId: number;
  kind: string;
  draft: boolean;
}

/** Whether an endpoint's filter takes an event (a draft's events only for its own council's endpoints). */
export function endpointTakes(endpoint: Omit<EndpointRow, 'id' | 'cursorSeq'>, event: Omit<EventRow, 'seq' | 'entityId'>, councilCode: string | undefined): boolean {
  if (event.draft && event.authorityId !== endpoint.authorityId) return false;
  if (endpoint.councils.length && !(councilCode && endpoint.councils.includes(councilCode))) return false;
  if (endpoint.planIds.length && !(event.planId != null && endpoint.planIds.includes(event.planId))) return false;
  if (endpoint.entityTypes.length && !endpoint.entityTypes.includes(event.entity)) return false;
  if (endpoint.kinds.length && !endpoint.kinds.includes(event.kind)) return false;
  return true;
}

const FAN_OUT_BATCH = 1000;

/** Creates the deliveries of new events for every endpoint; returns how many were queued. */
export async function fanOut(prisma: PrismaClient): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const endpoints = await tx.$queryRawUnsafe<EndpointRow[]>(
      `SELECT "id", "authorityId", "cursorSeq"::text AS "cursorSeq", coalesce("councils", '{}') AS "councils", coalesce("planIds", '{}') AS "planIds",
              coalesce("entityTypes", '{}') AS "entityTypes", coalesce("kinds"::text[], '{}') AS "kinds"
         FROM "WebhookEndpoint" ORDER BY "id" FOR UPDATE SKIP LOCKED`,
    );
    if (!endpoints.length) return 0;
    const from = endpoints.reduce((min, e) => (BigInt(e.cursorSeq) < min ? BigInt(e.cursorSeq) : min), BigInt(endpoints[0]!.cursorSeq));
    const events = await tx.$queryRawUnsafe<EventRow[]>(
      `SELECT "seq"::text AS "seq", "authorityId", "planId", "entity", "entityId", "kind"::text AS "kind", "draft"
         FROM "ChangeEvent" WHERE "seq" > $1::bigint ORDER BY "seq" LIMIT ${FAN_OUT_BATCH}`,
      from.toString(),
    );
    if (!events.length) return 0;
    const codes = new Map((await tx.authority.findMany({ select: { id: true, code: true } })).map((a) => [a.id, a.code]));
    const last = events[events.length - 1]!.seq;
    const data: { endpointId: number; eventSeq: bigint; entity: string; entityId: number }[] = [];
    for (const e of endpoints) {
      const cursor = BigInt(e.cursorSeq);
      for (const ev of events) {
        if (BigInt(ev.seq) <= cursor) continue;
        if (endpointTakes(e, ev, codes.get(ev.authorityId))) data.push({ endpointId: e.id, eventSeq: BigInt(ev.seq), entity: ev.entity, entityId: ev.entityId });
      }
    }
    let queued = 0;
    for (let i = 0; i < data.length; i += 1000) queued += (await tx.webhookDelivery.createMany({ data: data.slice(i, i + 1000), skipDuplicates: true })).count;
    await tx.$executeRawUnsafe(
      `UPDATE "WebhookEndpoint" SET "cursorSeq" = $1::bigint WHERE "id" = ANY($2::int[]) AND "cursorSeq" < $1::bigint`,
      last,
      endpoints.map((e) => e.id),
    );
    return queued;
  }, { maxWait: 60_000, timeout: 60_000 });
}

interface Claimed {
  id: number;
  endpointId: number;
  seq: string;
  attempts: number;
}

/** Leases up to `limit` due deliveries (heads of their entity's queue, of active endpoints not backing off). */
export async function claimDeliveries(prisma: PrismaClient, limit: number, leaseMs: number): Promise<Claimed[]> {
  return prisma.$queryRawUnsafe<Claimed[]>(
    `UPDATE "WebhookDelivery" d
        SET "leaseUntil" = clock_timestamp() + ($1::int * interval '1 millisecond'), "attempts" = d."attempts" + 1
       FROM (
         SELECT c."id" FROM "WebhookDelivery" c
           JOIN "WebhookEndpoint" e ON e."id" = c."endpointId"
          WHERE c."status" = 'PENDING'
            AND c."nextAttemptAt" <= clock_timestamp()
            AND (c."leaseUntil" IS NULL OR c."leaseUntil" < clock_timestamp())
            AND e."status" = 'ACTIVE'
            AND (e."retryAt" IS NULL OR e."retryAt" <= clock_timestamp())
            AND NOT EXISTS (
              SELECT 1 FROM "WebhookDelivery" p
               WHERE p."endpointId" = c."endpointId" AND p."entity" = c."entity" AND p."entityId" = c."entityId"
                 AND p."eventSeq" < c."eventSeq" AND p."status" = 'PENDING')
          ORDER BY c."eventSeq"
          LIMIT $2::int
          FOR UPDATE OF c SKIP LOCKED
       ) due
      WHERE d."id" = due."id"
      RETURNING d."id", d."endpointId", d."eventSeq"::text AS "seq", d."attempts"`,
    leaseMs,
    limit,
  );
}

/** The JSON body of a delivery: the change event, with global ids. */
export interface WebhookPayload {
  /** The event's position in the change feed (a decimal string); also the `changes` cursor's number. */
  seq: string;
  at: string;
  council: string;
  entity: string;
  entityId: string;
  planId: string | null;
  actionId: string | null;
  kind: string;
  version: number | null;
  auditEventId: string | null;
  draft: boolean;
  via: string;
}

async function payloads(prisma: PrismaClient, seqs: string[]): Promise<Map<string, WebhookPayload>> {
  const rows = await prisma.$queryRawUnsafe<
    { seq: string; at: Date; code: string; entity: string; entityId: number; planId: number | null; actionId: number | null; kind: string; version: number | null; auditEventId: number | null; draft: boolean; via: string }[]
  >(
    `SELECT e."seq"::text AS "seq", e."at", a."code", e."entity", e."entityId", e."planId", e."actionId", e."kind"::text AS "kind", e."version", e."auditEventId", e."draft", e."via"
       FROM "ChangeEvent" e JOIN "Authority" a ON a."id" = e."authorityId" WHERE e."seq" = ANY($1::bigint[])`,
    seqs,
  );
  return new Map(
    rows.map((r) => [
      r.seq,
      {
        seq: r.seq,
        at: new Date(r.at).toISOString(),
        council: r.code,
        entity: r.entity,
        entityId: toGlobalId(r.entity, r.entityId),
        planId: r.planId == null ? null : toGlobalId('Plan', r.planId),
        actionId: r.actionId == null ? null : toGlobalId('Action', r.actionId),
        kind: r.kind,
        version: r.version,
        auditEventId: r.auditEventId == null ? null : toGlobalId('AuditEvent', r.auditEventId),
        draft: r.draft,
        via: r.via,
      },
    ]),
  );
}

/** The outcome of one HTTP delivery. */
interface Attempt {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/** POSTs one signed body; reads at most `maxResponseBytes` of the answer; never follows redirects. */
export async function postSigned(url: string, secret: string, body: string, headers: Record<string, string>, options: Pick<WebhookOptions, 'timeoutMs' | 'maxResponseBytes'>): Promise<Attempt> {
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const res = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'content-type': 'application/json', 'user-agent': 'council-plans-webhooks/1', [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body), ...headers },
      body,
    });
    // Read (and bound) the answer so the connection can be reused; its content is not kept.
    let read = 0;
    const reader = res.body?.getReader();
    if (reader) {
      while (true) {
        const { done, value } = await reader.read();
        if (done) break;
        read += value.byteLength;
        if (read > options.maxResponseBytes) {
          await reader.cancel();
          break;
        }
      }
    }
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status, error: null };
    return { ok: false, status: res.status, error: `HTTP ${res.status}${res.status >= 300 && res.status < 400 ? ' (redirects are not followed)' : ''}` };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const reason = e.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { ok: false, status: null, error: String(reason).slice(0, 500) };
  }
}

/** What a worker round did. */
export interface RoundReport {
  queued: number;
  claimed: number;
  delivered: number;
  failed: number;
}

/** One round: fan out, claim, deliver (endpoints in parallel, each one's deliveries in event order), record. */
export async function deliverRound(prisma: PrismaClient, options: WebhookOptions): Promise<RoundReport> {
  const queued = await fanOut(prisma);
  const claimed = await claimDeliveries(prisma, options.batchSize, options.leaseMs);
  const report: RoundReport = { queued, claimed: claimed.length, delivered: 0, failed: 0 };
  if (!claimed.length) return report;
  const endpointIds = [...new Set(claimed.map((c) => c.endpointId))];
  const endpoints = new Map(
    (await prisma.webhookEndpoint.findMany({ where: { id: { in: endpointIds } }, select: { id: true, url: true, secret: true, pauseAfterFailures: true } })).map((e) => [e.id, e]),
  );
  const bodies = await payloads(prisma, [...new Set(claimed.map((c) => c.seq))]);
  await Promise.all(
    endpointIds.map(async (endpointId) => {
      const endpoint = endpoints.get(endpointId);
      const queue = claimed.filter((c) => c.endpointId === endpointId).sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
      for (let i = 0; i < queue.length; i++) {
        const d = queue[i]!;
        const payload = bodies.get(d.seq);
        if (!endpoint || !payload) continue;
        const result = await postSigned(endpoint.url, endpoint.secret, JSON.stringify(payload), { 'council-plans-event': d.seq, 'council-plans-delivery': toGlobalId('WebhookDelivery', d.id) }, options);
        if (result.ok) {
          report.delivered++;
          await prisma.$transaction([
            prisma.webhookDelivery.update({ where: { id: d.id }, data: { status: 'DELIVERED', deliveredAt: new Date(), lastStatusCode: result.status, lastError: null, leaseUntil: null } }),
            prisma.webhookEndpoint.update({ where: { id: endpointId }, data: { consecutiveFailures: 0, retryAt: null, lastSuccessAt: new Date() } }),
          ]);
          continue;
        }
        report.failed++;
        await recordFailure(prisma, endpointId, d.id, result, options);
        // The rest of this endpoint's claims wait for its next try (in order), unattempted.
        const rest = queue.slice(i + 1).map((r) => r.id);
        if (rest.length) await prisma.$executeRawUnsafe(`UPDATE "WebhookDelivery" SET "leaseUntil" = NULL, "attempts" = "attempts" - 1 WHERE "id" = ANY($1::int[])`, rest);
        break;
      }
    }),
  );
  return report;
}

async function recordFailure(prisma: PrismaClient, endpointId: number, deliveryId: number, result: Attempt, options: WebhookOptions): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const [endpoint] = await tx.$queryRawUnsafe<{ consecutiveFailures: number; pauseAfterFailures: number }[]>(
      `UPDATE "WebhookEndpoint" SET "consecutiveFailures" = "consecutiveFailures" + 1, "lastFailureAt" = clock_timestamp(), "lastError" = $2
        WHERE "id" = $1 RETURNING "consecutiveFailures", "pauseAfterFailures"`,
      endpointId,
      result.error,
    );
    if (!endpoint) return;
    const delay = backoffMs(endpoint.consecutiveFailures, options);
    const retryAt = new Date(Date.now() + delay);
    await tx.webhookEndpoint.update({
      where: { id: endpointId },
      data: { retryAt, ...(endpoint.consecutiveFailures >= endpoint.pauseAfterFailures ? { status: 'PAUSED' } : {}) },
    });
    await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { lastError: result.error, lastStatusCode: result.status, nextAttemptAt: retryAt, leaseUntil: null } });
  }, { maxWait: 60_000 });
}

/** Logs what the worker could not do (the server passes its JSON logger). */
export interface WorkerLogger {
  error(message: string, fields?: Record<string, unknown>): void;
  info?(message: string, fields?: Record<string, unknown>): void;
}

/**
 * The delivery loop of one server process: a round, then the next at once while there
 * was work, else after `pollMs`. `stop()` waits for the round in progress.
 */
export class WebhookWorker {
  private running = false;
  private current: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    readonly options: WebhookOptions,
    private readonly logger?: WorkerLogger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.current = this.loop();
  }

  /** Starts a round now instead of at the next poll (e.g. after a write in this process). */
  wake(): void {
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.current;
  }

  private async loop(): Promise<void> {
    let nextPruneAt = 0;
    while (this.running) {
      let busy = false;
      try {
        const r = await deliverRound(this.prisma, this.options);
        busy = r.claimed > 0 || r.queued > 0;
      } catch (err) {
        if (this.running) this.logger?.error('webhook delivery round failed', { error: (err as Error).message });
      }
      // Every worker prunes (deleting rows already deleted is harmless), at most once per pruneEveryMs.
      if (this.running && Date.now() >= nextPruneAt) {
        nextPruneAt = Date.now() + this.options.pruneEveryMs;
        try {
          const pruned = await pruneDeliveries(this.prisma, this.options.deliveryRetentionMs);
          if (pruned) this.logger?.info?.('pruned delivered webhook deliveries', { pruned });
          const events = await pruneChangeEvents(this.prisma, this.options.changeEventRetentionMs);
          if (events) this.logger?.info?.('pruned old change events', { pruned: events });
        } catch (err) {
          if (this.running) this.logger?.error('pruning deliveries or change events failed', { error: (err as Error).message });
        }
      }
      if (!this.running) break;
      if (!busy) {
        await new Promise<void>((resolve) => {
          this.wakeUp = resolve;
          this.timer = setTimeout(resolve, this.options.pollMs);
        });
        if (this.timer) clearTimeout(this.timer);
        this.wakeUp = null;
      }
    }
  }
}
