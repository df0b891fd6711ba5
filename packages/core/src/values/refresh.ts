// Recomputes the stored structured forms (timescales, money, indicator values) from the
// printed text, set-based: one read and one UPDATE … FROM jsonb_to_recordset(…) per
// table, whatever the number of rows. Seeding calls it after each document; writes and
// imports call it in their transaction after changing text columns.
import type { Prisma } from '../db/prisma';
import type { CouncilPlugin } from '../plugin';
import { toIsoDate } from './school-calendar';
import { type PlanPeriod, type TimescaleResult, isUnparsed, parseTimescale } from './timescale';
import { type MoneyResult, parseMoney, parseThousandsOfPounds } from './money';
import { parseIndicatorValue } from './indicator-value';

/** Which rows to refresh: the rows of these plans and these actions; every row when both are absent. */
export interface RefreshScope {
  planIds?: number[];
  actionIds?: number[];
}

/** The parsers, handed to plugins' refresh hooks so they parse exactly as core does. */
export const structuredValueParsers = { parseTimescale, parseMoney, parseThousandsOfPounds, parseIndicatorValue };
export type StructuredValueParsers = typeof structuredValueParsers;

/**
 * What a plugin's refresh hook refreshes: every row when `planIds` is null; otherwise
 * its rows belonging to the plans `planIds` and to the actions `actionIds`.
 */
export interface PluginRefreshScope {
  /** Plans whose rows to refresh; null for every row. */
  planIds: number[] | null;
  /** Actions whose rows to refresh as well; null for none. */
  actionIds: number[] | null;
  /** The plan periods by plan id, for timescales without a year. */
  periods: Map<number, PlanPeriod>;
}

let registered: readonly CouncilPlugin[] = [];

/**
 * Sets the plugins whose own columns refreshStructuredValues also refreshes (every
 * bundled plugin, enabled or not: the database holds all their tables). The server and
 * the CLI call it at start; loadSeeds passes its plugins itself.
 */
export function registerStructuredValuePlugins(plugins: readonly CouncilPlugin[]): void {
  registered = plugins;
}

/** Column types jsonUpdate can write. */
type ColumnType = 'jsonb' | 'date' | 'numeric' | 'text' | 'int';

/**
 * One UPDATE for many rows: `UPDATE "table" SET col = v.col … FROM
 * jsonb_to_recordset($1) AS v(id int, …) WHERE "table".id = v.id`. The rows travel as
 * one JSON parameter, which both PostgreSQL and PGlite accept through the adapters.
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
  const names = Object.keys(columns);
  const set = names.map((c) => `"${c}" = v."${c}"`).join(', ');
  const defs = names.map((c) => `"${c}" ${columns[c]}`).join(', ');
  await tx.$executeRawUnsafe(
    `UPDATE "${table}" AS t SET ${set} FROM jsonb_to_recordset($1::jsonb) AS v(id int, ${defs}) WHERE t.id = v.id`,
    JSON.stringify(rows),
  );
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
  plugins: readonly CouncilPlugin[] = registered,
): Promise<void> {
  const everything = scope.planIds == null && scope.actionIds == null;
  const actionIds = scope.actionIds?.length ? scope.actionIds : null;
  let planIds: number[] | null = everything ? null : [...(scope.planIds ?? [])];
  if (actionIds) {
    const owners = await tx.action.findMany({ where: { id: { in: actionIds } }, select: { planId: true } });
    planIds = [...new Set([...(planIds ?? []), ...owners.map((a) => a.planId)])];
  }
  if (planIds && !planIds.length) return;
  const planWhere = planIds ? { id: { in: planIds } } : {};
  const plans = await tx.plan.findMany({ where: planWhere, select: { id: true, periodStart: true, periodEnd: true, periodText: true } });
  const periods = new Map<number, PlanPeriod>(plans.map((p) => [p.id, { start: toIsoDate(p.periodStart), end: toIsoDate(p.periodEnd), text: p.periodText }]));

  // Actions of the plans in scope and the actions given.
  const actionWhere: Prisma.ActionWhereInput = everything
    ? {}
    : { OR: [...(scope.planIds?.length ? [{ planId: { in: scope.planIds } }] : []), ...(actionIds ? [{ id: { in: actionIds } }] : [])] };
  const actions = await tx.action.findMany({ where: actionWhere, select: { id: true, planId: true, timescaleText: true } });
  await jsonUpdate(
    tx,
    'Action',
    { timescaleParsed: 'jsonb', dueStart: 'date', dueEnd: 'date' },
    actions.map((a) => {
      const parsed = a.timescaleText == null ? null : parseTimescale(a.timescaleText, periods.get(a.planId));
      const { start, end } = parsed ? timescaleColumns(parsed) : { start: null, end: null };
      return { id: a.id, timescaleParsed: parsed, dueStart: start, dueEnd: end };
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
  await jsonUpdate(
    tx,
    'Plan',
    { fundingTotal: 'numeric', fundingCounted: 'int', fundingUncounted: 'int' },
    [...totals].map(([id, t]) => ({
      id,
      fundingTotal: t.counted ? `${t.pence / 100n}.${String(t.pence % 100n).padStart(2, '0')}` : null,
      fundingCounted: t.counted,
      fundingUncounted: t.uncounted,
    })),
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
    await plugin.refreshStructuredValues?.(tx, { planIds: everything ? null : (scope.planIds ?? []), actionIds, periods }, structuredValueParsers);
  }
}
