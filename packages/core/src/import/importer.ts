// The importer: a council's file → validated rows → a diff against the plan in the
// database → one transaction that writes only what changed.
//
// Rules (docs/decisions.md, "Import"):
// - every problem of every row is collected before anything is written; a file with any
//   problem writes nothing;
// - rows are matched by the layout's code column when the row has a code, else by a
//   content key (a hash of the canonical identifying cells);
// - a matched row whose cells, section and position equal the database's is not
//   touched (no statement, no updatedAt change); a changed row is updated field by field;
// - the file is the whole table: the plan's rows of this layout that the file no longer
//   has are deleted, and sections the imports created that end up empty go with them.
import crypto from 'node:crypto';
import type { Prisma, PrismaClient } from '../db/prisma';
import { type ImportLayout, type ImportParty, type ImportedRow, type LayoutColumn, LayoutRowError, normaliseCell } from './layout';
import { DEFAULT_MAX_IMPORT_BYTES, FileRefused, IMPORT_LIMITS, type ImportFormat, type ImportProblem, type SheetRows, checkShape, checkSize, readRows } from './read';
import { INPUT_LIMITS, hasLoneSurrogate } from '../graphql/input-limits';
import { rowsOfJsonExport } from './json';
import { modelFields } from '../auth/owners';
import { actionTimescaleColumns, jsonUpdate, memoizedParsers, refreshStructuredValues } from '../values/refresh';
import { toIsoDate } from '../values/school-calendar';
import { ATTRIBUTE_COLUMN_PREFIX } from '../attributes/values';
import { writeTasks } from '../tasks/io';
import { attributeHeader, writeAttributeCells, type AttributeColumn, type JsonAttributeType, type JsonSectionAttributes } from '../attributes/io';
import { JOIN_KEY_COLUMNS, type JoinKeyColumn, isJoinKeyColumn, joinKeyCells, keyLine, layoutColumns, sameText } from './join-keys';
import { deleteRows, insertRows, sendRows, takeIds, updateRows } from './rows';
import { transactionWithSql } from '../db/tx-sql';
import type { Actor } from '../audit/record';
import { ChangeJournal } from '../events/journal';

type Tx = Prisma.TransactionClient;

/** One row written, changed or removed: the shape issue 7's audit writer takes (`Change`). */
export interface ImportChange {
  /** Prisma model name, e.g. "Action", "ExampleshireActionRow". */
  entity: string;
  entityId: number;
  planId: number | null;
  authorityId: number;
  operation: 'CREATE' | 'UPDATE' | 'DELETE';
  /** Column values before / after (null for CREATE / DELETE respectively). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The action of a row with no `actionId` column of its own (a plugin row's children; `Change.actionId`). */
  actionId?: number | null;
}

export interface ImportProgress {
  phase: 'read' | 'validate' | 'compare' | 'write' | 'done';
  done: number;
  total: number;
}

export interface ImportOptions {
  layout: ImportLayout;
  planSlug: string;
  /** Title of a plan the import creates; default: the file name without its extension. */
  planTitle?: string;
  fileName: string;
  format: ImportFormat;
  content: Buffer;
  /** XLSX: the sheet to read; default the first. JSON: a `Plan.export(format: JSON)` document (its layout rows). */
  sheet?: string;
  /** Validate and compute the changes, then roll back. */
  dryRun?: boolean;
  /**
   * Publish the plan: a plan the import creates is PUBLISHED (readable by anyone) instead
   * of a DRAFT, and an existing draft is published. Default false (issue 16: an import,
   * like `createPlan`, makes a draft its council reviews before publishing).
   */
  publish?: boolean;
  /** Largest file accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Most data rows read from a sheet (default IMPORT_LIMITS.maxRows, 5,000; the CLI takes IMPORT_MAX_ROWS). */
  maxRows?: number;
  /**
   * May the file define attribute types the plan lacks (a JSON export's `attributeTypes`)?
   * Only a council admin defines types through the API (`createAttributeType`), so the API
   * passes false for editors and such a file is refused (`FORBIDDEN`); default true (the
   * CLI is run by the deployment's operator).
   */
  mayDefineAttributeTypes?: boolean;
  onProgress?(progress: ImportProgress): void;
  /**
   * Records the audit history and the change events as this actor, in the import's own
   * transaction (never for a dry run or a refused file): the audit rows a chunk at a time
   * as the import writes (events/journal.ts: memory bounded by the chunk, not the file),
   * the change events last, just before commit. What the CLI and the `importPlan` mutation pass.
   */
  recordAs?: Actor;
  /**
   * Called inside the import's transaction with every change it wrote, before it commits
   * (never for a dry run or a refused file). Holds every change's images until the end:
   * for tests and tools that want them; `recordAs` is the way to audit an import.
   */
  recordChanges?(tx: Tx, changes: ImportChange[]): Promise<unknown>;
}

export interface ImportReport {
  planId: number | null;
  planSlug: string;
  fileName: string;
  sheet: string | null;
  dryRun: boolean;
  /** Data rows read from the file. */
  rows: number;
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  /** Every problem found; when there are any, nothing was written. */
  problems: ImportProblem[];
  /** Database rows the import wrote, changed or deleted (a dry run: would have); 0 for a refused file. */
  changeCount: number;
  /** What the import wrote, when `recordChanges` was given (else empty, so memory does not grow with the file). Empty for a refused file. */
  changes: ImportChange[];
}

interface FileRow {
  row: number;
  cells: Record<string, string>;
  data: ImportedRow;
  key: string;
  /** The row's council-defined attribute cells, by attribute identifier (issue 18). */
  attributes: Record<string, string>;
}

const PROGRESS_EVERY = 500;
/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for any table here. */
const BATCH = 1000;

function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The canonical cell of a column: normalised text, then the column's own canonical form. */
export function canonicalCell(column: LayoutColumn, raw: unknown): string {
  const text = normaliseCell(raw);
  return text && column.canonical ? column.canonical(text) : text;
}

/** The stable key of a row: its code when the layout has one and the row fills it, else a hash of its identifying cells. */
export function rowKey(layout: ImportLayout, cells: Record<string, string>): string {
  const code = layout.codeColumn ? cells[layout.codeColumn] : '';
  if (code) return `code:${code}`;
  const hash = crypto.createHash('sha256');
  for (const key of layout.contentKeyColumns) hash.update(`${key}\u0000${(cells[key] ?? '').toLowerCase()}\u0001`);
  return `content:${hash.digest('hex').slice(0, 24)}`;
}

/** The canonical cells of an action in the database, by the layout's inverse. */
export function cellsOfAction(layout: ImportLayout, action: unknown): Record<string, string> {
  const raw = { ...layout.toCells(action), ...joinKeyCells(action) };
  const out: Record<string, string> = {};
  for (const column of layoutColumns(layout)) out[column.key] = canonicalCell(column, raw[column.key] ?? '');
  return out;
}

/** Include for an action's section with enough parents for any layout's section path. */
export const SECTION_PATH_INCLUDE = { section: { include: { parent: { include: { parent: { include: { parent: true } } } } } } } as const;

