// What a query may ask for, measured before it is validated or run (issue 16).
//
// The byte cap (HTTP layer) and the token cap (graphql-js's `maxTokens` while parsing)
// act before graphql-js validates: validation itself is quadratic in repeated fields
// (a field repeated 10,000 times took 10-18 s). Then one walk of the validated
// operation measures depth, cost, aliases, directives, and the expensive fields it
// names, before it runs. Fragments are memoised for each count and plan scope they are
// spread at (with plan-scoped caps cost is not linear in the count): 24 fragments each
// spreading the next twice is 25 measurements, not 2^24. The cost model is `measure`'s.
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
  visit as visitAst,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_QUERY_LIMITS } from './defaults';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@council-plans/core';

export interface QueryLimits {
  /** Deepest nesting of fields allowed. */
  maxDepth: number;
  /** Highest estimated cost allowed: every field costs 1 (a scalar or enum field LEAF_COST), times the sizes of the lists above it. */
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
  /** The enabled plugins' names (`kent`…): their fields on a core type are costed as alternatives (see `measure`). */
  councils?: readonly string[];
}

export { DEFAULT_QUERY_LIMITS } from './defaults';

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
  'KentKeyArea.targetDateTimescales': 8, // Herne Bay: 7
  'KentBudgetLine.amounts': 10, // 8 columns
  'KentLeadRole.targets': 5,
  'KentLeadRole.actions': 5,
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
 * What one plan holds at most, by the type of the item, whatever the path that reaches it
 * (plan-scoped caps). Under a plan, a list on the way down (PLAN_CONTENTS) counts the
 * smaller of two figures: the product of the lists' sizes above it, and the number of
 * plans above it times the cap here. So `plan { allSections { actions { milestones } } } }`
 * counts at most PLAN_HOLDS.Milestone milestones, not sections × actions per section ×
 * milestones per action (which over-counted a whole plan 20 to 50 times).
 *
 * No write or import refuses a plan over these figures (the writes cap what one call
 * sends, not what a plan holds): they are measured estimates, the largest plan of the
 * seeded documents and the synthetic data set with room (about twice; the figures in the
 * comments are the largest seeded plan's). A plan over a figure is still answered: the
 * estimate is too low for it, as an assumed list size is for a longer list.
 */
export const PLAN_HOLDS: Record<string, number> = {
  // Core rows: written by imports and mutations, so about twice the largest seeded plan
  // (Kent's 2008/9 operational plan unless said) or the synthetic plans.
  PlanSection: 150, // 68
  Action: 300, // 154; synthetic plans 222
  ActionParty: 600, // 165; synthetic plans 444
  PlanParty: 60,
  Milestone: 700, // 355
  ActionTask: 300, // Peterborough: 48
  SuccessCriterion: 120, // Plymouth: 53
  FundingLine: 300, // Kent: 43; synthetic plans 222
  ProgressUpdate: 600, // none seeded; synthetic plans 444
  ProgressAttachment: 100,
  ProgressIndicatorValue: 100,
  Risk: 30, // Worcestershire: 6
  RiskOwner: 30, // 4
  PlanLink: 700, // 344
  Attribute: 300, // none seeded: about one a section or action
  AttributeType: 20,
  AttributeChoice: 200,
  IndicatorSeries: 60, // 30
  IndicatorValue: 120, // 30
  IndicatorGoal: 60,
  TimescalePart: 600, // Kent: 188 (actions' and milestones' timescales)
  // The councils' plugin rows. A row of an action (`Action.kent`…) is one per action,
  // written by the seeds and by imports in the council's layout: as many as actions. The
  // tables below them and a unit's or plan's tables (Kent's budgets, KPIs…) come from
  // the council's printed documents: the largest seeded count, with room.
  KentOperationalPlan: 1,
  WorcestershireDeliveryPlan: 1,
  KentOperationalAction: 300,
  KentPartnershipAction: 300,
  PeterboroughActionRow: 300,
  PlymouthActionRow: 300,
  WorcestershireActivity: 300,
  KentDeliverable: 400, // 344
  PeterboroughImplementationStep: 60, // 48
  PlymouthActionOversight: 60, // 28
  PlymouthResourcePart: 40, // 33
  WorcestershireActivityCell: 30, // 24
  KentKeyArea: 30, // Herne Bay: 22
  KentKeyAreaLink: 30, // 20
  KentObjective: 80,
  KentBudget: 6, // 5
  KentBudgetLine: 90, // 79
  KentBudgetAmount: 700, // 632
  PeterboroughThemeItem: 50, // 44
  KentContentsEntry: 50, // 42
  KentNarrativeSection: 40, // 37
  KentKpi: 15, // 11
  KentNationalIndicator: 25, // 20
  KentEnvironmentalItem: 10, // 7
  KentLeadRole: 20, // 17
  KentLeadRoleTarget: 25, // 18
  KentLeadRoleAction: 25,
  KentConsultation: 6, // 4
  KentStaffingRow: 6, // 4
  WorcestershirePriorityDependency: 5, // 1
  WorcestershirePolicyDependency: 5, // 1
};

/**
 * The edges down from a plan to what it holds (lists, and the single plugin rows of a
 * plan, section or action). Only these keep a path "inside" its plan: any other field
 * that leads to a type of PLAN_HOLDS (an action's `section`, `plan`, a party's
 * `actionRoles`…) may reach items of other plans, or the same items again, so below it
 * lists multiply again. A field returning a Plan starts a new scope (its count of plans).
 */
export const PLAN_CONTENTS = new Set<string>([
  'Plan.sections',
  'Plan.allSections',
  'Plan.actions',
  'Plan.parties',
  'Plan.successCriteria',
  'Plan.funding',
  'Plan.risks',
  'Plan.links',
  'Plan.indicatorSeries',
  'Plan.attributeTypes',
  'Plan.kentOperationalPlan',
  'Plan.worcestershire',
  'AttributeType.choices',
  'PlanSection.children',
  'PlanSection.actions',
  'PlanSection.successCriteria',
  'PlanSection.risks',
  'PlanSection.attributes',
  'PlanSection.kentKeyArea',
  'PlanSection.kentObjective',
  'PlanSection.kentBudgets',
  'PlanSection.peterboroughThemeItems',
  'Action.parties',
  'Action.milestones',
  'Action.successCriteria',
  'Action.funding',
  'Action.progressUpdates',
  'Action.risks',
  'Action.links',
  'Action.tasks',
  'Action.attributes',
  'Action.kent',
  'Action.kentPartnershipAction',
  'Action.peterborough',
  'Action.plymouth',
  'Action.worcestershire',
  'Milestone.children',
  'ProgressUpdate.attachments',
  'ProgressUpdate.indicatorValues',
  'Risk.owners',
  'IndicatorSeries.values',
  'IndicatorSeries.goals',
  'KentOperationalAction.deliverableItems',
  'PeterboroughActionRow.steps',
  'PlymouthActionRow.monitoredBy',
  'PlymouthActionRow.evaluatedBy',
  'PlymouthActionRow.timescaleResourcesParts',
  'WorcestershireActivity.cells',
  'KentKeyArea.links',
  'KentBudget.lines',
  'KentBudgetLine.amounts',
  'KentKeyArea.targetDateTimescales',
  'KentLeadRole.targets',
  'KentLeadRole.actions',
  'Timescale.parts',
  'PeterboroughThemeItem.children',
  'KentOperationalPlan.contents',
  'KentOperationalPlan.narrative',
  'KentOperationalPlan.kpis',
  'KentOperationalPlan.nationalIndicators',
  'KentOperationalPlan.environmental',
  'KentOperationalPlan.leadRoles',
  'KentOperationalPlan.budgets',
  'KentOperationalPlan.consultations',
  'KentOperationalPlan.staffing',
  'WorcestershireDeliveryPlan.priorityDependencies',
  'WorcestershireDeliveryPlan.policyDependencies',
]);

/**
 * What a scalar or enum field costs each time it is answered; a field with a selection
 * (an object, a list of them) costs 1. Measured on one server in one run (loaded
 * machine, 50 aliases of `actions(first: 500)` over the seeded 293 actions): 9 scalar
 * fields an action took 0.9-1.2 times as long as 1 (the work is the rows and objects, not
 * the values read off them) and 2.2 times the bytes. The IBM / Apollo cost directive
 * counts them 0; a fifth keeps a wide selection of values from being free.
 */
export const LEAF_COST = 0.2;

/** Field visits one measurement may make (fragments spread at many different list sizes): past it the query is refused as too complex. */
export const MAX_MEASURE_VISITS = 100_000;
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

/** Introspection list sizes: the averages of this schema (so `__schema { types { fields } }` costs about what it returns: ~16,500 for GraphiQL's introspection query, whose answer has 12,500 fields). */
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
 * refuse, cost 1), following each fragment once for each place it is spread at a
 * different count. Refuses `nodes(ids)` / `_entities` over `maxIds` as soon as it sees
 * them. The cost model:
 *
 * - every field costs 1 (a scalar or enum field LEAF_COST) each time it is answered:
 *   the product of the sizes of the lists above it (`first`; a connection's `nodes`/`edges` 1; a plain list's
 *   ASSUMED_LIST_SIZES entry; the count of `nodes(ids)`);
 * - under a plan, a list reached only through PLAN_CONTENTS counts at most the number
 *   of plans above it times PLAN_HOLDS of its item type (plan-scoped caps);
 * - alternatives count the dearest, not the sum: the fragments on the possible types
 *   of an interface or union, and the fields of different councils' plugins (`councils`)
 *   on a core type.
 */
