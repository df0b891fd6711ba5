import { AsyncLocalStorage } from 'node:async_hooks';
import { isDeepStrictEqual } from 'node:util';
// Recomputes the stored structured forms (timescales, money, indicator values) from the
// printed text, set-based: one read and one UPDATE … FROM jsonb_to_recordset(…) per
// table, whatever the number of rows. Seeding calls it after each document; writes and
// imports call it in their transaction after changing text columns.
import type { Prisma } from '../db/prisma';
import { txExecute } from '../db/tx-sql';
import type { Change } from '../audit/record';
import { refreshSearchDocuments, searchScopeOf, type SearchScope } from '../search/documents';
import type { CouncilPlugin } from '../plugin';
import { toIsoDate } from './school-calendar';
import { type PlanPeriod, type TimescaleResult, isUnparsed, parseTimescale } from './timescale';
import { type MoneyResult, parseMoney, parseThousandsOfPounds } from './money';
import { parseIndicatorValue } from './indicator-value';

/**
 * Which rows to refresh: the rows of these plans and these actions, plus exactly the
 * `rows` given; every row when all three are absent. The API's writes give only `rows`
 * (the rows whose printed text they created or changed), so a write refreshes what it
 * changed and nothing else of its plan.
 */
export interface RefreshScope {
  planIds?: number[];
  actionIds?: number[];
  rows?: RefreshRow[];
  /**
   * Search documents to rebuild besides those of the plans and actions in scope (the
   * API's writes: `searchScopeOf(changes)`). Every refresh rebuilds the documents of the
   * plans and actions in its scope (all of them when refreshing everything).
   */
  search?: SearchScope;
}

/** One row a write created, changed or deleted, whose structured forms (or its plan's funding total) follow its text. */
export interface RefreshRow {
  /** Prisma model name, e.g. "Action", "FundingLine", or a plugin's model. */
  model: string;
  id: number;
  /** The plan the row belongs to (null for authority-wide rows). */
  planId: number | null;
  /** A deleted row: nothing to parse, but its plan's funding total changes when it is a money line. */
  deleted?: boolean;
}

/**
 * Money a plugin's own tables add to a plan's funding total (`CouncilPlugin.fundingTotal`).
 * Core counts it in every recount of a plan's total, whole-plan refreshes and the API's
 * scoped ones alike, so a write to one money line never drops it.
 */
export interface FundingContribution {
  /**
   * A SELECT yielding `"planId"` (int), `amount` (numeric, pounds) and `counted` (int, how
   * many counted amounts it sums), one row per plan or per amount (core sums them by plan).
   * `$1` is a JSON array of the plan ids to count (`jsonb`), or NULL for every plan:
   * restrict to `$1::jsonb IS NULL OR "planId" IN (SELECT jsonb_array_elements_text($1::jsonb)::int)`.
   * It reads the stored parses the plugin's refresh hook keeps (core runs it after the hook).
   */
  sql: string;
  /** The plugin's models whose rows hold that money: an API write creating, changing or deleting one recounts its plan. */
  models: readonly string[];
}

/** The plugins' funding contributions summed by plan, in pence: `"planId"`, `pence` (text), `counted`; `$1` as in FundingContribution.sql. Null when no plugin contributes. */
function contributionsSql(plugins: readonly CouncilPlugin[]): string | null {
  const parts = plugins.flatMap((p) => (p.fundingTotal ? [`SELECT "planId"::int AS "planId", amount::numeric AS amount, counted::int AS counted FROM (${p.fundingTotal.sql}) c`] : []));
  if (!parts.length) return null;
  return `SELECT u."planId", round(sum(u.amount) * 100)::bigint AS pence, sum(u.counted)::int AS counted FROM (${parts.join(' UNION ALL ')}) u WHERE u.amount IS NOT NULL GROUP BY u."planId"`;
}

/** The models whose API writes change a plan's funding total: core's money lines and the plugins' contributing models. */
function fundingModels(plugins: readonly CouncilPlugin[]): Set<string> {
  return new Set(['FundingLine', ...plugins.flatMap((p) => p.fundingTotal?.models ?? [])]);
}

