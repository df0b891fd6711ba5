// The transactional outbox (issue 17): every committed change has its change event,
// written in the same transaction as the change and its audit rows, so a rolled-back
// write leaves no event and a committed one always has one. Webhook deliveries and the
// `changes` feed read this table.
//
// Ordering. `seq` is a bigserial, and a sequence hands out numbers when asked, not when
// the transaction commits: a slow transaction holding seq 9 can commit after a fast one
// holding seq 10, and a reader who saw 10 and moved its cursor past it would never see 9.
// So the events of a transaction are inserted under a transaction-scoped advisory lock
// (`pg_advisory_xact_lock`), as the last statement before commit: the lock is held until
// the commit, so seq numbers are handed out in commit order, and once a reader sees seq
// N every event below N is either committed already or belongs to a transaction that
// rolled back (a hole that never fills). Reading `seq > cursor` therefore never skips.
// The price: the last step of concurrent writes (insert events, commit) is serialised;
// a write holds the lock for the time of that insert and its commit only.
import type { Prisma } from '../db/prisma';
import { txExecute, txInsertValues } from '../db/tx-sql';
import { actionIdOf, auditInstant, recordChanges, type Actor, type Change } from '../audit/record';

/** The lock key that orders change events (any constant both writers and nothing else use). */
export const CHANGE_EVENT_LOCK = 17_000_017;

export type ChangeKindName = 'CREATE' | 'UPDATE' | 'DELETE' | 'PUBLISH' | 'ARCHIVE';

/** The kind of change a row's change is: a plan whose status moves to PUBLISHED or ARCHIVED is published or archived. */
export function kindOf(change: Change): ChangeKindName {
  if (change.entity === 'Plan' && change.operation === 'UPDATE' && change.before?.status !== change.after?.status) {
    if (change.after?.status === 'PUBLISHED') return 'PUBLISH';
    if (change.after?.status === 'ARCHIVED') return 'ARCHIVE';
  }
  return change.operation;
}

/**
 * What a change event needs of its change, kept once the change's images are gone (an
 * import writes its audit rows a chunk at a time and its events last: events/journal.ts).
 * Whether the event is a draft's is decided when the events are written, from the plans'
 * status then.
 */
export interface PendingEvent {
  authorityId: number;
  /** The event's plan: the plan itself for a Plan change. */
  planId: number | null;
  actionId: number | null;
  entity: string;
  entityId: number;
  kind: ChangeKindName;
  version: number | null;
  auditEventId: number | null;
  /** The change's plan, whose status after the write makes the event a draft's. */
  draftPlanId: number | null;
  /** A deleted plan's status before (it has none after). */
  planStatusBefore: string | null;
  /** The progress update the change belongs to (itself, or the row's `progressUpdateId`). */
  progressUpdateId: number | null;
  /** The change is to a progress update that is not approved. */
  unapprovedProgress: boolean;
}

/** The pending event of a change whose audit row is `auditEventId`. */
export function pendingEventOf(c: Change, auditEventId: number | null): PendingEvent {
  const row = c.after ?? c.before;
  const progress = c.entity === 'ProgressUpdate';
  return {
    authorityId: c.authorityId,
    planId: c.entity === 'Plan' ? c.entityId : c.planId,
    actionId: actionIdOf(c),
    entity: c.entity,
    entityId: c.entityId ?? (row?.id as number),
    kind: kindOf(c),
    version: c.after && typeof c.after.version === 'number' ? c.after.version : null,
    auditEventId,
    draftPlanId: c.planId,
    planStatusBefore: c.entity === 'Plan' ? ((c.before?.status as string | undefined) ?? null) : null,
    progressUpdateId: progress ? c.entityId : ((row?.progressUpdateId as number | undefined) ?? null),
    unapprovedProgress: progress && row?.status !== 'APPROVED',
  };
}

/**
 * Writes one change event per change, in the caller's transaction: call it last, just
 * before the transaction commits (it takes the ordering lock, held until then).
 * `auditIds` are the audit rows of the changes, in the same order.
 */
export async function recordChangeEvents(tx: Prisma.TransactionClient, changes: Change[], auditIds: readonly (number | null)[], via: string): Promise<void> {
  await writeChangeEvents(tx, changes.map((c, i) => pendingEventOf(c, auditIds[i] ?? null)), via);
}

