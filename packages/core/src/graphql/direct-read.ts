// Reads answered without running a resolver (issue 21).
//
// A front end's plan page asks for one plan with its sections, actions, parties, money
// and indicators: thousands of fields, every one of them a database column or a relation
// prefetch.ts already knows. prefetch.ts fetches them in one statement, but graphql-js
// still walks the answer field by field (type-graphql's resolver wrappers, read-access,
// cancellation, scalar serialization, the objects' garbage), and on a 223-action plan
// that walk costs the server more than the statement costs PostgreSQL. Grafast (the
// engine under PostGraphile 5) compiles a document once into a plan and serves it
// without per-field resolvers; this module does the same for the documents it can prove
// equivalent: it compiles a query, once per parsed document, into one SQL statement
// (positional json_build_array rows of the selected columns only, as cheap for
// PostgreSQL as PostGraphile's text arrays) plus a writer that turns those rows into the
// response's `data` JSON with the response keys in selection order; the server passes
// that text through without parsing it again.
//
// A document qualifies only when every field in it is one of:
//  - `__typename`;
//  - a root `plan(slug | id | by)`, or a root `plans(first:)` selecting `nodes` only;
//  - `id` of a Node type (the global id, base64url("Type:id"), computed in SQL);
//  - a *plain column*: a type-graphql property field with no field resolver (or one
//    marked @SameAsColumn), no middleware and no arguments, backed by a Prisma column of the same name, of a
//    type whose JSON text PostgreSQL writes exactly as the scalar serializes it (String,
//    Int, Boolean, identity enums, Date, DateTimeISO);
//  - a relation of prefetch.ts's RELATIONS, without arguments (its order and filter
//    come from there, as the field resolvers define them).
// Anything else (a computed field, a plugin's field, a directive, a fragment on an
// interface, field arguments, aliases that merge differently) and the document takes
// the ordinary path: graphql-js with the resolvers. Arguments are coerced and bounded
// exactly as the resolvers' path does (getVariableValues, getArgumentValues, the input
// bounds); arguments the resolver would refuse also take the ordinary path, so its
// errors are unchanged. Visibility: the root plan is filtered by the caller's
// visiblePlanSql in the statement and RELATIONS stay inside the plan (prefetch.ts's
// VISIBLE argument), so drafts stay hidden exactly as on the ordinary path.
// tests/direct-read.test.ts compares both paths' answers on every seeded plan. A schema
// transform that changes what a column field answers (schema.ts) must take it out of the
// plain set here, or direct reads would bypass it.
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isEnumType,
  isObjectType,
  isScalarType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Extensions, getMetadataStorage } from 'type-graphql';
import { datamodelModels } from '../db/prisma';
import type { Context } from './context';
import { lookupId } from './global-id';
import { checkArguments } from './input-bounds';
import { RELATIONS, relationSql } from './prefetch';

/**
 * A response's `data` already serialized as JSON text. The server's `stringifyResult`
 * splices it into the response unparsed; anything else that serializes it (JSON.stringify)
 * gets the parsed object through toJSON.
 */
