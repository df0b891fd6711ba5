// What a query may ask for, measured before it is validated or run (issue 16).
//
// The byte cap (HTTP layer) and the token cap (graphql-js's `maxTokens` while parsing)
// act before graphql-js validates: validation itself is quadratic in repeated fields
// (a field repeated 10,000 times took 10-18 s). Then one walk of the validated
// operation measures depth, cost, aliases, directives, and the expensive fields it
// names, before it runs. Fragments are measured once and memoised (cost is linear in the multiplier, so
// a fragment's cost at multiplier 1 serves every spread): 24 fragments each spreading the
// next twice is 24 measurements, not 2^24.
//
// Why our own walk and not graphql-armor's plugins: armor's max-aliases / max-directives /
// max-depth are validation rules, which run in the same validation pass as graphql-js's
// quadratic OverlappingFieldsCanBeMerged (too late for the 10,000-repeated-field attack),
// its cost limit cannot see page sizes (`first`), list sizes or the number of ids, and
// its errors carry neither our codes nor the figures. The walk below does all five
// measures in one pass; the token cap is graphql-js's own `maxTokens` parse option.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@council-plans/core';

export interface QueryLimits {
  /** Deepest nesting of fields allowed. */
  maxDepth: number;
  /** Highest estimated cost allowed: every field costs 1, times the sizes of the lists above it. */
  maxComplexity: number;
  /** Most aliases an operation may use (counted through fragments). */
  maxAliases: number;
  /** Most directives an operation may use. */
  maxDirectives: number;
  /** Most lexical tokens a document may have (graphql-js's maxTokens). */
  maxTokens: number;
  /** Largest document, in bytes of UTF-8. */
  maxQueryBytes: number;
  /** Most ids `nodes(ids)` and representations `_entities(representations)` may take. */
  maxIds: number;
}

export const DEFAULT_QUERY_LIMITS: Omit<QueryLimits, 'maxDepth' | 'maxComplexity'> = {
  maxAliases: 50,
  maxDirectives: 50,
  maxTokens: 3000,
  maxQueryBytes: 64 * 1024,
  maxIds: 1000,
};

/**
 * Assumed sizes of the lists that take no `first` (Apollo's `@listSize(assumedSize:)`),
 * in one table: what one parent holds at most in the councils' documents and the
 * national data set, with room. A list of unknown size counts UNKNOWN_LIST_SIZE. The
 * bounds the domain fixes are said in the fields' descriptions too.
 */
export const ASSUMED_LIST_SIZES: Record<string, number> = {
  // Root lists
  'Query.authorities': 200, // English local authorities with education duties: ~155
  'Query.indicators': 200,
  'Query.kentActions': 300, // Kent's plans print ~250 actions
  'Query.kentEcmOutcomes': 5, // the five Every Child Matters outcomes
  // A plan's contents
  'Plan.sections': 10, // top-level units / themes / workstreams: 5-8 in every plan
  'Plan.allSections': 100,
  'Plan.actions': 300,
  'Plan.parties': 30,
  'Plan.successCriteria': 30,
  'Plan.funding': 30,
  'Plan.risks': 30,
  'Plan.links': 400,
  'Plan.linkedFrom': 400,
  'Plan.indicatorSeries': 30,
  'PlanSection.children': 30,
  'PlanSection.actions': 40,
  'PlanSection.successCriteria': 60,
  'PlanSection.risks': 20,
  'PlanSection.kentBudgets': 5,
  'PlanSection.peterboroughThemeItems': 15,
  'Action.parties': 8,
  'Action.milestones': 15,
  'Action.successCriteria': 20,
  'Action.funding': 16,
  'Action.progressUpdates': 12,
  // Issue 18 part B: an update carries at most 20 links and 20 values (checked on submit); few wait in review at once.
  'Action.progressUpdatesInReview': 5,
  'ProgressUpdate.attachments': 5,
  'ProgressUpdate.indicatorValues': 5,
  'Action.risks': 5,
  'Action.links': 5,
  'Action.tasks': 15, // issue 18: Peterborough's rows print at most 6 steps
  // Council-defined attributes (issue 18): a plan's types are a council's handful of fields
  'Plan.attributeTypes': 20,
  'Action.attributes': 20,
  'PlanSection.attributes': 20,
  'AttributeType.choices': 50,
  'MultiChoiceAttribute.choices': 10,
  'CategoryAttribute.categories': 10,
  'Timescale.parts': 4,
  // An authority's and a party's lists
  'Authority.plans': 10,
  'Authority.statisticalNeighbours': 10, // Kent's plan names ten
  'Authority.responsibleParties': 100,
  'ResponsibleParty.actionRoles': 50,
  'ResponsibleParty.planRoles': 10,
  'ResponsibleParty.plymouthMonitors': 30,
  'ResponsibleParty.plymouthEvaluates': 30,
  // Indicators
  'Indicator.series': 50,
  'IndicatorSeries.goals': 6, // a goal a year of a plan's period (Worcestershire: 2)
  'IndicatorSeries.values': 10,
  'IndicatorComparison.rows': 20,
  'IndicatorComparisonRow.series': 5,
  'ImportReport.problems': 100,
  // Plugins' lists
  'PeterboroughThemeItem.children': 30,
  'KentBudget.lines': 25,
  'PeterboroughActionRow.steps': 10,
  'KentOperationalPlan.contents': 50,
  'KentOperationalPlan.narrative': 40,
  'KentOperationalPlan.kpis': 20,
  'KentOperationalPlan.nationalIndicators': 25,
};
export const UNKNOWN_LIST_SIZE = 20;

