import { Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import graphqlFields from 'graphql-fields';
import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from './errors';
import fs from 'node:fs';
import path from 'node:path';
import { Prisma, activeEnums, activeSchemaFile, datamodelModels } from '../db/prisma';
import { MAX_DATABASE_ID } from './global-id';
import { hasLoneSurrogate } from './input-bounds';

/** Relay-style page information. */
@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'Whether items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`first: must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  return first;
}

/** A Relay connection page: edges with cursors, the nodes alone, page info and the total. */
export interface ConnectionPage<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Makes the `<Name>Connection` and `<Name>Edge` types of a list (Relay cursor
 * connections), described for the API's readers.
 */
export function connectionType<T extends object>(node: ClassType<T>, name: string, what: string): ClassType<ConnectionPage<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item in the list; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => node, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s (Relay cursor connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of the page, with their cursors.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'The items of the page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where the page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter in all.' })
    totalCount!: number;
  }
  return Connection;
}

/** Sort direction of a list. */
export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort direction. Either way, items without a value come last and ties keep the order they were recorded in.',
  valuesConfig: { ASC: { description: 'Smallest (or A, or earliest) first.' }, DESC: { description: 'Largest (or Z, or latest) first.' } },
});

/** The `<Name>Order` input of a sortable list: what to sort by (a `<Name>OrderField` enum) and which way. */
export function orderInputType<E extends Record<string, string>>(
  name: string,
  fields: E,
  what: string,
): ClassType<{ by: E[keyof E]; direction: SortDirection }> {
  @InputType(`${name}Order`, { description: `How to sort ${what}.` })
  class Order {
    @Field(() => fields, { defaultValue: Object.values(fields)[0], description: 'What to sort by.' })
    by!: E[keyof E];

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Which way.' })
    direction!: SortDirection;
  }
  return Order;
}

/**
 * How a page is ordered: by a column (null: the order rows were recorded, i.e. id). The
 * column may sit on a one-to-one related model, written "relation.column" (e.g. a
 * plugin's row of an action: "exampleshireRow.ragProgress"); rows without the related
 * row sort with the nulls. The column's type, whether it may be null and an enum's
 * values are read from the Prisma schema (DMMF), so any column type pages: text, numbers,
 * decimals, dates, booleans and enums (in their declared order), required or nullable.
 */
export interface Ordering {
  column: string | null;
  direction: SortDirection;
  /** Ignored: whether the column may hold nulls is read from the schema. Kept for callers written before. */
  nullable?: boolean;
  /** Ignored: the column's type is read from the schema. */
  date?: boolean;
}

/** What a list's cursor holds: the list's type, its ordering (column, direction) and the last item's value and id. */
export type Key = [type: string, column: string, direction: string, value: string | null, id: number];

/** What the pager needs to know of the ordering column, from the Prisma schema. */
export interface ColumnInfo {
  /** The Prisma scalar type ("String", "Int", "DateTime", "Decimal", "Boolean"…) or the enum's name. */
  type: string;
  /** The enum's values in declared order (PostgreSQL sorts an enum in that order); null for scalars. */
  enumValues: string[] | null;
  /** The column itself may be null. */
  nullableColumn: boolean;
  /** Rows may have no value: a nullable column, or any column of an optional related row. */
  mayBeNull: boolean;
}

const columnInfos = new Map<string, ColumnInfo>();

/**
 * Which fields of each model are optional ("Type?") and which are lists ("Type[]"), read
 * once from the schema the client was generated from (generated/prisma/schema.prisma):
 * the client's runtime data model (`Prisma.dmmf`) carries names, kinds and types only.
 */
