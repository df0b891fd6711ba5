// Bounds on every value a client sends: one schema transform checks the arguments of every
// field (queries, mutations, nested fields; core's and plugins') against their GraphQL
// types before the resolver runs, so nothing out of bounds reaches the database and a
// refusal changes nothing. What it checks (issue 16):
//
// - text (String, ID): at most INPUT_LIMITS.shortText characters (names, titles, codes,
//   printed timescales…), or the field's own bound (`@Bounds(LONG_TEXT)` for narrative
//   text); ids at most INPUT_LIMITS.id; no NUL character (PostgreSQL text cannot hold one)
//   and no lone UTF-16 surrogate (not Unicode: the driver would turn it into U+FFFD);
// - lists: at most INPUT_LIMITS.listItems items (a nested write of milestones, money lines,
//   parties), or the field's own bound;
// - numbers: finite, and within the field's `min` / `max` when it declares them (positions,
//   versions, money); GraphQL's Int is already a 32-bit integer;
// - calendar values (Date, DateTimeISO): between INPUT_LIMITS.earliestDate and
//   INPUT_LIMITS.latestDate (year 0000 and year 275760 are refused).
//
// Every refusal is BAD_USER_INPUT with `extensions.field` naming the input path, e.g.
// "input.milestones.3.text". The bounds are added to the schema's descriptions, so they
// are documented where clients look. Why our own walker and not class-validator: the
// checks follow the GraphQL types (every argument, plugin inputs and plain arguments such
// as `plan(slug:)` included, without a decorator on each field), the error must name the
// GraphQL input path, and the same table writes the documentation.
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLFieldConfig,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { badInput } from './errors';
import { INPUT_LIMITS, hasLoneSurrogate } from './input-limits';

/** The bounds a field or argument may declare (`@Bounds({ … })`) instead of the defaults. */
export interface InputBounds {
  /** Most characters (UTF-16 code units) of a String or ID, or of each item of a list of them. */
  maxLength?: number;
  /** Most items of a list. */
  maxItems?: number;
  /** Smallest Int or Float. */
  min?: number;
  /** Largest Int or Float. */
  max?: number;
}

/** The defaults and the Unicode check live in input-limits.ts (no GraphQL tooling to load). */
export { INPUT_LIMITS, hasLoneSurrogate };

/** Narrative text: up to INPUT_LIMITS.longText characters. */
export const LONG_TEXT: InputBounds = { maxLength: INPUT_LIMITS.longText };
/** An order among siblings: 0 to 100,000. */
export const POSITION: InputBounds = { min: 0, max: 100_000 };
/** A row version: 1 or more. */
export const VERSION: InputBounds = { min: 1 };
/** Pounds: 0 to 999,999,999,999.99 (the amount columns are numeric(14, 2)). */
export const MONEY: InputBounds = { min: 0, max: 999_999_999_999.99 };

/** Text whose size another setting bounds (an import's file content: IMPORT_MAX_BYTES). */
export const UNBOUNDED_TEXT: InputBounds = { maxLength: Infinity };

/** Declares a field's own bounds (type-graphql: `@Bounds(LONG_TEXT)` beside `@Field`). */
export function Bounds(bounds: InputBounds): PropertyDecorator & MethodDecorator & ClassDecorator {
  return Extensions({ bounds });
}

const EARLIEST = Date.parse(`${INPUT_LIMITS.earliestDate}T00:00:00Z`);
const LATEST = Date.parse(`${INPUT_LIMITS.latestDate}T23:59:59.999Z`);
const CALENDAR_SCALARS = new Set(['Date', 'DateTimeISO', 'DateTime']);

type Path = (string | number)[];

/**
 * Bounds of plain arguments by name (type-graphql's `@Arg` takes no extensions): a cursor
 * carries the last row's sort value (a title of up to 800 characters) base64-encoded.
 */
// `query` is search's text (search and searchCount; issue 21 bounds it at 200 characters
// and 16 words: the length is refused here, with the same message as the resolver's).
const ARGUMENT_BOUNDS: Record<string, InputBounds> = { after: { maxLength: 4_000 }, before: { maxLength: 4_000 }, query: { maxLength: 200 } };

function boundsOf(holder: GraphQLArgument | GraphQLInputField, isArgument = false): InputBounds | undefined {
  return (holder.extensions as { bounds?: InputBounds } | undefined)?.bounds ?? (isArgument ? ARGUMENT_BOUNDS[holder.name] : undefined);
}

function checkText(value: string, isId: boolean, bounds: InputBounds | undefined, path: Path): void {
  const field = path.join('.');
  const max = bounds?.maxLength ?? (isId ? INPUT_LIMITS.id : INPUT_LIMITS.shortText);
  if (value.length > max) throw badInput(`${field}: at most ${max} characters, got ${value.length}`, field);
  if (value.includes('\u0000')) throw badInput(`${field}: must not contain a NUL character (U+0000)`, field);
  if (hasLoneSurrogate(value)) throw badInput(`${field}: is not valid Unicode text (a lone UTF-16 surrogate)`, field);
}

