import { GraphQLError } from 'graphql';

/** Stable error codes clients can switch on (in `extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
} as const;

export function badInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName } });
}

/** Parses a GraphQL ID argument holding a database id. */
export function parseId(value: string | number, argumentName: string): number {
  const n = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw badInput(`${argumentName}: "${value}" is not an id`, argumentName);
  return n;
}
