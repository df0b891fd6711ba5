// Council-defined attributes in files (issue 18, part C): the exports write them and the
// importer reads them back, so that export → import changes nothing.
// - CSV: one column per attribute type that applies to actions, headed
//   "attribute:<identifier>", after the council's own columns; a cell is the value as
//   `cellOfValue` writes it (choices by identifier, one a line; dates YYYY-MM-DD), an
//   empty cell is no value. A file without the column leaves that attribute alone.
// - JSON: `attributeTypes` (the definitions, with their choices) beside the plan, and an
//   `attributes` list on every action and section: `{ type: "<identifier>", text | number
//   | date | choices: ["<identifier>", …] }`.
import type { Prisma, PrismaClient } from '../db/prisma';
import {
  AttributeValueError,
  attributeHeader,
  cellOfValue,
  checkValue,
  sameValue,
  storedOf,
  valueFieldOf,
  valueOfCell,
  type AttributeChoiceRow,
  type AttributeTypeRow,
  type StoredValue,
} from './values';
import { updateRows } from '../db/update-rows';
import { toIsoDate } from '../values/school-calendar';
import { AttributeDefinitionError, checkAttributeDefinition } from './definition';

type Db = PrismaClient | Prisma.TransactionClient;
/** The columns a changed value's update writes, as `updateRows` reads them. */
export const VALUE_COLUMNS = { text: 'text', number: 'float8', date: 'date', choiceIds: 'int[]', version: 'int', updatedAt: 'timestamp(3)' };
type TypeRow = AttributeTypeRow & { description: string | null; position: number; version: number };
type ValueRow = StoredValue & { id: number; version: number; typeId: number; actionId: number | null; sectionId: number | null };

/** A plan's attribute types (in order), their choices and every value, in three statements. */
export async function planAttributes(db: Db, planId: number) {
  const types = (await db.attributeType.findMany({ where: { planId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] })) as unknown as TypeRow[];
  const typeIds = types.map((t) => t.id);
  const choices = typeIds.length ? ((await db.attributeChoice.findMany({ where: { typeId: { in: typeIds } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] })) as AttributeChoiceRow[]) : [];
  const values = typeIds.length ? ((await db.attributeValue.findMany({ where: { typeId: { in: typeIds } } })) as unknown as ValueRow[]) : [];
  const choiceById = new Map(choices.map((c) => [c.id, c]));
  const typeById = new Map(types.map((t) => [t.id, t]));
  const byOwner = (column: 'actionId' | 'sectionId') => {
    const map = new Map<number, ValueRow[]>();
    for (const v of values) if (v[column] != null) map.set(v[column]!, [...(map.get(v[column]!) ?? []), v]);
    for (const list of map.values()) list.sort((a, b) => typeById.get(a.typeId)!.position - typeById.get(b.typeId)!.position || a.typeId - b.typeId);
    return map;
  };
  return { types, choices, choiceById, typeById, byAction: byOwner('actionId'), bySection: byOwner('sectionId') };
}

export type PlanAttributes = Awaited<ReturnType<typeof planAttributes>>;

/** The CSV columns of a plan's attributes: the types that apply to actions. */
export function csvAttributeTypes(attrs: PlanAttributes): TypeRow[] {
  return attrs.types.filter((t) => t.appliesToActions);
}

/** An action's cell of one attribute type ("" when it has no value). */
export function csvAttributeCell(attrs: PlanAttributes, type: TypeRow, actionId: number): string {
  const value = attrs.byAction.get(actionId)?.find((v) => v.typeId === type.id);
  return value ? cellOfValue(type, value, attrs.choiceById) : '';
}

/** The JSON export's definitions of the plan's attribute types. */
export function jsonAttributeTypes(attrs: PlanAttributes): unknown[] {
  return attrs.types.map((t) => ({
    identifier: t.identifier,
    name: t.name,
    description: t.description,
    kind: t.kind,
    unit: t.unit ?? null,
    minimum: t.minimum,
    maximum: t.maximum,
    maxChoices: t.maxChoices,
    appliesToActions: t.appliesToActions,
    appliesToSections: t.appliesToSections,
    choices: attrs.choices
      .filter((c) => c.typeId === t.id)
      .map((c) => ({ identifier: c.identifier, label: c.label, parent: c.parentId != null ? (attrs.choiceById.get(c.parentId)?.identifier ?? null) : null })),
  }));
}

