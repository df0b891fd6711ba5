import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import {
  buildPlanSchema,
  buildSubgraphPlanSchema,
  createContext,
  DEFAULT_MAX_IMPORT_BYTES,
  loadSeeds,
  WebhookWorker,
  ReminderSweeper,
  withStructuredValuePlugins,
  DEFAULT_WEBHOOK_OPTIONS,
  migrationStatus,
  migrationSets,
  openDatabase,
  ANONYMOUS,
  type Context,
  type CouncilPlugin,
  type Viewer,
  type Database,
} from '@council-plans/core';
import { DEFAULT_LIMITS, type ServerConfig } from './config';
import { prepareDeployment, startDatabase } from './deployment';
import { queryLimitsPlugin, type CostFacts, type QueryLimits } from './limits';
import { sendIde, sendIdeAsset, wantsIde } from './ide';
import { silentLogger, type Logger } from './logger';
import { ResponseCache, WriteListener, notifyWrites, responseCachePlugin, type OperationFacts } from './response-cache';
import { AuthError, verifyToken } from './auth';
import { RETRY_AFTER_SECONDS, errorFormatter, requestStore, type RequestStore } from './errors';
import { CallerLimits, RateLimited } from './rate-limit';
import { withCancellation } from './cancellation';
import { DirectReadShortcut, directReadsPlugin, stringifyResult } from './direct-reads';
import { GraphQLError } from 'graphql';

/**
 * Largest request body accepted, in bytes: 1 MiB, or room for the largest import file
 * base64-encoded (`importPlan`'s contentBase64 is 4/3 of the file) plus 1 MiB.
 */
export function maxBodyBytes(maxImportBytes: number): number {
  return Math.max(1024 * 1024, Math.ceil((maxImportBytes * 4) / 3) + 1024 * 1024);
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** The Apollo Federation 2 subgraph endpoint, e.g. http://127.0.0.1:4000/subgraph */
  subgraphUrl: string;
  db: Database;
  schema: GraphQLSchema;
  subgraphSchema: GraphQLSchema;
  plugins: CouncilPlugin[];
  /** The webhook delivery worker of this process (null with `webhooks: false`). */
  webhookWorker: WebhookWorker | null;
  /** Stops accepting requests, finishes the ones in flight, stops the webhook worker, closes the database. */
  stop(): Promise<void>;
}


