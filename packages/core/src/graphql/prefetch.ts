// One SQL statement for a whole nested read (issue 10).
//
// A front end loads a plan with its sections, actions, parties, funding, progress and
// indicator targets in one query. With DataLoaders that costs one statement per
// relation in the query (eleven for the front end's query) and Prisma's per-row work
// on every one of them; PostGraphile, the peer, compiles the query to one statement.
// `prefetch` does the same for the relations listed in RELATIONS: from the GraphQL
// selection it builds one SELECT that nests the requested relations as JSON
// (correlated subqueries with json_agg, each ordered as its field resolver orders
// them), selecting only the requested columns plus the keys other resolvers follow
// (all columns when the selection has a field, e.g. a plugin's, that may read any).
// The nested rows ride on their parent object under "$<field>", and `withPrefetch`
// makes those fields' resolvers return them instead of asking their loader. Fields not
// listed (plugin fields, fields with arguments, anything below them) keep their
// DataLoaders, so a query never costs more statements than before.
import { GraphQLObjectType, Kind, defaultFieldResolver, type FragmentDefinitionNode, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { Prisma, datamodelModels } from '../db/prisma';
import type { Context } from './context';

export interface Relation {
  /** The GraphQL (and Prisma model) type of the related rows. */
  type: string;
  /** true: a list of rows whose `key` column points at the parent's id; false: the row whose id is the parent's `key` column. */
  many: boolean;
  key: string;
  /** Extra condition on the related rows, `$` standing for their table. */
  where?: string;
  /** Order of a list, `$` standing for the related table: the field resolver's order. */
  orderBy?: string;
}

const PRINTED = '$."position", $."id"';
const RECORDED = '$."id"';

/** The relation fields a prefetch can answer, by GraphQL type (mirroring their field resolvers). */
export const RELATIONS: Record<string, Record<string, Relation>> = {
  Plan: {
    authority: { type: 'Authority', many: false, key: 'authorityId' },
    sections: { type: 'PlanSection', many: true, key: 'planId', where: '$."parentId" IS NULL', orderBy: PRINTED },
    allSections: { type: 'PlanSection', many: true, key: 'planId', orderBy: RECORDED },
    actions: { type: 'Action', many: true, key: 'planId', orderBy: RECORDED },
    parties: { type: 'PlanParty', many: true, key: 'planId', orderBy: PRINTED },
    successCriteria: { type: 'SuccessCriterion', many: true, key: 'planId', where: '$."sectionId" IS NULL AND $."actionId" IS NULL', orderBy: PRINTED },
    funding: { type: 'FundingLine', many: true, key: 'planId', orderBy: RECORDED },
    risks: { type: 'Risk', many: true, key: 'planId', orderBy: PRINTED },
    indicatorSeries: { type: 'IndicatorSeries', many: true, key: 'planId', orderBy: RECORDED },
  },
  PlanSection: {
    plan: { type: 'Plan', many: false, key: 'planId' },
    children: { type: 'PlanSection', many: true, key: 'parentId', orderBy: PRINTED },
    actions: { type: 'Action', many: true, key: 'sectionId', orderBy: PRINTED },
    successCriteria: { type: 'SuccessCriterion', many: true, key: 'sectionId', where: '$."actionId" IS NULL', orderBy: PRINTED },
    risks: { type: 'Risk', many: true, key: 'sectionId', orderBy: PRINTED },
  },
  Action: {
    plan: { type: 'Plan', many: false, key: 'planId' },
    section: { type: 'PlanSection', many: false, key: 'sectionId' },
    parties: { type: 'ActionParty', many: true, key: 'actionId', orderBy: PRINTED },
    milestones: { type: 'Milestone', many: true, key: 'actionId', where: '$."parentId" IS NULL', orderBy: PRINTED },
    successCriteria: { type: 'SuccessCriterion', many: true, key: 'actionId', orderBy: PRINTED },
    funding: { type: 'FundingLine', many: true, key: 'actionId', orderBy: PRINTED },
    progressUpdates: { type: 'ProgressUpdate', many: true, key: 'actionId', where: `$."status" = 'APPROVED'`, orderBy: '$."recordedOn" ASC NULLS FIRST, $."id"' },
    risks: { type: 'Risk', many: true, key: 'actionId', orderBy: PRINTED },
  },
  ActionParty: { party: { type: 'ResponsibleParty', many: false, key: 'partyId' } },
  PlanParty: { party: { type: 'ResponsibleParty', many: false, key: 'partyId' } },
  IndicatorSeries: {
    indicator: { type: 'Indicator', many: false, key: 'indicatorId' },
    authority: { type: 'Authority', many: false, key: 'authorityId' },
    values: { type: 'IndicatorValue', many: true, key: 'seriesId', orderBy: PRINTED },
  },
};

interface Model {
  columns: Set<string>;
  /** Columns always selected: the id and the foreign keys other resolvers follow. */
  keys: string[];
  /** DateTime columns: JSON carries them as text, resolvers expect Date objects. */
  dates: Set<string>;
  /** Decimal columns: selected as text (no float rounding), revived as Prisma.Decimal, which the Decimal scalar requires. */
  decimals: Set<string>;
}

let models: Map<string, Model> | undefined;
let modelsOf: unknown;
function model(type: string): Model {
  if (!models || modelsOf !== datamodelModels()) {
    models = new Map();
    modelsOf = datamodelModels();
    for (const m of datamodelModels()) {
      const scalars = m.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
      models.set(m.name, {
        columns: new Set(scalars.map((f) => f.name)),
        keys: scalars.filter((f) => f.name === 'id' || (f.type === 'Int' && f.name.endsWith('Id'))).map((f) => f.name),
        dates: new Set(scalars.filter((f) => f.type === 'DateTime').map((f) => f.name)),
        decimals: new Set(scalars.filter((f) => f.type === 'Decimal').map((f) => f.name)),
      });
    }
  }
  const found = models.get(type);
  if (!found) throw new Error(`prefetch: no model ${type}`);
  return found;
}

/** The fields of a selection set by name (aliases merged), following fragments. */
function fieldsOf(sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>, out = new Map<string, { sets: SelectionSetNode[]; hasArgs: boolean }>()) {
  for (const set of sets) {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const entry = out.get(s.name.value) ?? { sets: [], hasArgs: false };
        if (s.selectionSet) entry.sets.push(s.selectionSet);
        if (s.arguments?.length) entry.hasArgs = true;
        out.set(s.name.value, entry);
      } else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf([s.selectionSet], fragments, out);
      else {
        const fragment = fragments[s.name.value];
        if (fragment) fieldsOf([fragment.selectionSet], fragments, out);
      }
    }
  }
  return out;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * What one row's JSON array holds, in order: its columns, then its prefetched relations
 * (each a row array, a list of them, or null). The statement carries no key names.
 */
