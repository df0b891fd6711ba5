// Bulk SQL on an interactive transaction's own connection, below Prisma (issue 21 item 5).
//
// Why: Prisma 6.19's client engine sends even `$queryRawUnsafe` through its WebAssembly
// query compiler, and the request carries the parameters: a 2 MB JSON parameter (1,000
// rows of an import, 2,000 audit rows) is serialised, copied into the compiler's heap,
// parsed and copied back, ~80 ms and 35 ms of CPU a statement on top of PostgreSQL's own
// time, and the compiler's heap never shrinks. A 10,000-row import sends ~80 MB that way.
// The bulk writers (import/rows.ts, audit/record.ts, events/outbox.ts, jsonUpdate) run
// their statements through `txQuery`, which uses the pooled pg client of the transaction
// when `transactionWithSql` opened it, else the transaction's own `$queryRawUnsafe`
// (PGlite, or any other caller's transaction): the same SQL, the same transaction.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { wrapTransactions } from './adapter-transactions';
import { inTurn } from './serial-transactions';
import { Prisma, type PrismaClient } from './prisma';
import type { StatementCounter } from './statement-counter';

type Tx = Prisma.TransactionClient;

/** Runs a statement on a transaction's connection: its rows and how many rows it changed. */
type DirectSql = (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[]; rowCount: number }>;

/** Streams COPY … FROM STDIN text (already formatted lines) into a transaction's connection. */
type DirectCopy = (sql: string, lines: Iterable<string>) => Promise<void>;

interface Connection {
  sql?: DirectSql;
  copy?: DirectCopy;
}

/** The transaction being opened by `transactionWithSql` in this async context: the adapter fills it in. */
const opening = new AsyncLocalStorage<Connection>();
/** Prisma transaction client → its connection, for the transactions `transactionWithSql` opened. */
const bound = new WeakMap<object, Connection>();

/**
 * pg's type parsers as Prisma's raw queries return values, so a row read either way is
 * the same (audit images are written from returned rows): bigint as BigInt, numeric as
 * Prisma.Decimal, `timestamp` (stored as UTC by Prisma) and `date` as UTC Dates.
 */
const PARSERS: Record<number, (text: string) => unknown> = {
  20: (t) => BigInt(t),
  1700: (t) => new Prisma.Decimal(t),
  1114: (t) => new Date(`${t.replace(' ', 'T')}Z`),
  1184: (t) => new Date(t),
  1082: (t) => new Date(`${t}T00:00:00Z`),
};
const arrayOf = (parse: (text: string) => unknown) => (text: string) => (pg.types.getTypeParser(1009 as never) as (t: string) => (string | null)[])(text).map((v) => (v === null ? null : parse(v)));
const ARRAY_PARSERS: Record<number, (text: string) => unknown> = { 1016: arrayOf(PARSERS[20]!), 1231: arrayOf(PARSERS[1700]!), 1115: arrayOf(PARSERS[1114]!), 1185: arrayOf(PARSERS[1184]!), 1182: arrayOf(PARSERS[1082]!) };
const TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => PARSERS[oid] ?? ARRAY_PARSERS[oid] ?? pg.types.getTypeParser(oid as never, format as never),
};

/**
 * Runs `fn` in a Prisma interactive transaction whose bulk statements (`txQuery`) go to
 * its connection directly on PostgreSQL. Same options and semantics as `$transaction`.
 */
export async function transactionWithSql<T>(prisma: PrismaClient, fn: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  const box: Connection = {};
  return opening.run(box, () =>
    prisma.$transaction(async (tx) => {
      if (box.sql) bound.set(tx, box);
      return fn(tx);
    }, options),
  );
}

/** A statement's rows, on the transaction's connection when it has one (see above), else through Prisma. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function txQuery<T = Record<string, unknown>>(tx: Tx | any, sql: string, ...params: unknown[]): Promise<T[]> {
  const direct = bound.get(tx)?.sql;
  if (direct) return (await direct(sql, params)).rows as T[];
  return tx.$queryRawUnsafe(sql, ...params) as Promise<T[]>;
}

/** A statement's count of rows changed, as `txQuery`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function txExecute(tx: Tx | any, sql: string, ...params: unknown[]): Promise<number> {
  const direct = bound.get(tx)?.sql;
  if (direct) return (await direct(sql, params)).rowCount;
  return tx.$executeRawUnsafe(sql, ...params) as Promise<number>;
}

/**
 * Wraps a PostgreSQL driver adapter factory (@prisma/adapter-pg) so a transaction opened
 * by `transactionWithSql` hands over its pooled pg client; its statements are counted.
 */