/** Actions (read with their section path) in document order: by section tree position, then position in the section. */
export function documentOrder<T extends Record<string, any>>(actions: T[]): T[] {
  const sortKey = (a: Record<string, any>): number[] => {
    const path: number[] = [];
    for (let s = a.section; s; s = s.parent) path.unshift(s.position, s.id);
    return [...path, a.position, a.id];
  };
  const keys = new Map(actions.map((a) => [a, sortKey(a)]));
  return [...actions].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < Math.min(ka.length, kb.length); i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return ka.length - kb.length;
  });
}

/** The plugin one-to-one rows and core lists the importer compares and writes. */
function actionInclude(layout: ImportLayout): Record<string, unknown> {
  return {
    ...SECTION_PATH_INCLUDE,
    successCriteria: { orderBy: { position: 'asc' } },
    milestones: { orderBy: { position: 'asc' } },
    funding: { orderBy: { position: 'asc' } },
    parties: { orderBy: { position: 'asc' }, include: { party: true } },
    ...layout.include,
    [layout.rowRelation]: (layout.include[layout.rowRelation] as object | undefined) ?? true,
  };
}

/** Reads, checks and parses every row; returns the rows or every problem found. */
function validate(layout: ImportLayout, sheetRows: { row: number; cells: string[] }[], report: ImportReport, onProgress?: ImportOptions['onProgress'], attributeColumns: AttributeColumn[] = []): FileRow[] {
  const problems = report.problems;
  const [header, ...data] = sheetRows;
  const columns = layoutColumns(layout);
  const byHeader = new Map<string, LayoutColumn>();
  for (const column of columns) {
    for (const h of [column.header, ...(column.aliases ?? [])]) byHeader.set(headerKey(h), column);
  }
  const positions = new Map<string, number>();
  header!.cells.forEach((text, index) => {
    if (!text.trim()) return;
    // Council-defined attributes: "attribute:<identifier>" (checked against the plan's types when writing).
    if (text.trim().toLowerCase().startsWith(ATTRIBUTE_COLUMN_PREFIX)) {
      const identifier = text.trim().slice(ATTRIBUTE_COLUMN_PREFIX.length).trim();
      if (attributeColumns.some((c) => c.identifier === identifier)) problems.push({ row: header!.row, column: text.trim(), code: 'DUPLICATE_COLUMN', message: `column "${text.trim()}" appears twice` });
      else attributeColumns.push({ identifier, header: text.trim(), index });
      return;
    }
    const column = byHeader.get(headerKey(text));
    if (!column) {
      problems.push({ row: header!.row, column: text.trim(), code: 'UNEXPECTED_COLUMN', message: `column "${text.trim()}" is not one of ${layout.council}'s columns (${columns.map((c) => c.header).join(', ')})` });
    } else if (positions.has(column.key)) {
      problems.push({ row: header!.row, column: text.trim(), code: 'DUPLICATE_COLUMN', message: `column "${column.header}" appears twice` });
    } else positions.set(column.key, index);
  });
  for (const column of columns) {
    if (column.required && !positions.has(column.key)) {
      problems.push({ row: header!.row, column: column.header, code: 'MISSING_COLUMN', message: `the header row has no "${column.header}" column` });
    }
  }
  if (problems.length) return [];
  if (!data.length) {
    problems.push({ row: null, column: null, code: 'EMPTY_FILE', message: 'the file has a header row but no rows' });
    return [];
  }

  const rows: FileRow[] = [];
  const seen = new Map<string, number>();
  const codeCounts = new Map<string, number>();
  let previous: ImportedRow | null = null;
  for (const [i, { row, cells: raw }] of data.entries()) {
    const cells: Record<string, string> = {};
    let parsed: ImportedRow | null = null;
    let rowOk = true;
    for (const column of columns) {
      const index = positions.get(column.key);
      const bad = index === undefined ? null : cellProblem(raw[index]);
      if (bad) {
        problems.push({ row, column: column.header, ...bad });
        rowOk = false;
        cells[column.key] = '';
        continue;
      }
      const text = normaliseCell(index === undefined ? '' : raw[index]);
      if (!text) {
        if (column.nonEmpty) {
          problems.push({ row, column: column.header, code: 'REQUIRED_VALUE', message: `"${column.header}" is empty` });
          rowOk = false;
        }
        cells[column.key] = '';
        continue;
      }
      const message = column.validate?.(text);
      if (message) {
        problems.push({ row, column: column.header, code: 'INVALID_VALUE', message });
        rowOk = false;
      }
      cells[column.key] = column.canonical && !message ? column.canonical(text) : text;
    }
    if (rowOk) {
      try {
        parsed = layout.toRow(cells, previous);
        const long = tooLongValue(parsed);
        if (long) {
          const column = layout.columns.find((c) => cells[c.key]?.includes(long.slice(0, 100)));
          throw new LayoutRowError(column?.key ?? '', `"${long.slice(0, 40)}…" is ${long.length} characters; a title, code, name, timescale or money entry may have at most ${INPUT_LIMITS.shortText}`);
        }
        let key = rowKey(layout, cells);
        // A code printed twice (e.g. "3.5.4" printed twice) is two rows: the nth occurrence matches the
        // nth action with that code. Two rows with the same content and no code are an error.
        if (key.startsWith('code:')) {
          const n = (codeCounts.get(key) ?? 0) + 1;
          codeCounts.set(key, n);
          if (n > 1) key = `${key}#${n}`;
        }
        const first = seen.get(key);
        if (first !== undefined) {
          const keyColumns = layout.codeColumn && key.startsWith('code:') ? [layout.codeColumn] : layout.contentKeyColumns;
          const headers = keyColumns.map((k) => layout.columns.find((c) => c.key === k)!.header);
          problems.push({ row, column: headers[0] ?? null, code: 'DUPLICATE_ROW', message: `the row repeats row ${first} (same ${headers.join(' / ')})` });
        } else {
          seen.set(key, row);
          const attributes: Record<string, string> = {};
          for (const c of attributeColumns) {
            const bad = cellProblem(raw[c.index]);
            if (bad) problems.push({ row, column: c.header, ...bad });
            attributes[c.identifier] = bad ? '' : String(raw[c.index] ?? '').replace(/\r\n?/g, '\n');
          }
          rows.push({ row, cells, data: parsed, key, attributes });
        }
      } catch (err) {
        if (!(err instanceof LayoutRowError)) throw err;
        const header = layout.columns.find((c) => c.key === err.column)?.header ?? (err.column || null);
        problems.push({ row, column: header, code: 'INVALID_VALUE', message: err.message });
      }
    }
    previous = parsed;
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress?.({ phase: 'validate', done: i + 1, total: data.length });
  }
  onProgress?.({ phase: 'validate', done: data.length, total: data.length });
  return rows;
}

/** What is wrong with a raw cell the database cannot or should not hold; null when nothing. */
function cellProblem(raw: unknown): { code: string; message: string } | null {
  if (typeof raw !== 'string') return null;
  if (raw.length > IMPORT_LIMITS.maxCellLength) return { code: 'VALUE_TOO_LONG', message: `the cell has ${raw.length} characters; at most ${IMPORT_LIMITS.maxCellLength} are read` };
  if (raw.includes('\u0000')) return { code: 'INVALID_VALUE', message: 'the cell holds a NUL character' };
  if (hasLoneSurrogate(raw)) return { code: 'INVALID_VALUE', message: 'the cell is not valid Unicode text (a lone UTF-16 surrogate)' };
  return null;
}

