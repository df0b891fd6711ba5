import type { Context, LoaderFactory } from '@council-plans/core';
import { prismaOf } from './db';

// Per-request DataLoaders for Peterborough's tables: one SQL statement per level of a
// query, whatever the number of rows.
export const loaders = {
  rowByAction: ((ctx: Context) =>
    ctx.loaders.one(
      'peterborough.rowByAction',
      (ids: readonly number[]) => prismaOf(ctx).peterboroughActionRow.findMany({ where: { actionId: { in: [...ids] } } }),
      (row) => row.actionId,
    )) satisfies LoaderFactory,
  stepsByRow: ((ctx: Context) =>
    ctx.loaders.many(
      'peterborough.stepsByRow',
      (ids: readonly number[]) => prismaOf(ctx).peterboroughImplementationStep.findMany({ where: { rowId: { in: [...ids] } }, orderBy: [{ rowId: 'asc' }, { position: 'asc' }] }),
      (step) => step.rowId,
    )) satisfies LoaderFactory,
  themeItemsBySection: ((ctx: Context) =>
    ctx.loaders.many(
      'peterborough.themeItemsBySection',
      (ids: readonly number[]) =>
        prismaOf(ctx).peterboroughThemeItem.findMany({ where: { sectionId: { in: [...ids] }, parentId: null }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
      (item) => item.sectionId,
    )) satisfies LoaderFactory,
  themeItemChildren: ((ctx: Context) =>
    ctx.loaders.many(
      'peterborough.themeItemChildren',
      (ids: readonly number[]) => prismaOf(ctx).peterboroughThemeItem.findMany({ where: { parentId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
      (item) => item.parentId!,
    )) satisfies LoaderFactory,
};