/**
 * Fields that draw on the caller's smaller "expensive" budget (see rate-limit.ts), one
 * unit per occurrence. A field may also mark itself with the GraphQL extension
 * `{ expensive: true }`.
 */
// actionStatuses computes the status of every action its filter selects before it sorts and pages (issue 18).
export const EXPENSIVE_FIELDS = new Set(['Query.search', 'Query.searchConnection', 'Mutation.importPlan', 'Query.actionStatuses']);

/** What a document's operation asks for. */
export interface Measured {
  depth: number;
  complexity: number;
  aliases: number;
  directives: number;
  /** Occurrences of expensive fields (through fragments, times the lists above them). */
  expensive: number;
}

interface Totals {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  expensive: number;
}

/** Introspection list sizes: the averages of this schema (so `__schema { types { fields } }` costs about what it returns: 18,000 for GraphiQL's introspection query, whose answer has 12,500 fields). */
function introspectionSizes(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  let fields = 0;
  let withFields = 0;
  let args = 0;
  let enumValues = 0;
  let enums = 0;
  let inputFields = 0;
  let inputs = 0;
  let possible = 0;
  for (const t of types) {
    if (isObjectType(t) || isInterfaceType(t)) {
      const fs = Object.values(t.getFields());
      fields += fs.length;
      withFields += 1;
      for (const f of fs) args += f.args.length;
      possible += isInterfaceType(t) ? schema.getPossibleTypes(t).length : t.getInterfaces().length;
    } else if (isEnumType(t)) {
      enumValues += t.getValues().length;
      enums += 1;
    } else if (isInputObjectType(t)) {
      inputFields += Object.keys(t.getFields()).length;
      inputs += 1;
    }
  }
  const avg = (n: number, d: number) => Math.max(1, Math.ceil(n / Math.max(1, d)));
  const directives = schema.getDirectives();
  return {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    // Averages over every type, as `__schema { types { fields … } }` asks every type.
    '__Type.fields': avg(fields, types.length),
    '__Type.interfaces': avg(possible, types.length),
    '__Type.possibleTypes': avg(possible, types.length),
    '__Type.enumValues': avg(enumValues, types.length),
    '__Type.inputFields': avg(inputFields, types.length),
    '__Field.args': avg(args, fields),
    '__Directive.args': avg(directives.reduce((n, d) => n + d.args.length, 0), directives.length),
    '__Directive.locations': 5,
  };
}

const introspectionCache = new WeakMap<GraphQLSchema, Record<string, number>>();

function valueCount(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return Array.isArray(v) ? v.length : v === undefined || v === null ? 0 : 1;
  }
  return 1;
}