/** A value of the row bound for a short (often indexed) column that is longer than the API allows; null when none. */
function tooLongValue(row: ImportedRow): string | null {
  const short = [
    row.action.title,
    row.action.code,
    row.action.timescaleText,
    ...row.sections.flatMap((s) => [s.title, s.code, s.label]),
    ...(row.parties ?? []).map((p) => p.name),
    ...(row.milestones ?? []),
    ...(row.funding ?? []),
  ];
  return (short.find((v) => typeof v === 'string' && v.length > INPUT_LIMITS.shortText) as string | undefined) ?? null;
}

/**
 * The plan's own values an import writes (its slug, the title given, the file name, and a
 * JSON export's plan fields when the import creates the plan), held to the write API's
 * bounds: problems for the whole file when one is out of them.
 */
function planProblems(options: ImportOptions, planFields: Record<string, unknown>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const text = (name: string, value: unknown, max: number) => {
    if (value == null) return;
    if (typeof value !== 'string') return problems.push({ row: null, column: null, code: 'INVALID_VALUE', message: `${name} must be text` });
    const bad = value.length > max ? `has ${value.length} characters; at most ${max} are accepted` : value.includes('\u0000') ? 'holds a NUL character' : hasLoneSurrogate(value) ? 'is not valid Unicode text' : null;
    if (bad) problems.push({ row: null, column: null, code: 'INVALID_VALUE', message: `${name} ${bad}` });
  };
  text('the plan slug', options.planSlug, INPUT_LIMITS.shortText);
  text('the plan title', options.planTitle, INPUT_LIMITS.shortText);
  text('the file name', options.fileName, INPUT_LIMITS.shortText);
  for (const field of ['title', 'kind', 'periodText', 'issuedText'] as const) text(`the export's plan ${field}`, planFields[field], INPUT_LIMITS.shortText);
  for (const field of ['purpose', 'context'] as const) text(`the export's plan ${field}`, planFields[field], INPUT_LIMITS.longText);
  for (const field of ['periodStart', 'periodEnd'] as const) {
    const value = planFields[field];
    if (value == null) continue;
    const time = value instanceof Date ? value.getTime() : NaN;
    if (!(time >= Date.parse(`${INPUT_LIMITS.earliestDate}T00:00:00Z`) && time <= Date.parse(`${INPUT_LIMITS.latestDate}T23:59:59.999Z`))) {
      problems.push({ row: null, column: null, code: 'INVALID_VALUE', message: `the export's plan ${field} must be a date from ${INPUT_LIMITS.earliestDate} to ${INPUT_LIMITS.latestDate}` });
    }
  }
  return problems;
}

/** Keeps the first IMPORT_LIMITS.maxProblems problems and counts the rest in one more ("and N more"). */
function capProblems(problems: ImportProblem[]): void {
  const max = IMPORT_LIMITS.maxProblems;
  if (problems.length <= max) return;
  const more = problems.length - max;
  problems.splice(max, more, { row: null, column: null, code: 'TOO_MANY_PROBLEMS', message: `and ${more} more problem${more === 1 ? '' : 's'} (the first ${max} are listed)` });
}

/** Scalar columns of a row (relations dropped), for audit before/after images. */
function scalars(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v !== null && typeof v === 'object' && !(v instanceof Date) && !(Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'))) continue;
    out[k] = v;
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  // JSON columns (e.g. a plugin's list of sub-items): the same keys with the same values, in any order (JSONB reorders keys).
  if (a && b && typeof a === 'object' && typeof b === 'object' && !(a instanceof Date) && !(b instanceof Date)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return (a ?? null) === (b ?? null);
}

/** The fields of `next` that differ from `current`, with their before and after values. */
function diffFields(current: Record<string, unknown>, next: Record<string, unknown>): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) {
    if (!same(current[k], v)) {
      before[k] = current[k] ?? null;
      after[k] = v ?? null;
    }
  }
  return Object.keys(after).length ? { before, after } : null;
}

class Rollback extends Error {}

/**
 * Changed rows as updateRows takes them: every row with the same columns (those any of
 * them changes), a column a row keeps given its current value.
 */
function sameColumns(updates: { current: Record<string, any>; after: Record<string, unknown> }[]): ({ id: number } & Record<string, unknown>)[] {
  const columns = new Set<string>();
  for (const u of updates) for (const k of Object.keys(u.after)) columns.add(k);
  return updates.map((u) => ({ id: u.current.id as number, ...Object.fromEntries([...columns].map((k) => [k, k in u.after ? u.after[k] : (u.current[k] ?? null)])) }));
}

/**
 * Imports a council's file into a plan (created when the slug is new). Never throws for
 * a bad file: the report lists the problems and nothing is written.
 */
export async function importPlan(prisma: PrismaClient, options: ImportOptions): Promise<ImportReport> {
  const { layout } = options;
  const report: ImportReport = {
    planId: null,
    planSlug: options.planSlug,
    fileName: options.fileName,
    sheet: null,
    dryRun: !!options.dryRun,
    rows: 0,
    created: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    problems: [],
    changeCount: 0,
    changes: [],
  };
  let fileRows: FileRow[];
  let planFields: Record<string, unknown> = {};
  const attributeColumns: AttributeColumn[] = [];
  let attributeTypes: JsonAttributeType[] | undefined;
  let sectionAttributes: JsonSectionAttributes[] = [];
  let tasks: Map<number, unknown> | undefined;
  try {
    checkSize(options.content.length, options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES);
    options.onProgress?.({ phase: 'read', done: 0, total: 1 });
    let sheet: SheetRows;
    if (options.format === 'JSON') {
      const json = rowsOfJsonExport(options.content, layout);
      sheet = json.sheet;
      planFields = json.plan;
      attributeTypes = json.attributeTypes;
      sectionAttributes = json.sectionAttributes;
      tasks = json.tasks;
    } else sheet = await readRows(options.content, options.format, options.fileName, options.sheet, options.maxRows);
    checkShape(sheet, options.maxRows);
    report.sheet = sheet.sheet;
    report.rows = sheet.rows.length - 1;
    options.onProgress?.({ phase: 'read', done: 1, total: 1 });
    report.problems.push(...planProblems(options, planFields));
    fileRows = validate(layout, sheet.rows, report, options.onProgress, attributeColumns);
  } catch (err) {
    if (err instanceof FileRefused) {
      report.problems.push(...err.problems);
      return report;
    }
    throw err;
  }
  if (report.problems.length) {
    capProblems(report.problems);
    return report;
  }

  try {
    // Its bulk statements (rows, audit rows, change events) go to the connection directly (db/tx-sql.ts).
    await transactionWithSql(
      prisma,
      async (tx) => {
        // Audit rows are written as the import goes, unless nothing is to be kept (a dry run).
        const journal = new ChangeJournal(tx, options.dryRun ? null : (options.recordAs ?? null), { keep: !!options.recordChanges });
        try {
          await apply(tx, options, report, fileRows, planFields, { columns: attributeColumns, types: attributeTypes, sections: sectionAttributes }, tasks, journal);
        } finally {
          report.changeCount = journal.count;
          report.changes = journal.kept ?? [];
        }
        if (report.problems.length || options.dryRun) throw new Rollback();
        await journal.close();
        if (report.changes.length) await options.recordChanges?.(tx, report.changes);
      },
      // A long file is many statements; the 5 s default is for requests.
      { timeout: 600_000, maxWait: 60_000 },
    );
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
    // A plan the rolled-back transaction created does not exist.
    if (report.planId !== null && !(await prisma.plan.findUnique({ where: { id: report.planId }, select: { id: true } }))) report.planId = null;
  }
  if (report.problems.length) {
    capProblems(report.problems);
    report.changes = [];
    report.changeCount = 0;
    report.created = report.updated = report.deleted = report.unchanged = 0;
  }
  options.onProgress?.({ phase: 'done', done: fileRows.length, total: fileRows.length });
  return report;
}

