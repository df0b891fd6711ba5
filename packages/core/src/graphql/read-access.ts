// Drafts are invisible to callers outside their council wherever they could be reached.
// Lists (plans, actions, plugin connections) filter in SQL for correct pages and counts;
// this transform is the net under everything else: every field of the schema, core's or
// a plugin's, whose type is a row that belongs to a plan (Plan, Action, FundingLine,
// ExampleshireActionRow…, or a Node / union holding one) drops the rows the caller may not
// read: null for a single value, left out of a list. So `plan(slug)`, `node`, `nodes`,
// nested relations (a party's actions, a plan's `linkedFrom`) and plugin queries all
// obey the same rule without code of their own.
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldConfig,
  type GraphQLSchema,
} from 'graphql';
import { isPlanScoped } from '../auth/owners';
import type { Context } from './context';
import { vouched } from './prefetch';

const isPromiseLike = (v: unknown): v is PromiseLike<unknown> => v != null && typeof (v as PromiseLike<unknown>).then === 'function';

type Value = Record<string, unknown> & { __typename?: string };

async function readable(ctx: Context, model: string | undefined, value: Value): Promise<boolean> {
  const m = value.__typename ?? model;
  return m == null ? true : ctx.access.canRead(m, value);
}

export function withReadAccess(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field: GraphQLFieldConfig<unknown, Context>) => {
      const type = getNamedType(field.type);
      let model: string | undefined;
      if (isObjectType(type)) {
        if (!isPlanScoped(type.name)) return field;
        model = type.name;
      } else if (!isAbstractType(type)) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      const listType = getNullableType(field.type);
      const nullableItems = isListType(listType) && !isNonNullType(listType.ofType);
      const check = async (value: unknown, ctx: Context): Promise<unknown> => {
        if (value == null || typeof value !== 'object') return value;
        if (Array.isArray(value)) {
          const keep = await Promise.all(value.map((v: Value | null) => (v == null ? true : readable(ctx, model, v))));
          // A list whose items may be null keeps its positions (`nodes(ids)`: null for
          // what the caller may not see, as for an id that names nothing); others shrink.
          return nullableItems ? value.map((v, i) => (keep[i] ? v : null)) : value.filter((_, i) => keep[i]);
        }
        return (await readable(ctx, model, value as Value)) ? value : null;
      };
      // Plain rows are passed through untouched (synchronously, so DataLoader batches are
      // not split across ticks) once it is known that nothing is hidden from the caller;
      // until then a field waits for that one query before it resolves, so every field
      // after it takes the same path. Audit events and abstract types are always checked.
      const passThrough = model !== undefined && model !== 'AuditEvent';
      // Rows a visibility-filtered prefetch produced are marked (prefetch.ts `vouched`) and
      // need no check, so a request answered by one prefetch never asks for the hidden plans.
      return {
        ...field,
        resolve: (source, args, ctx, info) => {
          const run = (): unknown => {
            const result = resolve(source, args, ctx, info);
            if (passThrough && ctx.access.nothingHidden()) return result;
            return Promise.resolve(result).then((value) => check(value, ctx));
          };
          if (ctx.access.hiddenFetched()) return run();
          if (!passThrough) return ctx.access.hiddenPlanIds().then(run);
          const result = resolve(source, args, ctx, info);
          const settle = (value: unknown) => (vouched(value) ? value : ctx.access.hiddenPlanIds().then(() => check(value, ctx)));
          return isPromiseLike(result) ? result.then(settle) : settle(result);
        },
      };
    },
  });
}
