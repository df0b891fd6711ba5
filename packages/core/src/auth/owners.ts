// Which plan a row belongs to. Reads hide the rows of drafts the caller may not see and
// writes authorise against the council that owns the row, both resolved from the
// database through this one map, never from what a client sent.
import { Prisma, datamodelModels } from '../db/prisma';

/** A foreign key that leads from a row towards its plan: the column and the model it points at. */
export type OwnerLink = [field: string, model: string];

/** Columns every model uses the same way: the first one a row has decides its plan. */
const COMMON_LINKS: OwnerLink[] = [
  ['planId', 'Plan'],
  ['fromPlanId', 'Plan'],
  ['actionId', 'Action'],
  ['sectionId', 'PlanSection'],
  ['seriesId', 'IndicatorSeries'],
  ['riskId', 'Risk'],
  // Issue 18 part B: attachments and values reported with a progress update.
  ['progressUpdateId', 'ProgressUpdate'],
];

/**
 * Core's rows that reach their plan through another row rather than a common column:
 * attribute choices and values through their type (issue 18 part C; a value's action or
 * section is optional, so the common `actionId` link would not always lead anywhere).
 */
const CORE_OWNERS: Record<string, OwnerLink> = {
  AttributeChoice: ['typeId', 'AttributeType'],
  AttributeValue: ['typeId', 'AttributeType'],
};

/** Links of core's rows above, and those plugins declare for their rows that reach the plan through another of their rows (`CouncilPlugin.owners`). */
const declared = new Map<string, OwnerLink>(Object.entries(CORE_OWNERS));

export function declareOwners(owners: Record<string, OwnerLink> | undefined): void {
  for (const [model, link] of Object.entries(owners ?? {})) declared.set(model, link);
}

let fieldsByModel: Map<string, Set<string>> | undefined;
let fieldsOf: unknown;
/** The field names of a Prisma model (by model name, e.g. "ExampleshireActionRow"). */
export function modelFields(model: string): Set<string> | undefined {
  const models = datamodelModels();
  if (!fieldsByModel || fieldsOf !== models) {
    fieldsOf = models;
    fieldsByModel = new Map(models.map((m) => [m.name, new Set(m.fields.map((f) => f.name))]));
  }
  return fieldsByModel.get(model);
}

/** The link a model's rows reach their plan through; null for rows that belong to no plan (authorities, indicators, parties). */
export function ownerLink(model: string): OwnerLink | 'self' | null {
  if (model === 'Plan') return 'self';
  const link = declared.get(model);
  if (link) return link;
  const fields = modelFields(model);
  if (!fields) return null;
  return COMMON_LINKS.find(([field]) => fields.has(field)) ?? null;
}

/** Whether rows of the model can belong to a plan (and so be hidden with a draft). */
export function isPlanScoped(model: string): boolean {
  return ownerLink(model) !== null;
}

export type RowLookup = (model: string, id: number) => Promise<Record<string, unknown> | null>;

/**
 * The id of the plan a row belongs to, following foreign keys with `lookup`; null when
 * the row belongs to no plan (e.g. an authority-wide indicator series).
 */
export async function planIdOf(model: string, row: Record<string, unknown>, lookup: RowLookup): Promise<number | null> {
  for (let depth = 0; depth < 8; depth++) {
    const link = ownerLink(model);
    if (link === 'self') return row.id as number;
    if (link === null) return null;
    const [field, parent] = link;
    const value = row[field];
    if (value == null) return null;
    if (parent === 'Plan') return value as number;
    const next = await lookup(parent, value as number);
    if (!next) return null;
    model = parent;
    row = next;
  }
  throw new Error(`owner chain of ${model} is too deep`);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The Prisma delegate of a model by its name, e.g. "ExampleshireActionRow" → prisma.exampleshireActionRow. */
export function delegateOf(client: object, model: string): {
  findUnique(args: object): Promise<Record<string, unknown> | null>;
  findMany(args: object): Promise<Record<string, unknown>[]>;
  updateMany(args: object): Promise<{ count: number }>;
  update(args: object): Promise<Record<string, unknown>>;
  create(args: object): Promise<Record<string, unknown>>;
  delete(args: object): Promise<Record<string, unknown>>;
} {
  const delegate = (client as Record<string, unknown>)[lowerFirst(model)];
  if (!delegate) throw new Error(`no Prisma model ${model}`);
  return delegate as ReturnType<typeof delegateOf>;
}