/** The JSON export's `attributes` of one action or section. */
export function jsonAttributes(attrs: PlanAttributes, column: 'actionId' | 'sectionId', id: number): unknown[] {
  const values = (column === 'actionId' ? attrs.byAction : attrs.bySection).get(id) ?? [];
  return values.map((v) => {
    const type = attrs.typeById.get(v.typeId)!;
    const field = valueFieldOf(type.kind);
    const value =
      field === 'text' ? v.text : field === 'number' ? v.number : field === 'date' ? toIsoDate(v.date) : v.choiceIds.map((c) => attrs.choiceById.get(c)?.identifier ?? null);
    return { type: type.identifier, [field]: value };
  });
}

/** A JSON export's value of one attribute back to its CSV cell (how the importer reads JSON rows). */
export function cellOfJsonAttribute(type: { kind: string } | undefined, value: Record<string, unknown>): string {
  if (!type) return '';
  const field = valueFieldOf(type.kind);
  const v = value[field];
  if (v == null) return '';
  if (Array.isArray(v)) return v.map(String).join('\n');
  return String(v);
}

/** A section of a JSON export (by its path from the top) and its attribute cells. */
export interface JsonSectionAttributes {
  path: { kind: string; code: string | null; title: string }[];
  cells: Record<string, string>;
}

/** An attribute column of an imported file. */
export interface AttributeColumn {
  identifier: string;
  header: string;
  index: number;
}

