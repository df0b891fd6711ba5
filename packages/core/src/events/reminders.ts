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
import { today } from '../graphql/today';
import { toIsoDate } from '../values/school-calendar';

export interface ReminderOptions {
  /** How often a process sweeps (ms). */
  sweepMs?: number;
  /** DUE_SOON: tasks due from today to today + this many days. */
  dueSoonDays?: number;
  /** LATE: only tasks due at most this many days ago (so seeding years-old plans does not announce every past task). */
  lateLookbackDays?: number;
  /** A fixed "today" (YYYY-MM-DD); the real UTC day when absent. */
  today?: string;
  /** How long a claimed reminder's key is kept after it can no longer be claimed again (ms); 0 keeps every key. */
  retentionMs?: number;
}

export const DEFAULT_REMINDER_OPTIONS = { sweepMs: 3_600_000, dueSoonDays: 14, lateLookbackDays: 30, retentionMs: 30 * 24 * 3_600_000 };

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
  const day = toIsoDate(today({ today: o.today }))!;
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

/**
 * Deletes the reminder keys older than `retentionMs` that no sweep could claim again, so
 * that pruning never sends a reminder twice (one set-based DELETE; idempotent, so two
 * processes pruning is harmless): a task's DUE_SOON / LATE key once its due day (the
 * subject) is further back than the LATE look-back, a STALE key once a later STALE key of
 * its action exists (a newer update gave a new subject), and any key of a task or action
 * deleted since. The action's latest STALE key is kept: it is what stops a still-stale
 * action from being announced every sweep.
 */
export async function pruneReminders(prisma: PrismaClient, options: ReminderOptions = {}, now = new Date()): Promise<number> {
  const o = { ...DEFAULT_REMINDER_OPTIONS, ...options };
  if (!(o.retentionMs > 0)) return 0;
  const day = toIsoDate(today({ today: o.today }))!;
  return prisma.$executeRawUnsafe(
    `DELETE FROM "ReminderSent" r
     WHERE r."at" < $1::timestamp(3)
       AND CASE r."entity"
             WHEN 'ActionTask' THEN r."subject"::date < $2::date - $3::int OR NOT EXISTS (SELECT 1 FROM "ActionTask" t WHERE t."id" = r."entityId")
             WHEN 'Action' THEN NOT EXISTS (SELECT 1 FROM "Action" a WHERE a."id" = r."entityId")
               OR EXISTS (SELECT 1 FROM "ReminderSent" n WHERE n."kind" = r."kind" AND n."entity" = r."entity" AND n."entityId" = r."entityId" AND n."at" > r."at")
             ELSE false
           END`,
    new Date(now.getTime() - o.retentionMs).toISOString(),
    day,
    o.lateLookbackDays,
  );
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
      // Keys no sweep can claim again are pruned after each sweep (hourly by default).
      .then(() => pruneReminders(this.prisma, this.options))
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
