// The query a plan viewer reads a whole plan with, in one request, built from the schema
// (so a scalar field added to one of these types is asked for too): every field without
// required arguments whose value is a scalar or an enum (or a list of them), of the plan,
// its sections, their actions, the parties, progress updates, milestones, funding lines,
// success criteria, risks, links, indicators and their values, and the councils' plugin
// rows of each (Kent's, Peterborough's, Plymouth's, Worcestershire's fields) with their
// tables. The edges followed are FOLLOW's; a single object field not followed (one that
// leads back up or across: `plan`, `section`, `parent`, a link's `toPlan`…) answers
// `{ id }`. Not asked: the parsed forms of printed text (`timescale`, `money`, readings),
// computed roll-ups and provenance, attributes, tasks, history — each has its own query.
// Sections are read flat (`allSections`, each with `parent { id }`) so every level of
// the tree is in the answer whatever its depth; each item is read once, where it belongs.
import { graphqlModule } from './cjs';
import type { GraphQLCompositeType, GraphQLField, GraphQLSchema } from 'graphql';

const { getNamedType, isAbstractType, isLeafType, isNonNullType, isObjectType, isInterfaceType, isListType, getNullableType } = graphqlModule;

/** The object fields followed, as `Type.field`. */
export const FOLLOW = new Set([
  'Plan.authority',
  'Plan.allSections',
  'Plan.parties',
  'Plan.successCriteria',
  'Plan.risks',
  'Plan.links',
  'Plan.indicatorSeries',
  'Plan.kentOperationalPlan',
  'Plan.worcestershire',
  'PlanParty.party',
  'PlanSection.actions',
  'PlanSection.successCriteria',
  'PlanSection.kentKeyArea',
  'PlanSection.kentObjective',
  'PlanSection.kentBudgets',
  'PlanSection.peterboroughThemeItems',
  'Action.parties',
  'Action.milestones',
  'Action.successCriteria',
  'Action.funding',
  'Action.progressUpdates',
  'Action.kent',
  'Action.kentPartnershipAction',
  'Action.peterborough',
  'Action.plymouth',
  'Action.worcestershire',
  'ActionParty.party',
  'Milestone.children',
  'ProgressUpdate.attachments',
  'ProgressUpdate.indicatorValues',
  'Risk.owner',
  'Risk.owners',
  'Risk.kent',
  'Risk.worcestershire',
  'RiskOwner.party',
  'IndicatorSeries.indicator',
  'IndicatorSeries.lead',
  'IndicatorSeries.values',
  'IndicatorSeries.goals',
  // The councils' rows and their tables
  'KentOperationalAction.deliverableItems',
  'PeterboroughActionRow.steps',
  'PlymouthActionRow.timescaleResourcesParts',
  'PlymouthActionRow.monitoredBy',
  'PlymouthActionRow.evaluatedBy',
  'PlymouthActionOversight.party',
  'WorcestershireActivity.cells',
  'KentKeyArea.links',
  'KentBudget.lines',
  'PeterboroughThemeItem.children',
  'KentOperationalPlan.contents',
  'KentOperationalPlan.narrative',
  'KentOperationalPlan.kpis',
  'KentOperationalPlan.nationalIndicators',
  'KentOperationalPlan.environmental',
  'KentOperationalPlan.leadRoles',
  'KentOperationalPlan.consultations',
  'KentOperationalPlan.staffing',
  'KentLeadRole.targets',
  'KentLeadRole.actions',
  'WorcestershireDeliveryPlan.priorityDependencies',
  'WorcestershireDeliveryPlan.policyDependencies',
]);

/** How deep a tree of one type is read below its top: milestones' and Peterborough's theme items' `children`. */
const TREE_LEVELS = 2;

function selection(schema: GraphQLSchema, type: GraphQLCompositeType, depth: number, path: string[] = []): string {
  if (isAbstractType(type)) return '__typename';
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.deprecationReason) continue;
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(field.name);
      continue;
    }
    const key = `${type.name}.${field.name}`;
    if (FOLLOW.has(key) && depth < 12 && path.filter((p) => p === key).length < TREE_LEVELS) {
      parts.push(`${field.name} { ${selection(schema, named as GraphQLCompositeType, depth + 1, [...path, key])} }`);
    } else if (!isListType(getNullableType(field.type)) && isObjectType(named) && 'id' in named.getFields()) {
      parts.push(`${field.name} { id }`);
    }
  }
  return parts.join(' ');
}

/** `query WholePlan($slug: String!) { plan(slug: $slug) { … } }` for this schema. */
export function wholePlanQuery(schema: GraphQLSchema): string {
  return `query WholePlan($slug: String!) { plan(slug: $slug) { ${selection(schema, schema.getType('Plan') as GraphQLCompositeType, 1)} } }`;
}
