// Set-based writes for the importer (issue 21 item 5): many rows per statement, the rows
// travelling as one JSON parameter typed by the table itself (`json_populate_recordset(
// NULL::"Table", …)`), so there is no bind-parameter limit and no Prisma query compiler
// in the path (its createMany / createManyAndReturn / `in: [thousands of ids]` were most
// of a large import's time and memory). Works the same on PostgreSQL and PGlite.
import type { Prisma } from '../db/prisma';
import { jsonText, txCanCopy, txExecute, txInsertValues, txNextIds, txQuery } from '../db/tx-sql';
import { inTurn } from '../db/serial-transactions';

type Tx = Prisma.TransactionClient;

/** Rows per statement: a statement's JSON (and its RETURNING) stays a few MB at most. */
export const ROWS_PER_STATEMENT = 1000;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The rows as JSON for json_populate_recordset: dates as ISO text (read as UTC, as Prisma stores them), big integers as text. */
function rowsJson(rows: readonly Record<string, unknown>[]): string {
  return jsonText(rows);
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
  if (rows.length >= COPY_FROM_ROWS && txCanCopy(tx)) {
    const copied = await copyRows<T>(tx, table, rows, options);
    if (copied) return copied;
  }
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

/**
 * Ids for `n` new rows of a table, from its serial id's sequence (one statement), for
 * `sendRows`; null when the table has no serial id (the caller inserts with `insertRows`).
 */
export async function takeIds(tx: Tx, table: string, n: number): Promise<number[] | null> {
  if (!(await shapeOf(tx, table)).serial) return null;
  return txNextIds(tx, table, 'id', n);
}

/**
 * `insertRows` for rows whose ids the caller took first (`takeIds`, which also reads the
 * table's shape; `ids[i]` is row i's), sent without waiting: the promise gives the rows
 * as stored (read back by id, as RETURNING * would). So a caller can send the next rows
 * (a plugin row naming its action's id) before it reads these back, and PostgreSQL
 * inserts them while these are turned into audit images (issue 21: a large import waited
 * on PostgreSQL, and PostgreSQL waited while each batch read back was processed). At most
 * ROWS_PER_STATEMENT rows a call.
 *
 * Order: on the transaction's own connection (PostgreSQL) every statement is in the
 * connection's queue (`inTurn`) when this returns, so calls run in call order and before
 * the COMMIT or ROLLBACK Prisma sends after them; through Prisma (PGlite) each call's
 * INSERT waits for the one before (a statement asked for after the transaction ended is
 * refused by Prisma, never run). If a statement fails, the promise rejects with its
 * error; the read-back refused in the aborted transaction is not reported separately.
 */
export function sendRows<T = Record<string, unknown>>(tx: Tx, table: string, rows: readonly Record<string, unknown>[], ids: readonly number[], options: { updatedAt?: boolean } = {}): Promise<T[]> {
  if (ids.length !== rows.length || rows.length > ROWS_PER_STATEMENT) return Promise.reject(new Error(`sendRows: ${rows.length} rows of ${table} with ${ids.length} ids (at most ${ROWS_PER_STATEMENT} a call)`));
  const withIds = () => rows.map((r, i) => ({ ...r, id: ids[i] }));
  if (!txCanCopy(tx)) return inTurn(tx, () => insertRows<T>(tx, table, withIds(), options));
  // One INSERT … RETURNING below COPY's threshold: its statement is queued before insertRows first waits.
  if (rows.length < COPY_FROM_ROWS) return insertRows<T>(tx, table, withIds(), options);
  const shape = readShapes.get(table);
  if (!shape) return Promise.reject(new Error(`sendRows: the shape of ${table} is not read yet (call takeIds for it first)`));
  return copyThenReadBack<T>(tx, table, shape, rows, ids, options);
}

/** From this many rows `insertRows` writes by COPY where it can (a statement or two more, each much cheaper). */
const COPY_FROM_ROWS = 500;

/** A table's serial id sequence and its array columns, read once per table (the schema does not change under a running process). */
const shapes = new Map<string, Promise<{ serial: boolean; arrays: Set<string> }>>();
/** The shapes read so far, for callers that must not wait (`sendRows`). */
const readShapes = new Map<string, { serial: boolean; arrays: Set<string> }>();

function shapeOf(tx: Tx, table: string): Promise<{ serial: boolean; arrays: Set<string> }> {
  let shape = shapes.get(table);
  if (!shape) {
    shape = txQuery<{ name: string; array: boolean; serial: boolean }>(
      tx,
      `SELECT a.attname AS name, t.typcategory = 'A' AS array, pg_get_serial_sequence($1, 'id') IS NOT NULL AS serial
       FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
      quote(table),
    ).then((columns) => {
      const read = { serial: columns.some((c) => c.serial), arrays: new Set(columns.filter((c) => c.array).map((c) => c.name)) };
      readShapes.set(table, read);
      return read;
    });
    // A failed look-up (a rolled-back transaction) is asked again next time.
    shape.catch(() => shapes.delete(table));
    shapes.set(table, shape);
  }
  return shape;
}

/** A JS array as PostgreSQL's array input text ({"a","b"}), for a COPY line. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values
    .map((v) => {
      if (v === null || v === undefined) return 'NULL';
      if (Array.isArray(v)) return arrayLiteral(v);
      const text = v instanceof Date ? v.toISOString() : String(v);
      return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
    })
    .join(',')}}`;
}

/**
 * `insertRows` by COPY (PostgreSQL, on the transaction's own connection): the ids taken
 * from the table's sequence first, the rows appended with them, then read back by id (as
 * RETURNING * would give them). Null when the table has no serial id (the caller inserts
 * as usual).
 */
async function copyRows<T>(tx: Tx, table: string, rows: readonly Record<string, unknown>[], options: { updatedAt?: boolean }): Promise<T[] | null> {
  const shape = await shapeOf(tx, table);
  if (!shape.serial) return null;
  const ids = await txNextIds(tx, table, 'id', rows.length);
  return copyThenReadBack<T>(tx, table, shape, rows, ids, options);
}

/**
 * COPY of rows with the given ids, then their read-back by id, both queued on the
 * transaction's connection before this returns; the rows as stored, or the first error
 * (the read-back refused in an aborted transaction is not reported separately).
 */
function copyThenReadBack<T>(tx: Tx, table: string, shape: { arrays: Set<string> }, rows: readonly Record<string, unknown>[], ids: readonly number[], options: { updatedAt?: boolean }): Promise<T[]> {
  const written = txInsertValues(tx, table, ...copyColumns(shape, rows, ids, options));
  const stored = rowsWhereIn<T>(tx, table, 'id', ids);
  stored.catch(() => undefined);
  return written.then(() => stored);
}

/** COPY's columns (id first) and values of rows with the given ids (array columns as array literals). */
function copyColumns(shape: { arrays: Set<string> }, rows: readonly Record<string, unknown>[], ids: readonly number[], options: { updatedAt?: boolean }): [string[], Iterable<unknown[]>] {
  const now = new Date();
  const columns = columnsOf(rows).filter((c) => c !== 'id' && !(options.updatedAt && c === 'updatedAt'));
  const all = ['id', ...columns, ...(options.updatedAt ? ['updatedAt'] : [])];
  return [
    all,
    (function* () {
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        const values: unknown[] = [ids[i]];
        for (const c of columns) {
          const v = row[c];
          values.push(Array.isArray(v) && shape.arrays.has(c) ? arrayLiteral(v) : v);
        }
        if (options.updatedAt) values.push(now);
        yield values;
      }
    })(),
  ];
}