export function exposeTransactionConnections<F extends SqlDriverAdapterFactory>(factory: F, counter: StatementCounter): F {
  return wrapTransactions(factory, (transaction) => {
    const box = opening.getStore();
    /** @prisma/adapter-pg's transaction keeps its pooled client in `client`. */
    const client = (transaction as unknown as { client?: pg.PoolClient }).client;
    if (box && !box.sql && client && typeof client.query === 'function') {
      // In turn with the transaction's other statements (db/serial-transactions.ts): a
      // caller may ask for several without waiting, pg must never see two at once.
      box.sql = (sql, params) =>
        inTurn(client, async () => {
          counter.record();
          const result = await client.query({ text: sql, values: params, types: TYPES });
          return { rows: result.rows, rowCount: result.rowCount ?? 0 };
        });
      box.copy = (sql, lines) =>
        inTurn(client, async () => {
          counter.record();
          await pipeline(Readable.from(batched(lines)), client.query(copyFrom(sql)));
        });
    }
    return transaction;
  });
}

/**
 * JSON text with big integers as text. Plain JSON.stringify first: a replacer function is
 * called for every key and made the bulk writers' JSON a fifth slower, for a type that
 * rows rarely hold (a BigInt makes JSON.stringify throw, and then the replacer is used).
 */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
}

/** Lines joined into ~256 kB strings: a stream chunk per line would cost more than the line. */
function* batched(lines: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const line of lines) {
    buffer += line;
    if (buffer.length >= 262_144) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** A value in COPY's text format: \N for null, backslash escapes for the characters COPY reads specially. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // A `timestamp(3)` holds UTC without a zone, as Prisma writes it.
  else if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  // A Prisma.Decimal (numeric) is its JSON text, unquoted.
  else if (typeof (value as { toJSON?: unknown }).toJSON === 'function' && typeof (value as { toJSON(): unknown }).toJSON() === 'string') text = (value as { toJSON(): string }).toJSON();
  else text = jsonText(value);
  return /[\\\n\r\t]/.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]!) : text;
}
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A row as one line of COPY's text format (without its newline). */
export function copyLine(values: readonly unknown[]): string {
  return values.map(copyText).join('\t');
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Lines already in COPY's text format (`copyLine`, without their newline), by COPY: only where `txCanCopy`. */
export async function txCopyLines(tx: Tx | any, table: string, columns: readonly string[], lines: Iterable<string>): Promise<void> {
  const copy = bound.get(tx)?.copy;
  if (!copy) throw new Error('txCopyLines: this transaction has no COPY connection (check txCanCopy first)');
  await copy(`COPY ${quote(table)} (${columns.map(quote).join(', ')}) FROM STDIN`, (function* () {
    for (const line of lines) yield `${line}\n`;
  })());
}

/** Rows per statement when `txInsertValues` falls back to INSERT … SELECT FROM json_populate_recordset. */
const JSON_ROWS_PER_STATEMENT = 2000;

/**
 * Appends rows (values in the order of `columns`; objects are written as JSON, dates as
 * UTC timestamps) to a table, in the transaction. On a transaction `transactionWithSql`
 * opened on PostgreSQL this is one COPY … FROM STDIN, about three times cheaper for
 * PostgreSQL than the same rows through INSERT … SELECT FROM json_populate_recordset (it
 * parses no JSON envelope and plans no query), and lines are generated as they are sent;
 * elsewhere (PGlite, other callers' transactions) it is that INSERT, one per 2,000 rows.
 * Nothing is returned: columns filled by defaults (serial ids) are handed out in the rows'
 * order, so a caller that needs the ids takes them first (`nextval`) and passes them.
 */
export async function txInsertValues(tx: Tx | any, table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<void> {
  if (txCanCopy(tx)) {
    await txCopyLines(tx, table, columns, (function* () {
      for (const row of rows) yield copyLine(row);
    })());
    return;
  }
  const list = columns.map(quote).join(', ');
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const json = jsonText(batch);
    batch = [];
    // In the array's order, as COPY keeps the lines' (defaults such as a serial are handed out in it).
    await txExecute(tx, `INSERT INTO ${quote(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quote(table)}, $1::json) WITH ORDINALITY AS r ORDER BY r.ordinality`, json);
  };
  for (const row of rows) {
    batch.push(Object.fromEntries(columns.map((c, i) => [c, row[i] instanceof Date ? (row[i] as Date).toISOString() : row[i]])));
    if (batch.length >= JSON_ROWS_PER_STATEMENT) await flush();
  }
  await flush();
}

/** Whether `txInsertValues` writes by COPY on this transaction (a PostgreSQL transaction `transactionWithSql` opened). */
export function txCanCopy(tx: Tx | any): boolean {
  return !!bound.get(tx)?.copy;
}

/**
 * `n` values of a table's serial column's sequence, ascending, in the transaction: ids to
 * write rows with before writing them. The sequence is looked up once (calling
 * pg_get_serial_sequence per value cost four times nextval itself).
 */
export async function txNextIds(tx: Tx | any, table: string, column: string, n: number): Promise<number[]> {
  if (n <= 0) return [];
  const rows = await txQuery<{ id: number | bigint }>(tx, `WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence($1, $2)::regclass AS seq) SELECT nextval(s.seq) AS id FROM s, generate_series(1, $3::int) ORDER BY 1`, `"${table}"`, column, n);
  return rows.map((r) => Number(r.id));
}