/** What a request's log line says besides method, path, status and duration. */
interface RequestFacts {
  operationName?: string;
  /** The token's subject, when the caller sent one. */
  subject?: string;
  sqlStatements?: number;
  /** The operation's estimated cost. */
  cost?: number;
  /** Answered by a direct read: one statement built the response, no resolver ran. */
  direct?: boolean;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * Reads the request body, up to `limit` bytes. A larger body is drained without
 * being kept (so the client, still sending, gets a clean 413 rather than a reset
 * connection) and refused.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) reject(new HttpError(413, `request body over ${limit} bytes`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** Error codes of a well-formed HTTP request whose GraphQL document or variables are wrong. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The GraphQL-over-HTTP spec: a client that accepts only `application/json` (the legacy
 * media type) gets 200 for a document that fails to parse or validate or whose
 * variables do not coerce, with the errors in the body; `application/graphql-response+json`
 * keeps Apollo's 400. Apollo Server answers 400 for both.
 */
function legacyJsonStatus(status: number, contentType: string | undefined, body: { kind: string; string?: string }): number {
  if (status !== 400 || !contentType?.startsWith('application/json') || body.kind !== 'complete' || !body.string) return status;
  try {
    const parsed = JSON.parse(body.string) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    const requestErrors = parsed.data === undefined && parsed.errors?.length && parsed.errors.every((e) => REQUEST_ERROR_CODES.has(e.extensions?.code ?? ''));
    return requestErrors ? 200 : status;
  } catch {
    return status;
  }
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * The media type a GraphQL error response goes out in: what the client's Accept prefers
 * of `application/graphql-response+json` and `application/json` (the latter when it
 * names neither), as Apollo chooses for the responses it writes itself.
 */
export function errorMediaType(accept: string | undefined): string {
  if (!accept) return 'application/json';
  let best = { type: 'application/json', q: -1 };
  for (const part of accept.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    const type = range === GRAPHQL_RESPONSE_JSON ? GRAPHQL_RESPONSE_JSON : range === 'application/json' ? 'application/json' : undefined;
    // graphql-response+json wins ties: it is the spec's media type.
    if (type && (q > best.q || (q === best.q && type === GRAPHQL_RESPONSE_JSON))) best = { type, q };
  }
  return best.q < 0 ? 'application/json' : best.type;
}

/** An HTTP-level GraphQL error answer (401, 403, 413, 429, 503, 400…) in the media type the client asked for. */
function sendGraphqlError(req: http.IncomingMessage, res: http.ServerResponse, status: number, error: { message: string; extensions?: Record<string, unknown> }, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': `${errorMediaType(req.headers.accept)}; charset=utf-8`, ...headers });
  res.end(JSON.stringify({ errors: [error] }));
}

/** Request headers a browser may send cross-origin (answered to preflights). */
const CORS_ALLOWED_HEADERS = 'authorization, content-type, accept, apollo-require-preflight, x-apollo-operation-name, x-request-id';
/** Response headers a cross-origin page may read. */
const CORS_EXPOSED_HEADERS = 'x-request-id, retry-after, x-response-cache, www-authenticate';

/**
 * Opens the database, applies migrations, loads the seed documents into an empty
 * database, builds the schema from core and the enabled plugins, and serves GraphQL
 * over HTTP at /graphql, the same API as an Apollo Federation 2 subgraph at /subgraph
 * (`_service`, `_entities`), and a liveness check at /health.
 */
export async function startServer(input: Partial<ServerConfig> & Pick<ServerConfig, 'port' | 'host' | 'plugins' | 'seed'>, logger: Logger = silentLogger): Promise<RunningServer> {
  const config: ServerConfig = {
    sqlStatementHeader: false,
    development: false,
    debugErrors: false,
    introspection: true,
    maxQueryDepth: DEFAULT_LIMITS.maxQueryDepth,
    maxQueryComplexity: DEFAULT_LIMITS.maxQueryComplexity,
    maxAliases: DEFAULT_LIMITS.maxAliases,
    maxDirectives: DEFAULT_LIMITS.maxDirectives,
    maxTokens: DEFAULT_LIMITS.maxTokens,
    maxQueryBytes: DEFAULT_LIMITS.maxQueryBytes,
    maxIds: DEFAULT_LIMITS.maxIds,
    requestTimeoutMs: DEFAULT_LIMITS.requestTimeoutMs,
    statementTimeoutMs: DEFAULT_LIMITS.statementTimeoutMs,
    maxResponseBytes: DEFAULT_LIMITS.maxResponseBytes,
    corsOrigins: [],
    corsCredentials: false,
    trustProxy: false,
    ide: true,
    responseCache: false,
    directReads: true,
    maxImportBytes: DEFAULT_MAX_IMPORT_BYTES,
    ...input,
  };
  // The deployment: its enabled plugins (installed packages, coreVersion checked), the
  // Prisma client composed for them, migrations (core's, then each enabled plugin's)
  // and the enabled plugins' missing seed documents.
  const { plugins, client } = prepareDeployment(config, logger);
  // Start-up (migrations, seeds, refreshing parsed values over a whole database) runs
  // without the statement timeout meant for requests: on PostgreSQL on a connection
  // pool of its own, closed before serving.
  const serving = async () => openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, client, statementTimeoutMs: config.statementTimeoutMs || undefined });
  let db = config.databaseUrl && config.statementTimeoutMs ? await openDatabase({ databaseUrl: config.databaseUrl, client }) : await serving();
  try {
    await startDatabase(db, plugins, { seed: config.seed, logger });
  } catch (err) {
    await db.close();
    throw err;
  }
  if (config.databaseUrl && config.statementTimeoutMs) {
    await db.close();
    db = await serving();
  }
  const schema = withCancellation(await buildPlanSchema(plugins));
  const searchSources = plugins.flatMap((p) => p.search ?? []);
  const layouts = plugins.flatMap((p) => p.layouts ?? []);
  const bodyLimit = maxBodyBytes(config.maxImportBytes);
  const pluginNames = plugins.map((p) => p.name);
  const subgraphSchema = withCancellation(await buildSubgraphPlanSchema(plugins));

  const httpServer = http.createServer();
  const cache = config.responseCache ? new ResponseCache() : undefined;
  const listener = cache && db.kind === 'postgres' ? new WriteListener(config.databaseUrl!, cache, (err) => logger.error('response cache: lost the write notifications; bypassing the cache until they are back', { error: err.message })) : undefined;
  await listener?.start();
  // Mutations on either endpoint invalidate the cache, and on PostgreSQL tell every
  // other process (whose caches listen) after they committed.
  const cachePlugins = [responseCachePlugin(cache, db.kind === 'postgres' ? () => notifyWrites(db.sql) : undefined)];
  const queryLimits: QueryLimits = {
    maxDepth: config.maxQueryDepth,
    maxComplexity: config.maxQueryComplexity,
    maxAliases: config.maxAliases,
    maxDirectives: config.maxDirectives,
    maxTokens: config.maxTokens,
    maxQueryBytes: config.maxQueryBytes,
    maxIds: config.maxIds,
    councils: plugins.map((p) => p.name),
  };
  const limits = queryLimitsPlugin<Context>(queryLimits, (source) => {
    const store = requestStore.getStore();
    if (store) store.largeSource = source;
  });
  const callerLimits = config.rateLimit ? new CallerLimits(config.rateLimit, logger) : undefined;
  const parseOptions = { maxTokens: config.maxTokens };
  const formatError = errorFormatter({ debug: config.debugErrors, maxTokens: config.maxTokens, log: (msg, fields) => logger.error(msg, fields) });
  const apollo = new ApolloServer<Context>({
    schema,
    // main.ts handles SIGINT/SIGTERM and calls stop(); Apollo's own handlers raced it
    // (our stop() never returned, so a process with a timer pending, e.g. the webhook
    // worker's, never exited on SIGTERM).
    stopOnTerminationSignals: false,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.debugErrors,
    formatError,
    parseOptions,
    // CSRF prevention blocks simple GET requests unless they carry a preflight header.
    // It guards cookie-authenticated APIs; this API takes no cookies (its credentials
    // are bearer tokens a browser never attaches on its own), and the GraphQL-over-HTTP
    // spec expects plain GET queries to work.
    csrfPrevention: false,
    // Direct reads' data arrives as JSON text and is spliced in unparsed (direct-reads.ts).
    stringifyResult,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's cache-control plugin wraps every field resolver to compute cache hints
      // nobody reads (this server sets no cache hints): a measurable share of a nested
      // query's time (issue 10).
      ApolloServerPluginCacheControlDisabled(),
      limits,
      ...cachePlugins,
      // Last: it answers in responseForOperation, after every other plugin's didResolveOperation.
      ...(config.directReads ? [directReadsPlugin(logger)] : []),
    ],
  });
  // No inline traces for gateways: they are for Apollo's hosted studio, which this server does not report to.
  const subgraph = new ApolloServer<Context>({
    schema: subgraphSchema,
    stopOnTerminationSignals: false,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.debugErrors,
    formatError,
    parseOptions,
    csrfPrevention: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), limits, ...cachePlugins],
  });
  await Promise.all([apollo.start(), subgraph.start()]);
  // Requests Apollo has answered by a direct read, answered again without its pipeline
  // (direct-reads.ts). Not when Apollo reports to its studio (APOLLO_KEY: its usage
  // reporting plugin would miss them).
  const shortcut = config.directReads && !process.env.APOLLO_KEY ? new DirectReadShortcut(queryLimits) : undefined;
  const endpoints = new Map<string, ApolloServer<Context>>([
    ['/graphql', apollo],
    ['/subgraph', subgraph],
  ]);

  httpServer.on('request', (req, res) => {
    // A request id from the caller (a gateway, a load balancer) or a new one; echoed
    // back and in every log line about the request.
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && /^[\w.:-]{1,128}$/.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    const facts: RequestFacts = {};
    res.on('finish', () => {
      logger.info('request', {
        requestId,
        method: req.method,
        path: (req.url ?? '/').split('?')[0],
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...facts,
      });
    });
    handle(req, res, facts, requestId).catch((err: unknown) => {
      if (err instanceof HttpError) return sendGraphqlError(req, res, err.status, { message: err.message, extensions: { code: err.status === 413 ? 'REQUEST_TOO_LARGE' : 'BAD_REQUEST' } });
      if (err instanceof RateLimited) return sendGraphqlError(req, res, 429, { message: err.message, extensions: err.extensions }, { 'retry-after': String(err.retryAfterSeconds) });
      logger.error('request failed', { requestId, error: (err as Error).stack ?? String(err) });
      sendGraphqlError(req, res, 500, { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
    });
  });

  /** Readiness: the database answers and every migration this build knows is applied. */
  async function readiness(): Promise<{ ready: boolean; reason?: string }> {
    try {
      const { pending } = await withTimeout(migrationStatus(db.sql, migrationSets(plugins)), 5000, 'the database did not answer within 5 s');
      return pending.length ? { ready: false, reason: `migrations not applied: ${pending.join(', ')}` } : { ready: true };
    } catch (err) {
      return { ready: false, reason: `database unreachable: ${(err as Error).message}` };
    }
  }

  /**
   * Liveness: the process answers, and, for the embedded PGlite (which lives in this
   * process and cannot be reconnected), its handle still runs a statement. A PostgreSQL
   * outage is not a reason to restart this process (the pool reconnects): /ready says it.
   */
  async function liveness(): Promise<{ ok: boolean; reason?: string }> {
    if (db.kind !== 'pglite') return { ok: true };
    try {
      await withTimeout(db.prisma.$queryRawUnsafe('SELECT 1'), 10_000, 'the embedded database did not answer within 10 s');
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: `the embedded database no longer works: ${(err as Error).message.split('\n')[0]}` };
    }
  }

  /**
   * The caller: anonymous without an Authorization header, else the verified token's
   * subject. A header that is not a valid bearer token for this server is refused with
   * 401 (never downgraded to anonymous, so a client notices its expired token).
   */
  async function viewerOf(req: http.IncomingMessage): Promise<Viewer> {
    const header = req.headers.authorization;
    if (header === undefined || header === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new AuthError('the Authorization header must be "Bearer <token>"');
    if (!config.auth) throw new AuthError('this server accepts no tokens: it has no JWT_SECRET or JWT_PUBLIC_KEY');
    return verifyToken(config.auth, match[1]!);
  }

  /** Who a budget belongs to: the token's subject, else the client's address. */
  function callerKey(req: http.IncomingMessage, viewer: Viewer): string {
    if (viewer.subject) return `sub:${viewer.subject}`;
    let address = req.socket.remoteAddress ?? 'unknown';
    if (config.trustProxy) {
      const forwarded = req.headers['x-forwarded-for'];
      const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '').split(',').map((a) => a.trim()).filter(Boolean).pop();
      if (last) address = last;
    }
    return `ip:${address}`;
  }

  /**
   * CORS (issue 16): an Origin on the allow-list (CORS_ORIGINS; `*` for any, without
   * credentials) or the server's own origin gets the Access-Control headers; any other
   * cross-origin request to an API path is refused with 403. Returns false when refused.
   */
  function cors(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const origin = req.headers.origin;
    if (!origin) return true;
    res.setHeader('vary', 'Origin');
    const sameOrigin = (() => {
      try {
        return new URL(origin).host === req.headers.host;
      } catch {
        return false;
      }
    })();
    const any = config.corsOrigins.includes('*');
    if (!sameOrigin && !any && !config.corsOrigins.includes(origin)) return false;
    res.setHeader('access-control-allow-origin', any && !sameOrigin ? '*' : origin);
    res.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS);
    if (config.corsCredentials && !any) res.setHeader('access-control-allow-credentials', 'true');
    return true;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, facts: RequestFacts, requestId: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const allowed = cors(req, res);
    if (req.method === 'OPTIONS') {
      if (!allowed) return sendGraphqlError(req, res, 403, { message: `origin ${req.headers.origin} may not call this API (CORS_ORIGINS)`, extensions: { code: 'FORBIDDEN_ORIGIN' } });
      res.writeHead(204, {
        allow: 'GET, POST, OPTIONS',
        ...(req.headers.origin ? { 'access-control-allow-methods': 'GET, POST, OPTIONS', 'access-control-allow-headers': CORS_ALLOWED_HEADERS, 'access-control-max-age': '600' } : {}),
      });
      res.end();
      return;
    }
    if (url.pathname === '/health') {
      const { ok, reason } = await liveness();
      return sendJson(res, ok ? 200 : 503, ok ? { status: 'ok' } : { status: 'failing', reason });
    }
    if (url.pathname === '/ready') {
      const { ready, reason } = await readiness();
      return sendJson(res, ready ? 200 : 503, ready ? { status: 'ready' } : { status: 'unready', reason });
    }
    if (config.ide && sendIdeAsset(res, url.pathname)) return;
    if (config.ide && url.pathname === '/graphql' && wantsIde(req, url)) return sendIde(res, '/graphql');
    const endpoint = endpoints.get(url.pathname);
    if (!endpoint) return sendJson(res, 404, { errors: [{ message: `no such path ${url.pathname}; GraphQL is served at /graphql (federation subgraph: /subgraph)` }] });
    if (!allowed) return sendGraphqlError(req, res, 403, { message: `origin ${req.headers.origin} may not call this API (CORS_ORIGINS)`, extensions: { code: 'FORBIDDEN_ORIGIN' } });

    let viewer: Viewer;
    try {
      viewer = await viewerOf(req);
    } catch (err) {
      if (!(err instanceof AuthError)) throw err;
      return sendGraphqlError(req, res, 401, { message: err.message, extensions: { code: 'UNAUTHENTICATED' } }, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    if (viewer.subject) facts.subject = viewer.subject;
    const caller = callerKey(req, viewer);
    // The caller's request rate and in-flight slots, before the body is read.
    if (callerLimits) await callerLimits.request(caller);
    const slot = { release: callerLimits ? callerLimits.enter(caller) : () => undefined, handedOff: false };
    try {
      await serve(req, res, url, endpoint, viewer, caller, facts, requestId, slot);
    } finally {
      // Once GraphQL work started, its end releases the slot (see serve).
      if (!slot.handedOff) slot.release();
    }
  }

  async function serve(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    endpoint: ApolloServer<Context>,
    viewer: Viewer,
    caller: string,
    facts: RequestFacts,
    requestId: string,
    slot: { release: () => void; handedOff: boolean },
  ): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const text = req.method === 'POST' ? await readBody(req, bodyLimit) : '';
    let body: unknown = text;
    if ((headers.get('content-type') ?? '').includes('json') && text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        throw new HttpError(400, 'request body is not valid JSON');
      }
    }
    if (body && typeof body === 'object' && 'operationName' in body && typeof body.operationName === 'string') facts.operationName = body.operationName;
    // The document's size, before anything parses it (GET: the query string's `query`).
    const query = body && typeof body === 'object' && 'query' in body ? (body as { query: unknown }).query : url.searchParams.get('query');
    if (typeof query === 'string') {
      const bytes = Buffer.byteLength(query, 'utf8');
      if (bytes > config.maxQueryBytes) {
        return sendGraphqlError(req, res, 400, {
          message: `the query document is ${bytes} bytes; the limit is ${config.maxQueryBytes}`,
          extensions: { code: 'QUERY_TOO_LARGE', unit: 'bytes', limit: config.maxQueryBytes, measured: bytes },
        });
      }
    }
    const useCache = cache && cache.available && endpoint === apollo;
    const cacheKey = useCache
      ? ResponseCache.key({
          path: url.pathname,
          method: req.method ?? 'GET',
          search: url.search,
          body: text,
          authorization: headers.get('authorization'),
          cookie: headers.get('cookie'),
          accept: headers.get('accept'),
        })
      : undefined;
    const hit = cacheKey ? cache!.get(cacheKey) : undefined;
    if (hit) {
      for (const [key, value] of hit.headers) res.setHeader(key, value);
      facts.sqlStatements = 0;
      if (config.sqlStatementHeader) res.setHeader('x-sql-statements', '0');
      res.setHeader('x-response-cache', 'hit');
      res.statusCode = hit.status;
      res.end(hit.body);
      return;
    }
    const generation = cache?.generation ?? 0;
    const operationFacts: OperationFacts = {};
    // Abandoned when the client leaves before its answer, or when the time budget is spent.
    const abort = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) abort.abort(new Error('client disconnected'));
    };
    res.on('close', onClose);
    const costFacts: CostFacts = {
      onMeasured: async (measured) => {
        facts.cost = measured.complexity;
        if (callerLimits && measured.expensive > 0) {
          try {
            await callerLimits.expensiveFields(caller, measured.expensive);
          } catch (err) {
            if (!(err instanceof RateLimited)) throw err;
            throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 429, headers: new Map([['retry-after', String(err.retryAfterSeconds)]]) } } });
          }
        }
      },
    };
    const contextValue = {
      ...createContext(db.prisma, { searchSources, viewer, requestId, preparedRead: db.preparedRead, layouts, pluginNames, maxImportBytes: config.maxImportBytes, today: config.today }),
      operationFacts,
      costFacts,
      signal: abort.signal,
    };
    const store: RequestStore = { requestId };
    const shortcutKey = shortcut && endpoint === apollo && req.method === 'POST' ? DirectReadShortcut.key(body, headers.get('accept'), headers.get('content-type')) : undefined;
    const known = shortcutKey === undefined ? undefined : shortcut!.get(shortcutKey);
    const apolloAnswer = () =>
      endpoint.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => contextValue,
      });
    const work = requestStore.run(store, () =>
      withStructuredValuePlugins(plugins, () => db.statements.measure(known ? async () => (await shortcut!.answer(known, body as { variables?: Record<string, unknown> | null }, contextValue)) ?? apolloAnswer() : apolloAnswer)),
    );
    // The in-flight slot is held until the work ends, even when its answer was not waited for.
    slot.handedOff = true;
    work.then(slot.release, slot.release);
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), config.requestTimeoutMs);
    });
    const outcome = await Promise.race([work, budget]).finally(() => clearTimeout(timer));
    res.off('close', onClose);
    if (outcome === 'timeout') {
      abort.abort(new Error('time budget spent'));
      work.catch(() => undefined);
      return sendGraphqlError(
        req,
        res,
        503,
        { message: `the request took longer than its time budget (${config.requestTimeoutMs} ms) and was stopped`, extensions: { code: 'TIMEOUT', limit: config.requestTimeoutMs, requestId } },
        { 'retry-after': String(RETRY_AFTER_SECONDS) },
      );
    }
    if (abort.signal.aborted) return; // the client left: nobody to answer
    const { result: response, statements } = outcome;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    facts.sqlStatements = statements;
    if (operationFacts.direct) facts.direct = true;
    if (config.sqlStatementHeader) {
      res.setHeader('x-sql-statements', String(statements));
      res.setHeader('x-execution', operationFacts.direct ? 'direct' : 'resolvers');
    }
    res.statusCode = legacyJsonStatus(response.status ?? 200, response.headers.get('content-type'), response.body);
    if (store.unavailable || store.timedOut) {
      // A database outage (or a statement stopped by statement_timeout): retryable.
      res.statusCode = 503;
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    }
    if (shortcutKey !== undefined && !known && operationFacts.directRead && res.statusCode === 200) shortcut!.learn(shortcutKey, operationFacts.directRead, response);
    if (response.body.kind === 'complete') {
      const bytes = Buffer.byteLength(response.body.string, 'utf8');
      if (bytes > config.maxResponseBytes) {
        return sendGraphqlError(req, res, 400, {
          message: `the response would be ${bytes} bytes; the limit is ${config.maxResponseBytes} (ask for smaller pages or fewer fields)`,
          extensions: { code: 'RESPONSE_TOO_LARGE', limit: config.maxResponseBytes, measured: bytes, requestId },
        });
      }
      // Only successful queries are kept (an "errors" key can only appear as a key: in
      // values JSON escapes the quotes).
      if (cacheKey && res.statusCode === 200 && operationFacts.operation === 'query' && !response.body.string.includes('"errors":')) {
        res.setHeader('x-response-cache', 'miss');
        cache!.set(cacheKey, generation, { status: 200, headers: [...response.headers], body: response.body.string });
      }
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  // Issue 17: every server process delivers webhooks (claims make two processes share
  // the work without sending an event twice); WEBHOOKS=false switches it off here.
  const webhookWorker = config.webhooks === false ? null : new WebhookWorker(db.prisma, { ...DEFAULT_WEBHOOK_OPTIONS, ...config.webhookOptions }, logger);
  webhookWorker?.start();
  // Issue 18: reminders (due-soon / late tasks, stale actions) become change events; the
  // sweep's unique key lets every process run it without emitting one twice.
  const reminderSweeper = config.reminders === false ? null : new ReminderSweeper(db.prisma, { ...config.reminderOptions, today: config.today }, logger);
  reminderSweeper?.start();
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}/graphql`,
    subgraphUrl: `http://${host}:${address.port}/subgraph`,
    db,
    schema,
    subgraphSchema,
    plugins,
    webhookWorker,
    async stop() {
      await apollo.stop(); // drains the HTTP server: in-flight requests finish
      await subgraph.stop();
      await webhookWorker?.stop(); // finishes the deliveries in progress
      await reminderSweeper?.stop(); // finishes a sweep in progress
      await listener?.stop();
      await callerLimits?.close();
      await db.close();
    },
  };
}
