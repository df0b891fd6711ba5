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
import { actionIdOf, recordChanges, type Actor, type Change } from '../audit/record';

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
 * Writes one change event per change, in the caller's transaction: call it last, just
 * before the transaction commits (it takes the ordering lock, held until then).
 * `auditIds` are the audit rows of the changes, in the same order.
 */
export async function recordChangeEvents(tx: Prisma.TransactionClient, changes: Change[], auditIds: readonly (number | null)[], via: string): Promise<void> {
  if (!changes.length) return;
  // Which plans are drafts now (after the change): a draft's events are its council's only.
  const planIds = [...new Set(changes.map((c) => c.planId).filter((id): id is number => id != null))];
  const plans = planIds.length ? await tx.plan.findMany({ where: { id: { in: planIds } }, select: { id: true, status: true } }) : [];
  const status = new Map(plans.map((p) => [p.id, p.status as string]));
  // Issue 18: the events of a progress update that is not approved (and of what was
  // reported with it) are its council's only, like a draft's; its approval is public.
  const row = (c: Change) => c.after ?? c.before;
  const unapprovedProgress = new Set(changes.filter((c) => c.entity === 'ProgressUpdate' && row(c)?.status !== 'APPROVED').map((c) => c.entityId));
  const draftOf = (c: Change): boolean => {
    if (c.planId == null) return false;
    // A deleted plan is not there any more: what it was before.
    const s = status.get(c.planId) ?? (c.entity === 'Plan' ? (c.before?.status as string | undefined) : undefined);
    if (s === 'DRAFT') return true;
    return unapprovedProgress.has(c.entity === 'ProgressUpdate' ? c.entityId : ((row(c)?.progressUpdateId as number | undefined) ?? -1));
  };
  /** The event's columns of the i-th change (the instant and `via` are the statement's). */
  const eventOf = (c: Change, i: number) => {
    const version = c.after && typeof c.after.version === 'number' ? c.after.version : null;
    return {
      authorityId: c.authorityId,
      planId: c.entity === 'Plan' ? c.entityId : c.planId,
      actionId: actionIdOf(c),
      entity: c.entity,
      entityId: c.entityId ?? (row(c)?.id as number),
      kind: kindOf(c),
      version,
      auditEventId: auditIds[i] ?? null,
      draft: draftOf(c),
    };
  };
  const at = new Date().toISOString().replace('T', ' ').replace('Z', '');
  await txExecute(tx, `SELECT pg_advisory_xact_lock(${CHANGE_EVENT_LOCK})`);
  if (changes.length >= BULK_EVENTS) {
    // Many events (an import): appended by COPY on PostgreSQL, where the sequence hands
    // out seq in the order of the lines, so seqs follow the changes' order here too.
    const columns = ['authorityId', 'planId', 'actionId', 'entity', 'entityId', 'kind', 'version', 'auditEventId', 'draft'] as const;
    await txInsertValues(
      tx,
      'ChangeEvent',
      ['at', ...columns, 'via'],
      (function* () {
        for (let i = 0; i < changes.length; i++) {
          const event = eventOf(changes[i]!, i);
          yield [at, ...columns.map((k) => event[k]), via];
        }
      })(),
    );
    return;
  }
  // One INSERT … SELECT FROM jsonb_to_recordset per EVENT_CHUNK events (issue 21): Prisma's
  // createMany of an import's 50,000 events was compiled by its query compiler, seconds
  // and hundreds of MB. Ordered by n, so seqs follow the changes' order.
  const chunkJson = (i: number) =>
    JSON.stringify(changes.slice(i, i + EVENT_CHUNK).map((c, k) => ({ n: k, ...eventOf(c, i + k) })));
  let json = chunkJson(0);
  for (let i = 0; i < changes.length; i += EVENT_CHUNK) {
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
    json = i + EVENT_CHUNK < changes.length ? chunkJson(i + EVENT_CHUNK) : '';
    await pending;
  }
}

/** Change events per INSERT. */
const EVENT_CHUNK = 5000;
/** From this many events they go by `txInsertValues` (COPY on PostgreSQL). */
const BULK_EVENTS = 500;

/** For write paths outside runWrite (imports): the audit rows, then the change events, in the caller's transaction; call it last. */
export async function recordChangesAndEvents(tx: Prisma.TransactionClient, actor: Actor, changes: Change[]): Promise<void> {
  const auditIds = await recordChanges(tx, actor, changes);
  await recordChangeEvents(tx, changes, auditIds, actor.via);
}
