// The audit trail: every write records who, when, which row and its values before and
// after, in the same transaction as the write (so a rolled-back write leaves no event
// and a committed one always has its event).
import type { Prisma } from '../db/prisma';
import { jsonText, txInsertValues, txNextIds, txQuery } from '../db/tx-sql';

export interface Actor {
  /** JWT `sub`, or e.g. "import:cli", "seed". */
  subject: string;
  name?: string | null;
  via: 'api' | 'import' | 'seed' | 'cli';
  /** The HTTP request's id (X-Request-Id), when the change came through one. */
  requestId?: string | null;
}

export interface Change {
  /** Prisma model name, e.g. "Action", "ExampleshireActionRow". */
  entity: string;
  entityId: number;
  planId: number | null;
  authorityId: number;
  operation: 'CREATE' | 'UPDATE' | 'DELETE';
  /** Column values before / after (null for CREATE / DELETE respectively). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /**
   * The action the row belongs to when the row has no `actionId` column of its own: a
   * plugin's rows below its action row (e.g. steps) or keyed by another name (e.g. a link's
   * `fromActionId`), given by the writer that knows the parent. Absent: read from the row.
   */
  actionId?: number | null;
}

/** Column values as JSON: dates as ISO text, decimals and big integers as text. */
export function toAuditJson(row: Record<string, unknown> | null): Prisma.InputJsonValue | undefined {
  if (row == null) return undefined;
  return JSON.parse(
    JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)),
  ) as Prisma.InputJsonValue;
}

/** The action a change belongs to, so an action's history includes its funding, milestones, parties and plugin rows. */
export function actionIdOf(change: Change): number | null {
  if (change.entity === 'Action') return change.entityId;
  if (change.actionId != null) return change.actionId;
  const row = change.after ?? change.before;
  const id = row?.actionId;
  return typeof id === 'number' ? id : null;
}

/** Audit rows per INSERT: an import's tens of thousands of changes go in a few statements. */
export const AUDIT_CHUNK = 2000;

/**
 * Writes audit rows for the changes, in the caller's transaction, and returns their ids in
 * the order of `changes` (the change events point at them): one INSERT … SELECT FROM
 * jsonb_to_recordset … RETURNING per AUDIT_CHUNK changes (the rows travel as one JSON
 * parameter, like jsonUpdate in values/refresh.ts). Not Prisma's createMany: its query
 * compiler took 22 s for an import's 60,000 rows (issue 21) and 1.4–2.4 s for the 1,001
 * events of a 1,000-row nested write (issue 16); this takes milliseconds and has no
 * bind-parameter limit.
 */
export async function recordChanges(tx: Prisma.TransactionClient, actor: Actor, changes: readonly Change[], at: string = auditInstant()): Promise<number[]> {
  if (!changes.length) return [];
  if (changes.length >= BULK_AUDIT) return recordManyChanges(tx, actor, changes, at);
  const ids: number[] = [];
  // One JSON text per chunk, written as toAuditJson writes a row (dates as ISO text, big integers as text).
  const chunkJson = (chunk: readonly Change[]) => jsonText(chunk.map((c, n) => ({ n, ...auditColumnsOf(c) })));
  let json = chunkJson(changes.slice(0, AUDIT_CHUNK));
  for (let i = 0; i < changes.length; i += AUDIT_CHUNK) {
    const chunk = changes.slice(i, i + AUDIT_CHUNK);
    const pending = txQuery<{ id: number; entity: string; entityId: number; operation: string }>(
      tx,
      `INSERT INTO "AuditEvent" ("at", "actorSubject", "actorName", "via", "requestId", "authorityId", "planId", "actionId", "entity", "entityId", "operation", "before", "after")
       SELECT $2::timestamp(3), $3::text, $4::text, $5::text, $6::text, r."authorityId", r."planId", r."actionId", r."entity", r."entityId", r."operation"::"AuditOperation", r."before", r."after"
       FROM json_to_recordset($1::json) AS r(n int, "authorityId" int, "planId" int, "actionId" int, "entity" text, "entityId" int, "operation" text, "before" jsonb, "after" jsonb)
       ORDER BY r.n
       RETURNING "id", "entity", "entityId", "operation"::text AS "operation"`,
      json,
      at,
      actor.subject,
      actor.name ?? null,
      actor.via,
      actor.requestId ?? null,
    );
    // The next chunk's JSON is built while PostgreSQL inserts this one (on the transaction's
    // own connection the statement is already sent; through Prisma it waits for the await).
    json = i + AUDIT_CHUNK < changes.length ? chunkJson(changes.slice(i + AUDIT_CHUNK, i + 2 * AUDIT_CHUNK)) : '';
    const inserted = await pending;
    // RETURNING's order is not promised: match rows back by (entity, id, operation), the
    // n-th occurrence to the n-th (ids are handed out in the ORDER BY's order).
    const byKey = new Map<string, number[]>();
    for (const r of inserted.map((r) => ({ ...r, id: Number(r.id) })).sort((a, b) => a.id - b.id)) {
      const key = `${r.entity}:${r.entityId}:${r.operation}`;
      const list = byKey.get(key);
      if (list) list.push(r.id);
      else byKey.set(key, [r.id]);
    }
    for (const c of chunk) ids.push(byKey.get(`${c.entity}:${c.entityId}:${c.operation}`)!.shift()!);
  }
  return ids;
}

/**
 * The audit instant of a write: taken when its audit rows are written, after the write's
 * row locks were granted, so events of one row are in the order their versions were made
 * (a write that records in chunks takes it once). UTC without a zone, as Prisma stores it.
 */
export function auditInstant(): string {
  return new Date().toISOString().replace('T', ' ').replace('Z', '');
}

/** From this many changes (an import, a large nested write) audit rows take their ids first and go by COPY. */
const BULK_AUDIT = 500;

/**
 * The audit rows of many changes: their ids taken from the sequence first (one statement),
 * then the rows with those ids appended by `txInsertValues` (COPY on PostgreSQL). For an
 * import's 50,000 rows this is a third of the INSERT … RETURNING's time in PostgreSQL (no
 * JSON envelope to parse, no ORDER BY, no RETURNING to match back), and the lines are
 * formatted as they are sent, never one chunk's JSON text beside the next.
 */
async function recordManyChanges(tx: Prisma.TransactionClient, actor: Actor, changes: readonly Change[], at: string): Promise<number[]> {
  const ids = await txNextIds(tx, 'AuditEvent', 'id', changes.length);
  const columns = ['id', 'at', 'actorSubject', 'actorName', 'via', 'requestId', ...CHANGE_COLUMNS];
  const head = [at, actor.subject, actor.name ?? null, actor.via, actor.requestId ?? null];
  await txInsertValues(
    tx,
    'AuditEvent',
    columns,
    (function* () {
      for (let i = 0; i < changes.length; i++) yield [ids[i], ...head, ...changeValues(changes[i]!)];
    })(),
  );
  return ids;
}

/** An audit row's columns that come from its change (the instant and the actor's are the statement's). */
function auditColumnsOf(c: Change) {
  return { authorityId: c.authorityId, planId: c.planId, actionId: actionIdOf(c), entity: c.entity, entityId: c.entityId, operation: c.operation, before: c.before ?? null, after: c.after ?? null };
}
/** Those columns in COPY order (after the instant and the actor's). */
const CHANGE_COLUMNS = ['authorityId', 'planId', 'actionId', 'entity', 'entityId', 'operation', 'before', 'after'] as const;
const changeValues = (c: Change): unknown[] => {
  const row = auditColumnsOf(c);
  return CHANGE_COLUMNS.map((k) => row[k]);
};