/** The parsers, handed to plugins' refresh hooks so they parse exactly as core does. */
export const structuredValueParsers = { parseTimescale, parseMoney, parseThousandsOfPounds, parseIndicatorValue };
export type StructuredValueParsers = typeof structuredValueParsers;

/**
 * The parsers, remembering each text's reading for the time of one refresh (issue 21): a
 * plan's rows repeat a handful of timescales ("Term 3", "Ongoing") and money texts, and
 * parsing 10,000 of them one by one was a large part of a 10,000-row import. The parsers
 * are pure; a reading is shared, never changed (it is only written as JSON).
 */
export function memoizedParsers(): StructuredValueParsers {
  const memo = <A extends unknown[], R>(fn: (text: string | null | undefined, ...rest: A) => R) => {
    const byContext = new Map<unknown, Map<string | null | undefined, R>>();
    return (text: string | null | undefined, ...rest: A): R => {
      const context = rest[0];
      let cache = byContext.get(context);
      if (!cache) byContext.set(context, (cache = new Map()));
      if (cache.has(text)) return cache.get(text)!;
      const value = fn(text, ...rest);
      // Bounded: a refresh of very many distinct texts keeps at most 10,000 per context.
      if (cache.size < 10_000) cache.set(text, value);
      return value;
    };
  };
  return {
    parseTimescale: memo(parseTimescale),
    parseMoney: memo(parseMoney),
    parseThousandsOfPounds: memo(parseThousandsOfPounds),
    parseIndicatorValue: memo(parseIndicatorValue),
  };
}

/**
 * What a plugin's refresh hook refreshes: every row when `planIds` is null; otherwise
 * its rows belonging to the plans `planIds` and to the actions `actionIds`.
 */
export interface PluginRefreshScope {
  /** Plans whose rows to refresh; null for every row. */
  planIds: number[] | null;
  /** Actions whose rows to refresh as well; null for none. */
  actionIds: number[] | null;
  /**
   * Exactly these rows of the plugin's own models (ids by model), as an API write created
   * or changed them: only models the plugin lists in `structuredSources`. Refresh them
   * and nothing else; `planIds` is then empty and `actionIds` null.
   */
  rows?: Record<string, number[]> | null;
  /** The plan periods by plan id, for timescales without a year. */
  periods: Map<number, PlanPeriod>;
}

let registered: readonly CouncilPlugin[] = [];
/**
 * The plugins of the deployment a request belongs to, when a process serves more than one
 * (the test suites start servers with different plugin sets in one process): set per
 * request by the server, so a write refreshes exactly its own server's plugins' columns
 * and search text. Falls back to the registered ones (one deployment per process).
 */
const deploymentPlugins = new AsyncLocalStorage<readonly CouncilPlugin[]>();

/** Runs `fn` with `plugins` as the plugins refreshStructuredValues uses by default. */
export function withStructuredValuePlugins<T>(plugins: readonly CouncilPlugin[], fn: () => T): T {
  return deploymentPlugins.run(plugins, fn);
}

function currentPlugins(): readonly CouncilPlugin[] {
  return deploymentPlugins.getStore() ?? registered;
}

/**
 * Sets the plugins whose own columns refreshStructuredValues also refreshes (every
 * bundled plugin, enabled or not: the database holds all their tables). The server and
 * the CLI call it at start; loadSeeds passes its plugins itself.
 */
export function registerStructuredValuePlugins(plugins: readonly CouncilPlugin[]): void {
  registered = plugins;
}

/**
 * Whether a value read back from a jsonb column (`stored`) is already `value`, as jsonUpdate
 * would write it: equal after `value`'s JSON round trip. For a refresh to leave out rows
 * that hold their parse already; an unsure answer is "no" (the row is sent, and jsonUpdate
 * still writes only rows that differ).
 */
export function sameAsStored(stored: unknown, value: unknown): boolean {
  return isDeepStrictEqual(stored ?? null, value == null ? null : storedForm(value));
}

