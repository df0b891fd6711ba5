// Serves the queries core's direct-read compiler can answer without resolvers (see
// packages/core/src/graphql/direct-read.ts): an Apollo plugin answers them in
// `responseForOperation` (after parsing, validation and the cost limits of
// `didResolveOperation`, before execution), and `stringifyResult` splices their JSON
// text into the response without parsing it. Every other query executes as before.
//
// Then the shortcut: a request whose document, operation name and Accept header Apollo
// has already answered by a direct read (status 200) is answered again without Apollo's
// pipeline, doing what that answer took: the same limits (`measureAndCheck`), the same
// facts for the HTTP layer and the response cache, the same direct read, Apollo's
// headers of that answer. Whenever it could answer differently from Apollo (a limit
// refuses, the variables do not fit the read, the read fails, expensive fields that
// draw on a rate limit), it steps aside before anything is sent and Apollo answers.
import type { ApolloServerPlugin, HTTPGraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { directRead, SerializedData, type Context, type DirectRead } from '@council-plans/core';
import type { DocumentNode, FormattedExecutionResult, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { measureAndCheck, type CostFacts, type QueryLimits } from './limits';
import type { Logger } from './logger';
import type { OperationFacts } from './response-cache';

/** An operation a direct read answered: what the shortcut needs to answer it again. */
export interface DirectReadOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  read: DirectRead;
}

type RequestContext = Context & { signal?: AbortSignal; operationFacts?: OperationFacts; costFacts?: CostFacts };

export function directReadsPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request, contextValue }) {
          if (!operation || !document) return null;
          const read = directRead(schema, document, operation);
          if (!read) return null;
          const ctx = contextValue as RequestContext;
          // An abandoned request takes the ordinary path, whose resolvers refuse to start.
          if (ctx.signal?.aborted) return null;
          let data: SerializedData | null;
          try {
            data = await read.run(ctx, request.variables);
          } catch (err) {
            // The ordinary path answers (or reports the database's error as it always
            // does); a failure here is logged, as it may be a fault of the compiler.
            logger.error('direct read failed; answering through the resolvers', { error: (err as Error).message });
            return null;
          }
          if (!data) return null;
          if (ctx.operationFacts) {
            ctx.operationFacts.direct = true;
            ctx.operationFacts.directRead = { schema, document, operation, read };
          }
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: data as unknown as Record<string, unknown> } } };
        },
      };
    },
  };
}

/** Apollo's stringifyResult: a direct read's data as it came from PostgreSQL, anything else as JSON.stringify writes it. */
export function stringifyResult(value: FormattedExecutionResult): string {
  if (value.data instanceof SerializedData && !value.errors) {
    return `{"data":${value.data.json}${value.extensions ? `,"extensions":${JSON.stringify(value.extensions)}` : ''}}\n`;
  }
  return `${JSON.stringify(value)}\n`;
}

/** A request Apollo answered by a direct read, kept to answer the same request again. */
export interface KnownDirectRead extends DirectReadOperation {
  /** Apollo's status and headers of that answer (its content type, chosen from Accept). */
  status: number | undefined;
  headers: readonly [string, string][];
}

/**
 * Requests kept, and the characters of their keys (documents): a client sending ever new
 * documents must not grow them without end (each keeps its parsed document alive). When
 * either is reached they are forgotten, and learnt again from Apollo's answers.
 */
const MAX_KNOWN = 1000;
const MAX_KNOWN_CHARS = 1024 * 1024;

const BODY_KEYS = new Set(['query', 'variables', 'operationName', 'extensions']);

/** See the head of this file. One per Apollo server whose plugins include directReadsPlugin. */
export class DirectReadShortcut {
  private readonly known = new Map<string, KnownDirectRead>();
  private chars = 0;

  constructor(private readonly limits: QueryLimits) {}

  /**
   * What identifies a POST request's answer besides its variables and caller: its
   * document, operation name and Accept header; undefined for a body the shortcut leaves
   * to Apollo (not one plain operation: batches, persisted queries and extensions, a
   * `variables` or `operationName` Apollo would refuse).
   */
  static key(body: unknown, accept: string | undefined, contentType: string | undefined): string | undefined {
    // Apollo answers by the request's Content-Type too (it refuses a JSON body sent as
    // another type): only the exact type it accepted the first time is answered again.
    if (contentType === undefined) return undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    const b = body as Record<string, unknown>;
    for (const k in b) if (!BODY_KEYS.has(k)) return undefined;
    if (typeof b.query !== 'string' || b.query === '') return undefined;
    if (b.extensions !== undefined && b.extensions !== null) return undefined;
    const variables = b.variables;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
    const name = b.operationName;
    if (name !== undefined && name !== null && typeof name !== 'string') return undefined;
    return `${contentType}\n${accept === undefined ? '\u0000' : `\u0001${accept}`}\n${typeof name === 'string' ? `\u0001${name}` : '\u0000'}\n${b.query}`;
  }

  get(key: string): KnownDirectRead | undefined {
    return this.known.get(key);
  }

  /** After Apollo answered a request with `key` by a direct read, with status 200. */
  learn(key: string, read: DirectReadOperation, response: HTTPGraphQLResponse): void {
    if (this.known.has(key) || response.body.kind !== 'complete' || key.length > MAX_KNOWN_CHARS) return;
    if (this.known.size >= MAX_KNOWN || this.chars + key.length > MAX_KNOWN_CHARS) {
      this.known.clear();
      this.chars = 0;
    }
    this.known.set(key, { ...read, status: response.status, headers: [...response.headers] });
    this.chars += key.length;
  }

  /** Answers like Apollo did for `known`; null: Apollo answers (nothing was sent). */
  async answer(known: KnownDirectRead, body: { variables?: Record<string, unknown> | null }, ctx: RequestContext): Promise<HTTPGraphQLResponse | null> {
    const variables = body.variables ?? undefined;
    try {
      // The limits plugin's didResolveOperation, then the response cache plugin's.
      const measured = measureAndCheck(this.limits, known.schema, known.document, known.operation, variables ?? {});
      // Expensive fields draw on the caller's budget (onMeasured): counted once, by Apollo's path.
      if (measured.expensive > 0) return null;
      if (ctx.costFacts) {
        ctx.costFacts.cost = measured.complexity;
        ctx.costFacts.expensive = measured.expensive;
        await ctx.costFacts.onMeasured?.(measured);
      }
      if (ctx.operationFacts) ctx.operationFacts.operation = known.operation.operation;
      if (ctx.signal?.aborted) return null;
      // A failure is left to Apollo's path, which reads again and logs it.
      const data = await known.read.run(ctx, variables);
      if (!data) return null;
      if (ctx.operationFacts) ctx.operationFacts.direct = true;
      return { status: known.status, headers: new HeaderMap(known.headers), body: { kind: 'complete', string: stringifyResult({ data: data as unknown as Record<string, unknown> }) } };
    } catch {
      return null;
    }
  }
}