export function measure(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  maxIds = DEFAULT_QUERY_LIMITS.maxIds,
  councils: readonly string[] = [],
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

  let visits = 0;
  const tooBig = () =>
    refuse('QUERY_TOO_COMPLEX', `the query's fragments are spread at more than ${MAX_MEASURE_VISITS} places; it cannot be measured (spread fewer fragments)`, {
      limit: MAX_MEASURE_VISITS,
      measured: visits,
      unit: 'visits',
    });

  // `mult`: how many times this selection set is answered (the product of the list sizes
  // above it, each capped under a plan); `plans`: how many plans the path came down from
  // through PLAN_CONTENTS only (undefined: not inside a plan). Returns absolute figures:
  // cost and expensive already multiplied; depth, aliases and directives as written.
  const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  const councilTypePrefixes = councils.map((c) => c.charAt(0).toUpperCase() + c.slice(1));
  // The council a plugin's field on a core type belongs to (a plugin names its fields on
  // core types with its name: `Action.kent`, `PlanSection.kentBudgets`).
  const councilOf = (parent: GraphQLCompositeType | undefined, name: string): string | undefined => {
    if (!parent || rootTypes.has(parent.name) || councilTypePrefixes.some((p) => parent.name.startsWith(p))) return undefined;
    return councils.find((c) => name.startsWith(c));
  };

  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined, mult: number, plans: number | undefined): Totals => {
    const t: Totals = { depth: 0, cost: 0, aliases: 0, directives: 0, expensive: 0 };
    // Alternatives are costed at the dearest, not summed: the fragments on each possible
    // type of an interface or union (an item is of one type), and the fields of different
    // councils' plugins on a core type (a plan, its sections and actions are one council's,
    // and only its plugin has rows for them).
    const byType = new Map<string, number>();
    const byCouncil = new Map<string, number>();
    const add = (bucket: Map<string, number>, key: string, cost: number) => bucket.set(key, (bucket.get(key) ?? 0) + cost);
    const abstractParent = !!parent && !isObjectType(parent);
    for (const selection of set.selections) {
      t.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (++visits > MAX_MEASURE_VISITS) tooBig();
        if (selection.alias) t.aliases += 1;
        const name = selection.name.value;
        let field: GraphQLField<unknown, unknown> | undefined;
        if (parent && (isObjectType(parent) || isInterfaceType(parent))) field = parent.getFields()[name];
        if (!field && name === '__schema') field = { name, type: schema.getType('__Schema'), args: [] } as unknown as GraphQLField<unknown, unknown>;
        if (!field && name === '__type') field = { name, type: schema.getType('__Type'), args: [] } as unknown as GraphQLField<unknown, unknown>;
        const size = sizeOf(parent, field, selection);
        if (isExpensive(parent, field)) t.expensive += mult;
        const council = councilOf(parent, name);
        let cost = selection.selectionSet ? mult : mult * LEAF_COST;
        if (selection.selectionSet) {
          let count = mult * size;
          let inner: number | undefined;
          const returns = field ? getNamedType(field.type) : undefined;
          if (returns && parent && field) {
            const cap = PLAN_HOLDS[returns.name];
            if (returns.name === 'Plan') inner = count;
            else if (plans !== undefined && PLAN_CONTENTS.has(`${parent.name}.${name}`)) {
              if (cap !== undefined) count = Math.min(count, plans * cap);
              inner = plans;
            } else if (plans !== undefined && cap === undefined && !isListType(getNullableType(field.type))) inner = plans;
          }
          const child = visit(selection.selectionSet, field ? (getNamedType(field.type) as GraphQLCompositeType) : undefined, count, inner);
          t.depth = Math.max(t.depth, 1 + child.depth);
          cost += child.cost;
          t.aliases += child.aliases;
          t.directives += child.directives;
          t.expensive += child.expensive;
        } else t.depth = Math.max(t.depth, 1);
        if (council) add(byCouncil, council, cost);
        else t.cost += cost;
      } else {
        let child: Totals;
        let on: GraphQLCompositeType | undefined;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
          child = visit(selection.selectionSet, on, mult, plans);
        } else {
          const name = selection.name.value;
          // A fragment's figures depend on where it is spread (the count above it, the
          // plan scope): memoised for each, so 24 fragments each spreading the next twice
          // are 25 measurements, not 2^24.
          const key = `${name}|${mult}|${plans ?? ''}`;
          const known = memo.get(key);
          if (known === 'visiting') continue; // a cycle: validation refuses it
          if (known) child = known;
          else {
            const fragment = fragments[name];
            if (!fragment) continue;
            memo.set(key, 'visiting');
            child = visit(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined, mult, plans);
            child.directives += fragment.directives?.length ?? 0;
            memo.set(key, child);
          }
          on = fragments[name] ? (schema.getType(fragments[name].typeCondition.name.value) as GraphQLCompositeType | undefined) : undefined;
        }
        if (abstractParent && on && isObjectType(on)) add(byType, on.name, child.cost);
        else t.cost += child.cost;
        t.depth = Math.max(t.depth, child.depth);
        t.aliases += child.aliases;
        t.directives += child.directives;
        t.expensive += child.expensive;
      }
    }
    t.cost += Math.max(0, ...byType.values()) + Math.max(0, ...byCouncil.values());
    return t;
  };
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const totals = visit(operation.selectionSet, root ?? undefined, 1, undefined);
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
          const measured = measureAndCheck(limits, schema, document, operation, request.variables ?? {});
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

