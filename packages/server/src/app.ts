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
import { queryLimitsPlugin } from './limits';
import { sendIde, sendIdeAsset, wantsIde } from './ide';
import { silentLogger, type Logger } from './logger';
import { ResponseCache, responseCachePlugin, type OperationFacts } from './response-cache';
import { AuthError, verifyToken } from './auth';
import { withInputPaths } from './errors';

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
  /** Stops accepting requests, finishes the ones in flight, closes the database. */
  stop(): Promise<void>;
}


/** What a request's log line says besides method, path, status and duration. */
interface RequestFacts {
  operationName?: string;
  /** The token's subject, when the caller sent one. */
  subject?: string;
  sqlStatements?: number;
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
    introspection: true,
    maxQueryDepth: DEFAULT_LIMITS.maxQueryDepth,
    maxQueryComplexity: DEFAULT_LIMITS.maxQueryComplexity,
    ide: true,
    responseCache: false,
    maxImportBytes: DEFAULT_MAX_IMPORT_BYTES,
    ...input,
  };
  // The deployment: its enabled plugins (installed packages, coreVersion checked), the
  // Prisma client composed for them, migrations (core's, then each enabled plugin's)
  // and the enabled plugins' missing seed documents.
  const { plugins, client } = prepareDeployment(config, logger);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, client });
  try {
    await startDatabase(db, plugins, { seed: config.seed, logger });
  } catch (err) {
    await db.close();
    throw err;
  }
  const schema = await buildPlanSchema(plugins);
  const searchSources = plugins.flatMap((p) => p.search ?? []);
  const layouts = plugins.flatMap((p) => p.layouts ?? []);
  const bodyLimit = maxBodyBytes(config.maxImportBytes);
  const pluginNames = plugins.map((p) => p.name);
  const subgraphSchema = await buildSubgraphPlanSchema(plugins);

  const httpServer = http.createServer();
  const cache = config.responseCache ? new ResponseCache() : undefined;
  // Mutations on either endpoint invalidate the cache.
  const cachePlugins = cache ? [responseCachePlugin(cache)] : [];
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.development,
    formatError: withInputPaths,
    // CSRF prevention blocks simple GET requests unless they carry a preflight header.
    // It guards cookie-authenticated APIs; this API takes no cookies (its credentials
    // are bearer tokens a browser never attaches on its own), and the GraphQL-over-HTTP
    // spec expects plain GET queries to work.
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's cache-control plugin wraps every field resolver to compute cache hints
      // nobody reads (this server sets no cache hints): a measurable share of a nested
      // query's time (issue 10).
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin({ maxDepth: config.maxQueryDepth, maxComplexity: config.maxQueryComplexity }),
      ...cachePlugins,
    ],
  });
  // No inline traces for gateways: they are for Apollo's hosted studio, which this server does not report to.
  const subgraph = new ApolloServer<Context>({
    schema: subgraphSchema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.development,
    formatError: withInputPaths,
    csrfPrevention: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), ...cachePlugins],
  });
  await Promise.all([apollo.start(), subgraph.start()]);
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
      if (err instanceof HttpError) return sendJson(res, err.status, { errors: [{ message: err.message }] });
      logger.error('request failed', { requestId, error: (err as Error).stack ?? String(err) });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal server error' }] });
      else res.end();
    });
  });

  /** Readiness: the database answers and every migration this build knows is applied. */
  async function readiness(): Promise<{ ready: boolean; reason?: string }> {
    try {
      const { pending } = await migrationStatus(db.sql, migrationSets(plugins));
      return pending.length ? { ready: false, reason: `migrations not applied: ${pending.join(', ')}` } : { ready: true };
    } catch (err) {
      return { ready: false, reason: `database unreachable: ${(err as Error).message}` };
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

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, facts: RequestFacts, requestId: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      const { ready, reason } = await readiness();
      return sendJson(res, ready ? 200 : 503, ready ? { status: 'ready' } : { status: 'unready', reason });
    }
    if (config.ide && sendIdeAsset(res, url.pathname)) return;
    if (config.ide && url.pathname === '/graphql' && wantsIde(req, url)) return sendIde(res, '/graphql');
    const endpoint = endpoints.get(url.pathname);
    if (!endpoint) return sendJson(res, 404, { errors: [{ message: `no such path ${url.pathname}; GraphQL is served at /graphql (federation subgraph: /subgraph)` }] });

    let viewer: Viewer;
    try {
      viewer = await viewerOf(req);
    } catch (err) {
      if (!(err instanceof AuthError)) throw err;
      res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
      return sendJson(res, 401, { errors: [{ message: err.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    if (viewer.subject) facts.subject = viewer.subject;

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
    const cacheKey =
      cache && endpoint === apollo
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
    const contextValue = { ...createContext(db.prisma, { searchSources, viewer, requestId, preparedRead: db.preparedRead, layouts, pluginNames, maxImportBytes: config.maxImportBytes }), operationFacts };
    const { result: response, statements } = await db.statements.measure(() =>
      endpoint.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => contextValue,
      }),
    );
    for (const [key, value] of response.headers) res.setHeader(key, value);
    facts.sqlStatements = statements;
    if (config.sqlStatementHeader) res.setHeader('x-sql-statements', String(statements));
    res.statusCode = legacyJsonStatus(response.status ?? 200, response.headers.get('content-type'), response.body);
    if (response.body.kind === 'complete') {
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
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}/graphql`,
    subgraphUrl: `http://${host}:${address.port}/subgraph`,
    db,
    schema,
    subgraphSchema,
    plugins,
    async stop() {
      await apollo.stop(); // drains the HTTP server: in-flight requests finish
      await subgraph.stop();
      await db.close();
    },
  };
}
