import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
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

export function encodeCursor(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function decodeCursor(type: string, cursor: string, argumentName = 'after'): number {
  const [t, id] = Buffer.from(cursor, 'base64url').toString().split(':');
  const n = Number(id);
  if (t !== type || !Number.isSafeInteger(n)) throw badInput(`${argumentName}: not a ${type} cursor`, argumentName);
  return n;
}

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

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s (Relay cursor connection), in the order they were recorded.` })
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

/**
 * One page of a list in id order (keyset pagination: stable while rows are added, each
 * row exactly once). `fetch` gets the id to start after and how many rows to take.
 */
export async function pageById<T extends { id: number }>(
  type: string,
  first: number,
  after: string | null | undefined,
  info: GraphQLResolveInfo,
  fetch: (afterId: number | undefined, take: number) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<ConnectionPage<T>> {
  checkPageSize(first);
  const afterId = after != null ? decodeCursor(type, after) : undefined;
  // The count is a statement of its own: run it only when the query asks for it.
  const wantsTotal = 'totalCount' in graphqlFields(info);
  const [rows, totalCount] = await Promise.all([fetch(afterId, first + 1), wantsTotal ? count() : Promise.resolve(-1)]);
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(type, node.id), node }));
  return {
    edges,
    nodes: page,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterId !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
