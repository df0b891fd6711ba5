// Computed status of actions (issue 18, part A), beside the manual `ragStatus` and never
// written over it: late, on track, stale and completion, as of a day, and their roll-up to
// sections and plans. Everything is one set-based SQL statement per batch (a page of 500
// actions is one statement, not 500), built from the fragments below so that the action
// status, the filters and sorts of `actionStatuses`, the roll-ups and the reminder sweep
// all compute the same thing.
//
// Definitions (as of day D; README "Computed status"):
// - a task is *open at D* unless it is CANCELLED or DONE with `completedOn` ≤ D (a task
//   completed after D was still open at D, so a report for an earlier day is reproducible);
// - *completion* = weight-less share of the action's non-cancelled tasks done by D, in
//   percent; null when the action has no (non-cancelled) task;
// - the action is *done* at D when it has tasks and none is open, or, without tasks, when
//   its manual RAG is BLUE ("Completed": the only word a council gives for it);
// - *late*: a task open at D whose due day is before D, or the action's parsed timescale
//   ended before D (`dueEnd` < D) while it is not done;
// - *onTrack*: neither done nor late;
// - *stale*: the plan tracks staleness (`updateIntervalDays` set), the action is not done,
//   and its last progress update on or before D (lastProgressSql) is more than that many
//   days before D; with no update at all, counted from the start of the plan's period
//   (else the day the action was created).
// Cancelled tasks carry no date, so a task cancelled after D is left out at D too (known
// limit); tasks are counted whatever day they were added.
import type { Prisma } from '../db/prisma';

/**
 * THE definition of an action's last progress update on or before the day `$asOf`: only
 * APPROVED updates count (a pending or returned one is not public progress, so it neither
 * freshens the action for the public nor hides staleness from the council). A derived table of ("actionId", "lastProgressOn")
 * for the actions `actionIds` (a SQL expression for a set of ids) selects.
 */
export function lastProgressSql(asOf: string, actionIds: string): string {
  return `SELECT u."actionId", max(coalesce(u."recordedOn", u."createdAt"::date)) AS "lastProgressOn"
      FROM "ProgressUpdate" u
      WHERE u."actionId" IN (${actionIds}) AND u."status" = 'APPROVED'
        AND coalesce(u."recordedOn", u."createdAt"::date) <= ${asOf}
      GROUP BY u."actionId"`;
}

/** A task open at `asOf`: not cancelled, and not done by then. */
export function taskOpenSql(t: string, asOf: string): string {
  return `(${t}."state" <> 'CANCELLED' AND NOT (${t}."state" = 'DONE' AND ${t}."completedOn" <= ${asOf}))`;
}

/**
 * The computed status of every action `scope` selects (SQL selecting one column of
 * action ids), as of `asOf` (a SQL date expression, usually a parameter). Columns: id,
 * planId, sectionId, position, weight, taskCount, tasksDone, overdueTasks, nextDueOn,
 * completion (numeric or null), done, late, onTrack, stale, lastProgressOn,
 * daysSinceProgress, updateIntervalDays.
 */
export function actionStatusSql(asOf: string, scope: string): string {
  return `
    WITH s AS (SELECT a."id", a."planId", a."sectionId", a."position", a."weight", a."dueEnd", a."ragStatus", a."createdAt",
                      p."updateIntervalDays", p."periodStart"
               FROM "Action" a JOIN "Plan" p ON p."id" = a."planId"
               WHERE a."id" IN (${scope})),
    t AS (SELECT t."actionId",
                 count(*) FILTER (WHERE t."state" <> 'CANCELLED')::int AS "taskCount",
                 count(*) FILTER (WHERE t."state" = 'DONE' AND t."completedOn" <= ${asOf})::int AS "tasksDone",
                 count(*) FILTER (WHERE ${taskOpenSql('t', asOf)} AND t."dueOn" < ${asOf})::int AS "overdueTasks",
                 min(t."dueOn") FILTER (WHERE ${taskOpenSql('t', asOf)}) AS "nextDueOn"
          FROM "ActionTask" t WHERE t."actionId" IN (SELECT "id" FROM s) GROUP BY t."actionId"),
    u AS (${lastProgressSql(asOf, 'SELECT "id" FROM s')}),
    c AS (SELECT s.*, coalesce(t."taskCount", 0) AS "taskCount", coalesce(t."tasksDone", 0) AS "tasksDone",
                 coalesce(t."overdueTasks", 0) AS "overdueTasks", t."nextDueOn", u."lastProgressOn",
                 CASE WHEN coalesce(t."taskCount", 0) > 0 THEN round(t."tasksDone" * 100.0 / t."taskCount", 2) END AS "completion",
                 CASE WHEN coalesce(t."taskCount", 0) > 0 THEN t."tasksDone" = t."taskCount" ELSE s."ragStatus" IS NOT DISTINCT FROM 'BLUE' END AS "done",
                 (${asOf} - coalesce(u."lastProgressOn", s."periodStart", s."createdAt"::date))::int AS "daysSinceProgress"
          FROM s LEFT JOIN t ON t."actionId" = s."id" LEFT JOIN u ON u."actionId" = s."id")
    SELECT c."id", c."planId", c."sectionId", c."position", c."weight", c."taskCount", c."tasksDone", c."overdueTasks",
           c."nextDueOn", c."completion", c."done", c."lastProgressOn", c."daysSinceProgress", c."updateIntervalDays",
           (NOT c."done" AND (c."overdueTasks" > 0 OR coalesce(c."dueEnd" < ${asOf}, false))) AS "late",
           (NOT c."done" AND NOT (c."overdueTasks" > 0 OR coalesce(c."dueEnd" < ${asOf}, false))) AS "onTrack",
           (NOT c."done" AND c."updateIntervalDays" IS NOT NULL AND c."daysSinceProgress" > c."updateIntervalDays") AS "stale"
    FROM c`;
}