function intValue(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

export class LimitError extends GraphQLError {}

function refuse(code: string, message: string, figures: Record<string, unknown>, status = 400): never {
  throw new LimitError(message, { extensions: { code, ...figures, http: { status, headers: new Map() } } });
}

/**
 * Measures one operation against the schema (unknown fields, which validation will
 * refuse, cost 1), following fragments once each. Refuses `nodes(ids)` / `_entities`
 * over `maxIds` as soon as it sees them.
 */
export function measure(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  maxIds = DEFAULT_QUERY_LIMITS.maxIds,
): Measured {
  let intro = introspectionCache.get(schema);
  if (!intro) {
    intro = introspectionSizes(schema);
    introspectionCache.set(schema, intro);
  }
  const introSizes = intro;
  const memo = new Map<string, Totals | 'visiting'>();

  const sizeOf = (parent: GraphQLCompositeType | undefined, field: GraphQLField<unknown, unknown> | undefined, node: FieldNode): number => {
    if (!field || !parent) return 1;
    const name = node.name.value;
    const key = `${parent.name}.${name}`;
    const arg = (n: string) => node.arguments?.find((a) => a.name.value === n)?.value;
    if (key === 'Query.nodes' || key === 'Query._entities') {
      const argName = key === 'Query.nodes' ? 'ids' : 'representations';
      const count = valueCount(arg(argName), variables) ?? 0;
      if (count > maxIds) {
        refuse('TOO_MANY_IDS', `${name} takes at most ${maxIds} ${argName}; this request has ${count}`, { field: argName, limit: maxIds, measured: count });
      }
      return Math.max(1, count);
    }
    // Most types are named, or wrapped once or twice: a deeper `ofType` is mostly null.
    if (key === '__Type.ofType') return 0.5;
    const returns = getNamedType(field.type);
    // `nodes` / `edges` of a connection: the connection's page size is already counted.
    if (parent.name.endsWith('Connection') && (name === 'nodes' || name === 'edges')) return 1;
    const firstArg = field.args.find((a) => a.name === 'first');
    if (firstArg) {
      const asked = intValue(arg('first'), variables) ?? (typeof firstArg.defaultValue === 'number' ? firstArg.defaultValue : DEFAULT_PAGE_SIZE);
      return Math.min(Math.max(1, asked), MAX_PAGE_SIZE);
    }
    if (!isListType(getNullableType(field.type))) return 1;
    if (!isCompositeType(returns)) return 1;
    return ASSUMED_LIST_SIZES[key] ?? introSizes[key] ?? UNKNOWN_LIST_SIZE;
  };

  const isExpensive = (parent: GraphQLCompositeType | undefined, field: GraphQLField<unknown, unknown> | undefined) =>
    !!parent && !!field && (EXPENSIVE_FIELDS.has(`${parent.name}.${field.name}`) || field.extensions?.expensive === true);

  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined): Totals => {
    const t: Totals = { depth: 0, cost: 0, aliases: 0, directives: 0, expensive: 0 };
    for (const selection of set.selections) {
      t.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) t.aliases += 1;
        const name = selection.name.value;
        let field: GraphQLField<unknown, unknown> | undefined;
        if (parent && (isObjectType(parent) || isInterfaceType(parent))) field = parent.getFields()[name];
        if (!field && name === '__schema') field = { name, type: schema.getType('__Schema'), args: [] } as unknown as GraphQLField<unknown, unknown>;
        if (!field && name === '__type') field = { name, type: schema.getType('__Type'), args: [] } as unknown as GraphQLField<unknown, unknown>;
        const size = sizeOf(parent, field, selection);
        if (isExpensive(parent, field)) t.expensive += 1;
        let childDepth = 0;
        let childCost = 0;
        if (selection.selectionSet) {
          const child = visit(selection.selectionSet, field ? (getNamedType(field.type) as GraphQLCompositeType) : undefined);
          childDepth = child.depth;
          childCost = child.cost;
          t.aliases += child.aliases;
          t.directives += child.directives;
          t.expensive += child.expensive * size;
        }
        t.cost += 1 + size * childCost;
        t.depth = Math.max(t.depth, 1 + childDepth);
      } else {
        let child: Totals;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
          child = visit(selection.selectionSet, on);
        } else {
          const name = selection.name.value;
          const known = memo.get(name);
          if (known === 'visiting') continue; // a cycle: validation refuses it
          if (known) child = known;
          else {
            const fragment = fragments[name];
            if (!fragment) continue;
            memo.set(name, 'visiting');
            child = visit(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined);
            child.directives += fragment.directives?.length ?? 0;
            memo.set(name, child);
          }
        }
        t.cost += child.cost;
        t.depth = Math.max(t.depth, child.depth);
        t.aliases += child.aliases;
        t.directives += child.directives;
        t.expensive += child.expensive;
      }
    }
    return t;
  };
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const totals = visit(operation.selectionSet, root ?? undefined);
  return { depth: totals.depth, complexity: Math.ceil(totals.cost), aliases: totals.aliases, directives: totals.directives + (operation.directives?.length ?? 0), expensive: totals.expensive };
}