async function apply(
  tx: Tx,
  options: ImportOptions,
  report: ImportReport,
  fileRows: FileRow[],
  planFields: Record<string, unknown>,
  attributes: { columns: AttributeColumn[]; types: JsonAttributeType[] | undefined; sections?: JsonSectionAttributes[] } = { columns: [], types: undefined },
  tasks: Map<number, unknown> | undefined,
  journal: ChangeJournal,
): Promise<void> {
  const { layout } = options;

  let authority = await tx.authority.findUnique({ where: { code: layout.authority.code } });
  if (!authority) {
    authority = await tx.authority.create({ data: layout.authority });
    journal.add({ entity: 'Authority', entityId: authority.id, planId: null, authorityId: authority.id, operation: 'CREATE', before: null, after: scalars(authority) });
  }
  const authorityId = authority.id;

  const sourceKey = `import:${options.planSlug}:${options.fileName}`;
  let sourceId: number | null = null;
  let planId: number | null = null;
  const source = async (): Promise<number> => {
    if (sourceId !== null) return sourceId;
    const existing = await tx.sourceDocument.findUnique({ where: { key: sourceKey } });
    if (existing) return (sourceId = existing.id);
    const created = await tx.sourceDocument.create({ data: { key: sourceKey, title: options.fileName, kind: 'IMPORT', fileName: options.fileName } });
    journal.add({ entity: 'SourceDocument', entityId: created.id, planId, authorityId, operation: 'CREATE', before: null, after: scalars(created) });
    return (sourceId = created.id);
  };
  const change = (entity: string, entityId: number, operation: ImportChange['operation'], before: Record<string, unknown> | null, after: Record<string, unknown> | null, actionId?: number | null) =>
    journal.add({ entity, entityId, planId, authorityId, operation, before, after, actionId });

  let plan = await tx.plan.findUnique({ where: { slug: options.planSlug } });
  if (plan && (plan.authorityId !== authorityId || (plan.format !== null && plan.format !== layout.council))) {
    report.problems.push({
      row: null,
      column: null,
      code: 'WRONG_COUNCIL',
      message: `plan "${options.planSlug}" is laid out in ${plan.format ?? 'no council'}'s format, not ${layout.council}'s`,
    });
    return;
  }
  if (!plan) {
    // A JSON export brings the plan's own fields; a spreadsheet only its rows.
    const title = options.planTitle ?? (planFields.title as string | undefined) ?? options.fileName.replace(/\.[^.]+$/, '');
    plan = await tx.plan.create({
      data: {
        kind: layout.planDefaults?.kind ?? null,
        ...planFields,
        slug: options.planSlug,
        authorityId,
        title,
        format: layout.council,
        sourceId: await source(),
        status: options.publish ? 'PUBLISHED' : 'DRAFT',
      } as Prisma.PlanUncheckedCreateInput,
    });
    planId = plan.id;
    change('Plan', plan.id, 'CREATE', null, scalars(plan));
  } else if (options.publish && plan.status === 'DRAFT') {
    const before = { status: plan.status, version: plan.version };
    plan = await tx.plan.update({ where: { id: plan.id }, data: { status: 'PUBLISHED', version: { increment: 1 } } });
    change('Plan', plan.id, 'UPDATE', before, { status: plan.status, version: plan.version });
  }
  planId = plan.id;
  report.planId = plan.id;
  // The plan's own rows (its creation, its source document) name it even when written before it existed.
  journal.assignPlan(planId);
  // New actions are stored with their timescale already read (the refresh then rewrites none of them).
  const period = { start: toIsoDate(plan.periodStart), end: toIsoDate(plan.periodEnd), text: plan.periodText };
  const { parseTimescale } = memoizedParsers();

  // Sections: found by (parent, kind, code or title); new ones get the next position.
  const sections = await tx.planSection.findMany({ where: { planId }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  const sectionKey = (parentId: number | null, kind: string, code: string | null | undefined, title: string) =>
    `${parentId ?? ''}|${kind}|${code ? `#${code}` : title.toLowerCase()}`;
  const sectionByKey = new Map(sections.map((s) => [sectionKey(s.parentId, s.kind, s.code, s.title), s]));
  const nextPosition = new Map<number | null, number>();
  for (const s of sections) nextPosition.set(s.parentId, Math.max(nextPosition.get(s.parentId) ?? 0, s.position + 1));
  const retitled = new Set<number>();
  const sectionFor = async (row: ImportedRow): Promise<{ id: number; trail: string }> => {
    let parentId: number | null = null;
    const trail: string[] = [];
    for (const s of row.sections) {
      const key = sectionKey(parentId, s.kind, s.code, s.title);
      let section = sectionByKey.get(key);
      if (!section) {
        const position: number = nextPosition.get(parentId) ?? 0;
        nextPosition.set(parentId, position + 1);
        // One raw INSERT, not Prisma's create: each create went through its query compiler (~5-40 ms, 20+ per file).
        const data: Record<string, unknown> = { planId: planId!, parentId: parentId as number | null, kind: s.kind, label: s.label ?? null, code: s.code ?? null, title: s.title, position, sourceId: await source(), sourceSection: trail.join(' › ') || null };
        section = (await insertRows<(typeof sections)[number]>(tx, 'PlanSection', [data]))[0]!;
        sectionByKey.set(key, section);
        change('PlanSection', section.id, 'CREATE', null, scalars(section));
      } else if (section.title !== s.title && !(s.sameAs ?? []).includes(section.title) && !retitled.has(section.id)) {
        // A section matched by its code whose printed title changed (or a title whose case
        // changed): the file's wording wins, or every row under it would differ forever.
        retitled.add(section.id);
        const before = { title: section.title, version: section.version };
        section = await tx.planSection.update({ where: { id: section.id }, data: { title: s.title, version: { increment: 1 } } });
        sectionByKey.set(key, section);
        change('PlanSection', section.id, 'UPDATE', before, { title: s.title, version: section.version });
      }
      trail.push(s.code ? `${s.code} ${s.title}` : s.title);
      parentId = section.id;
    }
    return { id: parentId!, trail: trail.join(' › ') };
  };

  // The plan's rows of this layout, by key.
  options.onProgress?.({ phase: 'compare', done: 0, total: fileRows.length });
  const existing = documentOrder((await tx.action.findMany({
    where: { planId, [layout.rowRelation]: { isNot: null } },
    include: actionInclude(layout) as Prisma.ActionInclude,
  })) as unknown as (Record<string, any> & { id: number })[]);
  const byKey = new Map<string, { action: Record<string, any>; cells: Record<string, string> }[]>();
  const codeCounts = new Map<string, number>();
  for (const action of existing) {
    const cells = cellsOfAction(layout, action);
    let key = rowKey(layout, cells);
    if (key.startsWith('code:')) {
      const n = (codeCounts.get(key) ?? 0) + 1;
      codeCounts.set(key, n);
      if (n > 1) key = `${key}#${n}`;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), { action, cells }]);
  }
  const matched = new Set<number>();
  const touched: number[] = [];
  const positionIn = new Map<number, number>();

  options.onProgress?.({ phase: 'write', done: 0, total: fileRows.length });
  // New rows are collected and written in a few set-based statements after the loop;
  // changed rows (few, in practice) are updated one by one.
  const toCreate: { fileRow: FileRow; data: Record<string, unknown> }[] = [];
  const rewrite: { actionId: number; rowId: number | null; fileRow: FileRow; current: Record<string, any> | null }[] = [];
  // Every row's action, new or matched, for its attribute cells.
  const attributeRows: { ownerId: number; row: number; cells: Record<string, string> }[] = [];
  const unchangedIds = new Set<number>();
  // Every row's action (matched or new) and the rows left unchanged, for the join keys.
  const actionOfRow = new Map<FileRow, number>();
  const unchangedRows = new Set<FileRow>();
  // Changed rows' new values, written set-based after the loop (issue 21: one UPDATE per
  // 1,000 rows, not one per row): each with its current row, to fill columns it keeps.
  const actionUpdates: { current: Record<string, any>; after: Record<string, unknown> }[] = [];
  const pluginRowUpdates: { current: Record<string, any>; after: Record<string, unknown> }[] = [];
  for (const [i, fileRow] of fileRows.entries()) {
    const { id: sectionId, trail } = await sectionFor(fileRow.data);
    const position = positionIn.get(sectionId) ?? 0;
    positionIn.set(sectionId, position + 1);
    const candidates = byKey.get(fileRow.key);
    const match = candidates?.shift();
    const a = fileRow.data.action;
    const actionData = {
      sectionId,
      position,
      code: a.code,
      title: a.title,
      description: a.description ?? null,
      timescaleText: a.timescaleText,
      resourcesText: a.resourcesText ?? null,
      ragStatus: a.ragStatus ?? null,
    };
    const provenance = async () => ({ sourceId: await source(), sourceSection: trail, sourceRow: fileRow.row, sourceSheet: report.sheet });
    if (!match) {
      toCreate.push({ fileRow, data: { planId: planId!, ...actionData, ...(await provenance()), ...actionTimescaleColumns(actionData.timescaleText, period, parseTimescale) } });
      report.created++;
    } else {
      const current = match.action;
      matched.add(current.id);
      actionOfRow.set(fileRow, current.id);
      attributeRows.push({ ownerId: current.id, row: fileRow.row, cells: fileRow.attributes });
      // The join-key columns are not the row's content: they set keys of its parties and
      // funding lines after the row is written (writeJoinKeys), and a row whose keys alone
      // changed must not have its lists rewritten.
      const contentChanged = Object.keys(fileRow.cells).some((k) => !isJoinKeyColumn(k) && fileRow.cells[k] !== match.cells[k]);
      const fieldDiff = diffFields(current, actionData);
      if (!contentChanged && !fieldDiff) {
        report.unchanged++;
        unchangedIds.add(current.id);
        unchangedRows.add(fileRow);
      } else {
        const prov = await provenance();
        // Every change bumps the row's version (issue 7), so an officer editing the same
        // action through the API meanwhile gets VERSION_CONFLICT rather than losing it.
        const version = (current.version as number) + 1;
        const update = { ...(fieldDiff?.after ?? {}), ...prov, version };
        const before = { ...(fieldDiff?.before ?? {}), ...Object.fromEntries(Object.keys(prov).map((k) => [k, current[k] ?? null])), version: current.version };
        actionUpdates.push({ current, after: update });
        change('Action', current.id, 'UPDATE', before, update);
        if (contentChanged) {
          const pluginRow = current[layout.rowRelation] as Record<string, unknown> & { id: number };
          const rowDiff = diffFields(pluginRow, fileRow.data.pluginRow);
          if (rowDiff) {
            // Plugin rows the write API edits carry a version (issue 7): bump it too.
            const versioned = modelFields(layout.rowEntity)?.has('version');
            const after = versioned ? { ...rowDiff.after, version: (pluginRow.version as number) + 1 } : rowDiff.after;
            const before = versioned ? { ...rowDiff.before, version: pluginRow.version } : rowDiff.before;
            pluginRowUpdates.push({ current: pluginRow, after });
            change(layout.rowEntity, pluginRow.id, 'UPDATE', before, after);
          }
          rewrite.push({ actionId: current.id, rowId: pluginRow.id, fileRow, current });
        }
        touched.push(current.id);
        report.updated++;
      }
    }
    if ((i + 1) % PROGRESS_EVERY === 0) {
      options.onProgress?.({ phase: 'write', done: i + 1, total: fileRows.length });
      // The audit rows of each full chunk of changes are written as the import goes (events/journal.ts).
      await journal.flush();
    }
  }

  // The changed rows' columns: every row of a statement sets the same columns (those any
  // of them changes), a column a row keeps set to its current value.
  await updateRows(tx, 'Action', sameColumns(actionUpdates), { updatedAt: true });
  await updateRows(tx, layout.rowEntity, sameColumns(pluginRowUpdates));

  // The new rows: actions, then their plugin rows, in batches. Their ids are taken first
  // (one statement per table for the whole file), so a batch's plugin rows, and the next
  // batch, are sent behind its actions without waiting, and PostgreSQL writes them while
  // the rows read back are turned into audit images (`sendRows`). A table without a
  // serial id goes a batch at a time (`insertRows`, matched back by slot and action).
  type CreatedAction = Record<string, any> & { id: number; sectionId: number; position: number };
  type CreatedRow = Record<string, unknown> & { id: number; actionId: number };
  const actionIds = toCreate.length ? await takeIds(tx, 'Action', toCreate.length) : null;
  const rowIds = actionIds ? await takeIds(tx, layout.rowEntity, toCreate.length) : null;
  const sendBatch = (start: number) => {
    const batch = toCreate.slice(start, start + BATCH);
    const ids = actionIds!.slice(start, start + BATCH);
    const actions = sendRows<CreatedAction>(tx, 'Action', batch.map((b) => b.data), ids, { updatedAt: true });
    const rows = sendRows<CreatedRow>(tx, layout.rowEntity, batch.map((b, n) => ({ actionId: ids[n], ...b.fileRow.data.pluginRow })), rowIds!.slice(start, start + BATCH));
    // Awaited in order below; a batch sent ahead whose statements fail after an earlier failure is not reported twice.
    for (const p of [actions, rows]) p.catch(() => undefined);
    return { batch, ids, actions, rows };
  };
  let ahead = actionIds && rowIds ? sendBatch(0) : null;
  for (let i = 0; i < toCreate.length; i += BATCH) {
    const batch = ahead?.batch ?? toCreate.slice(i, i + BATCH);
    let actions: CreatedAction[];
    let rows: Promise<CreatedRow[]>;
    if (ahead) {
      const sent = ahead;
      const byId = new Map((await sent.actions).map((a) => [a.id, a]));
      actions = sent.ids.map((id) => byId.get(id)!);
      ahead = i + BATCH < toCreate.length ? sendBatch(i + BATCH) : null;
      rows = sent.rows;
    } else {
      const created = await insertRows<CreatedAction>(tx, 'Action', batch.map((b) => b.data), { updatedAt: true });
      // Matched back by (section, position), unique among the new rows, not by the order RETURNING gives.
      const bySlot = new Map(created.map((a) => [`${a.sectionId}:${a.position}`, a]));
      actions = batch.map((b) => bySlot.get(`${b.data.sectionId}:${b.data.position}`)!);
      rows = insertRows<CreatedRow>(tx, layout.rowEntity, batch.map((b, n) => ({ actionId: actions[n]!.id, ...b.fileRow.data.pluginRow })));
    }
    batch.forEach((b, n) => {
      const action = actions[n]!;
      actionOfRow.set(b.fileRow, action.id);
      change('Action', action.id, 'CREATE', null, scalars(action));
      touched.push(action.id);
      attributeRows.push({ ownerId: action.id, row: b.fileRow.row, cells: b.fileRow.attributes });
    });
    const rowByAction = new Map((await rows).map((r) => [r.actionId, r]));
    batch.forEach((b, n) => {
      const actionId = actions[n]!.id;
      const row = rowByAction.get(actionId)!;
      change(layout.rowEntity, row.id, 'CREATE', null, scalars(row));
      rewrite.push({ actionId, rowId: row.id, fileRow: b.fileRow, current: null });
    });
    await journal.flush();
  }

  // Core lists and the plugin's rows below its row, for every new or changed row.
  // A batch at a time, so the changes held before their audit rows are written stay a chunk's.
  for (let i = 0; i < rewrite.length; i += BATCH) {
    await writeLists(tx, change, planId!, authorityId, rewrite.slice(i, i + BATCH).map((r) => ({ actionId: r.actionId, row: r.fileRow.data, current: r.current })));
    await journal.flush();
  }
  if (layout.writeChildren && rewrite.length) {
    for (let i = 0; i < rewrite.length; i += BATCH) {
      const items = rewrite.slice(i, i + BATCH).map((r) => ({ ids: { actionId: r.actionId, rowId: r.rowId!, planId: planId!, authorityId }, row: r.fileRow.data }));
      for (const c of await layout.writeChildren(tx, items)) change(c.entity, c.entityId, c.operation, c.before, c.after, c.actionId);
      await journal.flush();
    }
  }
  // Council-defined attributes (issue 18): the types a JSON export defines, then the values of the file's attribute columns.
  const attributesChanged = await writeAttributeCells(tx, planId!, attributes.columns, attributeRows, attributes.types, change, report.problems, 'actionId', options.mayDefineAttributeTypes !== false);
  // A JSON export's tasks (issue 18), after the lists: a task names its milestone by position.
  const tasksChanged = tasks?.size
    ? await writeTasks(tx, fileRows.filter((r) => tasks.has(r.row)).map((r) => ({ actionId: actionOfRow.get(r)!, row: r.row, tasks: tasks.get(r.row) })), change, report.problems)
    : new Set<number>();
  // A row whose only change is an attribute cell or a task is an updated row.
  for (const id of [...attributesChanged, ...tasksChanged]) if (unchangedIds.delete(id)) (report.unchanged--, report.updated++);
  // ... and is no longer unchanged for the join keys (which would count it again).
  for (const row of [...unchangedRows]) if (!unchangedIds.has(actionOfRow.get(row)!)) unchangedRows.delete(row);
  // A JSON export's section values, on the sections its rows matched or created (found by the same keys).
  if (attributes.sections?.length && !report.problems.length) {
    const sectionRows: { ownerId: number; row: null; cells: Record<string, string> }[] = [];
    for (const s of attributes.sections) {
      let parentId: number | null = null;
      let found: { id: number } | undefined;
      for (const p of s.path) {
        found = sectionByKey.get(sectionKey(parentId, p.kind, p.code, p.title));
        if (!found) break;
        parentId = found.id;
      }
      if (found && !sectionRows.some((r) => r.ownerId === found!.id)) sectionRows.push({ ownerId: found.id, row: null, cells: s.cells });
    }
    const identifiers = Object.keys(attributes.sections[0]!.cells);
    const columns = identifiers.map((identifier, index) => ({ identifier, header: attributeHeader(identifier), index }));
    await writeAttributeCells(tx, planId!, columns, sectionRows, undefined, change, report.problems, 'sectionId');
  }
  // The join keys the file's key columns set on the rows' parties and funding lines.
  await writeJoinKeys(tx, change, report, fileRows.map((fileRow) => ({ fileRow, actionId: actionOfRow.get(fileRow)! })), unchangedRows);
  if (report.problems.length) return;
  await journal.flush();
  options.onProgress?.({ phase: 'write', done: fileRows.length, total: fileRows.length });

  // The file is the whole table: rows it no longer has are deleted (their lists and
  // plugin rows go by cascade; the audit records the action and its plugin row).
  const gone = existing.filter((a) => !matched.has(a.id));
  if (gone.length) {
    await deleteRows(tx, 'Action', gone.map((a) => a.id));
    for (const a of gone) {
      change('Action', a.id, 'DELETE', scalars(a), null);
      const row = a[layout.rowRelation] as Record<string, unknown> & { id: number };
      if (row) change(layout.rowEntity, row.id, 'DELETE', scalars(row), null);
    }
    report.deleted = gone.length;
  }
  // Sections an import created that rows were deleted from or moved out of and that are
  // now empty (no actions, no subsections).
  if (gone.length || report.updated) {
    for (;;) {
      const empty = await tx.planSection.findMany({
        where: { planId, source: { kind: 'IMPORT' }, actions: { none: {} }, children: { none: {} } },
      });
      if (!empty.length) break;
      await tx.planSection.deleteMany({ where: { id: { in: empty.map((s) => s.id) } } });
      for (const s of empty) change('PlanSection', s.id, 'DELETE', scalars(s), null);
    }
  }
  // The structured forms follow the printed text the import wrote, as after any write.
  // Every touched action is in the plan, so the plan is the scope: listing 10,000 touched
  // ids as well made Prisma's query compiler the slowest part of a large import (issue 21).
  if (touched.length || gone.length) await refreshStructuredValues(tx, { planIds: [planId!] });
}

