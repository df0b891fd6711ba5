// Set-based writes for the importer (issue 21 item 5): many rows per statement, the rows
// travelling as one JSON parameter typed by the table itself (`json_populate_recordset(
// NULL::"Table", …)`), so there is no bind-parameter limit and no Prisma query compiler
// in the path (its createMany / createManyAndReturn / `in: [thousands of ids]` were most
// of a large import's time and memory). Works the same on PostgreSQL and PGlite.
import type { Prisma } from '../db/prisma';
import { txExecute, txQuery } from '../db/tx-sql';

type Tx = Prisma.TransactionClient;

/** Rows per statement: a statement's JSON (and its RETURNING) stays a few MB at most. */
export const ROWS_PER_STATEMENT = 1000;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The rows as JSON for json_populate_recordset: dates as ISO text (read as UTC, as Prisma stores them), big integers as text. */
function rowsJson(rows: readonly Record<string, unknown>[]): string {
  return JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/** The columns of a batch: every key any row has (a row without one writes NULL there, not the column's default). */
function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const set = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (r[k] !== undefined) set.add(k);
  return [...set];
}

/**
 * Inserts rows into a table (its Prisma model name, which is its table name here) and
 * returns the inserted rows (every column), one statement per ROWS_PER_STATEMENT rows.
 * The order of the returned rows is not promised: match them back by a key unique in the
 * batch. `updatedAt: true` stamps Prisma's `@updatedAt` column, which has no default in
 * the database.
 */
export async function insertRows<T = Record<string, unknown>>(tx: Tx, table: string, rows: readonly Record<string, unknown>[], options: { updatedAt?: boolean } = {}): Promise<T[]> {
  const out: T[] = [];
  const now = new Date();
  const statement = (i: number) => {
    const batch = rows.slice(i, i + ROWS_PER_STATEMENT).map((r) => (options.updatedAt ? { ...r, updatedAt: now } : r));
    const columns = columnsOf(batch).map(quote).join(', ');
    return { sql: `INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $1::json) RETURNING *`, json: rowsJson(batch) };
  };
  let next = rows.length ? statement(0) : null;
  for (let i = 0; next; i += ROWS_PER_STATEMENT) {
    const pending = txQuery<T>(tx, next.sql, next.json);
    // The next statement's JSON is built while PostgreSQL inserts this one.
    next = i + ROWS_PER_STATEMENT < rows.length ? statement(i + ROWS_PER_STATEMENT) : null;
    for (const row of await pending) out.push(row);
  }
  return out;
}

/**
 * Updates rows by id, each to the values it gives (every row gives the same columns; a
 * column a row leaves out is set NULL), one statement per ROWS_PER_STATEMENT rows,
 * locking them in id order first. `updatedAt: true` stamps Prisma's `@updatedAt` column.
 */
export async function updateRows(tx: Tx, table: string, rows: readonly ({ id: number } & Record<string, unknown>)[], options: { updatedAt?: boolean } = {}): Promise<void> {
  const now = new Date();
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const batch = rows.slice(i, i + ROWS_PER_STATEMENT).map((r) => (options.updatedAt ? { ...r, updatedAt: now } : r));
    const columns = columnsOf(batch).filter((c) => c !== 'id');
    if (!columns.length) continue;
    const set = columns.map((c) => `${quote(c)} = v.${quote(c)}`).join(', ');
    await txExecute(
      tx,
      `WITH v AS (SELECT * FROM json_populate_recordset(NULL::${quote(table)}, $1::json)),
       locked AS (SELECT t.id FROM ${quote(table)} t WHERE t.id IN (SELECT id FROM v) ORDER BY t.id FOR NO KEY UPDATE OF t)
       UPDATE ${quote(table)} AS t SET ${set} FROM v WHERE t.id = v.id AND t.id IN (SELECT id FROM locked)`,
      rowsJson(batch),
    );
  }
}

/** Deletes rows by id, one statement per 10,000 ids (a JSON array parameter, not a bind parameter per id). */
export async function deleteRows(tx: Tx, table: string, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 10_000) {
    await txExecute(tx, `DELETE FROM ${quote(table)} WHERE id = ANY(ARRAY(SELECT value::int FROM jsonb_array_elements_text($1::jsonb)))`, JSON.stringify(ids.slice(i, i + 10_000)));
  }
}

/** Rows of a table whose `column` is one of `values` (ints), ordered by id: one statement per 10,000 values. */
export async function rowsWhereIn<T = Record<string, unknown>>(tx: Tx, table: string, column: string, values: readonly number[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += 10_000) {
    const rows = await txQuery<T>(
      tx,
      `SELECT * FROM ${quote(table)} WHERE ${quote(column)} = ANY(ARRAY(SELECT value::int FROM jsonb_array_elements_text($1::jsonb))) ORDER BY id`,
      JSON.stringify(values.slice(i, i + 10_000)),
    );
    for (const r of rows) out.push(r);
  }
  return out;
}
