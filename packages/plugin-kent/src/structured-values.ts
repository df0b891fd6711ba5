import { jsonUpdate, type CouncilPlugin } from '@council-plans/core';
import { txOf } from './db';

/** The budget columns printed in £000's (the FTE and Cabinet Member columns are not money). */
export const BUDGET_AMOUNT_COLUMNS = ['controllable2007_08', 'employeeCosts', 'runningCosts', 'contractsAndProjects', 'grossExpenditure', 'externalIncome', 'internalIncome', 'controllable2008_09'] as const;

/**
 * A plan's funding total counts its budget tables: each unit budget's 2008-09 Controllable
 * Totals (the net budget the plan's year spends, in £000s, as its stored reading) is one
 * counted amount. Declared to core (`CouncilPlugin.fundingTotal`), which adds it to the
 * plan's money lines whenever it counts a plan's total: on whole-plan refreshes and on an
 * API write to one of the plan's money lines alike (it once dropped out of the latter).
 */
export const fundingTotal: NonNullable<CouncilPlugin['fundingTotal']> = {
  sql: `SELECT b."planId", (l."amountsParsed"->'controllable2008_09'->>'amount')::numeric AS amount, 1 AS counted
        FROM "KentBudgetLine" l JOIN "KentBudget" b ON b.id = l."budgetId"
        WHERE l.kind = 'CONTROLLABLE_TOTALS' AND l."amountsParsed"->'controllable2008_09'->>'amount' IS NOT NULL
          AND ($1::jsonb IS NULL OR b."planId" IN (SELECT jsonb_array_elements_text($1::jsonb)::int))`,
  models: ['KentBudgetLine'],
};

/**
 * Kent's own printed values: the key areas' Target Dates entries (some are not paired
 * with any action, so they are not core timescales), the environmental objectives'
 * target dates and the KPI table's three values per row (one row has no code, so no
 * core series). Timescales are read in their plan's period.
 */
export const refreshStructuredValues: NonNullable<CouncilPlugin['refreshStructuredValues']> = async (anyTx, scope, parsers) => {
  const tx = txOf(anyTx);
  // Key areas and plan-level rows belong to plans; an action-only refresh does not touch them.
  // Plan funding totals are core's to count (with `fundingTotal` above), never written here.
  if (!scope.rows && scope.planIds != null && !scope.planIds.length) return;
  const plans = scope.planIds == null ? {} : { planId: { in: scope.planIds } };
  // An API write names exactly its rows (scope.rows); a model it did not write is skipped.
  const where = <W extends object>(model: string, inPlans: W): W | { id: { in: number[] } } | null =>
    scope.rows ? (scope.rows[model] ? { id: { in: scope.rows[model]! } } : null) : inPlans;
  const keyAreaWhere = where('KentKeyArea', scope.planIds == null ? {} : { section: plans });
  const keyAreas = keyAreaWhere ? await tx.kentKeyArea.findMany({ where: keyAreaWhere, select: { id: true, targetDates: true, section: { select: { planId: true } } } }) : [];
  await jsonUpdate(
    tx,
    'KentKeyArea',
    { targetDatesParsed: 'jsonb' },
    keyAreas.map((k) => ({ id: k.id, targetDatesParsed: k.targetDates.map((t) => parsers.parseTimescale(t, scope.periods.get(k.section.planId))) })),
  );
  const environmentalWhere = where('KentEnvironmentalItem', plans);
  const environmental = environmentalWhere ? await tx.kentEnvironmentalItem.findMany({ where: environmentalWhere, select: { id: true, planId: true, table: true, targetDate: true } }) : [];
  await jsonUpdate(
    tx,
    'KentEnvironmentalItem',
    { targetDateParsed: 'jsonb' },
    // Only the objectives table has a Target date column; project rows print none.
    environmental.map((e) => ({ id: e.id, targetDateParsed: e.table === 'objective' ? parsers.parseTimescale(e.targetDate, scope.periods.get(e.planId)) : null })),
  );
  const linesWhere = where('KentBudgetLine', scope.planIds == null ? {} : { budget: plans });
  const lines = linesWhere ? await tx.kentBudgetLine.findMany({ where: linesWhere, select: { id: true, ...Object.fromEntries(BUDGET_AMOUNT_COLUMNS.map((c) => [c, true])) } }) : [];
  await jsonUpdate(
    tx,
    'KentBudgetLine',
    { amountsParsed: 'jsonb' },
    lines.map((l) => ({ id: l.id, amountsParsed: Object.fromEntries(BUDGET_AMOUNT_COLUMNS.map((c) => [c, parsers.parseThousandsOfPounds((l as unknown as Record<string, string>)[c])])) })),
  );
  const kpisWhere = where('KentKpi', plans);
  const kpis = kpisWhere ? await tx.kentKpi.findMany({ where: kpisWhere, select: { id: true, actual2006_07: true, estimated2007_08: true, target2008_09: true } }) : [];
  await jsonUpdate(
    tx,
    'KentKpi',
    { valuesParsed: 'jsonb' },
    kpis.map((k) => ({
      id: k.id,
      valuesParsed: {
        actual2006_07: parsers.parseIndicatorValue(k.actual2006_07),
        estimated2007_08: parsers.parseIndicatorValue(k.estimated2007_08),
        target2008_09: parsers.parseIndicatorValue(k.target2008_09),
      },
    })),
  );
};

/** The printed columns the hook reads, by model (core refreshes a written row only when one of them changed). */
export const structuredSources: Record<string, readonly string[]> = {
  KentKeyArea: ['targetDates'],
  KentEnvironmentalItem: ['table', 'targetDate'],
  KentBudgetLine: BUDGET_AMOUNT_COLUMNS,
  KentKpi: ['actual2006_07', 'estimated2007_08', 'target2008_09'],
};
