import DataLoader from 'dataloader';
import type { Context, LoaderFactory } from '@council-plans/core';
import { prismaOf } from './db';

// Per-request DataLoaders for Plymouth's tables: one SQL statement per level of a query,
// whatever the number of rows.

type Action = Awaited<ReturnType<Context['prisma']['action']['findFirstOrThrow']>>;

/** Every action a party monitors or evaluates, in document order, each once. */
function actionsOverseenBy(ctx: Context, role: 'MONITORING' | 'EVALUATION') {
  return ctx.loaders.get(`plymouth.actionsOverseenBy.${role}`, () => {
    return new DataLoader<number, Action[]>(async (partyIds) => {
      const rows = await prismaOf(ctx).plymouthActionOversight.findMany({
        where: { partyId: { in: [...partyIds] }, role },
        include: { action: true },
        orderBy: [{ actionId: 'asc' }, { position: 'asc' }],
      });
      const byParty = new Map<number, Map<number, Action>>(partyIds.map((id) => [id, new Map()]));
      for (const row of rows) byParty.get(row.partyId)?.set(row.actionId, row.action);
      return partyIds.map((id) => [...byParty.get(id)!.values()]);
    });
  });
}

export const loaders = {
  rowByAction: ((ctx: Context) =>
    ctx.loaders.one(
      'plymouth.rowByAction',
      (ids: readonly number[]) => prismaOf(ctx).plymouthActionRow.findMany({ where: { actionId: { in: [...ids] } } }),
      (row) => row.actionId,
    )) satisfies LoaderFactory,
  partsByRow: ((ctx: Context) =>
    ctx.loaders.many(
      'plymouth.partsByRow',
      (ids: readonly number[]) => prismaOf(ctx).plymouthResourcePart.findMany({ where: { rowId: { in: [...ids] } }, orderBy: [{ rowId: 'asc' }, { position: 'asc' }] }),
      (part) => part.rowId,
    )) satisfies LoaderFactory,
  oversightByAction: ((ctx: Context) =>
    ctx.loaders.many(
      'plymouth.oversightByAction',
      (ids: readonly number[]) =>
        prismaOf(ctx).plymouthActionOversight.findMany({ where: { actionId: { in: [...ids] } }, orderBy: [{ actionId: 'asc' }, { role: 'asc' }, { position: 'asc' }] }),
      (row) => row.actionId,
    )) satisfies LoaderFactory,
  monitoredByParty: ((ctx: Context) => actionsOverseenBy(ctx, 'MONITORING')) satisfies LoaderFactory,
  evaluatedByParty: ((ctx: Context) => actionsOverseenBy(ctx, 'EVALUATION')) satisfies LoaderFactory,
};
