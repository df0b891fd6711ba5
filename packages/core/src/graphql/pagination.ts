import { Field, Int, ObjectType } from 'type-graphql';
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

export { Int };