interface Shape {
  type: string;
  columns: string[];
  relations: { name: string; many: boolean; shape: Shape }[];
  /** More than MAX_ARGS values: an array of arrays, flattened when read. */
  chunked: boolean;
}

/** json_build_array takes at most 100 arguments. */
const MAX_ARGS = 100;

/**
 * The correlated subquery of a relation of the row aliased `alias`: for a list, the
 * json_agg of `rowSql` (one related row, aliased `child`) in the field resolver's order
 * and with its filter, `[]` when there is none; for a single row, `rowSql` or NULL.
 * Shared by this module and direct-read.ts, so both read the same rows in the same order.
 */
export function relationSql(relation: Relation, alias: string, child: string, rowSql: string): string {
  const on = (sql: string) => sql.replace(/\$\./g, `${child}.`);
  const table = `${quote(relation.type)} ${child}`;
  return relation.many
    ? `(SELECT coalesce(json_agg(${rowSql}${relation.orderBy ? ` ORDER BY ${on(relation.orderBy)}` : ''}), '[]'::json) FROM ${table} WHERE ${child}.${quote(relation.key)} = ${alias}."id"${relation.where ? ` AND ${on(relation.where)}` : ''})`
    : `(SELECT ${rowSql} FROM ${table} WHERE ${child}."id" = ${alias}.${quote(relation.key)})`;
}

/**
 * A json_build_array of the requested columns and prefetchable relations of one row of
 * `type` (table alias `alias`), with its Shape. Positional, without key names, and only
 * the selected columns plus the row's id; the foreign keys only when a field the
 * statement does not answer (a relation with arguments) may follow them (issue 21).
 */