/** Number of lexical tokens of a source, counted up to `stopAt`. */
function countTokens(source: string, stopAt: number): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      n += 1;
      if (n >= stopAt) break;
    }
  } catch {
    // a syntax error: the parser reports it
  }
  return n;
}

/** Where the limits plugin leaves its figures for the HTTP layer (rate limits, logs). */
export interface CostFacts {
  cost?: number;
  expensive?: number;
  /** Called once the operation is measured, before it runs; may throw a refusal (a rate limit). */
  onMeasured?: (m: Measured) => Promise<void> | void;
}

/**
 * Checks the operation against every limit after graphql-js parsed and validated it and
 * before it runs, and refuses with HTTP 400, a code and the figures (`limit`,
 * `measured`): TOO_MANY_ALIASES, TOO_MANY_DIRECTIVES, QUERY_TOO_DEEP, QUERY_TOO_COMPLEX,
 * TOO_MANY_IDS. Applied to /graphql and /subgraph alike. The two caps that must act
 * before validation are elsewhere: the token cap is graphql-js's `maxTokens` parse
 * option (Apollo's `parseOptions`; its syntax error becomes QUERY_TOO_LARGE in
 * errors.ts), the byte cap is checked by the HTTP layer on the request's `query`.
 * (Apollo turns an error thrown before validation, in `didResolveSource`, into a 500.)
 */
export function queryLimitsPlugin<T extends object>(limits: QueryLimits, onLargeSource?: (source: string) => void): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveSource({ source }) {
          // Only a document longer than maxTokens characters can have more tokens: keep
          // it, so the refusal can say how many it has.
          if (source.length > limits.maxTokens) onLargeSource?.(source);
        },
        async didResolveOperation({ operation, document, request, schema, contextValue }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const measured = measure(schema, operation, fragments, request.variables ?? {}, limits.maxIds);
          check(measured, limits);
          const facts = (contextValue as { costFacts?: CostFacts }).costFacts;
          if (facts) {
            facts.cost = measured.complexity;
            facts.expensive = measured.expensive;
            await facts.onMeasured?.(measured);
          }
        },
      };
    },
  };
}

/** The number of tokens of a document refused by the token cap (counted up to a million). */
export function tokensOf(source: string): number {
  return countTokens(source, 1_000_000);
}

/** Whether an error is graphql-js refusing a document over `maxTokens`. */
export function isTokenLimitError(message: string): boolean {
  return /^Syntax Error: Document contains more th\w+ \d+ tokens/.test(message);
}

function check(m: Measured, limits: QueryLimits): void {
  if (m.aliases > limits.maxAliases) {
    refuse('TOO_MANY_ALIASES', `the query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}`, { limit: limits.maxAliases, measured: m.aliases });
  }
  if (m.directives > limits.maxDirectives) {
    refuse('TOO_MANY_DIRECTIVES', `the query uses ${m.directives} directives; the limit is ${limits.maxDirectives}`, { limit: limits.maxDirectives, measured: m.directives });
  }
  if (m.depth > limits.maxDepth) {
    refuse('QUERY_TOO_DEEP', `query is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}`, { limit: limits.maxDepth, measured: m.depth, depth: m.depth, maxDepth: limits.maxDepth });
  }
  if (m.complexity > limits.maxComplexity) {
    refuse(
      'QUERY_TOO_COMPLEX',
      `query costs an estimated ${m.complexity}; the limit is ${limits.maxComplexity} (ask for smaller pages (\`first\`), fewer nested lists or fewer fields)`,
      { limit: limits.maxComplexity, measured: m.complexity, complexity: m.complexity, maxComplexity: limits.maxComplexity },
    );
  }
}
