import { jsonUpdate, type CouncilPlugin } from '@council-plans/core';
import { txOf } from './db';

/** The budget columns printed in £000's (the FTE and Cabinet Member columns are not money). */
export const BUDGET_AMOUNT_COLUMNS = ['controllable2007_08', 'employeeCosts', 'runningCosts', 'contractsAndProjects', 'grossExpenditure', 'externalIncome', 'internalIncome', 'controllable2008_09'] as const;

type Tx = ReturnType<typeof txOf>;
type Scope = Parameters<NonNullable<CouncilPlugin['refreshStructuredValues']>>[1];

/**
 * A plan's funding total counts its budget tables: each unit budget's 2008-09 Controllable
 * Totals (the net budget the plan's year spends, in £000s, as its stored reading) is one
 * counted line added to the total core has just computed from the plan's money lines (core
 * recomputes the total of every plan it refreshes, so this adds once). The plans are
 * core's: the scope's plans and those of the scope's actions (a write to one action
 * recomputes its plan's total). One UPDATE.
 */
async function addBudgetsToFundingTotals(tx: Tx, scope: Scope): Promise<void> {
  let planIds = scope.planIds;
  if (planIds != null && scope.actionIds?.length) {
    const owners = await tx.action.findMany({ where: { id: { in: scope.actionIds } }, select: { planId: true } });
    planIds = [...new Set([...planIds, ...owners.map((a) => a.planId)])];
  }
  if (planIds != null && !planIds.length) return;
  await tx.$executeRawUnsafe(
    `UPDATE "Plan" p SET "fundingTotal" = COALESCE(p."fundingTotal", 0) + x.amount, "fundingCounted" = p."fundingCounted" + x.counted
     FROM (
       SELECT b."planId" AS id, SUM((l."amountsParsed"->'controllable2008_09'->>'amount')::numeric) AS amount, COUNT(*)::int AS counted
       FROM "KentBudgetLine" l JOIN "KentBudget" b ON b.id = l."budgetId"
       WHERE l.kind = 'CONTROLLABLE_TOTALS' AND l."amountsParsed"->'controllable2008_09'->>'amount' IS NOT NULL
         AND ($1::jsonb IS NULL OR b."planId" IN (SELECT jsonb_array_elements_text($1::jsonb)::int))
       GROUP BY b."planId"
     ) x WHERE p.id = x.id`,
    planIds == null ? null : JSON.stringify(planIds),
  );
}

/**
 * Kent's own printed values: the key areas' Target Dates entries (some are not paired
 * with any action, so they are not core timescales), the environmental objectives'
 * target dates and the KPI table's three values per row (one row has no code, so no
 * core series). Timescales are read in their plan's period.
 */
export const refreshStructuredValues: NonNullable<CouncilPlugin['refreshStructuredValues']> = async (anyTx, scope, parsers) => {
  const tx = txOf(anyTx);
  // Key areas and plan-level rows belong to plans; an action-only refresh does not touch them
  // (but its plans' funding totals, which core has just recomputed, count their budgets).
  // An API write names exactly its rows (scope.rows) and recounts no plan total here.
  if (!scope.rows && scope.planIds != null && !scope.planIds.length) {
    await addBudgetsToFundingTotals(tx, scope);
    return;
  }
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
  if (!scope.rows) await addBudgetsToFundingTotals(tx, scope);
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