function objectSql(type: string, alias: string, sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>, depth: number, extra: readonly string[] = []): { sql: string; shape: Shape } {
  const m = model(type);
  const fields = fieldsOf(sets, fragments);
  const relations = RELATIONS[type] ?? {};
  // Only the requested columns, unless the selection has a field this module does not
  // know (a plugin's field, `source`...): its resolver may read any column of the row.
  const unknown = [...fields.keys()].some((name) => !m.columns.has(name) && !relations[name] && !name.startsWith('__'));
  // A relation left to its own resolver (it has arguments) loads by the row's keys.
  const loaded = [...fields].some(([name, field]) => relations[name] && (field.hasArgs || !field.sets.length));
  const columns = new Set(unknown ? m.columns : loaded ? m.keys : ['id']);
  for (const name of fields.keys()) if (m.columns.has(name)) columns.add(name);
  for (const name of extra) columns.add(name);
  const shape: Shape = { type, columns: [...columns], relations: [], chunked: false };
  const parts: string[] = shape.columns.map((c) => `${alias}.${quote(c)}${m.decimals.has(c) ? '::text' : ''}`);
  for (const [name, field] of fields) {
    const relation = relations[name];
    if (!relation || field.hasArgs || !field.sets.length) continue;
    const child = `p${depth}`;
    const inner = objectSql(relation.type, child, field.sets, fragments, depth + 1);
    parts.push(relationSql(relation, alias, child, inner.sql));
    shape.relations.push({ name, many: relation.many, shape: inner.shape });
  }
  if (parts.length <= MAX_ARGS) return { sql: `json_build_array(${parts.join(', ')})`, shape };
  shape.chunked = true;
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += MAX_ARGS) chunks.push(`json_build_array(${parts.slice(i, i + MAX_ARGS).join(', ')})`);
  return { sql: `json_build_array(${chunks.join(', ')})`, shape };
}

/**
 * Marks a row the caller is known to be allowed to read: it came from a read whose root
 * rows were filtered by the caller's visibility in SQL, and every RELATIONS entry stays
 * inside its parent's plan (or reaches rows that belong to no plan, e.g. a party), so
 * its nested rows are as visible as its root. read-access.ts passes marked rows through
 * without fetching the caller's hidden plans: a request answered entirely by one
 * prefetch costs one statement. Non-enumerable, so it never reaches a response.
 */
export const VISIBLE = Symbol('visible to the caller');

function vouch<T extends object>(row: T): T {
  Object.defineProperty(row, VISIBLE, { value: true, enumerable: false });
  return row;
}

/** Whether a resolved value is known readable: null, a marked row, or a list of them. */
export function vouched(value: unknown): boolean {
  if (value == null) return true;
  if (Array.isArray(value)) return value.every((v) => v == null || (typeof v === 'object' && (v as Record<symbol, unknown>)[VISIBLE] === true));
  return typeof value === 'object' && (value as Record<symbol, unknown>)[VISIBLE] === true;
}