/**
 * A value as jsonb gives it back (its JSON round trip), once per parse result: the
 * memoized parsers hand the same object to every row with the same text (an import's
 * 10,000 actions have a handful of timescales), and those objects are never changed.
 */
function storedForm(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return JSON.parse(JSON.stringify(value));
  let form = storedForms.get(value);
  if (form === undefined) storedForms.set(value, (form = JSON.parse(JSON.stringify(value)) as unknown));
  return form;
}
const storedForms = new WeakMap<object, unknown>();

/** Rows per jsonUpdate statement. */
const JSON_UPDATE_CHUNK = 2000;

/** Column types jsonUpdate can write. */
type ColumnType = 'jsonb' | 'date' | 'numeric' | 'text' | 'int';

/**
 * One UPDATE for many rows: `UPDATE "table" SET col = v.col … FROM
 * jsonb_to_recordset($1) AS v(id int, …) WHERE "table".id = v.id`. The rows travel as
 * one JSON parameter, which both PostgreSQL and PGlite accept through the adapters.
 * Only rows whose values differ are written (a refresh that changes nothing locks
 * nothing), and they are locked in id order first, so two transactions refreshing
 * overlapping rows queue instead of deadlocking.
 */
export async function jsonUpdate(
  // Any generated client's transaction (core's, or a plugin's typed for core + itself).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  tx: Prisma.TransactionClient | any,
  table: string,
  columns: Record<string, ColumnType>,
  rows: ({ id: number } & Record<string, unknown>)[],
): Promise<void> {
  if (!rows.length) return;
  // A statement per JSON_UPDATE_CHUNK rows (its JSON stays a few MB), the chunks in id
  // order so the row locks are still taken in id order across them.
  if (rows.length > JSON_UPDATE_CHUNK) {
    const sorted = [...rows].sort((a, b) => a.id - b.id);
    for (let i = 0; i < sorted.length; i += JSON_UPDATE_CHUNK) await jsonUpdate(tx, table, columns, sorted.slice(i, i + JSON_UPDATE_CHUNK));
    return;
  }
  const names = Object.keys(columns);
  const set = names.map((c) => `"${c}" = v."${c}"`).join(', ');
  const defs = names.map((c) => `"${c}" ${columns[c]}`).join(', ');
  const differs = names.map((c) => `t."${c}" IS DISTINCT FROM v."${c}"`).join(' OR ');
  await txExecute(
    tx,
    `WITH v AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(id int, ${defs})),
     locked AS (SELECT t.id FROM "${table}" t JOIN v ON v.id = t.id WHERE ${differs} ORDER BY t.id FOR NO KEY UPDATE OF t)
     UPDATE "${table}" AS t SET ${set} FROM v WHERE t.id = v.id AND t.id IN (SELECT id FROM locked)`,
    JSON.stringify(rows),
  );
}

/**
 * An action's stored timescale columns for its text in its plan's period, as the refresh
 * writes them: a writer that creates many actions (the importer) stores them with the
 * row, so the refresh that follows finds nothing to rewrite.
 */
export function actionTimescaleColumns(
  text: string | null | undefined,
  period: PlanPeriod | undefined,
  parse: StructuredValueParsers['parseTimescale'] = parseTimescale,
): { timescaleParsed: TimescaleResult | null; dueStart: string | null; dueEnd: string | null } {
  const parsed = text == null ? null : parse(text, period);
  const { start, end } = parsed ? timescaleColumns(parsed) : { start: null, end: null };
  return { timescaleParsed: parsed, dueStart: start, dueEnd: end };
}

function timescaleColumns(r: TimescaleResult): { start: string | null; end: string | null } {
  return isUnparsed(r) ? { start: null, end: null } : { start: r.start, end: r.end };
}

/** Whether a money line counts towards a plan's total: a fixed sum in pounds. */
export function countsTowardsTotal(m: MoneyResult): boolean {
  return !isUnparsed(m) && m.amountPence != null && m.currency === 'GBP' && m.qualifier == null && !m.perSchool && !m.perYear;
}

