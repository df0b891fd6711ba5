// The class alone (the same object the package's index exports): the whole `graphql`
// package takes ~120 ms to load, and the importer's input checks throw these errors
// without needing the rest (the CLI's import loads no GraphQL).
import { GraphQLError } from 'graphql/error/GraphQLError';

/** Stable error codes clients can switch on (in `extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  WRITE_CONFLICT: 'WRITE_CONFLICT',
  KEY_CONFLICT: 'KEY_CONFLICT',
  EXPIRED_CURSOR: 'EXPIRED_CURSOR',
} as const;

/**
 * Invalid input. `argumentName` is the argument or input path at fault, e.g.
 * "input.funding.1.amount"; it is served both as `extensions.field` (the write API's
 * name for it) and `extensions.argumentName` (what read queries served first).
 */
export function badInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName, field: argumentName } });
}

/** An id that names nothing the caller may see (also what a hidden draft looks like to writers outside its council). */
export function notFound(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND, field } });
}

/** The caller is known but may not do this (e.g. one council's editor changing another council's plan). */
export function forbidden(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, field } });
}

/**
 * The operation needs a token and the request has none. Answered with HTTP 200 like any
 * field error (the rest of the response may hold data); a bad token is refused with 401
 * before GraphQL runs (packages/server/src/app.ts).
 */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

/** Someone else changed the row since the version the update was based on. */
export function versionConflict(entity: string, id: string, expectedVersion: number, currentVersion: number, field?: string): GraphQLError {
  return new GraphQLError(
    `${entity} ${id} was changed by someone else: you sent version ${expectedVersion}, it is now at version ${currentVersion}; read it again and re-apply your change`,
    { extensions: { code: ErrorCode.VERSION_CONFLICT, entity, id, expectedVersion, currentVersion, field } },
  );
}

/**
 * A write kept colliding with concurrent writes (a deadlock or serialization failure on
 * every one of its attempts, see runWrite): nothing was written; sending it again is safe.
 */
export function writeConflict(): GraphQLError {
  return new GraphQLError('the write collided with concurrent writes several times and was rolled back; nothing was written: send it again', {
    extensions: { code: ErrorCode.WRITE_CONFLICT },
  });
}

export { parseGlobalId as parseId } from './global-id';

/**
 * A unique join key (a party's staff id or e-mail) that another row already has:
 * `extensions.field` is the input at fault, `conflictsWith` the other row's global id.
 */
export function keyConflict(message: string, field: string, conflictsWith: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.KEY_CONFLICT, field, conflictsWith } });
}

/**
 * A `changes` cursor below the feed's horizon: events after it were pruned (issue 17's
 * retention), so following on from it would skip them. `horizon` is the cursor of the
 * pruned limit; `latestCursor` the newest event's (the horizon's when none is left). The way
 * back: keep `latestCursor`, re-read the current state, then follow from `latestCursor`.
 */
export function expiredCursor(field: string, horizon: string, latestCursor: string): GraphQLError {
  return new GraphQLError(
    `${field}: this cursor is older than the change feed's horizon: events after it were pruned (CHANGE_EVENT_RETENTION_DAYS), so following on from it would miss changes. Keep \`extensions.latestCursor\`, re-read the current state of what you follow, then follow \`changes(after: latestCursor)\``,
    { extensions: { code: ErrorCode.EXPIRED_CURSOR, field, argumentName: field, horizon, latestCursor } },
  );
}
