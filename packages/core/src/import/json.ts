// Importing a JSON export (`Plan.export(format: JSON)`): its layout rows are turned back
// into the council's cells by the layout's inverse and go through the same importer, so
// matching, idempotence, problems and provenance are the CSV's. What is not a row of the
// layout (a plugin's plan-level tables, themes or risks)
// is not imported from JSON; the plan's own fields are, when the import creates the plan.
import type { ImportLayout } from './layout';
import { joinKeyCells, layoutColumns } from './join-keys';
import { FileRefused, type SheetRows } from './read';
import { attributeHeader, cellOfJsonAttribute, type JsonAttributeType, type JsonSectionAttributes } from '../attributes/io';

export const JSON_FORMAT = 'council-plans/plan';

const refuse = (code: string, message: string) => new FileRefused([{ row: null, column: null, code, message }]);

/**
 * Plan fields a JSON export restores when the import creates the plan. Not its status: an
 * imported plan is a DRAFT unless the import is asked to publish it (issue 16).
 */
const PLAN_FIELDS = ['title', 'kind', 'periodText', 'periodStart', 'periodEnd', 'issuedText', 'purpose', 'context'] as const;

export function rowsOfJsonExport(buffer: Buffer, layout: ImportLayout): { sheet: SheetRows; plan: Record<string, unknown>; attributeTypes: JsonAttributeType[]; sectionAttributes: JsonSectionAttributes[]; tasks: Map<number, unknown> } {
  let doc: any;
  try {
    doc = JSON.parse(buffer.toString('utf8'));
  } catch (err) {
    throw refuse('BROKEN_FILE', `the file is not JSON: ${(err as Error).message}`);
  }
  if (doc?.format !== JSON_FORMAT) throw refuse('BROKEN_FILE', `the file is not a "${JSON_FORMAT}" export`);
  if (doc.version !== 1) throw refuse('BROKEN_FILE', `export version ${JSON.stringify(doc.version)} is not supported (only 1)`);
  if (doc.plan?.format && doc.plan.format !== layout.council) {
    throw refuse('WRONG_COUNCIL', `the export is a ${doc.plan.format} plan, not ${layout.council}'s`);
  }
  // Council-defined attributes (issue 18): a column per type of actions, as the CSV export has them.
  const attributeTypes: JsonAttributeType[] = Array.isArray(doc.attributeTypes) ? doc.attributeTypes.filter((t: any) => t && typeof t.identifier === 'string') : [];
  const actionTypes = attributeTypes.filter((t) => t.appliesToActions !== false);
  const typeOf = new Map(actionTypes.map((t) => [t.identifier, t]));
  const columns = layoutColumns(layout);
  const tasks = new Map<number, unknown>();
  const rows: SheetRows['rows'] = [{ row: 1, cells: [...columns.map((c) => c.header), ...actionTypes.map((t) => attributeHeader(t.identifier))] }];
  const add = (action: any, section: any) => {
    if (!action?.[layout.rowRelation]) return;
    // The join keys travel on the action's parties and funding lines (issue 17).
    const cells = { ...layout.toCells({ ...action, section }), ...joinKeyCells(action) };
    const values = new Map<string, Record<string, unknown>>();
    for (const v of Array.isArray(action.attributes) ? action.attributes : []) if (v && typeof v.type === 'string') values.set(v.type, v);
    const attributeCells = actionTypes.map((t) => (values.has(t.identifier) ? cellOfJsonAttribute(typeOf.get(t.identifier), values.get(t.identifier)!) : ''));
    const row = rows.length + 1;
    // Tasks (issue 18) by the row's number: an action without the key keeps its tasks.
    if (action.tasks !== undefined) tasks.set(row, action.tasks);
    rows.push({ row, cells: [...columns.map((c) => cells[c.key] ?? ''), ...attributeCells] });
  };
  // Sections' attribute cells by section path (every section, so an empty list removes values).
  const sectionTypes = attributeTypes.filter((t) => t.appliesToSections === true);
  const sectionAttributes: JsonSectionAttributes[] = [];
  const pathOf = (section: any): JsonSectionAttributes['path'] => (section ? [...pathOf(section.parent), { kind: String(section.kind), code: section.code ?? null, title: String(section.title) }] : []);
  const walk = (sections: any[], parent: any) => {
    for (const s of Array.isArray(sections) ? sections : []) {
      const section = { ...s, parent };
      if (sectionTypes.length && s && typeof s.title === 'string') {
        const values = new Map<string, Record<string, unknown>>();
        for (const v of Array.isArray(s.attributes) ? s.attributes : []) if (v && typeof v.type === 'string') values.set(v.type, v);
        sectionAttributes.push({ path: pathOf(section), cells: Object.fromEntries(sectionTypes.map((t) => [t.identifier, values.has(t.identifier) ? cellOfJsonAttribute(t, values.get(t.identifier)!) : ''])) });
      }
      for (const a of s.actions ?? []) add(a, section);
      walk(s.sections, section);
    }
  };
  for (const a of doc.actions ?? []) add(a, null);
  walk(doc.sections, null);
  if (rows.length === 1) throw refuse('EMPTY_FILE', `the export has no ${layout.council} rows`);
  const plan: Record<string, unknown> = {};
  for (const field of PLAN_FIELDS) {
    const value = doc.plan?.[field];
    if (value !== undefined) plan[field] = field === 'periodStart' || field === 'periodEnd' ? (value ? new Date(typeof value === 'string' ? value : NaN) : null) : value;
  }
  return { sheet: { sheet: 'actions', rows }, plan, attributeTypes, sectionAttributes, tasks };
}
