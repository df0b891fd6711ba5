// List pages on the prepared SQL path (issue 21 item 3).
//
// `pageOf` builds a Prisma condition and runs it through Prisma's query compiler, and the
// rows it returns are not known readable, so the read-access net then asks for the
// caller's hidden plans: two statements and most of the request's CPU for
// `plans(first: 10) { nodes { slug title } }`. `sqlPageOf` pages the same way (keyset on
// the ordering column then id, the same cursors, the same totalCount and pageInfo) with
// the filter and the caller's visibility written as SQL on the root table (alias `t`), and
// loads the page's nodes, with every prefetchable relation their selection asks for, in
// that one statement (prefetch.ts). The rows come back marked readable, so a request
// answered by the page costs one statement (two with totalCount).
//
// Only columns of the row itself order a page here; an ordering through a related row
// (a plugin row's column, e.g. "<council>Row.ragProgress") stays on `pageOf`.
import type { GraphQLResolveInfo } from 'graphql';
import graphqlFields from 'graphql-fields';
import { type ColumnInfo, type ConnectionPage, type Ordering, SortDirection, checkPageSize, columnInfo, decodeKey, encodeKey } from './pagination';
import { connectionNodeSets, prefetch } from './prefetch';
import type { Context } from './context';

/** A SQL condition on table alias `t` built piece by piece, with its parameters numbered in order. */
export class SqlWhere {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];

  /** The next parameter's placeholder, holding `value`. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(sql: string): this {
    this.parts.push(sql);
    return this;
  }

  /** Adds a condition with its own parameters numbered from 1 (e.g. `visiblePlanSql(t, 1)`), renumbered after ours. */
  addNumbered(build: (next: number) => { sql: string; params: unknown[] }): this {
    const { sql, params } = build(this.params.length + 1);
    this.params.push(...params);
    return this.add(sql);
  }

  sql(): string {
    return this.parts.length ? this.parts.map((p) => `(${p})`).join(' AND ') : 'TRUE';
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The column compared with a cursor's printed value: casts that make text parameters compare as the column's type. */
function compared(info: ColumnInfo, column: string, where: SqlWhere, value: unknown): { col: string; val: string } {
  const col = `t.${quote(column)}`;
  switch (info.type) {
    case 'DateTime':
      // Printed with toISOString (UTC); timestamp(3) columns hold UTC and dates compare as midnight.
      return { col, val: `(${where.param((value as Date).toISOString())}::timestamptz AT TIME ZONE 'UTC')` };
    case 'Int':
    case 'BigInt':
      return { col, val: `${where.param(String(value))}::bigint` };
    case 'Float':
      return { col, val: `${where.param(String(value))}::float8` };
    case 'Decimal':
      return { col, val: `${where.param(String(value))}::numeric` };
    case 'Boolean':
      return { col, val: `${where.param(String(value))}::boolean` };
    case 'String':
      return { col, val: `${where.param(value)}::text` };
    default:
      // An enum: equality on its label.
      return { col: `${col}::text`, val: `${where.param(value)}::text` };
  }
}

/** Whether `sqlPageOf` can order by this ordering (a column of the row itself, or none). */
export function sqlOrderable(ordering: Ordering | undefined): boolean {
  return !ordering?.column || !ordering.column.includes('.');
}

/**
 * One page of `type` rows matching `where` (SQL on alias `t`; it must include the caller's
 * visibility), keyset-paged exactly as `pageOf` pages it, in one prepared statement with
 * the nodes' prefetchable relations; plus a COUNT when `totalCount` is selected.
 */
export async function sqlPageOf<T extends { id: number }>(options: {
  ctx: Context;
  type: string;
  first: number;
  after: string | null | undefined;
  info: GraphQLResolveInfo;
  ordering?: Ordering;
  where: SqlWhere;
}): Promise<ConnectionPage<T>> {
  const { ctx, type, first, after, info, where } = options;
  const ordering: Ordering = options.ordering ?? { column: null, direction: SortDirection.ASC };
  if (!sqlOrderable(ordering)) throw new Error(`sqlPageOf: ${type} cannot be ordered by ${ordering.column}`);
  checkPageSize(first);
  const column = ordering.column;
  const col = column ? columnInfo(type, column) : null;
  const asc = ordering.direction === SortDirection.ASC;
  const filter = where.sql();
  const countParams = [...where.params];
  // The page: the filter and the rows after the cursor.
  const page = new SqlWhere();
  page.parts.push(...where.parts);
  page.params.push(...where.params);
  if (after != null) {
    const last = decodeKey(type, ordering, col, after);
    const id = page.param(last.id);
    if (!column) page.add(`t."id" ${asc ? '>' : '<'} ${id}::int`);
    else if (last.value === null) page.add(`t.${quote(column)} IS NULL AND t."id" > ${id}::int`);
    else {
      const c = compared(col!, column, page, last.value);
      const or: string[] = [];
      if (col!.enumValues) {
        const at = col!.enumValues.indexOf(last.value as string);
        const later = asc ? col!.enumValues.slice(at + 1) : col!.enumValues.slice(0, at);
        if (later.length) or.push(`${c.col} = ANY(${page.param(later)}::text[])`);
      } else if (col!.type === 'Boolean') {
        if (asc ? last.value === false : last.value === true) or.push(`t.${quote(column)} = ${asc ? 'TRUE' : 'FALSE'}`);
      } else or.push(`${c.col} ${asc ? '>' : '<'} ${c.val}`);
      or.push(`(${c.col} = ${c.val} AND t."id" > ${id}::int)`);
      if (col!.mayBeNull) or.push(`t.${quote(column)} IS NULL`);
      page.add(or.join(' OR '));
    }
  }
  const orderBy = column
    ? `t.${quote(column)} ${asc ? 'ASC' : 'DESC'}${col!.nullableColumn ? ' NULLS LAST' : ''}, t."id" ASC`
    : `t."id" ${asc ? 'ASC' : 'DESC'}`;
  const limit = page.param(first + 1);
  const wantsTotal = 'totalCount' in graphqlFields(info);
  const [rows, totalCount] = await Promise.all([
    prefetch<T>(ctx, type, info, page.sql(), page.params, {
      sets: connectionNodeSets(info),
      orderBy: `${orderBy} LIMIT ${limit}::int`,
      columns: column ? [column] : [],
    }),
    wantsTotal ? count(ctx, type, filter, countParams) : Promise.resolve(-1),
  ]);
  const nodes = rows.slice(0, first);
  const cursorOf = (node: T): string => {
    const value = column ? (node as Record<string, unknown>)[column] : null;
    const printed = value == null ? null : value instanceof Date ? value.toISOString() : String(value);
    return encodeKey([type, column ?? 'id', ordering.direction, printed, node.id]);
  };
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

async function count(ctx: Context, type: string, where: string, params: unknown[]): Promise<number> {
  const sql = `SELECT count(*)::int AS n FROM ${quote(type)} t WHERE ${where}`;
  const rows = ctx.preparedRead ? await ctx.preparedRead<{ n: number }>(sql, params) : await ctx.prisma.$queryRawUnsafe<{ n: number }[]>(sql, ...params);
  return Number(rows[0]?.n ?? 0);
}