function qualifierText(m: MoneyResult): string | null {
  if (isUnparsed(m)) return null;
  const words = [m.qualifier === 'UP_TO' ? 'up to' : m.qualifier === 'ABOUT' ? 'about' : m.qualifier === 'AT_LEAST' ? 'at least' : null, m.perSchool ? 'per school' : null, m.perYear ? 'per year' : null];
  const text = words.filter(Boolean).join(', ');
  return text || null;
}

/**
 * Recomputes the stored structured forms (timescales, money, indicator values) of the
 * given rows from their printed text, set-based (a few statements, not one per row).
 * Also refreshes each plan's funding total and the registered plugins' own columns.
 */
export async function refreshStructuredValues(
  tx: Prisma.TransactionClient,
  scope: RefreshScope,
  plugins: readonly CouncilPlugin[] = currentPlugins(),
): Promise<void> {
  const everything = scope.planIds == null && scope.actionIds == null && scope.rows == null;
  if (scope.search || everything || scope.planIds?.length || scope.actionIds?.length) {
    const search: SearchScope = everything
      ? { everything: true }
      : { planIds: scope.planIds ?? [], planDocIds: scope.search?.planDocIds ?? [], actionIds: [...(scope.actionIds ?? []), ...(scope.search?.actionIds ?? [])] };
    await refreshSearchDocuments(tx, search, plugins);
  }
  if (scope.rows) {
    await refreshRows(tx, scope.rows, plugins);
    if (!scope.planIds?.length && !scope.actionIds?.length) return;
  }
  const actionIds = scope.actionIds?.length ? scope.actionIds : null;
  let planIds: number[] | null = everything ? null : [...(scope.planIds ?? [])];
  if (actionIds) {
    const owners = await tx.action.findMany({ where: { id: { in: actionIds } }, select: { planId: true } });
    planIds = [...new Set([...(planIds ?? []), ...owners.map((a) => a.planId)])];
  }
  if (planIds && !planIds.length) return;
  const parsers = memoizedParsers();
  // The plans in scope are locked (in id order) while their rows are re-read, so an editor's
  // by-row refresh in the same plan (which takes the same lock) is not overwritten with a
  // parse of the text it replaced.
  const periods = planIds
    ? await lockPlansWithPeriods(tx, planIds)
    : new Map<number, PlanPeriod>(
        (await tx.plan.findMany({ select: { id: true, periodStart: true, periodEnd: true, periodText: true } })).map((p) => [p.id, { start: toIsoDate(p.periodStart), end: toIsoDate(p.periodEnd), text: p.periodText }]),
      );
  const plans = [...periods.keys()].map((id) => ({ id }));
  const { parseTimescale, parseMoney, parseIndicatorValue } = parsers;

  // Actions of the plans in scope and the actions given.
  const actionWhere: Prisma.ActionWhereInput = everything
    ? {}
    : { OR: [...(scope.planIds?.length ? [{ planId: { in: scope.planIds } }] : []), ...(actionIds ? [{ id: { in: actionIds } }] : [])] };
  const actions = await tx.action.findMany({ where: actionWhere, select: { id: true, planId: true, timescaleText: true, timescaleParsed: true, dueStart: true, dueEnd: true } });
  await jsonUpdate(
    tx,
    'Action',
    { timescaleParsed: 'jsonb', dueStart: 'date', dueEnd: 'date' },
    actions.flatMap((a) => {
      const parsed = a.timescaleText == null ? null : parseTimescale(a.timescaleText, periods.get(a.planId));
      const { start, end } = parsed ? timescaleColumns(parsed) : { start: null, end: null };
      // A row already holding these values is not sent (an import stores them with its new
      // rows: 10,000 rows of JSON for nothing). Equal means equal as stored JSON; anything
      // else is sent, and the statement itself still writes only rows that differ.
      if (toIsoDate(a.dueStart) === start && toIsoDate(a.dueEnd) === end && sameAsStored(a.timescaleParsed, parsed)) return [];
      return [{ id: a.id, timescaleParsed: parsed, dueStart: start, dueEnd: end }];
    }),
  );

  const actionPlan = new Map(actions.map((a) => [a.id, a.planId]));
  // By relation, not by a list of ids: a national refresh would pass too many parameters.
  const milestones = await tx.milestone.findMany({ where: everything ? {} : { action: actionWhere }, select: { id: true, actionId: true, timescaleText: true } });
  await jsonUpdate(
    tx,
    'Milestone',
    { timescaleParsed: 'jsonb' },
    milestones.map((m) => ({ id: m.id, timescaleParsed: m.timescaleText == null ? null : parseTimescale(m.timescaleText, periods.get(actionPlan.get(m.actionId)!)) })),
  );

  // Funding: every line of the plans in scope, as a plan's total needs all of them.
  const lines = await tx.fundingLine.findMany({ where: planIds ? { planId: { in: planIds } } : {}, select: { id: true, planId: true, text: true, amount: true, fundingSource: true } });
  const totals = new Map<number, { pence: bigint; counted: number; uncounted: number }>(plans.map((p) => [p.id, { pence: 0n, counted: 0, uncounted: 0 }]));
  await jsonUpdate(
    tx,
    'FundingLine',
    { parsed: 'jsonb', amount: 'numeric', qualifier: 'text', fundingSource: 'text' },
    lines.map((l) => {
      const money = parseMoney(l.text);
      const total = totals.get(l.planId);
      if (total) {
        if (countsTowardsTotal(money)) {
          total.pence += BigInt((money as { amountPence: number }).amountPence);
          total.counted++;
        } else total.uncounted++;
      }
      return isUnparsed(money)
        ? // Text with no readable amount keeps what a writer stated (the write API's `amount`).
          { id: l.id, parsed: money, amount: l.amount?.toString() ?? null, qualifier: null, fundingSource: l.fundingSource }
        : { id: l.id, parsed: money, amount: money.amount, qualifier: qualifierText(money), fundingSource: money.fundingSource };
    }),
  );
  // Indicator values of the series the plans in scope set (all series for everything).
  if (everything || scope.planIds?.length) {
    const values = await tx.indicatorValue.findMany({ where: everything ? {} : { series: { planId: { in: planIds! } } }, select: { id: true, valueText: true } });
    await jsonUpdate(
      tx,
      'IndicatorValue',
      { parsed: 'jsonb', value: 'numeric' },
      values.map((v) => {
        const reading = parseIndicatorValue(v.valueText);
        return { id: v.id, parsed: reading, value: isUnparsed(reading) ? null : reading.value };
      }),
    );
  }

  for (const plugin of plugins) {
    await plugin.refreshStructuredValues?.(tx, { planIds: everything ? null : (scope.planIds ?? []), actionIds, periods }, parsers);
  }

  // The plans' funding totals: their money lines, and what the plugins' own tables add
  // (read after the plugins' hooks, which have just refreshed those parses).
  const contributions = contributionsSql(plugins);
  if (contributions && totals.size) {
    const added = await tx.$queryRawUnsafe<{ planId: number; pence: bigint | string | number; counted: number }[]>(contributions, planIds ? JSON.stringify(planIds) : null);
    for (const c of added) {
      const total = totals.get(Number(c.planId));
      if (!total) continue;
      total.pence += BigInt(String(c.pence));
      total.counted += Number(c.counted);
    }
  }
  await jsonUpdate(
    tx,
    'Plan',
    { fundingTotal: 'numeric', fundingCounted: 'int', fundingUncounted: 'int' },
    [...totals].map(([id, t]) => ({
      id,
      fundingTotal: t.counted ? `${t.pence < 0n ? '-' : ''}${(t.pence < 0n ? -t.pence : t.pence) / 100n}.${String((t.pence < 0n ? -t.pence : t.pence) % 100n).padStart(2, '0')}` : null,
      fundingCounted: t.counted,
      fundingUncounted: t.uncounted,
    })),
  );
}