/** A problem the importer reports (its ImportProblem shape). */
export interface AttributeImportProblem {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

export type AttributeChange = (entity: string, entityId: number, operation: 'CREATE' | 'UPDATE' | 'DELETE', before: Record<string, unknown> | null, after: Record<string, unknown> | null) => void;

/** The definitions a JSON export carries, as the importer needs them. */
export interface JsonAttributeType {
  identifier: string;
  name: string;
  description?: string | null;
  kind: string;
  unit?: string | null;
  minimum?: number | null;
  maximum?: number | null;
  maxChoices?: number | null;
  appliesToActions?: boolean;
  appliesToSections?: boolean;
  choices?: { identifier: string; label: string; parent?: string | null }[];
}


/** Creates the types (and their choices) a JSON export defines that the plan does not have yet; an existing type of that identifier is kept as it is. */
async function createMissingTypes(tx: Prisma.TransactionClient, planId: number, defined: JsonAttributeType[], change: AttributeChange, problems: AttributeImportProblem[], mayDefine: boolean): Promise<void> {
  const existing = new Set((await tx.attributeType.findMany({ where: { planId }, select: { identifier: true } })).map((t) => t.identifier));
  // Defining a type is a council admin's act (createAttributeType): an editor's file may
  // set values of the plan's types, never add types (review of issue 18).
  const missing = defined.filter((t) => !existing.has(t.identifier));
  if (missing.length && !mayDefine) {
    problems.push({ row: null, column: null, code: 'FORBIDDEN', message: `the file defines attribute types the plan does not have (${missing.slice(0, 5).map((t) => JSON.stringify(String(t.identifier).slice(0, 80))).join(', ')}): only a council admin may define attribute types; ask one to import it, or to create them first (createAttributeType)` });
    return;
  }
  let position = (await tx.attributeType.aggregate({ where: { planId }, _max: { position: true } }))._max.position ?? -1;
  const valid: JsonAttributeType[] = [];
  const taken = new Set<string>();
  for (const t of missing) {
    // The API's checks of a new type (createAttributeType), with its reason as the problem's code.
    try {
      checkAttributeDefinition(t);
    } catch (err) {
      if (!(err instanceof AttributeDefinitionError)) throw err;
      problems.push({ row: null, column: null, code: err.reason, message: `attribute type ${JSON.stringify(String(t.identifier).slice(0, 80))} of the export: ${err.field}: ${err.message}` });
      continue;
    }
    // A second definition of one identifier is ignored, as an existing type is.
    if (taken.has(t.identifier)) continue;
    taken.add(t.identifier);
    valid.push(t);
  }
  if (!valid.length) return;
  // The types in one INSERT, then their choices level by level (a category's parent
  // exists before it): a few statements whatever the count.
  const created = await tx.attributeType.createManyAndReturn({
    data: valid.map((t) => ({
      planId,
      identifier: t.identifier,
      name: t.name,
      description: t.description ?? null,
      kind: t.kind as never,
      unit: t.unit ?? null,
      minimum: t.minimum ?? null,
      maximum: t.maximum ?? null,
      maxChoices: t.maxChoices ?? null,
      appliesToActions: t.appliesToActions ?? true,
      appliesToSections: t.appliesToSections ?? false,
      position: ++position,
    })),
  });
  // RETURNING promises no order: rows are mapped back by their identifier (unique in the plan).
  const typeIdOf = new Map(created.map((t) => [t.identifier, t.id]));
  for (const t of [...created].sort((a, b) => a.position - b.position)) change('AttributeType', t.id, 'CREATE', null, { ...t });
  type ChoiceData = { typeId: number; identifier: string; label: string; parent: string | null; position: number };
  const levels: ChoiceData[][] = [];
  for (const t of valid) {
    const typeId = typeIdOf.get(t.identifier)!;
    const depthOf = new Map<string, number>();
    const positions = new Map<string | null, number>();
    // Checked above: identifiers unique, each parent given before its children.
    for (const c of t.choices ?? []) {
      const parent = c.parent ?? null;
      const depth = parent == null ? 0 : depthOf.get(parent)! + 1;
      depthOf.set(c.identifier, depth);
      const p = positions.get(parent) ?? 0;
      positions.set(parent, p + 1);
      (levels[depth] ??= []).push({ typeId, identifier: c.identifier, label: String(c.label ?? c.identifier), parent, position: p });
    }
  }
  const choiceIdOf = new Map<string, number>();
  for (const level of levels) {
    for (let i = 0; i < level.length; i += 1000) {
      const data = level.slice(i, i + 1000).map((c) => ({ typeId: c.typeId, identifier: c.identifier, label: c.label, position: c.position, parentId: c.parent != null ? choiceIdOf.get(`${c.typeId}:${c.parent}`)! : null }));
      const rows = await tx.attributeChoice.createManyAndReturn({ data });
      for (const row of rows.sort((a, b) => a.id - b.id)) {
        choiceIdOf.set(`${row.typeId}:${row.identifier}`, row.id);
        change('AttributeChoice', row.id, 'CREATE', null, { ...row });
      }
    }
  }
}

/**
 * Writes the attribute cells of the imported rows: a value is created, changed (its
 * version bumped) or deleted (an empty cell) only where it differs from the database.
 * Bad cells are problems (their codes are the API's reasons: WRONG_KIND, UNKNOWN_CHOICE,
 * OUT_OF_RANGE, TOO_MANY_VALUES…) and the import writes nothing. A few statements for
 * the whole file, whatever its length. `target`: the rows are actions (a file's rows) or
 * sections (a JSON export's). Answers the actions or sections whose attributes changed.
 */
export async function writeAttributeCells(
  tx: Prisma.TransactionClient,
  planId: number,
  columns: AttributeColumn[],
  rows: { ownerId: number; row: number | null; cells: Record<string, string> }[],
  defined: JsonAttributeType[] | undefined,
  change: AttributeChange,
  problems: AttributeImportProblem[],
  target: 'actionId' | 'sectionId' = 'actionId',
  mayDefineTypes = true,
): Promise<Set<number>> {
  const changed = new Set<number>();
  if (defined?.length) await createMissingTypes(tx, planId, defined, change, problems, mayDefineTypes);
  if (!columns.length || problems.length) return changed;
  const types = (await tx.attributeType.findMany({ where: { planId, identifier: { in: columns.map((c) => c.identifier) } } })) as unknown as TypeRow[];
  const typeByIdentifier = new Map(types.map((t) => [t.identifier, t]));
  for (const c of columns) {
    const type = typeByIdentifier.get(c.identifier);
    if (!type) problems.push({ row: 1, column: c.header, code: 'UNKNOWN_ATTRIBUTE', message: `the plan has no attribute "${c.identifier}" (a council admin defines it first: createAttributeType)` });
    else if (target === 'actionId' ? !type.appliesToActions : !type.appliesToSections) {
      problems.push({ row: 1, column: c.header, code: 'NOT_APPLICABLE', message: `attribute "${c.identifier}" is not defined for ${target === 'actionId' ? 'actions' : 'sections'}` });
    }
  }
  if (problems.length) return changed;
  const typeIds = types.map((t) => t.id);
  const choices = (await tx.attributeChoice.findMany({ where: { typeId: { in: typeIds } } })) as AttributeChoiceRow[];
  const choiceById = new Map(choices.map((c) => [c.id, c]));
  const choicesOf = new Map<number, Map<string, AttributeChoiceRow>>();
  for (const c of choices) choicesOf.set(c.typeId, (choicesOf.get(c.typeId) ?? new Map()).set(c.identifier, c));
  const ownerIds = rows.map((r) => r.ownerId);
  const existing = (await tx.attributeValue.findMany({ where: { typeId: { in: typeIds }, [target]: { in: ownerIds } } })) as unknown as ValueRow[];
  const current = new Map(existing.map((v) => [`${v.typeId}:${v[target]}`, v]));

  const creates: Record<string, unknown>[] = [];
  const updates: { row: ValueRow; data: StoredValue }[] = [];
  const deletes: ValueRow[] = [];
  for (const r of rows) {
    for (const c of columns) {
      const type = typeByIdentifier.get(c.identifier)!;
      const before = current.get(`${type.id}:${r.ownerId}`);
      let stored: StoredValue | null = null;
      try {
        const given = valueOfCell(type, r.cells[c.identifier] ?? '', choicesOf.get(type.id) ?? new Map());
        if (given) stored = checkValue(type, given, choiceById, (id) => `"${choiceById.get(id)?.identifier ?? id}"`);
      } catch (err) {
        if (!(err instanceof AttributeValueError)) throw err;
        problems.push({ row: r.row, column: c.header, code: err.reason, message: err.message });
        continue;
      }
      if (!stored) {
        if (before) deletes.push(before);
      } else if (!before) creates.push({ typeId: type.id, [target]: r.ownerId, ...stored });
      else if (!sameValue(storedOf(before), stored)) updates.push({ row: before, data: stored });
    }
  }
  if (problems.length) return changed;
  for (const c of creates) changed.add(c[target] as number);
  for (const u of updates) changed.add(u.row[target]!);
  for (const d of deletes) changed.add(d[target]!);
  for (let i = 0; i < creates.length; i += 1000) {
    for (const row of await tx.attributeValue.createManyAndReturn({ data: creates.slice(i, i + 1000) as Prisma.AttributeValueCreateManyInput[] })) change('AttributeValue', row.id, 'CREATE', null, { ...row });
  }
  // Changed values: one UPDATE per 1,000, each bumping its version.
  if (updates.length) {
    const updatedAt = new Date();
    const afters = updates.map((u) => ({ ...u.row, ...u.data, version: u.row.version + 1, updatedAt }));
    await updateRows(tx, 'AttributeValue', VALUE_COLUMNS, afters.map((a) => ({ ...a, date: toIsoDate(a.date), updatedAt: updatedAt.toISOString() })));
    updates.forEach((u, i) => change('AttributeValue', u.row.id, 'UPDATE', { ...u.row }, afters[i]!));
  }
  if (deletes.length) {
    await tx.attributeValue.deleteMany({ where: { id: { in: deletes.map((d) => d.id) } } });
    for (const d of deletes) change('AttributeValue', d.id, 'DELETE', { ...d }, null);
  }
  return changed;
}

export { attributeHeader };
