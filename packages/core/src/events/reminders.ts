// Reminders as change events (issue 18, part A): tasks falling due (DUE_SOON), tasks past
// their due day (LATE) and actions without a progress update within their plan's interval
// (STALE) go out through the outbox, so the `changes` feed and webhooks carry them and no
// e-mail server is needed.
//
// Once each, with any number of server processes: a periodic sweep first claims each
// reminder by inserting its key into "ReminderSent" (kind, entity, id, subject: the task's
// due day, or the action's last update day) with ON CONFLICT DO NOTHING … RETURNING, and
// writes change events only for the keys it inserted, in the same transaction. A second
// process sweeping at the same moment waits on the first one's uncommitted keys (the
// primary key's uniqueness check) and then inserts nothing; a sweep that fails rolls back
// its keys with its events. A new due day or a new update gives a new subject, hence a
// new reminder. Events are inserted under the outbox's ordering lock (events/outbox.ts).
import type { PrismaClient } from '../db/prisma';
import { CHANGE_EVENT_LOCK } from './outbox';
import { actionStatusSql, taskOpenSql } from '../status/compute';
import type { WorkerLogger } from './webhooks';

export interface ReminderOptions {
  /** How often a process sweeps (ms). */
  sweepMs?: number;
  /** DUE_SOON: tasks due from today to today + this many days. */
  dueSoonDays?: number;
  /** LATE: only tasks due at most this many days ago (so seeding years-old plans does not announce every past task). */
  lateLookbackDays?: number;
  /** A fixed "today" (YYYY-MM-DD); the real UTC day when absent. */
  today?: string;
}

export const DEFAULT_REMINDER_OPTIONS = { sweepMs: 3_600_000, dueSoonDays: 14, lateLookbackDays: 30 };

export interface SweepReport {
  dueSoon: number;
  late: number;
  stale: number;
}

/**
 * One sweep: claims the reminders due on `today` that no sweep has emitted yet and writes
 * their change events, in one transaction. Archived plans are left out; STALE only for
 * plans that track staleness and whose period has not ended.
 */
export async function sweepReminders(prisma: PrismaClient, options: ReminderOptions = {}): Promise<SweepReport> {
  const o = { ...DEFAULT_REMINDER_OPTIONS, ...options };
  const day = o.today ?? new Date().toISOString().slice(0, 10);
  return prisma.$transaction(async (tx) => {
    const taskFrom = `FROM "ActionTask" t JOIN "Action" a ON a."id" = t."actionId" JOIN "Plan" p ON p."id" = a."planId"
                      WHERE p."status" <> 'ARCHIVED' AND ${taskOpenSql('t', '$1::date')} AND t."dueOn" IS NOT NULL`;
    const claimed = await tx.$queryRawUnsafe<{ kind: string; entity: string; entityId: number }[]>(
      `WITH due AS (
         INSERT INTO "ReminderSent" ("kind", "entity", "entityId", "subject")
         SELECT 'DUE_SOON', 'ActionTask', t."id", t."dueOn"::text ${taskFrom} AND t."dueOn" BETWEEN $1::date AND $1::date + $2::int
         ON CONFLICT DO NOTHING RETURNING "kind", "entity", "entityId"),
       late AS (
         INSERT INTO "ReminderSent" ("kind", "entity", "entityId", "subject")
         SELECT 'LATE', 'ActionTask', t."id", t."dueOn"::text ${taskFrom} AND t."dueOn" < $1::date AND t."dueOn" >= $1::date - $3::int
         ON CONFLICT DO NOTHING RETURNING "kind", "entity", "entityId"),
       stale AS (
         INSERT INTO "ReminderSent" ("kind", "entity", "entityId", "subject")
         SELECT 'STALE', 'Action', st."id", coalesce(st."lastProgressOn"::text, 'none')
         FROM (${actionStatusSql(
           '$1::date',
           `SELECT a."id" FROM "Action" a JOIN "Plan" p ON p."id" = a."planId"
            WHERE p."updateIntervalDays" IS NOT NULL AND p."status" <> 'ARCHIVED' AND (p."periodEnd" IS NULL OR p."periodEnd" >= $1::date)`,
         )}) st
         WHERE st."stale"
         ON CONFLICT DO NOTHING RETURNING "kind", "entity", "entityId")
       SELECT * FROM due UNION ALL SELECT * FROM late UNION ALL SELECT * FROM stale`,
      day,
      o.dueSoonDays,
      o.lateLookbackDays,
    );
    const report = { dueSoon: 0, late: 0, stale: 0 };
    for (const c of claimed) report[c.kind === 'DUE_SOON' ? 'dueSoon' : c.kind === 'LATE' ? 'late' : 'stale']++;
    if (!claimed.length) return report;
    // Last, under the outbox's lock (held to commit): seq numbers in commit order.
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CHANGE_EVENT_LOCK})`);
    await tx.$executeRawUnsafe(
      `INSERT INTO "ChangeEvent" ("authorityId", "planId", "actionId", "entity", "entityId", "kind", "version", "draft", "via")
       SELECT p."authorityId", p."id", a."id", r."entity", r."entityId", r."kind"::"ChangeKind",
              CASE WHEN r."entity" = 'ActionTask' THEN t."version" ELSE a."version" END, p."status" = 'DRAFT', 'reminder'
       FROM jsonb_to_recordset($1::jsonb) AS r("kind" text, "entity" text, "entityId" int)
       LEFT JOIN "ActionTask" t ON r."entity" = 'ActionTask' AND t."id" = r."entityId"
       JOIN "Action" a ON a."id" = CASE WHEN r."entity" = 'ActionTask' THEN t."actionId" ELSE r."entityId" END
       JOIN "Plan" p ON p."id" = a."planId"
       ORDER BY r."kind", r."entityId"`,
      JSON.stringify(claimed),
    );
    return report;
  }, { maxWait: 60_000, timeout: 60_000 });
}

/** The sweep loop of one server process: a sweep at start, then one every `sweepMs`. `stop()` waits for a sweep in progress. */
export class ReminderSweeper {
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<unknown> = Promise.resolve();
  private running = false;

  constructor(
    private readonly prisma: PrismaClient,
    readonly options: ReminderOptions,
    private readonly logger?: WorkerLogger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.tick();
  }

  private tick(): void {
    if (!this.running) return;
    this.current = sweepReminders(this.prisma, this.options)
      .catch((err) => {
        if (this.running) this.logger?.error('reminder sweep failed', { error: (err as Error).message });
      })
      .finally(() => {
        if (this.running) this.timer = setTimeout(() => this.tick(), this.options.sweepMs ?? DEFAULT_REMINDER_OPTIONS.sweepMs);
      });
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.current;
  }
}