/** The columns whose printed text core's structured forms are read from, by model. */
export const CORE_STRUCTURED_SOURCES: Record<string, readonly string[]> = {
  Action: ['timescaleText'],
  Milestone: ['timescaleText'],
  FundingLine: ['text', 'amount', 'fundingSource'],
  IndicatorValue: ['valueText'],
};

/** A plan's columns its rows' parses depend on: changing them re-reads the whole plan. */
export const PLAN_PERIOD_COLUMNS = ['periodStart', 'periodEnd', 'periodText'] as const;

/** A JSON array of ids, for `IN (SELECT … FROM jsonb_array_elements_text($n::jsonb))`. */
const idsIn = (n: number) => `(SELECT value::int FROM jsonb_array_elements_text($${n}::jsonb))`;

/**
 * Plan periods by plan id, for the given plans (one statement), locking the plans in id
 * order (`FOR NO KEY UPDATE`: it does not conflict with the key-share locks that inserting
 * a row under a plan takes). A writer that parses timescales in a plan's period, or
 * recounts its funding, holds its plan until it commits, so a concurrent change of the
 * period (which re-reads the whole plan) and a concurrent recount wait for it, and it
 * reads the period (a new snapshot once the lock is granted) as the last writer left it.
 */
async function lockPlansWithPeriods(tx: Prisma.TransactionClient, planIds: number[]): Promise<Map<number, PlanPeriod>> {
  if (!planIds.length) return new Map();
  const rows = await tx.$queryRawUnsafe<{ id: number; start: string | null; end: string | null; text: string | null }[]>(
    `SELECT id, to_char("periodStart", 'YYYY-MM-DD') AS start, to_char("periodEnd", 'YYYY-MM-DD') AS "end", "periodText" AS text
     FROM "Plan" WHERE id IN ${idsIn(1)} ORDER BY id FOR NO KEY UPDATE`,
    JSON.stringify([...planIds].sort((a, b) => a - b)),
  );
  return new Map(rows.map((p) => [Number(p.id), { start: p.start, end: p.end, text: p.text }]));
}

