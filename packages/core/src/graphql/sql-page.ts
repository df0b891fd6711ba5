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
// A page may be ordered by a column of the row or of a one-to-one related row (a
// plugin's row of an action, "<council>Row.ragProgress"): the related value is a scalar
// subquery (null without the row, as Prisma's LEFT JOIN), ordered and keyset-compared
// as `pageOf` orders it, and read back beside each row for its cursor.
import type { GraphQLResolveInfo } from 'graphql';
import graphqlFields from 'graphql-fields';
import { type ColumnInfo, type ConnectionPage, type Ordering, SortDirection, checkPageSize, columnInfo, decodeKey, encodeKey, orderingSql } from './pagination';
import { EXTRA, connectionNodeSets, prefetch } from './prefetch';
import { datamodelModels } from '../db/prisma';
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

  /**
   * Adds a condition written as a tagged template whose every `${value}` becomes a
   * parameter, never SQL text: user input cannot change the statement. Cast a parameter
   * whose type PostgreSQL cannot infer, e.g.
   * where.and`EXISTS (SELECT 1 FROM "ExampleshireStep" s WHERE s."actionId" = t."id" AND s."text" ILIKE ${likeContains(text)}::text)`.
   */
  and(strings: TemplateStringsArray, ...values: unknown[]): this {
    let sql = strings[0]!;
    values.forEach((value, i) => (sql += this.param(value) + strings[i + 1]!));
    return this.add(sql);
  }

  sql(): string {
    return this.parts.length ? this.parts.map((p) => `(${p})`).join(' AND ') : 'TRUE';
  }
}

/** Text as a LIKE / ILIKE pattern matching exactly it: `%`, `_` and `\` taken literally (PostgreSQL's default escape is `\`). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** An ILIKE pattern for "contains this text", taken literally. */
export function likeContains(text: string): string {
  return `%${likeLiteral(text)}%`;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The caller's visibility on the rows of `type` (alias `t`): a plan the caller may read,
 * or a row whose `planId` names one (actions, sections, risks, a plugin's plan-scoped
 * rows). Prefetched relations stay inside their root's plan, so rows read under it are
 * marked readable.
 */
export function visibleSql(ctx: Context, type: string, where: SqlWhere): SqlWhere {
  if (type === 'Plan') return where.addNumbered((next) => ctx.access.visiblePlanSql('t', next));
  const planId = datamodelModels().find((m) => m.name === type)?.fields.find((f) => f.name === 'planId' && f.kind === 'scalar');
  if (!planId) throw new Error(`sqlPageOf: ${type} has no planId column to check the caller's visibility by`);
  return where.addNumbered((next) => {
    const visible = ctx.access.visiblePlanSql('p', next);
    return { sql: `t."planId" IN (SELECT p."id" FROM "Plan" p WHERE ${visible.sql})`, params: visible.params };
  });
}

/** The ordering value compared with a cursor's printed value: casts that make text parameters compare as the column's type. */
function compared(info: ColumnInfo, expr: string, where: SqlWhere, value: unknown): { col: string; val: string } {
  const col = expr;
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
      // A JS boolean: PGlite refuses text for a boolean parameter.
      return { col, val: `${where.param(value === true)}::boolean` };
    case 'String':
      return { col, val: `${where.param(value)}::text` };
    default:
      // An enum: equality on its label.
      return { col: `${col}::text`, val: `${where.param(value)}::text` };
  }
}

/**
 * One page of `type` rows matching `where` (SQL on alias `t`; it must include the caller's
 * visibility, see `visibleSql`), keyset-paged exactly as `pageOf` pages it, with the same
 * cursors, in one prepared statement with the nodes' prefetchable relations; plus a
 * COUNT when `totalCount` is selected.
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
  checkPageSize(first);
  const column = ordering.column;
  const col = column ? columnInfo(type, column) : null;
  const expr = column ? orderingSql(type, column) : null;
  const related = !!column?.includes('.');
  const asc = ordering.direction === SortDirection.ASC;
  // As pageOf: rows without a value sort last, except that a required column of an
  // optional related row cannot be asked for that in Prisma, so PostgreSQL's default
  // places them there: first when descending. The keyset follows either.
  const nullsFirst = !!col && col.mayBeNull && !col.nullableColumn && !asc;
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
    else if (last.value === null) {
      const rest = `(${expr} IS NULL AND t."id" > ${id}::int)`;
      page.add(nullsFirst ? `${rest} OR ${expr} IS NOT NULL` : rest);
    } else {
      const c = compared(col!, expr!, page, last.value);
      const or: string[] = [];
      if (col!.enumValues) {
        const at = col!.enumValues.indexOf(last.value as string);
        const later = asc ? col!.enumValues.slice(at + 1) : col!.enumValues.slice(0, at);
        if (later.length) or.push(`${c.col} = ANY(${page.param(later)}::text[])`);
      } else if (col!.type === 'Boolean') {
        if (asc ? last.value === false : last.value === true) or.push(`${expr} = ${asc ? 'TRUE' : 'FALSE'}`);
      } else or.push(`${c.col} ${asc ? '>' : '<'} ${c.val}`);
      or.push(`(${c.col} = ${c.val} AND t."id" > ${id}::int)`);
      if (col!.mayBeNull && !nullsFirst) or.push(`${expr} IS NULL`);
      page.add(or.join(' OR '));
    }
  }
  const orderBy = column ? `${expr} ${asc ? 'ASC' : 'DESC'}${col!.nullableColumn ? ' NULLS LAST' : ''}, t."id" ASC` : `t."id" ${asc ? 'ASC' : 'DESC'}`;
  const limit = page.param(first + 1);
  const wantsTotal = 'totalCount' in graphqlFields(info);
  const [rows, totalCount] = await Promise.all([
    prefetch<T>(ctx, type, info, page.sql(), page.params, {
      sets: connectionNodeSets(info),
      orderBy: `${orderBy} LIMIT ${limit}::int`,
      // The cursor's value: a column of the row, or the related value read beside it (as text where JSON would round it).
      columns: column && !related ? [column] : [],
      ...(related ? { extra: col!.type === 'Decimal' || col!.type === 'BigInt' ? `${expr}::text` : expr! } : {}),
    }),
    wantsTotal ? count(ctx, type, filter, countParams) : Promise.resolve(-1),
  ]);
  const nodes = rows.slice(0, first);
  const valueOf = (node: T): unknown => {
    if (!column) return null;
    if (!related) return (node as Record<string, unknown>)[column];
    const v = (node as unknown as Record<symbol, unknown>)[EXTRA];
    // JSON carries a timestamp(3) without its zone (UTC) and a date as YYYY-MM-DD, as prefetch reads them.
    if (typeof v === 'string' && col!.type === 'DateTime') return new Date(v.length === 10 ? `${v}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
    return v;
  };
  const cursorOf = (node: T): string => {
    const value = valueOf(node);
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
