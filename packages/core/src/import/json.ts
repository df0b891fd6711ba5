// Importing a JSON export (`Plan.export(format: JSON)`): its layout rows are turned back
// into the council's cells by the layout's inverse and go through the same importer, so
// matching, idempotence, problems and provenance are the CSV's. What is not a row of the
// layout (a plugin's plan-level tables, themes or risks)
// is not imported from JSON; the plan's own fields are, when the import creates the plan.
import type { ImportLayout } from './layout';
import { joinKeyCells, layoutColumns } from './join-keys';
import { FileRefused, type SheetRows } from './read';

export const JSON_FORMAT = 'council-plans/plan';

const refuse = (code: string, message: string) => new FileRefused([{ row: null, column: null, code, message }]);

/**
 * Plan fields a JSON export restores when the import creates the plan. Not its status: an
 * imported plan is a DRAFT unless the import is asked to publish it (issue 16).
 */
const PLAN_FIELDS = ['title', 'kind', 'periodText', 'periodStart', 'periodEnd', 'issuedText', 'purpose', 'context'] as const;

export function rowsOfJsonExport(buffer: Buffer, layout: ImportLayout): { sheet: SheetRows; plan: Record<string, unknown> } {
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
  const columns = layoutColumns(layout);
  const rows: SheetRows['rows'] = [{ row: 1, cells: columns.map((c) => c.header) }];
  const add = (action: any, section: any) => {
    if (!action?.[layout.rowRelation]) return;
    // The join keys travel on the action's parties and funding lines (issue 17).
    const cells = { ...layout.toCells({ ...action, section }), ...joinKeyCells(action) };
    rows.push({ row: rows.length + 1, cells: columns.map((c) => cells[c.key] ?? '') });
  };
  const walk = (sections: any[], parent: any) => {
    for (const s of sections ?? []) {
      const section = { ...s, parent };
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
  return { sheet: { sheet: 'actions', rows }, plan };
}
