// The part of the plugin contract that describes a council's own spreadsheet layout:
// which columns its action table has, how a row becomes a core action plus the plugin's
// own row, and the inverse (an action back to the row's cells) used by the CSV export
// and by the importer to compare a file with the database.
import type { Prisma } from '../db/prisma';
import type { AuthorityData } from '../seed/helpers';
import { deleteRows, insertRows, rowsWhereIn } from './rows';

// Any generated client's transaction (core's, or a plugin's typed for core + itself).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Tx = Prisma.TransactionClient | any;

export type SectionKindName = 'PRIORITY' | 'KEY_AREA' | 'UNIT' | 'OBJECTIVE' | 'THEME' | 'WORKSTREAM' | 'OTHER';
export type PartyKindName = 'PERSON' | 'ROLE' | 'ORGANISATION' | 'GROUP';
export type ActionRoleName = 'LEAD' | 'RESPONSIBLE' | 'ACCOUNTABLE' | 'SUPPORT' | 'PARTNER';
export type RagStatusName = 'RED' | 'AMBER' | 'GREEN' | 'BLUE';

/** One column of a council's table. */
export interface LayoutColumn {
  /** Internal name the layout's functions use, e.g. "intent". */
  key: string;
  /** The heading as the council prints it; the CSV export writes this. */
  header: string;
  /** Other headings accepted for the column (matched ignoring case, spaces and punctuation). */
  aliases?: string[];
  /** The file must have the column. */
  required?: boolean;
  /** Every row must fill the cell. */
  nonEmpty?: boolean;
  /** Checks a non-empty cell: a message when the value is impossible, else null. */
  validate?(value: string): string | null;
  /**
   * The cell's canonical form, used to compare the file with the database (e.g. "Green"
   * and "GREEN" are one RAG). Default: the normalised text (see normaliseCell).
   */
  canonical?(value: string): string;
}

/** A section of the plan a row sits in, from the top level down. */
export interface ImportSection {
  kind: SectionKindName;
  label?: string | null;
  code?: string | null;
  title: string;
  /**
   * Other titles a matching section may have in the database without being renamed
   * (e.g. an objective stored without a tag the cell prints after it).
   */
  sameAs?: string[];
}

/** A party named in a row, linked to the action with a role. */
export interface ImportParty {
  kind: PartyKindName;
  name: string;
  role: ActionRoleName;
}

/** What one row of the file writes: a core action, its core lists, and the plugin's row. */
export interface ImportedRow {
  /** Section path from the plan's top level (at least one). */
  sections: ImportSection[];
  action: {
    code: string | null;
    title: string;
    description?: string | null;
    timescaleText: string | null;
    resourcesText?: string | null;
    ragStatus?: RagStatusName | null;
  };
  successCriteria?: string[];
  milestones?: string[];
  funding?: string[];
  parties?: ImportParty[];
  /** Scalar and list columns of the plugin's one-to-one row model (`rowModel`), without actionId. */
  pluginRow: Record<string, unknown>;
  /** Anything else the layout's writeChildren needs (e.g. an action's steps). */
  extra?: Record<string, any>;
}

/** A council's table layout, as declared by its plugin (`CouncilPlugin.layouts`). */
export interface ImportLayout {
  /** The plugin name, e.g. "exampleshire": `--council` and `importPlan(input: { council })`. */
  council: string;
  /** The layout's name within the plugin, e.g. "action-table". */
  name: string;
  /** Describes the table, e.g. "Workstream / Intent / Implementation / Impact / Timescale / RAG / Progress". */
  title: string;
  /** The council a new plan belongs to. */
  authority: AuthorityData;
  /** Defaults for a plan the import creates. */
  planDefaults?: { kind?: string | null };
  columns: LayoutColumn[];
  /**
   * The column holding a stable row key (an action code). Rows with a code there are
   * matched by it; rows without one by their content key.
   */
  codeColumn?: string;
  /** Columns whose canonical values identify a row that has no code (the content key). */
  contentKeyColumns: string[];
  /** Prisma delegate of the plugin's one-to-one row, e.g. "exampleshireActionRow". */
  rowModel: string;
  /** Prisma model name of that row, for audit changes, e.g. "ExampleshireActionRow". */
  rowEntity: string;
  /** The relation on Action to it, e.g. "exampleshireRow". */
  rowRelation: string;
  /**
   * Reads one row's cells (canonical values by column key, "" for empty). `previous` is
   * the row above as read (null for the first row, or when the row above has problems),
   * for tables where an empty cell continues the one above. Throws a LayoutRowError to
   * report an impossible combination of cells.
   */
  toRow(cells: Record<string, string>, previous: ImportedRow | null): ImportedRow;
  /** Prisma `include` under Action that `toCells` needs (besides the section tree). */
  include: Record<string, unknown>;
  /**
   * The inverse of toRow: an action read with `include` (and `section` with its parents
   * as `section.parent.parent…`) back to its cells by column key.
   */
  toCells(action: any): Record<string, string>;
  /**
   * Replaces the plugin's rows below its row (e.g. an action's steps) for created or
   * changed rows, all of them at once (a few statements, not a few per row); returns what
   * it wrote and removed, for the audit.
   */
  writeChildren?(tx: Tx, items: { ids: { actionId: number; rowId: number; planId: number; authorityId: number }; row: ImportedRow }[]): Promise<ChildChange[]>;
}