/** One row's JSON array back into a row object: columns by name, relations under "$<field>", DateTime and Decimal columns revived. */
function decode(shape: Shape, value: unknown[]): Record<string, unknown> {
  const values = shape.chunked ? (value as unknown[][]).flat(1) : value;
  const row: Record<string, unknown> = {};
  vouch(row);
  const m = model(shape.type);
  shape.columns.forEach((column, i) => {
    let v = values[i];
    // timestamp(3) arrives without a zone (Prisma stores UTC), a date as YYYY-MM-DD.
    if (typeof v === 'string' && m.dates.has(column)) v = new Date(v.length === 10 ? `${v}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
    else if (typeof v === 'string' && m.decimals.has(column)) v = new Prisma.Decimal(v);
    row[column] = v;
  });
  const n = shape.columns.length;
  shape.relations.forEach((relation, j) => {
    const v = values[n + j] as unknown[] | null;
    row[`$${relation.name}`] = relation.many ? (v ?? []).map((r) => decode(relation.shape, r as unknown[])) : v == null ? null : decode(relation.shape, v);
  });
  return row;
}

/** Whether the selection of the current field asks for any relation a prefetch answers. */
export function wantsPrefetch(type: string, info: GraphQLResolveInfo): boolean {
  const relations = RELATIONS[type] ?? {};
  const sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const [name, field] of fieldsOf(sets, info.fragments)) if (relations[name] && !field.hasArgs && field.sets.length) return true;
  return false;
}

/**
 * Loads the rows of `type` matching `where` (SQL on table alias "t", parameters $1...)
 * with every prefetchable relation the current field's selection asks for, in one
 * statement. `where` must limit the root rows to what the caller may read (see
 * `visiblePlanSql`): every row returned is marked VISIBLE. `sets` defaults to the current field's selection (pass the `nodes` /
 * `edges.node` selection for a connection).
 */
export async function prefetch<T>(
  ctx: Context,
  type: string,
  info: GraphQLResolveInfo,
  where: string,
  params: unknown[],
  options: { sets?: readonly SelectionSetNode[]; orderBy?: string; columns?: readonly string[]; extra?: string } = {},
): Promise<T[]> {
  const sets = options.sets ?? info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  const root = objectSql(type, 't', sets, info.fragments, 0, options.columns);
  // `extra`: one more SQL value per row (a pager's sort key read through a related row), as JSON under EXTRA.
  const extra = options.extra ? `, json_build_array(${options.extra})::text AS x` : '';
  const sql = `SELECT ${root.sql}::text AS j${extra} FROM ${quote(type)} t WHERE ${where}${options.orderBy ? ` ORDER BY ${options.orderBy}` : ''}`;
  const rows = ctx.preparedRead ? await ctx.preparedRead<{ j: string; x?: string }>(sql, params) : await ctx.prisma.$queryRawUnsafe<{ j: string; x?: string }[]>(sql, ...params);
  return rows.map((r) => {
    const row = decode(root.shape, JSON.parse(r.j));
    if (extra) Object.defineProperty(row, EXTRA, { value: (JSON.parse(r.x!) as unknown[])[0] });
    return row as T;
  });
}

/** Where `prefetch` puts a row's `extra` value (non-enumerable, never in a response). */
export const EXTRA = Symbol('extra value');

/** The `nodes` and `edges { node }` selections of a connection field. */
export function connectionNodeSets(info: GraphQLResolveInfo): SelectionSetNode[] {
  const top = fieldsOf(info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), info.fragments);
  const sets = [...(top.get('nodes')?.sets ?? [])];
  for (const edge of top.get('edges')?.sets ?? []) sets.push(...(fieldsOf([edge], info.fragments).get('node')?.sets ?? []));
  return sets;
}

/**
 * Makes the RELATIONS fields return what a prefetch put on their parent ("$field"),
 * and ask their own resolver (DataLoader) otherwise.
 */
export function withPrefetch(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, relations] of Object.entries(RELATIONS)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    for (const name of Object.keys(relations)) {
      const field = fields[name];
      if (!field || field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const key = `$${name}`;
      field.resolve = (root, args, context, info) => {
        const value = root?.[key];
        return value !== undefined ? value : resolve(root, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * A connection page whose nodes' selection asks for prefetchable relations gets its
 * nodes reloaded with them in one statement (the page itself came from `pageOf`).
 */
export async function withPrefetchedNodes<T extends { id: number }, P extends { nodes: T[]; edges: { cursor: string; node: T }[] }>(
  ctx: Context,
  type: string,
  info: GraphQLResolveInfo,
  page: P,
): Promise<P> {
  if (!page.nodes.length) return page;
  const sets = connectionNodeSets(info);
  const relations = RELATIONS[type] ?? {};
  if (![...fieldsOf(sets, info.fragments)].some(([name, f]) => relations[name] && !f.hasArgs && f.sets.length)) return page;
  const rows = await prefetch<T>(ctx, type, info, 't."id" = ANY($1::int[])', [page.nodes.map((n) => n.id)], { sets });
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Keep the page's own row objects (their cursor columns), adding the relations. The
  // page itself was read with the caller's visibility condition (plans, actions).
  const merge = (node: T): T => vouch(Object.assign(node, byId.get(node.id)));
  page.nodes.forEach(merge);
  return page;
}
