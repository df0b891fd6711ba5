import { GraphQLError } from 'graphql';

/** Stable error codes clients can switch on (in `extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
} as const;

export function badInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName } });
}

export { parseGlobalId as parseId } from './global-id';
