import { jsonUpdate, type CouncilPlugin } from '@council-plans/core';
import { txOf } from './db';

/** Parses each implementation step's own timescale ("November 19") in its plan's period. */
export const refreshStructuredValues: NonNullable<CouncilPlugin['refreshStructuredValues']> = async (anyTx, scope, parsers) => {
  const tx = txOf(anyTx);
  // An API write names exactly its rows (scope.rows).
  if (scope.rows && !scope.rows.PeterboroughImplementationStep) return;
  const inScope = scope.rows
    ? { id: { in: scope.rows.PeterboroughImplementationStep! } }
    : scope.planIds == null
      ? {}
      : { row: { action: { OR: [{ planId: { in: scope.planIds } }, ...(scope.actionIds ? [{ id: { in: scope.actionIds } }] : [])] } } };
  const steps = await tx.peterboroughImplementationStep.findMany({
    where: inScope,
    select: { id: true, timescaleText: true, row: { select: { action: { select: { planId: true } } } } },
  });
  await jsonUpdate(
    tx,
    'PeterboroughImplementationStep',
    { timescaleParsed: 'jsonb' },
    steps.map((s) => ({ id: s.id, timescaleParsed: s.timescaleText == null ? null : parsers.parseTimescale(s.timescaleText, scope.periods.get(s.row.action.planId)) })),
  );
};

/** The printed columns the hook reads, by model. */
export const structuredSources: Record<string, readonly string[]> = { PeterboroughImplementationStep: ['timescaleText'] };