interface FieldShapes {
  optional: Set<string>;
  list: Set<string>;
  /** Relation fields holding the foreign key: `fields` of this model, `references` of the other (one each). */
  keys: Map<string, { from: string; to: string }>;
}
let fieldShapes: Map<string, FieldShapes> | undefined;
let shapesOf: string | undefined;
function shapes(model: string): FieldShapes {
  if (!fieldShapes || shapesOf !== activeSchemaFile()) {
    fieldShapes = new Map();
    shapesOf = activeSchemaFile();
    const text = fs.readFileSync(shapesOf, 'utf8');
    let current: FieldShapes | null = null;
    for (const line of text.split('\n')) {
      const start = /^model\s+(\w+)\s*\{/.exec(line);
      if (start) fieldShapes.set(start[1]!, (current = { optional: new Set(), list: new Set(), keys: new Map() }));
      else if (/^\}/.test(line)) current = null;
      else if (current) {
        const field = /^\s*(\w+)\s+\w+(\[\])?(\?)?/.exec(line);
        if (field?.[2]) current.list.add(field[1]!);
        if (field?.[3]) current.optional.add(field[1]!);
        const key = /@relation\([^)]*fields:\s*\[\s*(\w+)\s*\][^)]*references:\s*\[\s*(\w+)\s*\]/.exec(line);
        if (field && key) current.keys.set(field[1]!, { from: key[1]!, to: key[2]! });
      }
    }
  }
  return fieldShapes.get(model) ?? { optional: new Set(), list: new Set(), keys: new Map() };
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * An ordering column as a SQL value of the row `alias` of `model`: the column itself, or
 * for "relation.column" (a one-to-one related row) a scalar subquery, null when the row
 * has no related row, as Prisma's LEFT JOIN gives it. The join keys are read from the
 * schema's `@relation(fields: [...], references: [...])`, on either side.
 */
export function orderingSql(model: string, column: string, alias = 't'): string {
  if (!column.includes('.')) return `${alias}.${quoted(column)}`;
  const [relation, field] = column.split('.') as [string, string];
  const models = datamodelModels();
  const link = models.find((m) => m.name === model)?.fields.find((f) => f.name === relation && f.kind === 'object');
  if (!link) throw new Error(`pageOf: ${model}.${relation} is not a relation`);
  const own = shapes(model).keys.get(relation);
  let on: string;
  if (own) on = `r.${quoted(own.to)} = ${alias}.${quoted(own.from)}`;
  else {
    // The key is on the related model: its field back to this one, in the same relation.
    const back = models.find((m) => m.name === link.type)?.fields.find((f) => f.kind === 'object' && f.type === model && f.relationName === link.relationName);
    const key = back && shapes(link.type).keys.get(back.name);
    if (!key) throw new Error(`pageOf: no foreign key found for ${model}.${relation}`);
    on = `r.${quoted(key.from)} = ${alias}.${quoted(key.to)}`;
  }
  return `(SELECT r.${quoted(field)} FROM ${quoted(link.type)} r WHERE ${on})`;
}

/** The ordering column of `model` ("column" or "relation.column") as the schema declares it. */
export function columnInfo(model: string, column: string): ColumnInfo {
  const key = `${model}.${column}`;
  const cached = columnInfos.get(key);
  if (cached) return cached;
  const models = datamodelModels();
  const modelOf = (name: string) => {
    const m = models.find((x) => x.name === name);
    if (!m) throw new Error(`pageOf: no model ${name}`);
    return m;
  };
  let owner = modelOf(model);
  let relationOptional = false;
  let name = column;
  if (column.includes('.')) {
    const [relation, field] = column.split('.') as [string, string];
    const link = owner.fields.find((f) => f.name === relation && f.kind === 'object');
    if (!link || shapes(owner.name).list.has(relation)) throw new Error(`pageOf: ${model}.${relation} is not a one-to-one relation`);
    relationOptional = shapes(owner.name).optional.has(relation);
    owner = modelOf(link.type);
    name = field;
  }
  const field = owner.fields.find((f) => f.name === name);
  if (!field || (field.kind !== 'scalar' && field.kind !== 'enum') || shapes(owner.name).list.has(name)) throw new Error(`pageOf: ${owner.name}.${name} is not a sortable column`);
  const nullableColumn = shapes(owner.name).optional.has(name);
  const enumObject = field.kind === 'enum' ? (activeEnums()[field.type] ?? null) : null;
  if (field.kind === 'enum' && !enumObject) throw new Error(`pageOf: no enum ${field.type}`);
  const info: ColumnInfo = {
    type: field.type,
    // The generated enum object keeps the declared order, which is PostgreSQL's sort order.
    enumValues: enumObject ? Object.values(enumObject) : null,
    nullableColumn,
    mayBeNull: nullableColumn || relationOptional,
  };
  columnInfos.set(key, info);
  return info;
}