/** Writes the pending events, in their order, as `recordChangeEvents` does: call it last, just before commit. */
export async function writeChangeEvents(tx: Prisma.TransactionClient, events: readonly PendingEvent[], via: string): Promise<void> {
  if (!events.length) return;
  // Which plans are drafts now (after the change): a draft's events are its council's only.
  const planIds = [...new Set(events.map((e) => e.draftPlanId).filter((id): id is number => id != null))];
  const plans = planIds.length ? await tx.plan.findMany({ where: { id: { in: planIds } }, select: { id: true, status: true } }) : [];
  const status = new Map(plans.map((p) => [p.id, p.status as string]));
  // Issue 18: the events of a progress update that is not approved (and of what was
  // reported with it) are its council's only, like a draft's; its approval is public.
  const unapprovedProgress = new Set(events.filter((e) => e.unapprovedProgress).map((e) => e.entityId));
  const draftOf = (e: PendingEvent): boolean => {
    if (e.draftPlanId == null) return false;
    // A deleted plan is not there any more: what it was before.
    const s = status.get(e.draftPlanId) ?? e.planStatusBefore ?? undefined;
    if (s === 'DRAFT') return true;
    return e.progressUpdateId != null && unapprovedProgress.has(e.progressUpdateId);
  };
  const at = auditInstant();
  await txExecute(tx, `SELECT pg_advisory_xact_lock(${CHANGE_EVENT_LOCK})`);
  if (events.length >= BULK_EVENTS) {
    // Many events (an import): appended by COPY on PostgreSQL, where the sequence hands
    // out seq in the order of the lines, so seqs follow the changes' order here too.
    await txInsertValues(
      tx,
      'ChangeEvent',
      ['at', ...EVENT_COLUMNS, 'draft', 'via'],
      (function* () {
        for (const e of events) yield [at, ...EVENT_COLUMNS.map((k) => e[k]), draftOf(e), via];
      })(),
    );
    return;
  }
  // One INSERT … SELECT FROM jsonb_to_recordset per EVENT_CHUNK events (issue 21): Prisma's
  // createMany of an import's 50,000 events was compiled by its query compiler, seconds
  // and hundreds of MB. Ordered by n, so seqs follow the changes' order.
  const chunkJson = (i: number) =>
    JSON.stringify(events.slice(i, i + EVENT_CHUNK).map((e, k) => ({ n: k, ...Object.fromEntries(EVENT_COLUMNS.map((c) => [c, e[c]])), draft: draftOf(e) })));
  let json = chunkJson(0);
  for (let i = 0; i < events.length; i += EVENT_CHUNK) {
    const pending = txExecute(
      tx,
      `INSERT INTO "ChangeEvent" ("at", "authorityId", "planId", "actionId", "entity", "entityId", "kind", "version", "auditEventId", "draft", "via")
       SELECT $2::timestamp(3), r."authorityId", r."planId", r."actionId", r."entity", r."entityId", r."kind"::"ChangeKind", r."version", r."auditEventId", r."draft", $3::text
       FROM json_to_recordset($1::json) AS r(n int, "authorityId" int, "planId" int, "actionId" int, "entity" text, "entityId" int, "kind" text, "version" int, "auditEventId" int, "draft" boolean)
       ORDER BY r.n`,
      json,
      at,
      via,
    );
    // The next chunk is built while PostgreSQL inserts this one (statements still run one after the other, in order).
    json = i + EVENT_CHUNK < events.length ? chunkJson(i + EVENT_CHUNK) : '';
    await pending;
  }
}

/** A change event's columns taken from its pending event (the instant, `draft` and `via` are the writer's). */
const EVENT_COLUMNS = ['authorityId', 'planId', 'actionId', 'entity', 'entityId', 'kind', 'version', 'auditEventId'] as const;

/** Change events per INSERT. */
const EVENT_CHUNK = 5000;
/** From this many events they go by `txInsertValues` (COPY on PostgreSQL). */
const BULK_EVENTS = 500;

/** For write paths outside runWrite (imports): the audit rows, then the change events, in the caller's transaction; call it last. */
export async function recordChangesAndEvents(tx: Prisma.TransactionClient, actor: Actor, changes: Change[]): Promise<void> {
  const auditIds = await recordChanges(tx, actor, changes);
  await recordChangeEvents(tx, changes, auditIds, actor.via);
}