/**
 * Refreshes exactly the rows given (the API's writes): each model's rows by id, a few
 * statements whatever the plan's size, and the funding totals of the plans whose money
 * lines were among them. The rows themselves are already locked by the write that
 * changed them; the only other row written is each such plan, locked in id order.
 */
async function refreshRows(tx: Prisma.TransactionClient, rows: readonly RefreshRow[], plugins: readonly CouncilPlugin[]): Promise<void> {
  if (!rows.length) return;
  const byModel = new Map<string, number[]>();
  const planOf = new Map<string, number | null>();
  const totals = new Set<number>();
  const money = fundingModels(plugins);
  for (const r of rows) {
    if (money.has(r.model) && r.planId != null) totals.add(r.planId);
    if (r.deleted) continue;
    const ids = byModel.get(r.model) ?? [];
    if (!ids.includes(r.id)) ids.push(r.id);
    byModel.set(r.model, ids);
    planOf.set(`${r.model}:${r.id}`, r.planId);
  }
  for (const ids of byModel.values()) ids.sort((a, b) => a - b);
  // The plans whose period a parse reads or whose total changes (indicator values need neither).
  const planIds = new Set<number>(totals);
  for (const r of rows) if (r.planId != null && !r.deleted && r.model !== 'IndicatorValue' && r.model !== 'FundingLine') planIds.add(r.planId);
  const periods = await lockPlansWithPeriods(tx, [...planIds]);
  const periodOf = (model: string, id: number) => {
    const planId = planOf.get(`${model}:${id}`);
    return planId == null ? undefined : periods.get(planId);
  };

  const actionIds = byModel.get('Action');
  if (actionIds) {
    const actions = await tx.action.findMany({ where: { id: { in: actionIds } }, select: { id: true, timescaleText: true } });
    await jsonUpdate(
      tx,
      'Action',
      { timescaleParsed: 'jsonb', dueStart: 'date', dueEnd: 'date' },
      actions.map((a) => {
        const parsed = a.timescaleText == null ? null : parseTimescale(a.timescaleText, periodOf('Action', a.id));
        const { start, end } = parsed ? timescaleColumns(parsed) : { start: null, end: null };
        return { id: a.id, timescaleParsed: parsed, dueStart: start, dueEnd: end };
      }),
    );
  }
  const milestoneIds = byModel.get('Milestone');
  if (milestoneIds) {
    const milestones = await tx.milestone.findMany({ where: { id: { in: milestoneIds } }, select: { id: true, timescaleText: true } });
    await jsonUpdate(
      tx,
      'Milestone',
      { timescaleParsed: 'jsonb' },
      milestones.map((m) => ({ id: m.id, timescaleParsed: m.timescaleText == null ? null : parseTimescale(m.timescaleText, periodOf('Milestone', m.id)) })),
    );
  }
  const lineIds = byModel.get('FundingLine') ?? [];
  if (lineIds.length || totals.size) {
    // The lines written, and any line of those plans never parsed yet (the total reads every line's parse).
    const lines = await tx.$queryRawUnsafe<{ id: number; text: string; amount: string | null; fundingSource: string | null }[]>(
      `SELECT id, text, amount::text AS amount, "fundingSource" FROM "FundingLine"
       WHERE id IN ${idsIn(1)} OR ("planId" IN ${idsIn(2)} AND parsed IS NULL) ORDER BY id`,
      JSON.stringify(lineIds),
      JSON.stringify([...totals]),
    );
    await jsonUpdate(tx, 'FundingLine', { parsed: 'jsonb', amount: 'numeric', qualifier: 'text', fundingSource: 'text' }, lines.map((l) => fundingLineRow({ ...l, id: Number(l.id) })));
  }
  const valueIds = byModel.get('IndicatorValue');
  if (valueIds) {
    const values = await tx.indicatorValue.findMany({ where: { id: { in: valueIds } }, select: { id: true, valueText: true } });
    await jsonUpdate(tx, 'IndicatorValue', { parsed: 'jsonb', value: 'numeric' }, values.map(indicatorValueRow));
  }

  for (const plugin of plugins) {
    if (!plugin.refreshStructuredValues || !plugin.structuredSources) continue;
    const own = Object.fromEntries(Object.keys(plugin.structuredSources).flatMap((m) => (byModel.has(m) ? [[m, byModel.get(m)!]] : [])));
    if (!Object.keys(own).length) continue;
    await plugin.refreshStructuredValues(tx, { planIds: [], actionIds: null, rows: own, periods }, structuredValueParsers);
  }
  // Last: the plugins' contributions read the parses their hooks have just refreshed.
  if (totals.size) await refreshFundingTotals(tx, [...totals].sort((a, b) => a - b), plugins);
}