type ChangeFn = (entity: string, entityId: number, operation: ImportChange['operation'], before: Record<string, unknown> | null, after: Record<string, unknown> | null) => void;

interface ListItem {
  actionId: number;
  row: ImportedRow;
  /** The action as read with its lists, for a changed row; null for a new one. */
  current: Record<string, any> | null;
}

/**
 * Writes the actions' core lists (criteria, milestones, funding, parties), replacing a
 * changed row's list only when it differs: one DELETE and one INSERT per list for all rows.
 */
async function writeLists(tx: Tx, change: ChangeFn, planId: number, authorityId: number, items: ListItem[]): Promise<void> {
  if (!items.length) return;
  const lists = [
    { entity: 'SuccessCriterion', delegate: 'successCriterion', field: 'successCriteria', texts: (r: ImportedRow) => r.successCriteria ?? [], data: (actionId: number, text: string, position: number) => ({ planId, actionId, text, position }) },
    { entity: 'Milestone', delegate: 'milestone', field: 'milestones', texts: (r: ImportedRow) => r.milestones ?? [], data: (actionId: number, text: string, position: number) => ({ actionId, text, position }) },
    { entity: 'FundingLine', delegate: 'fundingLine', field: 'funding', texts: (r: ImportedRow) => r.funding ?? [], data: (actionId: number, text: string, position: number) => ({ planId, actionId, text, position }) },
  ];
  for (const list of lists) {
    const remove: Record<string, any>[] = [];
    const create: Record<string, unknown>[] = [];
    for (const item of items) {
      const old = (item.current?.[list.field] ?? []) as Record<string, any>[];
      const texts = list.texts(item.row);
      if (old.length === texts.length && old.every((o, i) => o.text === texts[i])) continue;
      remove.push(...old);
      create.push(...texts.map((text, position) => list.data(item.actionId, text, position)));
    }
    if (remove.length) {
      await deleteRows(tx, list.entity, remove.map((o) => o.id));
      for (const o of remove) change(list.entity, o.id, 'DELETE', scalars(o), null);
    }
    for (const c of await insertRows<Record<string, unknown>>(tx, list.entity, create)) change(list.entity, c.id as number, 'CREATE', null, scalars(c));
  }

  // Parties: one per (kind, name) in the authority, reused across rows and imports.
  const named = new Map<string, { kind: ImportParty['kind']; name: string }>();
  for (const item of items) for (const p of item.row.parties ?? []) named.set(`${p.kind}\u0000${p.name}`, { kind: p.kind, name: p.name });
  const partyIds = new Map<string, number>();
  if (named.size) {
    const found = await tx.responsibleParty.findMany({ where: { authorityId, name: { in: [...new Set([...named.values()].map((p) => p.name))] } } });
    for (const p of found) partyIds.set(`${p.kind}\u0000${p.name}`, p.id);
    const missing = [...named.entries()].filter(([k]) => !partyIds.has(k)).map(([, p]) => ({ authorityId, kind: p.kind, name: p.name }));
    if (missing.length) {
      const created = await insertRows<{ id: number; kind: string; name: string } & Record<string, unknown>>(tx, 'ResponsibleParty', missing);
      for (const p of created) {
        partyIds.set(`${p.kind}\u0000${p.name}`, p.id);
        change('ResponsibleParty', p.id, 'CREATE', null, scalars(p));
      }
    }
  }
  const removeLinks: Record<string, any>[] = [];
  const createLinks: { actionId: number; partyId: number; role: ImportParty['role']; position: number }[] = [];
  for (const item of items) {
    const wanted: { partyId: number; role: ImportParty['role'] }[] = [];
    for (const p of item.row.parties ?? []) {
      const partyId = partyIds.get(`${p.kind}\u0000${p.name}`)!;
      if (!wanted.some((w) => w.partyId === partyId && w.role === p.role)) wanted.push({ partyId, role: p.role });
    }
    const old = (item.current?.parties ?? []) as Record<string, any>[];
    if (old.length === wanted.length && old.every((o, i) => o.partyId === wanted[i]!.partyId && o.role === wanted[i]!.role)) continue;
    removeLinks.push(...old);
    createLinks.push(...wanted.map((w, position) => ({ actionId: item.actionId, ...w, position })));
  }
  if (removeLinks.length) {
    await deleteRows(tx, 'ActionParty', removeLinks.map((o) => o.id));
    for (const o of removeLinks) change('ActionParty', o.id, 'DELETE', scalars(o), null);
  }
  for (const c of await insertRows<{ id: number } & Record<string, unknown>>(tx, 'ActionParty', createLinks)) change('ActionParty', c.id, 'CREATE', null, scalars(c));
}

