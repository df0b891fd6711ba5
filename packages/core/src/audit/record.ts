// The audit trail: every write records who, when, which row and its values before and
// after, in the same transaction as the write (so a rolled-back write leaves no event
// and a committed one always has its event).
import type { Prisma } from '../db/prisma';

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
}

/** Column values as JSON: dates as ISO text, decimals and big integers as text. */
export function toAuditJson(row: Record<string, unknown> | null): Prisma.InputJsonValue | undefined {
  if (row == null) return undefined;
  return JSON.parse(
    JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)),
  ) as Prisma.InputJsonValue;
}

/** The action a change belongs to, so an action's history includes its funding, milestones, parties and plugin rows. */
function actionIdOf(change: Change): number | null {
  if (change.entity === 'Action') return change.entityId;
  const row = change.after ?? change.before;
  const id = row?.actionId;
  return typeof id === 'number' ? id : null;
}

/** Writes audit rows for the changes, in the caller's transaction (one statement). */
export async function recordChanges(tx: Prisma.TransactionClient, actor: Actor, changes: Change[]): Promise<void> {
  if (!changes.length) return;
  // The instant is taken here, after the write's row locks were granted, so events of one
  // row are in the order their versions were made.
  const at = new Date();
  await tx.auditEvent.createMany({
    data: changes.map((c) => ({
      at,
      actorSubject: actor.subject,
      actorName: actor.name ?? null,
      via: actor.via,
      requestId: actor.requestId ?? null,
      authorityId: c.authorityId,
      planId: c.planId,
      actionId: actionIdOf(c),
      entity: c.entity,
      entityId: c.entityId,
      operation: c.operation,
      before: toAuditJson(c.before),
      after: toAuditJson(c.after),
    })),
  });
}
