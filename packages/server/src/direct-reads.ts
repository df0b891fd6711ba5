// Serves the queries core's direct-read compiler can answer without resolvers (see
// packages/core/src/graphql/direct-read.ts): an Apollo plugin answers them in
// `responseForOperation` (after parsing, validation and the cost limits of
// `didResolveOperation`, before execution), and `stringifyResult` splices their JSON
// text into the response without parsing it. Every other query executes as before.
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { directRead, SerializedData, type Context } from '@council-plans/core';
import type { FormattedExecutionResult } from 'graphql';
import type { Logger } from './logger';
import type { OperationFacts } from './response-cache';

export function directReadsPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request, contextValue }) {
          if (!operation || !document) return null;
          const read = directRead(schema, document, operation);
          if (!read) return null;
          const ctx = contextValue as Context & { signal?: AbortSignal; operationFacts?: OperationFacts };
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
          if (ctx.operationFacts) ctx.operationFacts.direct = true;
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