/** Measurements kept for one operation: the schema they are of and one per variables key. */
interface KnownMeasures {
  schema: GraphQLSchema;
  /** The variables the measurement may read (see variablesMeasured). */
  variables: readonly string[];
  byVariables: Map<string, Measured>;
}

/** Variable keys remembered per operation: a client sending ever other page sizes must not grow them without end. */
const MAX_MEASURES_PER_OPERATION = 64;
const measures = new WeakMap<OperationDefinitionNode, KnownMeasures>();

/**
 * The names of the variables `measure` may read: those given as the whole value of a
 * `first`, `ids` or `representations` argument anywhere in the document (the only
 * arguments `sizeOf` reads). Any other variable cannot change the measurement.
 */
function variablesMeasured(document: DocumentNode): string[] {
  const names = new Set<string>();
  visitAst(document, {
    Argument(node) {
      if (node.value.kind === Kind.VARIABLE && (node.name.value === 'first' || node.name.value === 'ids' || node.name.value === 'representations')) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/**
 * `measure` of one request, computed once per parsed operation and schema and what the
 * measurement reads of the variables (Apollo keeps parsed documents, so a document sent
 * again is the same nodes): of a variable, `intValue` reads the number it is and
 * `valueCount` how many values it holds, so those two are the key. Refusals inside
 * `measure` (TOO_MANY_IDS, too many visits) are thrown each time, never kept; `check`
 * runs on every request.
 */
function measuredOnce(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, limits: QueryLimits): Measured {
  let known = measures.get(operation);
  if (!known || known.schema !== schema) {
    known = { schema, variables: variablesMeasured(document), byVariables: new Map() };
    measures.set(operation, known);
  }
  let key = '';
  for (const name of known.variables) {
    const v = variables[name];
    key += `${typeof v === 'number' ? v : '-'}:${Array.isArray(v) ? v.length : v === undefined || v === null ? 0 : 1},`;
  }
  const hit = known.byVariables.get(key);
  if (hit) return hit;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const measured = Object.freeze(measure(schema, operation, fragments, variables, limits.maxIds, limits.councils));
  if (known.byVariables.size < MAX_MEASURES_PER_OPERATION) known.byVariables.set(key, measured);
  return measured;
}

/**
 * The operation's measurement, refused (thrown, a LimitError) when it is over a limit:
 * what the limits plugin checks in `didResolveOperation` (the direct-read shortcut,
 * direct-reads.ts, checks the same before answering without Apollo's pipeline).
 */
export function measureAndCheck(limits: QueryLimits, schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Measured {
  const measured = measuredOnce(schema, document, operation, variables, limits);
  check(measured, limits);
  return measured;
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