/** One row of actionStatusSql, as the driver returns it. */
export interface ActionStatusRow {
  id: number;
  planId: number;
  sectionId: number | null;
  position: number;
  weight: number;
  taskCount: number;
  tasksDone: number;
  overdueTasks: number;
  nextDueOn: Date | null;
  completion: Prisma.Decimal | string | number | null;
  done: boolean;
  late: boolean;
  onTrack: boolean;
  stale: boolean;
  lastProgressOn: Date | null;
  daysSinceProgress: number | null;
  updateIntervalDays: number | null;
}

/**
 * The roll-up of the actions under each group key: `groups` is SQL selecting
 * ("groupId", "actionId") pairs. Completion is the weighted mean of the completions the
 * actions have (weight > 0; actions without tasks are left out of it); counts are of all
 * actions. Columns: groupId, actionCount, lateCount, staleCount, onTrackCount, doneCount,
 * completion (numeric or null), weightCounted.
 */
export function rollUpSql(asOf: string, groups: string): string {
  return `
    WITH g AS (${groups}),
    st AS (${actionStatusSql(asOf, 'SELECT "actionId" FROM g')})
    SELECT g."groupId",
           count(st."id")::int AS "actionCount",
           count(*) FILTER (WHERE st."late")::int AS "lateCount",
           count(*) FILTER (WHERE st."stale")::int AS "staleCount",
           count(*) FILTER (WHERE st."onTrack")::int AS "onTrackCount",
           count(*) FILTER (WHERE st."done")::int AS "doneCount",
           round(sum(st."completion" * st."weight") FILTER (WHERE st."completion" IS NOT NULL AND st."weight" > 0)
                 / nullif(sum(st."weight") FILTER (WHERE st."completion" IS NOT NULL AND st."weight" > 0), 0), 2) AS "completion",
           coalesce(sum(st."weight") FILTER (WHERE st."completion" IS NOT NULL AND st."weight" > 0), 0)::int AS "weightCounted"
    FROM g JOIN st ON st."id" = g."actionId"
    GROUP BY g."groupId"`;
}

export interface RollUpRow {
  groupId: number;
  actionCount: number;
  lateCount: number;
  staleCount: number;
  onTrackCount: number;
  doneCount: number;
  completion: Prisma.Decimal | string | number | null;
  weightCounted: number;
}

/** Pairs of (section, action) for every action in each section's subtree: `$ids` is the int[] parameter of section ids. */
export function sectionSubtreeActionsSql(ids: string): string {
  return `WITH RECURSIVE sub("root", "id") AS (
        SELECT ps."id", ps."id" FROM "PlanSection" ps WHERE ps."id" = ANY(${ids})
        UNION ALL SELECT sub."root", c."id" FROM "PlanSection" c JOIN sub ON c."parentId" = sub."id")
      SELECT sub."root" AS "groupId", a."id" AS "actionId" FROM sub JOIN "Action" a ON a."sectionId" = sub."id"`;
}

/** Pairs of (plan, action) for every action of each plan: `$ids` is the int[] parameter of plan ids. */
export function planActionsSql(ids: string): string {
  return `SELECT a."planId" AS "groupId", a."id" AS "actionId" FROM "Action" a WHERE a."planId" = ANY(${ids})`;
}

/** A numeric column value from the driver (Decimal, string or number) as a JS number, null kept. */
export function toNumber(v: Prisma.Decimal | string | number | null | undefined): number | null {
  if (v == null) return null;
  return typeof v === 'number' ? v : Number(v.toString());
}