/**
 * Recomputes the plans' funding totals from their lines' stored parses, in SQL (one
 * aggregate, no line read into JS). The caller holds the plans' locks
 * (lockPlansWithPeriods), so the aggregate (a new snapshot) sees every line committed by
 * a writer that held them before: two writers adding money lines to one plan queue there
 * and both count.
 */
async function refreshFundingTotals(tx: Prisma.TransactionClient, planIds: number[], plugins: readonly CouncilPlugin[]): Promise<void> {
  // The same rule as countsTowardsTotal, on the stored parse.
  const counts = `(f.parsed->>'unparsed' IS NULL AND f.parsed->>'amountPence' IS NOT NULL AND f.parsed->>'currency' = 'GBP'
    AND f.parsed->>'qualifier' IS NULL AND f.parsed->>'perSchool' = 'false' AND f.parsed->>'perYear' = 'false')`;
  // Lines in pence, plus what the plugins' own tables add (FundingContribution), as the whole-plan refresh counts.
  const contributions = contributionsSql(plugins);
  const added = contributions ?? `SELECT NULL::int AS "planId", 0::bigint AS pence, 0 AS counted WHERE false`;
  await tx.$executeRawUnsafe(
    `UPDATE "Plan" p SET "fundingTotal" = s.total, "fundingCounted" = s.counted, "fundingUncounted" = s.uncounted
     FROM (
       SELECT l.id,
              CASE WHEN l.counted + coalesce(c.counted, 0) > 0 THEN round((coalesce(l.pence, 0) + coalesce(c.pence, 0)) / 100.0, 2) END AS total,
              (l.counted + coalesce(c.counted, 0))::int AS counted,
              l.uncounted
       FROM (
         SELECT pl.id,
                sum((f.parsed->>'amountPence')::bigint) FILTER (WHERE ${counts}) AS pence,
                (count(f.id) FILTER (WHERE ${counts}))::int AS counted,
                (count(f.id) FILTER (WHERE NOT ${counts} OR f.parsed IS NULL))::int AS uncounted
         FROM "Plan" pl LEFT JOIN "FundingLine" f ON f."planId" = pl.id
         WHERE pl.id IN ${idsIn(1)} GROUP BY pl.id
       ) l
       LEFT JOIN (${added}) c ON c."planId" = l.id
     ) s
     WHERE p.id = s.id AND (p."fundingTotal", p."fundingCounted", p."fundingUncounted") IS DISTINCT FROM (s.total, s.counted, s.uncounted)`,
    JSON.stringify(planIds),
  );
}

