import { jsonUpdate, type CouncilPlugin } from '@council-plans/core';
import { txOf } from './db';

/** The budget columns printed in £000's (the FTE and Cabinet Member columns are not money). */
export const BUDGET_AMOUNT_COLUMNS = ['controllable2007_08', 'employeeCosts', 'runningCosts', 'contractsAndProjects', 'grossExpenditure', 'externalIncome', 'internalIncome', 'controllable2008_09'] as const;

/**
 * Kent's own printed values: the key areas' Target Dates entries (some are not paired
 * with any action, so they are not core timescales), the environmental objectives'
 * target dates and the KPI table's three values per row (one row has no code, so no
 * core series). Timescales are read in their plan's period.
 */
export const refreshStructuredValues: NonNullable<CouncilPlugin['refreshStructuredValues']> = async (anyTx, scope, parsers) => {
  const tx = txOf(anyTx);
  // Key areas and plan-level rows belong to plans; an action-only refresh does not touch them.
  if (scope.planIds != null && !scope.planIds.length) return;
  const plans = scope.planIds == null ? {} : { planId: { in: scope.planIds } };
  const keyAreas = await tx.kentKeyArea.findMany({ where: scope.planIds == null ? {} : { section: plans }, select: { id: true, targetDates: true, section: { select: { planId: true } } } });
  await jsonUpdate(
    tx,
    'KentKeyArea',
    { targetDatesParsed: 'jsonb' },
    keyAreas.map((k) => ({ id: k.id, targetDatesParsed: k.targetDates.map((t) => parsers.parseTimescale(t, scope.periods.get(k.section.planId))) })),
  );
  const environmental = await tx.kentEnvironmentalItem.findMany({ where: plans, select: { id: true, planId: true, table: true, targetDate: true } });
  await jsonUpdate(
    tx,
    'KentEnvironmentalItem',
    { targetDateParsed: 'jsonb' },
    // Only the objectives table has a Target date column; project rows print none.
    environmental.map((e) => ({ id: e.id, targetDateParsed: e.table === 'objective' ? parsers.parseTimescale(e.targetDate, scope.periods.get(e.planId)) : null })),
  );
  const lines = await tx.kentBudgetLine.findMany({ where: scope.planIds == null ? {} : { budget: plans }, select: { id: true, ...Object.fromEntries(BUDGET_AMOUNT_COLUMNS.map((c) => [c, true])) } });
  await jsonUpdate(
    tx,
    'KentBudgetLine',
    { amountsParsed: 'jsonb' },
    lines.map((l) => ({ id: l.id, amountsParsed: Object.fromEntries(BUDGET_AMOUNT_COLUMNS.map((c) => [c, parsers.parseThousandsOfPounds((l as unknown as Record<string, string>)[c])])) })),
  );
  const kpis = await tx.kentKpi.findMany({ where: plans, select: { id: true, actual2006_07: true, estimated2007_08: true, target2008_09: true } });
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
