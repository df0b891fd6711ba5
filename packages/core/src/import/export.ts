// Export: a plan as JSON (everything, plugin rows included) and as the council's own
// CSV layout (the inverse of the import, so exporting and re-importing changes nothing).
import { stringify } from 'csv-stringify/sync';
import { Prisma, datamodelModels, type PrismaClient } from '../db/prisma';
import type { ImportLayout } from './layout';
import { JOIN_KEY_COLUMNS, JOIN_KEY_INCLUDE, keyLine, layoutColumns } from './join-keys';
import { lines } from './layout';
import { escapeFormula } from './read';
import { SECTION_PATH_INCLUDE, cellsOfAction, documentOrder } from './importer';
import { attributeHeader, csvAttributeCell, csvAttributeTypes, jsonAttributeTypes, jsonAttributes, planAttributes } from '../attributes/io';
import { jsonTasksOfPlan } from '../tasks/io';

/** The JSON export's format name and version (bumped on any incompatible change of its shape). */
export const PLAN_EXPORT_FORMAT = 'council-plans/plan';
export const PLAN_EXPORT_VERSION = 1;

/** The plan's layout rows in document order: by section tree position, then position in the section. */
async function layoutActions(prisma: PrismaClient, planId: number, layout: ImportLayout): Promise<Record<string, any>[]> {
  const actions = (await prisma.action.findMany({
    where: { planId, [layout.rowRelation]: { isNot: null } },
    include: { ...SECTION_PATH_INCLUDE, ...JOIN_KEY_INCLUDE, ...layout.include, [layout.rowRelation]: (layout.include[layout.rowRelation] as object | undefined) ?? true } as Prisma.ActionInclude,
  })) as unknown as Record<string, any>[];
  return documentOrder(actions);
}

/**
 * The plan's rows in the council's own layout, as CSV with the council's headings, then
 * one "attribute:<identifier>" column per council-defined attribute of actions (issue 18).
 */
export async function exportPlanCsv(prisma: PrismaClient, planId: number, layout: ImportLayout): Promise<string> {
  const actions = await layoutActions(prisma, planId, layout);
  const attrs = await planAttributes(prisma, planId);
  const attributeTypes = csvAttributeTypes(attrs);
  // The council's own columns, then the join-key columns core adds to every layout.
  const columns = layoutColumns(layout);
  // A party's keys are written once, in the first row naming it: a party named by many
  // rows is then edited in one place (the importer refuses two rows that disagree).
  const partyKeyColumns = JOIN_KEY_COLUMNS.filter((c) => c.joinKey.of === 'party');
  const written = new Map(partyKeyColumns.map((c) => [c.key, new Set<string>()]));
  const records = [[...columns.map((c) => c.header), ...attributeTypes.map((t) => attributeHeader(t.identifier))], ...actions.map((a) => {
    const cells = cellsOfAction(layout, a);
    for (const column of partyKeyColumns) {
      const seen = written.get(column.key)!;
      cells[column.key] = lines(cells[column.key] ?? '')
        .filter((line) => {
          const name = keyLine(line)!.what.toLowerCase();
          return !seen.has(name) && !!seen.add(name);
        })
        .join('\n');
    }
    // Formula-leading cells are escaped (OWASP CSV injection); the importer reads them back as written.
    return [...columns.map((c) => escapeFormula(cells[c.key] ?? '')), ...attributeTypes.map((t) => escapeFormula(csvAttributeCell(attrs, t, a.id as number)))];
  })];
  // CRLF between records as spreadsheets write them; a cell with a line break is quoted.
  return stringify(records, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}

/** Relation fields of a model whose target is a plugin model (named with a plugin prefix), for the JSON export. */
function pluginInclude(model: string, prefixes: string[], path: string[] = []): Record<string, unknown> {
  const fields = datamodelModels().find((m) => m.name === model)?.fields ?? [];
  const include: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.kind !== 'object') continue;
    // A plugin row naming a core party (e.g. a monitoring body) carries the party.
    if (field.type === 'ResponsibleParty' && fields.some((f) => f.name === `${field.name}Id`) && prefixes.some((p) => model.startsWith(p))) {
      include[field.name] = true;
      continue;
    }
    if (!prefixes.some((p) => field.type.startsWith(p)) || path.includes(field.type) || field.type === model) continue;
    const nested = pluginInclude(field.type, prefixes, [...path, model]);
    include[field.name] = Object.keys(nested).length ? { include: nested } : true;
  }
  return include;
}

/**
 * Rows that carry a position in printed order (position, then id). pluginInclude loads a
 * plugin's lists (a council's steps of an action) without an ORDER BY (the runtime
 * datamodel does not say which relations are lists, and orderBy on a to-one include is an
 * error), and PostgreSQL returns them in storage order, which an update of one row
 * changes: the export then imported back as a reordering. Core's lists are ordered by
 * their queries already, the same way.
 */