/** A money line's stored columns from its text (shared by the whole-plan and the by-row refresh). */
function fundingLineRow(l: { id: number; text: string; amount: { toString(): string } | string | null; fundingSource: string | null }) {
  const money = parseMoney(l.text);
  return isUnparsed(money)
    ? // Text with no readable amount keeps what a writer stated (the write API's `amount`).
      { id: l.id, parsed: money, amount: l.amount?.toString() ?? null, qualifier: null, fundingSource: l.fundingSource }
    : { id: l.id, parsed: money, amount: money.amount, qualifier: qualifierText(money), fundingSource: money.fundingSource };
}

function indicatorValueRow(v: { id: number; valueText: string }) {
  const reading = parseIndicatorValue(v.valueText);
  return { id: v.id, parsed: reading, value: isUnparsed(reading) ? null : reading.value };
}

/** The printed-text columns of every model refreshStructuredValues reads: core's and the registered plugins'. */
export function structuredSources(plugins: readonly CouncilPlugin[] = currentPlugins()): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>(Object.entries(CORE_STRUCTURED_SOURCES));
  for (const p of plugins) for (const [model, columns] of Object.entries(p.structuredSources ?? {})) map.set(model, columns);
  return map;
}

/** Whether a column's value differs between two row images (dates, decimals and arrays compared by their JSON). */
function differs(before: Record<string, unknown>, after: Record<string, unknown>, column: string): boolean {
  return JSON.stringify(before[column] ?? null) !== JSON.stringify(after[column] ?? null);
}

/**
 * The rows a write's changes oblige refreshStructuredValues to re-read: created rows of
 * a model with printed text, updated rows whose printed text changed, and deleted money
 * lines (their plan's total changes). A change of any other column (a RAG status, a
 * progress note, a version) refreshes nothing.
 */
export function refreshRowsOf(changes: readonly Change[], plugins: readonly CouncilPlugin[] = currentPlugins()): RefreshRow[] {
  const sources = structuredSources(plugins);
  const rows: RefreshRow[] = [];
  for (const c of changes) {
    const columns = sources.get(c.entity);
    if (!columns) continue;
    if (c.operation === 'DELETE') {
      if (c.entity === 'FundingLine') rows.push({ model: c.entity, id: c.entityId, planId: c.planId, deleted: true });
      continue;
    }
    if (c.operation === 'UPDATE' && !columns.some((col) => differs(c.before ?? {}, c.after ?? {}, col))) continue;
    rows.push({ model: c.entity, id: c.entityId, planId: c.planId });
  }
  return rows;
}

/** Plans whose period a write changed: every timescale in them is read again. */
export function plansWithNewPeriod(changes: readonly Change[]): number[] {
  return changes.filter((c) => c.entity === 'Plan' && c.operation === 'UPDATE' && PLAN_PERIOD_COLUMNS.some((col) => differs(c.before ?? {}, c.after ?? {}, col))).map((c) => c.entityId);
}

/** The search documents a write's changes oblige search to rebuild (see search/documents.ts). */
export function searchScopeOfChanges(changes: readonly Change[], plugins: readonly CouncilPlugin[] = currentPlugins()): SearchScope {
  return searchScopeOf(changes, plugins);
}
