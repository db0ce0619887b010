import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BadUserInputError } from '@app/common';
import { CellValue } from '../rules/sheet-date.rule';
import { decodeText } from './text-encoding';

export type SpreadsheetFormat = 'xlsx' | 'csv';

/** One sheet's non-blank rows, each cell already reduced to a `CellValue`. */
export interface SheetGrid {
  name: string | null;
  /** `row` is the number the spreadsheet shows (1-based); blank rows are left out. */
  rows: { row: number; cells: CellValue[] }[];
}

export interface Workbook {
  format: SpreadsheetFormat;
  sheets: SheetGrid[];
}

export interface UploadedSpreadsheet {
  buffer: Buffer;
  originalname?: string;
}

const FILE_FIELD = 'file';

function refuse(message: string): BadUserInputError {
  return BadUserInputError.field(FILE_FIELD, message);
}

function startsWith(buffer: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buffer[i] === b);
}

/**
 * Reads an uploaded delivery plan: an .xlsx workbook (every worksheet) or a CSV file. The format is
 * told from the content, not the name, so a mislabelled file is still read or refused for what it
 * is. Anything else (an old .xls, a PDF, a Word file, an image) is BAD_USER_INPUT on `file`.
 */
export async function readSpreadsheet(file: UploadedSpreadsheet): Promise<Workbook> {
  const { buffer } = file;
  if (buffer.length === 0) throw refuse('The file is empty');
  if (startsWith(buffer, [0x50, 0x4b, 0x03, 0x04])) return { format: 'xlsx', sheets: await readXlsx(buffer) };
  if (startsWith(buffer, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw refuse('This is an old-style .xls workbook (or a password-protected one): save it as .xlsx or .csv and upload that');
  }
  if (startsWith(buffer, [0x25, 0x50, 0x44, 0x46])) throw refuse('This is a PDF, not a spreadsheet: upload an .xlsx or .csv file');
  const text = decodeText(buffer);
  if (text === null) throw refuse('This is not a spreadsheet: upload an .xlsx workbook or a .csv file');
  return { format: 'csv', sheets: [readCsv(text)] };
}

/** The separator of the first lines: comma, or the semicolon or tab some locales' Excel writes. */
function detectDelimiter(text: string): string {
  const head = text.split(/\r?\n/).slice(0, 5).join('\n').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, head.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function readCsv(text: string): SheetGrid {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: 100_000,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw refuse(`The CSV file could not be read${line ? ` (near line ${line})` : ''}: check its quotes`);
  }
  const rows = records
    .map((cells, index) => ({ row: index + 1, cells: cells.map((c) => c.replace(/\r\n?/g, '\n') as CellValue) }))
    .filter((r) => r.cells.some((c) => typeof c === 'string' && c.trim() !== ''));
  return { name: null, rows };
}

async function readXlsx(buffer: Buffer): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw refuse('The file could not be read as an .xlsx workbook: save it from Excel as .xlsx or .csv and upload that');
  }
  return workbook.worksheets.map((sheet) => {
    const rows: SheetGrid['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: CellValue[] = [];
      for (let col = 1; col <= row.cellCount; col += 1) {
        const cell = row.getCell(col);
        cells.push(cellValue(cell.value, cell.numFmt));
      }
      if (cells.some((c) => c !== null && !(typeof c === 'string' && c.trim() === ''))) rows.push({ row: row.number, cells });
    });
    return { name: sheet.name, rows };
  });
}

/**
 * An exceljs cell value as a `CellValue`: formulas by their result, rich text and hyperlinks by
 * their text, dates as calendar dates (exceljs reads them as UTC midnight), and a number in a
 * percentage cell as the percentage shown (0.45 shown as 45 % is 45).
 */
function cellValue(value: ExcelJS.CellValue, numFmt: string | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value.toISOString().slice(0, 10) };
  if (typeof value === 'number') return numFmt?.includes('%') ? Math.round(value * 100 * 1e6) / 1e6 : value;
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || (typeof result === 'object' && result !== null && 'error' in result) ? null : cellValue(result as ExcelJS.CellValue, numFmt);
  }
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : null;
  if ('error' in value) return String(value.error);
  return null;
}
