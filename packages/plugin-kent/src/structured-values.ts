import { jsonUpdate, type CouncilPlugin } from '@council-plans/core';
import { txOf } from './db';

/** The budget columns printed in £000's (the FTE and Cabinet Member columns are not money). */
export const BUDGET_AMOUNT_COLUMNS = ['controllable2007_08', 'employeeCosts', 'runningCosts', 'contractsAndProjects', 'grossExpenditure', 'externalIncome', 'internalIncome', 'controllable2008_09'] as const;

type Tx = ReturnType<typeof txOf>;
type Scope = Parameters<NonNullable<CouncilPlugin['refreshStructuredValues']>>[1];
type Parsers = Parameters<NonNullable<CouncilPlugin['refreshStructuredValues']>>[2];

/**
 * A plan's funding total counts its budget tables: each unit budget's 2008-09 Controllable
 * Totals (the net budget the plan's year spends, in £000s) is one counted line added to
 * the total core has just computed from the plan's money lines (core recomputes the
 * total of every plan it refreshes, so this adds once). The plans are core's: the
 * scope's plans and those of the scope's actions (a write to one action recomputes its
 * plan's total).
 */
async function addBudgetsToFundingTotals(tx: Tx, scope: Scope, parsers: Parsers): Promise<void> {
  let planIds = scope.planIds;
  if (planIds != null && scope.actionIds?.length) {
    const owners = await tx.action.findMany({ where: { id: { in: scope.actionIds } }, select: { planId: true } });
    planIds = [...new Set([...planIds, ...owners.map((a) => a.planId)])];
  }
  if (planIds != null && !planIds.length) return;
  const totals = await tx.kentBudgetLine.findMany({
    where: { kind: 'CONTROLLABLE_TOTALS', budget: planIds == null ? {} : { planId: { in: planIds } } },
    select: { controllable2008_09: true, budget: { select: { planId: true } } },
  });
  const byPlan = new Map<number, { pence: bigint; counted: number }>();
  for (const t of totals) {
    const money = parsers.parseThousandsOfPounds(t.controllable2008_09);
    if (!('amountPence' in money) || money.amountPence == null) continue;
    const sum = byPlan.get(t.budget.planId) ?? { pence: 0n, counted: 0 };
    sum.pence += BigInt(money.amountPence);
    sum.counted++;
    byPlan.set(t.budget.planId, sum);
  }
  if (!byPlan.size) return;
  const pounds = (p: bigint) => `${p < 0n ? '-' : ''}${(p < 0n ? -p : p) / 100n}.${String((p < 0n ? -p : p) % 100n).padStart(2, '0')}`;
  const rows = [...byPlan].map(([id, sum]) => ({ id, amount: pounds(sum.pence), counted: sum.counted }));
  // One statement for every plan.
  await tx.$executeRawUnsafe(
    `UPDATE "Plan" p SET "fundingTotal" = COALESCE(p."fundingTotal", 0) + x.amount, "fundingCounted" = p."fundingCounted" + x.counted
     FROM jsonb_to_recordset($1::jsonb) AS x(id int, amount numeric, counted int) WHERE p.id = x.id`,
    JSON.stringify(rows),
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
  await addBudgetsToFundingTotals(tx, scope, parsers);
  // Key areas and plan-level rows belong to plans; an action-only refresh does not touch them.
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
