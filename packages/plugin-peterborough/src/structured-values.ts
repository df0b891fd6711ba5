import { jsonUpdate, sameAsStored, type CouncilPlugin } from '@council-plans/core';
import { txOf } from './db';

/** Parses each implementation step's own timescale ("November 19") in its plan's period. */
export const refreshStructuredValues: NonNullable<CouncilPlugin['refreshStructuredValues']> = async (anyTx, scope, parsers) => {
  const tx = txOf(anyTx);
  // An API write names exactly its rows (scope.rows).
  if (scope.rows && !scope.rows.PeterboroughImplementationStep) return;
  // One read by SQL (issue 21): Prisma's nested select went through `in` lists of every
  // row and action id of the plan (20,000 steps of a 10,000-row import).
  const ids = (list: readonly number[]) => `ANY(ARRAY(SELECT value::int FROM jsonb_array_elements_text('${JSON.stringify(list.map(Number))}'::jsonb)))`;
  const where = scope.rows
    ? `WHERE s.id = ${ids(scope.rows.PeterboroughImplementationStep!)}`
    : scope.planIds == null
      ? ''
      : `WHERE a."planId" = ${ids(scope.planIds)}${scope.actionIds ? ` OR a.id = ${ids(scope.actionIds)}` : ''}`;
  const steps = await tx.$queryRawUnsafe<{ id: number; timescaleText: string | null; timescaleParsed: unknown; planId: number }[]>(
    `SELECT s.id, s."timescaleText", s."timescaleParsed", a."planId" FROM "PeterboroughImplementationStep" s
     JOIN "PeterboroughActionRow" r ON r.id = s."rowId" JOIN "Action" a ON a.id = r."actionId" ${where}`,
  );
  await jsonUpdate(
    tx,
    'PeterboroughImplementationStep',
    { timescaleParsed: 'jsonb' },
    steps.flatMap((s) => {
      const parsed = s.timescaleText == null ? null : parsers.parseTimescale(s.timescaleText, scope.periods.get(Number(s.planId)));
      // A step already holding its parse is not sent (an import's 20,000 new steps were, for nothing).
      return sameAsStored(s.timescaleParsed, parsed) ? [] : [{ id: Number(s.id), timescaleParsed: parsed }];
    }),
  );
};

/** The printed columns the hook reads, by model. */
export const structuredSources: Record<string, readonly string[]> = { PeterboroughImplementationStep: ['timescaleText'] };
