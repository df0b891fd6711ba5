import { Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import graphqlFields from 'graphql-fields';
import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from './errors';

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
 * row sort with the nulls.
 */
export interface Ordering {
  column: string | null;
  direction: SortDirection;
  /** The column may hold nulls (they sort last). */
  nullable?: boolean;
  /** The column is a date (cursor values travel as ISO strings). */
  date?: boolean;
}

type Key = [type: string, column: string, direction: string, value: string | null, id: number];

function encodeKey(key: Key): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeKey(type: string, ordering: Ordering, cursor: string): { value: unknown; id: number } {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(`after: not a ${type} cursor`, 'after');
  }
  if (!Array.isArray(key) || key.length !== 5 || key[0] !== type || !Number.isSafeInteger(key[4])) throw badInput(`after: not a ${type} cursor`, 'after');
  if (key[1] !== (ordering.column ?? 'id') || key[2] !== ordering.direction) {
    throw badInput('after: the cursor comes from a list in another order; use the same orderBy as the page it came from', 'after');
  }
  const raw = key[3] as string | null;
  return { value: raw !== null && ordering.date ? new Date(raw) : raw, id: key[4] as number };
}

/**
 * One page of a list (Relay cursor connection) by keyset pagination: ordered by the
 * column then id, the cursor holds the last item's (value, id), and the next page is
 * what sorts after it. Stable while rows are added; every row exactly once.
 */
export async function pageOf<T extends { id: number }>(options: {
  type: string;
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
  // Conditions and sort keys on the column, on the model itself or through the relation.
  const on = (condition: unknown): object => (relation ? { [relation]: { is: { [field!]: condition } } } : { [field!]: condition });
  const isNull = (): object => (relation ? { OR: [on(null), { [relation]: { is: null } }] } : on(null));
  const sortKey = ordering.nullable || relation ? { sort: ordering.direction, nulls: 'last' } : ordering.direction;
  const orderBy: object[] = column ? [relation ? { [relation]: { [field!]: sortKey } } : { [field!]: sortKey }, { id: 'asc' }] : [{ id: ordering.direction }];
  let afterWhere: object | undefined;
  if (after != null) {
    const last = decodeKey(type, ordering, after);
    if (!column) afterWhere = { id: ordering.direction === SortDirection.ASC ? { gt: last.id } : { lt: last.id } };
    else if (last.value === null) afterWhere = { AND: [isNull(), { id: { gt: last.id } }] };
    else {
      const beyond = ordering.direction === SortDirection.ASC ? { gt: last.value } : { lt: last.value };
      afterWhere = { OR: [on(beyond), { AND: [on(last.value), { id: { gt: last.id } }] }, ...(ordering.nullable || relation ? [isNull()] : [])] };
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