/** A cursor's printed value back to the column's type, as Prisma filters expect it. */
function revive(info: ColumnInfo, raw: string): unknown {
  switch (info.type) {
    case 'DateTime':
      return new Date(raw);
    case 'Int':
    case 'Float':
      return Number(raw);
    case 'BigInt':
      return BigInt(raw);
    case 'Boolean':
      return raw === 'true';
    default:
      // Text, enum values and decimals (Prisma takes a decimal as a string, exactly).
      return raw;
  }
}

/** A cursor: its key as base64url JSON (opaque to clients). */
export function encodeKey(key: Key | unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * A cursor's key back: a JSON array whose first item is `type`, or BAD_USER_INPUT ("after:
 * not a <type> cursor"). The items are not checked: `decodeKey` checks a pager's key,
 * a list with its own key (search's rank) checks its items itself.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as `Array.isArray` narrows: the callers check each item
export function readKey(type: string, cursor: string): any[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key[0] !== type) throw badInput(`after: not a ${type} cursor`, 'after');
  return key;
}

/**
 * A pager's cursor back to the last item's (value, id), checked against the list's type
 * and ordering (`info`: the ordering column's type, to check the value; null: any text).
 */
export function decodeKey(type: string, ordering: Ordering, info: ColumnInfo | null, cursor: string): { value: unknown; id: number } {
  const key = readKey(type, cursor);
  // A forged cursor must not reach the database with an id past the integer columns, a NUL
  // or a date that is not one (issue 16): it is simply not a cursor.
  if (
    key.length !== 5 ||
    !Number.isSafeInteger(key[4]) ||
    key[4] < 0 ||
    key[4] > MAX_DATABASE_ID ||
    (key[3] !== null && (typeof key[3] !== 'string' || key[3].includes('\u0000') || hasLoneSurrogate(key[3] as string))) ||
    (key[3] !== null && ordering.date && Number.isNaN(Date.parse(key[3] as string)))
  )
    throw badInput(`after: not a ${type} cursor`, 'after');
  if (key[1] !== (ordering.column ?? 'id') || key[2] !== ordering.direction) {
    throw badInput('after: the cursor comes from a list in another order; use the same orderBy as the page it came from', 'after');
  }
  const raw = key[3] as unknown;
  if (raw !== null && typeof raw !== 'string') throw badInput(`after: not a ${type} cursor`, 'after');
  if (raw !== null && info) {
    const value = revive(info, raw);
    const bad =
      (value instanceof Date && Number.isNaN(value.getTime())) ||
      (typeof value === 'number' && !Number.isFinite(value)) ||
      (info.enumValues && !info.enumValues.includes(raw)) ||
      (info.type === 'Boolean' && raw !== 'true' && raw !== 'false') ||
      (info.type === 'Decimal' && !/^-?\d{1,30}(?:\.\d{1,30})?$/.test(raw)) ||
      ((info.type === 'Int' || info.type === 'BigInt') && !/^-?\d{1,20}$/.test(raw));
    if (bad) throw badInput(`after: not a ${type} cursor`, 'after');
    return { value, id: key[4] as number };
  }
  return { value: raw, id: key[4] as number };
}

/**
 * The rows that sort strictly after `value` in `direction`, as a Prisma condition on the
 * column (`on` wraps it for a related column); null when none can. Enums compare by
 * declared position (`in` the values after it), booleans as false < true, the rest with
 * gt / lt.
 */
function beyond(info: ColumnInfo, direction: SortDirection, value: unknown, on: (c: unknown) => object): object | null {
  const asc = direction === SortDirection.ASC;
  if (info.enumValues) {
    const at = info.enumValues.indexOf(value as string);
    const after = asc ? info.enumValues.slice(at + 1) : info.enumValues.slice(0, at);
    return after.length ? on({ in: after }) : null;
  }
  if (info.type === 'Boolean') {
    if (asc) return value === false ? on(true) : null;
    return value === true ? on(false) : null;
  }
  return on(asc ? { gt: value } : { lt: value });
}

/**
 * One page of a list (Relay cursor connection) by keyset pagination: ordered by the
 * column then id, the cursor holds the last item's (value, id), and the next page is
 * what sorts after it. Stable while rows are added; every row exactly once.
 *
 * Rows without a value sort last either way when the column itself may be null (Prisma's
 * `nulls: 'last'`); a required column of an optional related row cannot be asked for that
 * (Prisma refuses `nulls` on a required field), so rows without the related row sort as
 * PostgreSQL puts nulls: last ascending, first descending. The keyset follows either.
 */
export async function pageOf<T extends { id: number }>(options: {
  type: string;
  /** The Prisma model the rows are (defaults to `type`). */
  model?: string;
  first: number;
  after: string | null | undefined;
  info: GraphQLResolveInfo;
  ordering?: Ordering;
  where: object;
  findMany: (args: { where: object; orderBy: object[]; take: number; include?: object }) => Promise<T[]>;
  count: (args: { where: object }) => Promise<number>;
}): Promise<ConnectionPage<T>> {
  const { type, first, after, info, where } = options;
  const ordering: Ordering = options.ordering ?? { column: null, direction: SortDirection.ASC };
  checkPageSize(first);
  const column = ordering.column;
  const [relation, field] = column?.includes('.') ? (column.split('.') as [string, string]) : [null, column];
  const col = column ? columnInfo(options.model ?? type, column) : null;
  // Conditions and sort keys on the column, on the model itself or through the relation.
  const on = (condition: unknown): object => (relation ? { [relation]: { is: { [field!]: condition } } } : { [field!]: condition });
  const isNull = (): object => {
    if (!relation) return on(null);
    const missing = { [relation]: { is: null } };
    return col!.nullableColumn ? { OR: [on(null), missing] } : missing;
  };
  const notNull = (): object => (relation ? (col!.nullableColumn ? on({ not: null }) : { [relation]: { isNot: null } }) : on({ not: null }));
  // Where rows without a value sort: last, unless only PostgreSQL's default can place them.
  const nullsFirst = !!col && col.mayBeNull && !col.nullableColumn && ordering.direction === SortDirection.DESC;
  const sortKey = col?.nullableColumn ? { sort: ordering.direction, nulls: 'last' } : ordering.direction;
  const orderBy: object[] = column ? [relation ? { [relation]: { [field!]: sortKey } } : { [field!]: sortKey }, { id: 'asc' }] : [{ id: ordering.direction }];
  let afterWhere: object | undefined;
  if (after != null) {
    const last = decodeKey(type, ordering, col, after);
    if (!column) afterWhere = { id: ordering.direction === SortDirection.ASC ? { gt: last.id } : { lt: last.id } };
    else if (last.value === null) {
      // Among the rows without a value, by id; then, when those come first, every row with one.
      const rest = { AND: [isNull(), { id: { gt: last.id } }] };
      afterWhere = nullsFirst ? { OR: [rest, notNull()] } : rest;
    } else {
      const later = beyond(col!, ordering.direction, last.value, on);
      afterWhere = {
        OR: [...(later ? [later] : []), { AND: [on(last.value), { id: { gt: last.id } }] }, ...(col!.mayBeNull && !nullsFirst ? [isNull()] : [])],
      };
    }
  }
  // The count is a statement of its own: run it only when the query asks for it.
  const wantsTotal = 'totalCount' in graphqlFields(info);
  const [rows, totalCount] = await Promise.all([
    options.findMany({
      where: afterWhere ? { AND: [where, afterWhere] } : where,
      orderBy,
      take: first + 1,
      // The related column travels with each row, for its cursor.
      ...(relation ? { include: { [relation]: { select: { [field!]: true } } } } : {}),
    }),
    wantsTotal ? options.count({ where }) : Promise.resolve(-1),
  ]);
  const page = rows.slice(0, first);
  const cursorOf = (node: T): string => {
    const holder = relation ? ((node as Record<string, unknown>)[relation] as Record<string, unknown> | null) : (node as Record<string, unknown>);
    const value = column ? holder?.[field!] : null;
    const printed = value == null ? null : value instanceof Date ? value.toISOString() : String(value);
    return encodeKey([type, column ?? 'id', ordering.direction, printed, node.id]);
  };
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes: page,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