const KEY_LABEL: Record<JoinKeyColumn['joinKey']['key'], string> = { staffId: 'staff ID', email: 'e-mail', budgetCode: 'budget code', costCentre: 'cost centre' };

interface KeyWant {
  value: string | null;
  row: FileRow;
  column: JoinKeyColumn;
  what: string;
}

/**
 * Sets the join keys the file's key columns name (see join-keys.ts) on the parties and
 * funding lines of the rows just written, with the mutations' checks: e-mail syntax and
 * key syntax (checked with the cells), a party named by the row, a funding line the row's
 * action has, one value per party and key across the file, and a staff id or e-mail no
 * other party keeps (KEY_CONFLICT, naming the row and the other party). A problem leaves
 * the whole import unwritten. Keys are written in two set-based UPDATEs per table (the
 * changing keys cleared first, so two parties may swap keys in one file), versions bumped
 * and every change audited.
 */
async function writeJoinKeys(
  tx: Tx,
  change: ChangeFn,
  report: ImportReport,
  rows: { fileRow: FileRow; actionId: number }[],
  unchangedRows: Set<FileRow>,
): Promise<void> {
  const lines: { fileRow: FileRow; actionId: number; column: JoinKeyColumn; what: string; value: string | null }[] = [];
  for (const { fileRow, actionId } of rows) {
    for (const column of JOIN_KEY_COLUMNS) {
      const cell = fileRow.cells[column.key];
      if (!cell) continue;
      for (const line of cell.split('\n')) {
        const parsed = keyLine(line)!;
        lines.push({ fileRow, actionId, column, what: parsed.what, value: parsed.value === null ? null : column.joinKey.key === 'email' ? parsed.value.toLowerCase() : parsed.value });
      }
    }
  }
  if (!lines.length) return;
  const problem = (row: FileRow, column: JoinKeyColumn, code: string, message: string) => report.problems.push({ row: row.row, column: column.header, code, message });
  const fold = (text: string) => sameText(text).toLowerCase();

  // Parties: the row's action must have the party, as it stands after the row was written
  // (a new or changed row's parties are the ones its cells name; an unchanged row keeps
  // the ones it has, which for a seeded plan may be split finer than its cell).
  const partyLines = lines.filter((l) => l.column.joinKey.of === 'party');
  const links = partyLines.length
    ? await tx.actionParty.findMany({ where: { actionId: { in: [...new Set(partyLines.map((l) => l.actionId))] } }, include: { party: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] })
    : [];
  const partiesOf = new Map<number, (typeof links)[number]['party'][]>();
  for (const link of links) {
    const list = partiesOf.get(link.actionId) ?? [];
    if (!list.some((p) => p.id === link.partyId)) list.push(link.party);
    partiesOf.set(link.actionId, list);
  }
  const parties = [...new Map(links.map((l) => [l.partyId, l.party])).values()];
  const partyWants = new Map<number, Map<string, KeyWant>>();
  for (const l of partyLines) {
    const party = (partiesOf.get(l.actionId) ?? []).find((p) => fold(p.name) === fold(l.what));
    if (!party) {
      const names = [...new Set((partiesOf.get(l.actionId) ?? []).map((p) => p.name))];
      problem(l.fileRow, l.column, 'INVALID_VALUE', `"${l.what.slice(0, 80)}" is not a party this row names (${names.length ? names.map((n) => `"${n}"`).join(', ') : 'it names none'})`);
      continue;
    }
    const wants = partyWants.get(party.id) ?? new Map<string, KeyWant>();
    partyWants.set(party.id, wants);
    const key = l.column.joinKey.key;
    const earlier = wants.get(key);
    if (earlier && earlier.value !== l.value) {
      problem(l.fileRow, l.column, 'KEY_CONFLICT', `${party.name}'s ${KEY_LABEL[key]} is "${l.value ?? ''}" here but "${earlier.value ?? ''}" in row ${earlier.row.row}`);
    } else if (!earlier) wants.set(key, { value: l.value, row: l.fileRow, column: l.column, what: l.what });
  }

  // Staff ids and e-mails are unique across every council's parties.
  const partyById = new Map(parties.map((p) => [p.id, p]));
  for (const key of ['staffId', 'email'] as const) {
    const byValue = new Map<string, { partyId: number; want: KeyWant }>();
    for (const [partyId, wants] of partyWants) {
      const want = wants.get(key);
      if (!want?.value) continue;
      const other = byValue.get(want.value);
      if (other && other.partyId !== partyId) {
        problem(want.row, want.column, 'KEY_CONFLICT', `${KEY_LABEL[key]} "${want.value}" is given to ${partyById.get(partyId)!.name} here and to ${partyById.get(other.partyId)!.name} in row ${other.want.row.row}`);
      } else byValue.set(want.value, { partyId, want });
    }
    if (!byValue.size) continue;
    const holders = await tx.responsibleParty.findMany({
      where: { [key]: key === 'email' ? { in: [...byValue.keys()], mode: 'insensitive' } : { in: [...byValue.keys()] } },
      select: { id: true, name: true, staffId: true, email: true, authority: { select: { code: true } } },
    });
    for (const holder of holders) {
      const value = key === 'email' ? holder.email!.toLowerCase() : holder.staffId!;
      const wanted = byValue.get(value);
      if (!wanted || wanted.partyId === holder.id) continue;
      // The holder gives the key up in this same file (its own line names another value): no clash.
      const holderWant = partyWants.get(holder.id)?.get(key);
      if (holderWant && holderWant.value !== value) continue;
      problem(wanted.want.row, wanted.want.column, 'KEY_CONFLICT', `${KEY_LABEL[key]} "${wanted.want.value}" already belongs to ${holder.name}${holder.authority ? ` (${holder.authority.code})` : ''}`);
    }
  }

  // Funding lines: the action the row wrote must have the line.
  const fundingLines = lines.filter((l) => l.column.joinKey.of === 'funding');
  const funding = fundingLines.length ? await tx.fundingLine.findMany({ where: { actionId: { in: [...new Set(fundingLines.map((l) => l.actionId))] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }) : [];
  const fundingOf = new Map<number, typeof funding>();
  for (const f of funding) fundingOf.set(f.actionId!, [...(fundingOf.get(f.actionId!) ?? []), f]);
  const fundingWants = new Map<number, Map<string, KeyWant>>();
  for (const l of fundingLines) {
    const own = fundingOf.get(l.actionId) ?? [];
    const line = own.find((f) => fold(f.text) === fold(l.what));
    if (!line) {
      problem(l.fileRow, l.column, 'INVALID_VALUE', `"${l.what.slice(0, 80)}" is not a funding line of this row's action (${own.length ? own.map((f) => `"${sameText(f.text).slice(0, 60)}"`).join(', ') : 'it has none'})`);
      continue;
    }
    const wants = fundingWants.get(line.id) ?? new Map<string, KeyWant>();
    fundingWants.set(line.id, wants);
    const key = l.column.joinKey.key;
    const earlier = wants.get(key);
    if (earlier && earlier.value !== l.value) problem(l.fileRow, l.column, 'KEY_CONFLICT', `the funding line "${sameText(line.text).slice(0, 60)}" is given two ${KEY_LABEL[key]}s, "${earlier.value ?? ''}" and "${l.value ?? ''}"`);
    else if (!earlier) wants.set(key, { value: l.value, row: l.fileRow, column: l.column, what: l.what });
  }
  if (report.problems.length) return;

  const touchedRows = new Set<FileRow>();
  const write = async (table: 'ResponsibleParty' | 'FundingLine', keys: readonly string[], current: (Record<string, any> & { id: number; version: number })[], wants: Map<number, Map<string, KeyWant>>) => {
    const updates: { row: Record<string, any> & { id: number; version: number }; before: Record<string, unknown>; after: Record<string, unknown>; rows: FileRow[] }[] = [];
    for (const row of current) {
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const rowsNaming: FileRow[] = [];
      for (const [key, want] of wants.get(row.id) ?? []) {
        if ((row[key] ?? null) === want.value) continue;
        before[key] = row[key] ?? null;
        after[key] = want.value;
        rowsNaming.push(want.row);
      }
      if (Object.keys(after).length) updates.push({ row, before: { ...before, version: row.version }, after: { ...after, version: row.version + 1 }, rows: rowsNaming });
    }
    if (!updates.length) return;
    const columns = Object.fromEntries([...keys.map((k) => [k, 'text' as const]), ['version', 'int' as const]]);
    const image = (u: (typeof updates)[number], changing: 'cleared' | 'final') =>
      ({ id: u.row.id, version: changing === 'final' ? u.row.version + 1 : u.row.version, ...Object.fromEntries(keys.map((k) => [k, k in u.after ? (changing === 'final' ? u.after[k] : null) : (u.row[k] ?? null)])) });
    // Unique keys: cleared first, so a key moving between two rows never collides.
    if (table === 'ResponsibleParty') await jsonUpdate(tx, table, columns, updates.map((u) => image(u, 'cleared')));
    await jsonUpdate(tx, table, columns, updates.map((u) => image(u, 'final')));
    for (const u of updates) {
      change(table, u.row.id, 'UPDATE', u.before, u.after);
      for (const r of u.rows) touchedRows.add(r);
    }
  };
  if (partyWants.size) await write('ResponsibleParty', ['staffId', 'email'], parties.filter((p) => partyWants.has(p.id)), partyWants);
  if (fundingWants.size) await write('FundingLine', ['budgetCode', 'costCentre'], funding.filter((f) => fundingWants.has(f.id)), fundingWants);
  // A row whose content was unchanged but whose keys were set counts as updated.
  for (const r of touchedRows) {
    if (!unchangedRows.has(r)) continue;
    unchangedRows.delete(r);
    report.unchanged--;
    report.updated++;
  }
}
