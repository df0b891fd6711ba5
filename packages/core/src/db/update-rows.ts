// Many changed rows of one table written set-based: `jsonUpdate` (values/refresh.ts), with
// the column types the API's and the importer's own rows need.
import type { Prisma } from './prisma';
import { jsonUpdate } from '../values/refresh';

/**
 * `UPDATE "table" … FROM jsonb_to_recordset($1)` (see `jsonUpdate`: it chunks the rows
 * itself, in id order, so row locks are taken in id order across chunks; only rows whose
 * values differ are written). `columns` maps a column to its SQL type as
 * `jsonb_to_recordset` reads it: besides jsonUpdate's five (jsonb, date, numeric, text,
 * int) also `float8`, `int[]` (from a JSON array), an enum (`"TaskState"`) and
 * `timestamp(3)` (an ISO text in UTC). Dates travel as "YYYY-MM-DD".
 */
export async function updateRows(
  tx: Prisma.TransactionClient,
  table: string,
  columns: Record<string, string>,
  rows: ({ id: number } & Record<string, unknown>)[],
): Promise<void> {
  // jsonUpdate names only five types in its signature; its SQL takes any type name as it is.
  const types = columns as Parameters<typeof jsonUpdate>[2];
  await jsonUpdate(tx, table, types, rows);
}