/** A row a layout's writeChildren wrote or removed. */
export interface ChildChange {
  entity: string;
  entityId: number;
  operation: 'CREATE' | 'UPDATE' | 'DELETE';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The action the row belongs to, when the row has no `actionId` column: its audit row, change event and `Action.history` name it. */
  actionId?: number | null;
}

/** An impossible combination of cells in one row, reported against a column. */
export class LayoutRowError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The canonical text of a cell: line endings unified, every line trimmed, blank lines
 * dropped. Multi-entry cells (steps, criteria, milestones) are one entry per line, so this
 * is also what makes "the same file" compare equal however a spreadsheet pads it.
 */
export function normaliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // One line (most cells): the same trim, without splitting and joining (every cell of a 10,000-row file passes here).
  if (!/[\r\n]/.test(text)) return text.replace(/\s+$/u, '').replace(/^\s+/u, '');
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, '').replace(/^\s+/u, ''))
    .filter((line) => line !== '')
    .join('\n');
}

/** The entries of a multi-entry cell: one per line. */
export function lines(value: string): string[] {
  return value === '' ? [] : value.split('\n');
}

/** A list back to a multi-entry cell. */
export function joinLines(values: readonly (string | null | undefined)[] | null | undefined): string {
  return normaliseCell((values ?? []).filter((v) => v !== null && v !== undefined).join('\n'));
}

/** The RAG statuses a cell may name, by their canonical enum value. */
const RAG_WORDS: Record<string, RagStatusName> = {
  r: 'RED',
  red: 'RED',
  a: 'AMBER',
  amber: 'AMBER',
  g: 'GREEN',
  green: 'GREEN',
  b: 'BLUE',
  blue: 'BLUE',
  complete: 'BLUE',
  completed: 'BLUE',
};

/** A RAG cell's status, or undefined when the cell names none of them. */
export function ragOf(value: string): RagStatusName | undefined {
  return RAG_WORDS[value.trim().toLowerCase()];
}

/** A column holding a RAG status (Red / Amber / Green / Blue, or R / A / G / B). */
export function ragColumn(column: Omit<LayoutColumn, 'validate' | 'canonical'>): LayoutColumn {
  return {
    ...column,
    validate: (v) => (ragOf(v) ? null : `"${v}" is not a RAG status (Red, Amber, Green or Blue)`),
    canonical: (v) => ragOf(v) ?? v,
  };
}

/**
 * Replaces the rows of a plugin table below the given parents (e.g. the steps of these
 * plugin rows) where they differ from `data`: one SELECT, one DELETE and one INSERT
 * per 1,000 rows, with the changes for the audit. A parent whose rows already equal the
 * new ones (same columns, same order) is left alone. `actionIds`, beside `parentIds`
 * (the action each parent belongs to: `items.map((i) => i.ids.actionId)`), puts the
 * action on the children's audit rows and change events, so `Action.history` lists them;
 * without it they are the plan's only.
 */
export async function replaceChildren(
  tx: Tx,
  options: { delegate: string; entity: string; parentField: string; parentIds: number[]; actionIds?: readonly number[]; data: Record<string, unknown>[] },
): Promise<ChildChange[]> {
  const changes: ChildChange[] = [];
  if (!options.parentIds.length) return changes;
  const actionOfParent = new Map(options.actionIds ? options.parentIds.map((id, i) => [id, options.actionIds![i]!]) : []);
  const actionOf = (row: Record<string, unknown>) => actionOfParent.get(row[options.parentField] as number);
  // Set-based through the table itself (issue 21): Prisma's `in: [1,000 ids]` and
  // createManyAndReturn were most of a large import's time. `entity` is the table.
  const old = await rowsWhereIn<{ id: number } & Record<string, unknown>>(tx, options.entity, options.parentField, options.parentIds);
  const group = <T extends Record<string, unknown>>(rows: T[]) => {
    const by = new Map<unknown, T[]>();
    for (const row of rows) {
      const list = by.get(row[options.parentField]);
      if (list) list.push(row);
      else by.set(row[options.parentField], [row]);
    }
    return by;
  };
  const oldBy = group(old);
  const newBy = group(options.data);
  const same = (a: Record<string, unknown>[], b: Record<string, unknown>[]) =>
    a.length === b.length && a.every((row, i) => Object.entries(b[i]!).every(([k, v]) => (row[k] ?? null) === (v ?? null)));
  const changed = options.parentIds.filter((id) => !same(oldBy.get(id) ?? [], newBy.get(id) ?? []));
  const remove = changed.flatMap((id) => oldBy.get(id) ?? []);
  if (remove.length) {
    await deleteRows(tx, options.entity, remove.map((r) => r.id));
    for (const row of remove) changes.push({ entity: options.entity, entityId: row.id, operation: 'DELETE', before: { ...row }, after: null, actionId: actionOf(row) });
  }
  const create = changed.flatMap((id) => newBy.get(id) ?? []);
  for (const row of await insertRows<{ id: number } & Record<string, unknown>>(tx, options.entity, create)) {
    changes.push({ entity: options.entity, entityId: row.id, operation: 'CREATE', before: null, after: { ...row }, actionId: actionOf(row) });
  }
  return changes;
}
