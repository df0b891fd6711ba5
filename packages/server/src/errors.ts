import { AsyncLocalStorage } from 'node:async_hooks';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isTokenLimitError, tokensOf } from './limits';

/**
 * Gives request errors the input path at fault, as resolver errors have it
 * (`extensions.field`, e.g. "input.funding.1.amount"). A variable that does not coerce
 * (an enum value that does not exist, a missing required field, a bad Date, a string
 * for an Int) is refused by graphql-js before any resolver runs, with the path only in
 * its message: `Variable "$input" got invalid value "PURPLE" at "input.ragStatus"; …`
 * or `…; Field "title" of required type "String!" was not provided.`
 */
export function withInputPaths(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (extensions.field !== undefined) return formatted;
  const variable = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /s.exec(formatted.message);
  if (!variable) return formatted;
  let field = (variable[2] ?? variable[1]!).replace(/\[(\d+)\]/g, '.$1');
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided\.$/.exec(formatted.message);
  if (missing) field = `${field}.${missing[1]}`;
  return { ...formatted, extensions: { ...extensions, field } };
}

// ---------------------------------------------------------------------------------
// Masking and outages (issue 16)

/** What the request being answered is, for errors formatted deep inside Apollo. */
export interface RequestStore {
  requestId: string;
  /** Set when an error says the database is unreachable: the answer becomes HTTP 503. */
  unavailable?: boolean;
  /** Set when a statement hit statement_timeout or the request its time budget. */
  timedOut?: boolean;
  /** A document long enough to be over the token cap, kept to count its tokens for the refusal. */
  largeSource?: string;
}

export const requestStore = new AsyncLocalStorage<RequestStore>();

/** Codes the API gives on purpose: their messages are written for clients. Anything else is masked. */
const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR']);

/** SQLSTATEs and driver / Prisma codes meaning "the database is not there right now". */
const UNAVAILABLE_SQLSTATES = /^(08\w{3}|57P0[1-4]|53300|3D000|28000|28P01)$/;
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'P1001', // can't reach database server
  'P1002', // timed out reaching it
  'P1003', // database does not exist
  'P1008', // operations timed out
  'P1017', // server closed the connection
  'P2024', // timed out fetching a connection from the pool
  'P2037', // too many connections
]);
const UNAVAILABLE_MESSAGES = /Connection terminated|connection (was )?closed|ECONNREFUSED|terminating connection due to administrator command|Can't reach database server|database "[^"]+" does not exist|Timed out fetching a new connection|DatabaseNotReachable|ConnectionClosed|the database system is (shutting down|starting up)|PGlite is closed/i;

function* causes(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    yield e as Record<string, unknown>;
    const r = e as Record<string, unknown>;
    e = r.originalError ?? r.cause ?? (r.meta as Record<string, unknown> | undefined)?.driverAdapterError;
  }
}

/** Whether an error (or what caused it) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
    const kind = (e.cause as Record<string, unknown> | undefined)?.kind;
    if (kind === 'DatabaseNotReachable' || kind === 'DatabaseDoesNotExist' || kind === 'ConnectionClosed' || kind === 'TooManyConnections' || kind === 'SocketTimeout') return true;
    const original = (e.cause as Record<string, unknown> | undefined)?.originalCode;
    if (typeof original === 'string' && UNAVAILABLE_SQLSTATES.test(original)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** Whether an error is PostgreSQL cancelling a statement (statement_timeout, SQLSTATE 57014). */
export function isStatementTimeout(error: unknown): boolean {
  for (const e of causes(error)) {
    if (e.code === '57014' || (e.cause as Record<string, unknown> | undefined)?.originalCode === '57014') return true;
    if (typeof e.message === 'string' && /canceling statement due to statement timeout/.test(e.message)) return true;
  }
  return false;
}

/** Seconds a client is asked to wait after a 503. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Apollo's formatError: input paths (above), then masking. An unexpected error (code
 * INTERNAL_SERVER_ERROR: anything not thrown on purpose) reaches the client as
 * "Internal server error", its code and the request id; the log line carries the detail.
 * A database outage becomes SERVICE_UNAVAILABLE (HTTP 503, Retry-After), a statement
 * cancelled by statement_timeout TIMEOUT (HTTP 503). With `debug` (DEBUG_ERRORS=true)
 * unexpected errors keep their message.
 */
export function errorFormatter(options: { debug: boolean; maxTokens: number; log: (msg: string, fields: Record<string, unknown>) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const withPath = withInputPaths(formatted);
    const code = withPath.extensions?.code;
    const store = requestStore.getStore();
    if (code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitError(withPath.message)) {
      const measured = store?.largeSource ? tokensOf(store.largeSource) : undefined;
      return {
        message: `the query document has ${measured ?? 'more than ' + options.maxTokens} tokens; the limit is ${options.maxTokens}`,
        extensions: { code: 'QUERY_TOO_LARGE', unit: 'tokens', limit: options.maxTokens, ...(measured !== undefined ? { measured } : {}) },
      };
    }
    const requestId = store?.requestId;
    const original = unwrapResolverError(error);
    const base = { ...(withPath.locations ? { locations: withPath.locations } : {}), ...(withPath.path ? { path: withPath.path } : {}) };
    if (typeof code === 'string' && !INTERNAL_CODES.has(code)) {
      if (options.debug || !withPath.extensions?.stacktrace) return withPath;
      const { stacktrace: _drop, ...extensions } = withPath.extensions;
      return { ...withPath, extensions };
    }
    const detail = (original as Error)?.stack ?? String(original);
    if (isStatementTimeout(original)) {
      if (store) store.timedOut = true;
      options.log('statement timeout', { requestId, error: detail });
      return { ...base, message: 'the request took longer than its time budget and was stopped', extensions: { code: 'TIMEOUT', requestId, retryAfter: RETRY_AFTER_SECONDS } };
    }
    if (isDatabaseUnavailable(original)) {
      if (store) store.unavailable = true;
      options.log('database unavailable', { requestId, error: detail });
      return { ...base, message: 'the database is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE', requestId, retryAfter: RETRY_AFTER_SECONDS } };
    }
    options.log('unexpected error', { requestId, error: detail });
    if (options.debug) return { ...withPath, extensions: { ...withPath.extensions, requestId } };
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
  };
}