function checkNumber(value: number, bounds: InputBounds | undefined, path: Path): void {
  const field = path.join('.');
  if (!Number.isFinite(value)) throw badInput(`${field}: must be a finite number, got ${value}`, field);
  if (bounds?.min !== undefined && value < bounds.min) throw badInput(`${field}: must be ${bounds.min} or more, got ${value}`, field);
  if (bounds?.max !== undefined && value > bounds.max) throw badInput(`${field}: must be ${bounds.max} or less, got ${value}`, field);
}

function checkCalendar(value: unknown, path: Path): void {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
  const field = path.join('.');
  if (!(time >= EARLIEST && time <= LATEST)) {
    throw badInput(`${field}: must be a date from ${INPUT_LIMITS.earliestDate} to ${INPUT_LIMITS.latestDate}`, field);
  }
}

/** Checks one coerced input value against its type; throws BAD_USER_INPUT naming the path. */
export function checkInput(value: unknown, type: GraphQLInputType, bounds: InputBounds | undefined, path: Path): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    const max = bounds?.maxItems ?? INPUT_LIMITS.listItems;
    const field = path.join('.');
    if (items.length > max) throw badInput(`${field}: at most ${max} items, got ${items.length}`, field);
    const itemBounds = bounds && { ...bounds, maxItems: undefined };
    for (let i = 0; i < items.length; i++) checkInput(items[i], nullable.ofType, itemBounds, [...path, i]);
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    const object = value as Record<string, unknown>;
    for (const name of Object.keys(object)) {
      const f = fields[name];
      if (f) checkInput(object[name], f.type, boundsOf(f), [...path, name]);
    }
    return;
  }
  if (isEnumType(nullable) || !isScalarType(nullable)) return;
  if (nullable.name === 'String' || nullable.name === 'ID') {
    if (typeof value === 'string') checkText(value, nullable.name === 'ID', bounds, path);
  } else if (nullable.name === 'Int' || nullable.name === 'Float') {
    if (typeof value === 'number') checkNumber(value, bounds, path);
  } else if (CALENDAR_SCALARS.has(nullable.name)) {
    checkCalendar(value, path);
  }
}

/** Checks every argument of a field. */
export function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  for (const arg of args) checkInput(values[arg.name], arg.type, boundsOf(arg, true), [arg.name]);
}

/** The bounds of a value of this type, in words, for its description; null when it has none. */
export function describeBounds(type: GraphQLInputType, bounds: InputBounds | undefined): string | null {
  const nullable = getNullableType(type) as GraphQLInputType;
  const list = isListType(nullable);
  const named = (list ? getNullableType(nullable.ofType) : nullable) as GraphQLInputType;
  let scalar: string | null = null;
  if (isScalarType(named)) {
    if ((named.name === 'String' || named.name === 'ID') && bounds?.maxLength !== Infinity) scalar = `at most ${bounds?.maxLength ?? (named.name === 'ID' ? INPUT_LIMITS.id : INPUT_LIMITS.shortText)} characters`;
    else if (CALENDAR_SCALARS.has(named.name)) scalar = `from ${INPUT_LIMITS.earliestDate} to ${INPUT_LIMITS.latestDate}`;
    else if (bounds?.min !== undefined && bounds.max !== undefined) scalar = `from ${bounds.min} to ${bounds.max}`;
    else if (bounds?.min !== undefined) scalar = `${bounds.min} or more`;
    else if (bounds?.max !== undefined) scalar = `${bounds.max} or less`;
  }
  const words = list ? `at most ${bounds?.maxItems ?? INPUT_LIMITS.listItems} items${scalar ? `, each ${scalar}` : ''}` : scalar;
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}.` : null;
}

function withBoundsDescribed<T extends { description?: string | null; type: GraphQLInputType; extensions?: unknown }>(config: T, fallback?: InputBounds): T {
  const words = describeBounds(config.type, (config.extensions as { bounds?: InputBounds } | undefined)?.bounds ?? fallback);
  if (!words) return config;
  const description = config.description?.trim();
  return { ...config, description: description ? `${description}${/[.!?)]$/.test(description) ? '' : '.'} ${words}` : words };
}

/**
 * Checks the arguments of every field before its resolver runs, and documents the bounds
 * in the schema. A field's arguments are checked once per field node and request, however
 * many rows resolve it (a nested field in a list of 500 is not checked 500 times).
 */
export function withInputBounds(schema: GraphQLSchema): GraphQLSchema {
  const checked = new WeakMap<FieldNode, WeakSet<object>>();
  return mapSchema(schema, {
    [MapperKind.INPUT_OBJECT_FIELD]: (field) => withBoundsDescribed(field),
    [MapperKind.OBJECT_FIELD]: (field: GraphQLFieldConfig<unknown, unknown>) => {
      if (!field.args || !Object.keys(field.args).length) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = Object.fromEntries(Object.entries(field.args).map(([name, arg]) => [name, withBoundsDescribed(arg, ARGUMENT_BOUNDS[name])]));
      return {
        ...field,
        args,
        resolve: (source, args, ctx, info) => {
          const node = info.fieldNodes[0]!;
          const variables = info.variableValues as object;
          let seen = checked.get(node);
          if (!seen?.has(variables)) {
            checkArguments(info.parentType.getFields()[info.fieldName]!.args, args as Record<string, unknown>);
            if (!seen) checked.set(node, (seen = new WeakSet()));
            seen.add(variables);
          }
          return resolve(source, args, ctx, info);
        },
      };
    },
  });
}
