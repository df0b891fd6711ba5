// Reading a council's file into rows of text cells, each with its sheet and row number.
// Everything that can be refused before parsing (size, emptiness) is refused first.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
// Types only: ExcelJS (~0.6 s to load) is loaded by readXlsx, so CSV and JSON imports and
// every program that imports core without reading a workbook never load it.
import type ExcelJS from 'exceljs';
import { ArchiveRefused, checkArchive, DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './zip';

export type ImportFormat = 'CSV' | 'XLSX' | 'JSON';

/** Default largest file the importer reads: 10 MB. */
export const DEFAULT_MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * What an import reads at most (issue 16), besides IMPORT_MAX_BYTES: a file over a bound
 * is refused before its rows are parsed (archive, rows, columns) or with a problem naming
 * the cell (cell length); the report lists at most `maxProblems` problems and says how
 * many more there were.
 */
export const IMPORT_LIMITS = {
  /** Data rows of one sheet (the header not counted); the import command may read more (IMPORT_MAX_ROWS, `ImportOptions.maxRows`). */
  maxRows: 5_000,
  /** Columns of a row (a council's layout has at most 8). */
  maxColumns: 100,
  /** Characters of one cell: Excel's own limit. */
  maxCellLength: 32_767,
  /** Problems listed in a report; the rest are counted ("and N more"). */
  maxProblems: 100,
  /** An XLSX archive: inflated size, parts, ratio (import/zip.ts). */
  archive: DEFAULT_ARCHIVE_LIMITS as ArchiveLimits,
};

/** A problem with a file, a row or a cell. Row numbers are as a spreadsheet shows them (header = 1). */
export interface ImportProblem {
  /** Row of the sheet, as a spreadsheet numbers it; null for a problem with the whole file. */
  row: number | null;
  /** The column's heading; null when the problem is not one cell's. */
  column: string | null;
  message: string;
  /** Stable code: FILE_TOO_LARGE, ARCHIVE_TOO_LARGE, TOO_MANY_ROWS, TOO_MANY_COLUMNS, EMPTY_FILE, BROKEN_FILE, UNKNOWN_SHEET, MISSING_COLUMN, UNEXPECTED_COLUMN, DUPLICATE_COLUMN, REQUIRED_VALUE, INVALID_VALUE, VALUE_TOO_LONG, DUPLICATE_ROW, KEY_CONFLICT (a join key another party has, or two values for one), WRONG_COUNCIL, UNKNOWN_COUNCIL, TOO_MANY_PROBLEMS. */
  code: string;
}

/** The rows of one sheet as text. */
export interface SheetRows {
  /** The sheet's name; for CSV the file name. */
  sheet: string;
  /** Every non-blank row with its row number, the header first. */
  rows: { row: number; cells: string[] }[];
}

export class FileRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

const refuse = (code: string, message: string): FileRefused => new FileRefused([{ row: null, column: null, code, message }]);

/** The format a file name implies, or undefined. */
export function formatOfFileName(fileName: string): ImportFormat | undefined {
  const ext = path.extname(fileName).toLowerCase();
  return ext === '.csv' ? 'CSV' : ext === '.xlsx' ? 'XLSX' : ext === '.json' ? 'JSON' : undefined;
}

/** Refuses a file by its size alone, before anything reads it. */
export function checkSize(bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) {
    throw refuse('FILE_TOO_LARGE', `the file is ${bytes} bytes; the largest accepted is ${maxBytes} bytes`);
  }
  if (bytes === 0) throw refuse('EMPTY_FILE', 'the file is empty');
}

/** Reads a file from disk after checking its size with stat (a 50 MB file is never read). */
export async function readFileChecked(file: string, maxBytes: number): Promise<Buffer> {
  const stat = await fs.promises.stat(file);
  checkSize(stat.size, maxBytes);
  return fs.promises.readFile(file);
}