export class SerializedData {
  constructor(readonly json: string) {}
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/** Fields backed by a plain column, by GraphQL type name, per schema (registered when the schema is built). */
const plainFieldsBySchema = new WeakMap<GraphQLSchema, Map<string, Set<string>>>();

const SAME_AS_COLUMN = 'sameAsColumn';

/**
 * Marks a field resolver that returns its row's column of the same name unchanged and
 * exists only to give the column another GraphQL type (a `timestamp` served as a Date):
 * direct reads may serve it as that column.
 */
export function SameAsColumn(): MethodDecorator {
  return Extensions({ [SAME_AS_COLUMN]: true });
}

/**
 * Reads, from type-graphql's metadata right after a build, which object fields are plain
 * properties: no field resolver (internal or from a resolver class) unless marked
 * SameAsColumn, no middleware, no roles, no arguments, and the same name in the schema
 * as on the class.
 */
export function collectPlainFields(): Map<string, Set<string>> {
  const storage = getMetadataStorage();
  const resolved = new Set<string>();
  const sameAsColumn = new Set<string>();
  const nameOf = new Map<Function, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  for (const r of storage.fieldResolvers) {
    const target = (r as { getObjectType?: () => Function }).getObjectType?.();
    // A resolver whose type is unknown here may be anyone's: no field of its name is plain.
    const type = (target && nameOf.get(target)) ?? '?';
    const marked = (r as { extensions?: Record<string, unknown> }).extensions?.[SAME_AS_COLUMN] === true && r.methodName === r.schemaName && !r.middlewares?.length;
    for (const name of [r.schemaName, r.methodName]) (marked ? sameAsColumn : resolved).add(`${type}.${name}`);
  }
  const out = new Map<string, Set<string>>();
  for (const type of storage.objectTypes) {
    const fields = (type as { fields?: { name: string; schemaName: string; middlewares?: unknown[]; roles?: unknown[]; params?: unknown[] }[] }).fields ?? [];
    const plain = new Set<string>();
    for (const f of fields) {
      const key = `${type.name}.${f.schemaName}`;
      if (f.name !== f.schemaName || resolved.has(key) || resolved.has(`?.${f.schemaName}`)) continue;
      if (f.middlewares?.length || f.roles?.length || (f.params?.length && !sameAsColumn.has(key))) continue;
      plain.add(f.schemaName);
    }
    out.set(type.name, plain);
  }
  return out;
}

/** Registers the plain fields of a built schema (schema.ts does, for every schema it builds). */
export function registerPlainFields(schema: GraphQLSchema, plain: Map<string, Set<string>>): GraphQLSchema {
  plainFieldsBySchema.set(schema, plain);
  return schema;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** json_build_array takes at most 100 arguments. */
const MAX_VALUES = 100;

/** The SQL of one column as its scalar serializes it, or null when it is not one we render identically. */
function columnSql(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, column: { type: string; nativeType?: readonly unknown[] | null }, ref: string): string | null {
  const named = getNamedType(field.type);
  if (isEnumType(named)) return named.getValues().every((v) => v.value === v.name) ? ref : null;
  if (!isScalarType(named)) return null;
  switch (named.name) {
    case 'String':
      return column.type === 'String' ? ref : null;
    case 'Int':
      return column.type === 'Int' ? ref : null;
    case 'Boolean':
      return column.type === 'Boolean' ? ref : null;
    case 'Date':
      // graphql-scalars' Date: the UTC calendar day. Prisma stores timestamps as UTC
      // `timestamp(3)`; a timestamptz would print in the session's zone.
      return column.type === 'DateTime' && column.nativeType?.[0] !== 'Timestamptz' ? `to_char(${ref}, 'YYYY-MM-DD')` : null;
    case 'DateTimeISO':
      // Date#toISOString: always milliseconds, always Z.
      return column.type === 'DateTime' && column.nativeType?.[0] !== 'Timestamptz' ? `to_char(${ref}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : null;
    default:
      void schema;
      return null;
  }
}

/** One response key: the field it selects and every node selecting it (merged as graphql-js merges them). */
interface Selected {
  name: string;
  nodes: FieldNode[];
}

/** The fields of selection sets on `type` by response key, in first-seen order; null when a selection is beyond this module. */
function collect(type: GraphQLObjectType, sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>, out = new Map<string, Selected>(), depth = 0): Map<string, Selected> | null {
  if (depth > 20) return null;
  for (const set of sets) {
    for (const s of set.selections) {
      if (s.directives?.length) return null;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const seen = out.get(key);
        if (seen && seen.name !== s.name.value) return null;
        if (seen) seen.nodes.push(s);
        else out.set(key, { name: s.name.value, nodes: [s] });
        continue;
      }
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments[s.name.value];
      if (!fragment) return null;
      if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name) return null;
      if (fragment.directives?.length) return null;
      if (!collect(type, [fragment.selectionSet], fragments, out, depth + 1)) return null;
    }
  }
  return out;
}

interface Compiler {
  schema: GraphQLSchema;
  plain: Map<string, Set<string>>;
  fragments: Record<string, FragmentDefinitionNode>;
  columns: Map<string, Map<string, { type: string; nativeType?: readonly unknown[] | null }>>;
  nodeTypes: Set<string>;
}

/**
 * Writes one value's JSON text. PostgreSQL sends positional arrays (json_build_array of
 * the selected columns only, no key names: the cheapest JSON it builds, as PostGraphile
 * does with text arrays), and a writer compiled from the selection puts the response keys
 * back in selection order; Date and DateTimeISO columns arrive already formatted.
 */
type Writer = (value: unknown) => string;

/** A JSON list of rows, each written by `row`. */
const listWriter = (row: Writer): Writer => (value) => {
  const rows = value as unknown[];
  let text = '[';
  for (let i = 0; i < rows.length; i++) text += (i ? ',' : '') + row(rows[i]);
  return `${text}]`;
};

/** A scalar column or global id: strings, numbers, booleans and null as JSON.stringify writes them. */
const scalarWriter: Writer = (value) => (value === null || value === undefined ? 'null' : JSON.stringify(value));

/** One row of `type` (table alias `alias`): its json_build_array and the writer of its JSON object, or null when a field is beyond this module. */
function objectSql(c: Compiler, type: GraphQLObjectType, alias: string, nodes: readonly FieldNode[], depth: number): { sql: string; write: Writer } | null {
  const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  const selected = collect(type, sets, c.fragments);
  if (!selected || selected.size > MAX_VALUES) return null;
  const columns = c.columns.get(type.name);
  const plain = c.plain.get(type.name);
  const relations = RELATIONS[type.name] ?? {};
  const fields = type.getFields();
  const parts: string[] = [];
  // Per response key: its `"key":` text (with the comma before it) and how to write its
  // value: a constant (`__typename`) or the writer of the row's next array element.
  const out: { prefix: string; constant?: string; write?: Writer }[] = [];
  for (const [key, { name, nodes: fieldNodes }] of selected) {
    if (fieldNodes.some((n) => n.arguments?.length)) return null;
    const prefix = `${out.length ? ',' : '{'}${JSON.stringify(key)}:`;
    if (name === '__typename') {
      out.push({ prefix, constant: JSON.stringify(type.name) });
      continue;
    }
    const field = fields[name];
    // Arguments are refused above; a field's optional arguments left out are what its
    // resolver gets, unless one has a default.
    if (!field || field.args.some((a) => a.defaultValue !== undefined)) return null;
    const relation = relations[name];
    let sql: string | null;
    let write: Writer = scalarWriter;
    if (relation) {
      if (fieldNodes.some((n) => !n.selectionSet)) return null;
      const childType = getNamedType(field.type);
      if (!isObjectType(childType) || childType.name !== relation.type) return null;
      const child = `p${depth}`;
      const inner = objectSql(c, childType, child, fieldNodes, depth + 1);
      if (!inner) return null;
      sql = relationSql(relation, alias, child, inner.sql);
      const row = inner.write;
      write = relation.many ? listWriter(row) : (value) => (value === null ? 'null' : row(value));
    } else if (name === 'id' && c.nodeTypes.has(type.name)) {
      // toGlobalId: base64url("Type:id") without padding (short enough for one base64 line).
      sql = `translate(rtrim(encode(convert_to(${literal(`${type.name}:`)} || ${alias}."id", 'UTF8'), 'base64'), '='), E'+/\\n', '-_')`;
    } else {
      const column = columns?.get(name);
      sql = column && plain?.has(name) && !fieldNodes.some((n) => n.selectionSet) ? columnSql(c.schema, field, column, `${alias}.${quote(name)}`) : null;
    }
    if (sql == null) return null;
    parts.push(sql);
    out.push({ prefix, write });
  }
  if (!parts.length) parts.push('NULL');
  const empty = out.length ? '' : '{';
  const write: Writer = (value) => {
    const row = value as unknown[];
    let text = empty;
    let next = 0;
    for (const o of out) text += o.prefix + (o.constant ?? o.write!(row[next++]));
    return `${text}}`;
  };
  return { sql: `json_build_array(${parts.join(', ')})`, write };
}

/** A compiled root field: the SQL of its value given its arguments' parameters from `$next`, or null to take the ordinary path. */
interface RootField {
  sql(variables: Record<string, unknown>, ctx: Context, next: number): { sql: string; params: unknown[] } | null;
  write: Writer;
}

/** A compiled query: its data as one statement, or null (at run time) when its arguments need the ordinary path. */
export interface DirectRead {
  run(ctx: Context, rawVariables: Record<string, unknown> | undefined): Promise<SerializedData | null>;
}

function compilePlan(c: Compiler, field: GraphQLField<unknown, unknown>, nodes: FieldNode[], planType: GraphQLObjectType): RootField | null {
  if (nodes.length !== 1) return null;
  const object = objectSql(c, planType, 't', nodes, 0);
  if (!object) return null;
  const node = nodes[0];
  const write: Writer = (value) => (value === null ? 'null' : object.write(value));
  const sql = (variables: Record<string, unknown>, ctx: Context, next: number) => {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, variables);
      checkArguments(field.args, args);
    } catch {
      return null;
    }
    const by = args.by as { id?: string | null; slug?: string | null } | null | undefined;
    const given = [args.id, args.slug, by].filter((v) => v != null).length;
    if (given !== 1) return null;
    if (by && [by.id, by.slug].filter((v) => v != null).length !== 1) return null;
    const id = (by ? by.id : args.id) as string | null | undefined;
    const slug = (by ? by.slug : args.slug) as string | null | undefined;
    const planId = id != null ? lookupId(id, 'Plan') : undefined;
    if (planId === null) return null;
    const visible = ctx.access.visiblePlanSql('t', next + 1);
    const where = planId != null ? `t."id" = $${next}::int` : `t."slug" = $${next}::text`;
    return { sql: `(SELECT ${object.sql} FROM "Plan" t WHERE ${where} AND ${visible.sql})`, params: [planId ?? slug, ...visible.params] };
  };
  return { sql, write };
}

/** Largest `plans(first:)` a page may ask for (pagination.ts's MAX_PAGE_SIZE). */
const MAX_PLANS_PAGE = 500;

/**
 * Root `plans(first:)` answering `nodes` (and `__typename`) only: the first page in
 * recorded order, visibility in the statement, as sql-page.ts pages it. A cursor, a
 * filter, an order, `edges`, `pageInfo` or `totalCount` take the resolvers.
 */
function compilePlans(c: Compiler, field: GraphQLField<unknown, unknown>, nodes: FieldNode[], planType: GraphQLObjectType): RootField | null {
  if (nodes.length !== 1) return null;
  const connection = getNamedType(field.type);
  if (!isObjectType(connection)) return null;
  const selected = collect(connection, nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), c.fragments);
  if (!selected) return null;
  const out: { prefix: string; constant?: string }[] = [];
  let list: { sql: string; write: Writer } | null = null;
  for (const [key, { name, nodes: fieldNodes }] of selected) {
    const prefix = `${out.length ? ',' : '{'}${JSON.stringify(key)}:`;
    if (name === '__typename') out.push({ prefix, constant: JSON.stringify(connection.name) });
    else if (name === 'nodes' && !list && !fieldNodes.some((n) => n.arguments?.length) && getNamedType(connection.getFields().nodes?.type) === planType) {
      list = objectSql(c, planType, 't', fieldNodes, 0);
      if (!list) return null;
      out.push({ prefix });
    } else return null;
  }
  if (!list) return null;
  const rows = listWriter(list.write);
  const node = nodes[0];
  const write: Writer = (value) => {
    let text = '';
    for (const o of out) text += o.prefix + (o.constant ?? rows(value));
    return `${text}}`;
  };
  const sql = (variables: Record<string, unknown>, ctx: Context, next: number) => {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field, node, variables);
      checkArguments(field.args, args);
    } catch {
      return null;
    }
    const first = args.first;
    if (args.after != null || args.filter != null || args.orderBy != null || typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_PLANS_PAGE) return null;
    const visible = ctx.access.visiblePlanSql('t', next + 1);
    return {
      sql: `(SELECT coalesce(json_agg(${list!.sql} ORDER BY t."id"), '[]'::json) FROM (SELECT * FROM "Plan" t WHERE ${visible.sql} ORDER BY t."id" LIMIT $${next}::int) t)`,
      params: [first, ...visible.params],
    };
  };
  return { sql, write };
}

const compiled = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; read: DirectRead | null }>();

/**
 * The direct read of `operation`, compiled once per parsed document (Apollo keeps parsed
 * documents in its document store, so the same text reuses the same nodes); null when
 * the operation needs the ordinary path.
 */
export function directRead(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): DirectRead | null {
  const hit = compiled.get(operation);
  if (hit && hit.schema === schema) return hit.read;
  let read: DirectRead | null = null;
  try {
    read = compile(schema, document, operation);
  } catch {
    read = null;
  }
  compiled.set(operation, { schema, read });
  return read;
}

function compile(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): DirectRead | null {
  const plain = plainFieldsBySchema.get(schema);
  const query = schema.getQueryType();
  const planType = schema.getType('Plan');
  if (!plain || !query || !isObjectType(planType) || operation.operation !== 'query' || operation.directives?.length) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const columns = new Map<string, Map<string, { type: string; nativeType?: readonly unknown[] | null }>>();
  for (const m of datamodelModels()) columns.set(m.name, new Map(m.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum').map((f) => [f.name, { type: f.kind === 'enum' ? 'Enum' : f.type, nativeType: (f as { nativeType?: readonly unknown[] | null }).nativeType }])));
  const nodeTypes = new Set(Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node')).map((t) => t.name));
  const c: Compiler = { schema, plain, fragments, columns, nodeTypes };
  const selected = collect(query, [operation.selectionSet], fragments);
  if (!selected || selected.size > MAX_VALUES) return null;
  const roots: ({ prefix: string; constant: string } | { prefix: string; field: RootField })[] = [];
  for (const [key, { name, nodes }] of selected) {
    const prefix = `${roots.length ? ',' : '{'}${JSON.stringify(key)}:`;
    if (name === '__typename') {
      if (nodes.some((n) => n.arguments?.length)) return null;
      roots.push({ prefix, constant: JSON.stringify(query.name) });
      continue;
    }
    const field = query.getFields()[name];
    if (!field) return null;
    const root = name === 'plan' && getNamedType(field.type) === planType ? compilePlan(c, field, nodes, planType) : name === 'plans' ? compilePlans(c, field, nodes, planType) : null;
    if (!root) return null;
    roots.push({ prefix, field: root });
  }
  const fieldsOnly = roots.filter((r): r is { prefix: string; field: RootField } => 'field' in r);
  if (!fieldsOnly.length) return null;
  return {
    async run(ctx, rawVariables) {
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
      if (coerced.errors) return null;
      const parts: string[] = [];
      const params: unknown[] = [];
      for (const r of fieldsOnly) {
        const value = r.field.sql(coerced.coerced, ctx, params.length + 1);
        if (!value) return null;
        parts.push(value.sql);
        params.push(...value.params);
      }
      const sql = `SELECT json_build_array(${parts.join(', ')})::text AS j`;
      const rows = ctx.preparedRead ? await ctx.preparedRead<{ j: string }>(sql, params) : await ctx.prisma.$queryRawUnsafe<{ j: string }[]>(sql, ...params);
      const values = JSON.parse(rows[0].j) as unknown[];
      let text = '';
      let next = 0;
      for (const r of roots) text += r.prefix + ('constant' in r ? r.constant : r.field.write(values[next++]));
      return new SerializedData(`${text}}`);
    },
  };
}