function inPrintedOrder(rows: unknown[]): unknown[] {
  const positioned = (r: unknown): r is { position: number; id?: number } => r !== null && typeof r === 'object' && typeof (r as { position?: unknown }).position === 'number';
  if (rows.length < 2 || !rows.every(positioned)) return rows;
  return [...rows].sort((a, b) => a.position - b.position || (a.id ?? 0) - (b.id ?? 0));
}

/** A row without its ids and foreign keys (database details that differ between databases), relations kept. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return inPrintedOrder(value).map(clean);
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return String(value);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'id' || (/^[a-z]+Id$|[a-z]Id$/.test(k) && (typeof v === 'number' || v === null) && k !== 'staffId')) continue;
    if (k === 'createdAt' || k === 'updatedAt' || k === 'importedAt') continue;
    // Token subjects of a progress update's author and approver: not served by the API either (issue 18).
    if (k === 'authorSubject' || k === 'decidedBySubject') continue;
    out[k] = clean(v);
  }
  return out;
}

/**
 * Everything of a plan as one JSON document: `{ format: "council-plans/plan", version: 1,
 * authority, plan, sections (a tree, each with its actions), actions (those outside any
 * section) }`. Core rows carry their lists (criteria, milestones, funding, parties,
 * links, risks, progress, council-defined `attributes`, `tasks`) and each plugin row under its relation's name (e.g.
 * `exampleshireRow`); `attributeTypes` defines the plan's attributes. Ids, foreign keys and timestamps are left out: they are the
 * database's, not the plan's.
 */
export async function exportPlanJson(prisma: PrismaClient, planId: number, pluginNames: readonly string[]): Promise<string> {
  const prefixes = pluginNames.map((n) => n.charAt(0).toUpperCase() + n.slice(1));
  const actionInclude = {
    source: true,
    successCriteria: { orderBy: { position: 'asc' } },
    milestones: { orderBy: { position: 'asc' } },
    funding: { orderBy: { position: 'asc' } },
    parties: { orderBy: { position: 'asc' }, include: { party: true } },
    // Public: approved updates only (issue 18).
    progressUpdates: { where: { status: 'APPROVED' }, orderBy: { id: 'asc' }, include: { attachments: { orderBy: { position: 'asc' } }, indicatorValues: { orderBy: { position: 'asc' } } } },
    risks: { orderBy: { position: 'asc' } },
    links: { orderBy: { position: 'asc' } },
    ...pluginInclude('Action', prefixes),
  };
  const plan = await prisma.plan.findUniqueOrThrow({
    where: { id: planId },
    include: {
      authority: true,
      source: true,
      parties: { orderBy: { position: 'asc' }, include: { party: true } },
      successCriteria: { where: { sectionId: null, actionId: null }, orderBy: { position: 'asc' } },
      funding: { where: { actionId: null }, orderBy: { position: 'asc' } },
      risks: { where: { sectionId: null, actionId: null }, orderBy: { position: 'asc' } },
      linksFrom: { where: { fromActionId: null }, orderBy: { position: 'asc' } },
      ...pluginInclude('Plan', prefixes),
    } as Prisma.PlanInclude,
  });
  const sections = await prisma.planSection.findMany({
    where: { planId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    include: { successCriteria: { where: { actionId: null }, orderBy: { position: 'asc' } }, risks: { where: { actionId: null }, orderBy: { position: 'asc' } }, ...pluginInclude('PlanSection', prefixes) } as Prisma.PlanSectionInclude,
  });
  const actions = (await prisma.action.findMany({ where: { planId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], include: actionInclude as Prisma.ActionInclude })) as unknown as Record<string, any>[];

  // Council-defined attributes (issue 18): the definitions beside the plan, the values on each row.
  const attrs = await planAttributes(prisma, planId);
  for (const a of actions) a.attributes = jsonAttributes(attrs, 'actionId', a.id as number);
  // Tasks (issue 18), dates as days and the milestone by its position (ids are the database's).
  const tasks = await jsonTasksOfPlan(prisma, planId);
  for (const a of actions) a.tasks = tasks.get(a.id as number) ?? [];
  const actionsBySection = new Map<number | null, Record<string, any>[]>();
  for (const a of actions) actionsBySection.set(a.sectionId, [...(actionsBySection.get(a.sectionId) ?? []), a]);
  const children = new Map<number | null, typeof sections>();
  for (const s of sections) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
  const tree = (parentId: number | null): unknown[] =>
    (children.get(parentId) ?? []).map((s) => ({ ...(clean(s) as object), attributes: jsonAttributes(attrs, 'sectionId', s.id), actions: clean(actionsBySection.get(s.id) ?? []), sections: tree(s.id) }));

  const { authority, ...planRest } = plan as unknown as Record<string, any>;
  const document = {
    format: PLAN_EXPORT_FORMAT,
    version: PLAN_EXPORT_VERSION,
    authority: clean(authority),
    plan: clean(planRest),
    attributeTypes: jsonAttributeTypes(attrs),
    sections: tree(null),
    actions: clean(actionsBySection.get(null) ?? []),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