/** Decodes base64 content after checking the size it implies, so an oversized upload is never decoded. */
export function decodeBase64Checked(content: string, maxBytes: number): Buffer {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  checkSize(Math.floor((content.length * 3) / 4) - padding, maxBytes);
  return Buffer.from(content, 'base64');
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function readCsv(buffer: Buffer, fileName: string): SheetRows {
  let records: string[][];
  try {
    records = parseCsv(buffer, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    const e = err as Error & { lines?: number; records?: number };
    throw new FileRefused([{ row: e.records !== undefined ? e.records + 1 : null, column: null, code: 'BROKEN_FILE', message: `the CSV cannot be read: ${e.message}` }]);
  }
  // A cell the CSV export escaped against formula injection ("'=SUM(A1)") reads back as written.
  const rows = records.map((cells, i) => ({ row: i + 1, cells: cells.map(unescapeFormula) })).filter((r) => !isBlank(r.cells));
  return { sheet: fileName, rows };
}

/**
 * OWASP's defence against CSV injection: a cell a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) is written with a single quote
 * before it, which spreadsheets show as text. A cell that already starts with quotes
 * before such a character gets one more, so `unescapeFormula` undoes exactly this.
 */
export function escapeFormula(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The inverse of escapeFormula: one leading quote before a formula character is dropped. */
export function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Refuses a sheet with more rows or columns than the importer reads. */
export function checkShape(sheet: SheetRows, maxRows: number = IMPORT_LIMITS.maxRows): void {
  if (sheet.rows.length - 1 > maxRows) {
    throw refuse('TOO_MANY_ROWS', `"${sheet.sheet}" has ${sheet.rows.length - 1} rows; at most ${maxRows} are read`);
  }
  for (const { row, cells } of sheet.rows) {
    if (cells.length > IMPORT_LIMITS.maxColumns && !isBlank(cells.slice(IMPORT_LIMITS.maxColumns))) {
      throw new FileRefused([{ row, column: null, code: 'TOO_MANY_COLUMNS', message: `row ${row} has ${cells.length} columns; at most ${IMPORT_LIMITS.maxColumns} are read` }]);
    }
  }
}

/** A cell's value as text: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? '');
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
    return '';
  }
  return String(value);
}

async function readXlsx(buffer: Buffer, sheetName: string | undefined): Promise<SheetRows> {
  // A zip bomb is refused from the archive's directory, before ExcelJS inflates anything.
  try {
    await checkArchive(buffer, IMPORT_LIMITS.archive);
  } catch (err) {
    if (err instanceof ArchiveRefused) throw refuse(err.code, err.message);
    throw err;
  }
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (err) {
    throw refuse('BROKEN_FILE', `the file is not a readable XLSX workbook: ${(err as Error).message}`);
  }
  const sheets = workbook.worksheets;
  if (!sheets.length) throw refuse('EMPTY_FILE', 'the workbook has no sheets');
  const sheet = sheetName === undefined ? sheets[0]! : sheets.find((s) => s.name === sheetName);
  if (!sheet) throw refuse('UNKNOWN_SHEET', `the workbook has no sheet "${sheetName}"; its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ')}`);
  const rows: SheetRows['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    // row.values is 1-based (index 0 unused).
    const values = row.values as ExcelJS.CellValue[];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    if (!isBlank(cells)) rows.push({ row: rowNumber, cells });
  });
  return { sheet: sheet.name, rows };
}

/** Reads a CSV or XLSX file into text rows. Throws FileRefused for an unreadable or empty file. */
export async function readRows(buffer: Buffer, format: 'CSV' | 'XLSX', fileName: string, sheetName?: string, maxRows?: number): Promise<SheetRows> {
  if (buffer.length === 0) throw refuse('EMPTY_FILE', 'the file is empty');
  const sheet = format === 'CSV' ? readCsv(buffer, fileName) : await readXlsx(buffer, sheetName);
  if (!sheet.rows.length) throw refuse('EMPTY_FILE', `the ${format === 'CSV' ? 'file' : `sheet "${sheet.sheet}"`} has no rows`);
  checkShape(sheet, maxRows);
  return sheet;
}
