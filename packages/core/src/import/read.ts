// Reading a council's file into rows of text cells, each with its sheet and row number.
// Everything that can be refused before parsing (size, emptiness) is refused first.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export type ImportFormat = 'CSV' | 'XLSX' | 'JSON';

/** Default largest file the importer reads: 10 MB. */
export const DEFAULT_MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** A problem with a file, a row or a cell. Row numbers are as a spreadsheet shows them (header = 1). */
export interface ImportProblem {
  /** Row of the sheet, as a spreadsheet numbers it; null for a problem with the whole file. */
  row: number | null;
  /** The column's heading; null when the problem is not one cell's. */
  column: string | null;
  message: string;
  /** Stable code: FILE_TOO_LARGE, EMPTY_FILE, BROKEN_FILE, UNKNOWN_SHEET, MISSING_COLUMN, UNEXPECTED_COLUMN, DUPLICATE_COLUMN, REQUIRED_VALUE, INVALID_VALUE, DUPLICATE_ROW, WRONG_COUNCIL, UNKNOWN_COUNCIL. */
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
  const rows = records.map((cells, i) => ({ row: i + 1, cells })).filter((r) => !isBlank(r.cells));
  return { sheet: fileName, rows };
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
  const workbook = new ExcelJS.Workbook();
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
export async function readRows(buffer: Buffer, format: 'CSV' | 'XLSX', fileName: string, sheetName?: string): Promise<SheetRows> {
  if (buffer.length === 0) throw refuse('EMPTY_FILE', 'the file is empty');
  const sheet = format === 'CSV' ? readCsv(buffer, fileName) : await readXlsx(buffer, sheetName);
  if (!sheet.rows.length) throw refuse('EMPTY_FILE', `the ${format === 'CSV' ? 'file' : `sheet "${sheet.sheet}"`} has no rows`);
  return sheet;
}
