// Work abandoned when nobody waits for it (issue 16): every field resolver of the schema
// first checks the request's AbortSignal (aborted when the client disconnects or the
// request's time budget is spent), so a request whose answer will never be read starts
// no new resolver, hence no new SQL statement. A statement already running ends at
// PostgreSQL's statement_timeout; PGlite cannot interrupt one.
import { GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

const wrapped = new WeakSet<GraphQLFieldResolver<unknown, unknown>>();

export class RequestAborted extends GraphQLError {
  constructor() {
    super('the request was abandoned (the client left or its time budget was spent)', { extensions: { code: 'REQUEST_ABANDONED' } });
  }
}

/** Wraps, in place, every field that has its own resolver (default resolvers read a property: nothing to stop). */
export function withCancellation(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || wrapped.has(resolve)) continue;
      const guarded: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        if ((context as { signal?: AbortSignal } | undefined)?.signal?.aborted) throw new RequestAborted();
        return resolve(source, args, context, info);
      };
      wrapped.add(guarded);
      field.resolve = guarded;
    }
  }
  return schema;
}
