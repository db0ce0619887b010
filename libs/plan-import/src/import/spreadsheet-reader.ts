import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BadUserInputError } from '@app/common';
import { CellValue } from '../rules/sheet-date.rule';
import { checkCsvShape, CsvLimitError } from './csv-bounds';
import { boundSheetXml, countElements, SheetLimitError } from './sheet-xml-bounds';
import { decodeText } from './text-encoding';
import { UPLOAD_LIMITS } from './upload-limits';
import { readZipEntries, storedZip, ZipEntry, ZipLimitError } from './zip-entries';

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
  // Only the head is looked at: splitting a 5 MB file of blank lines into lines would cost millions of strings.
  const head = text
    .slice(0, 64 * 1024)
    .split(/\r?\n/, 5)
    .join('\n')
    .replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, head.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

const isBlank = (cells: string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * A CSV field as a cell value: line breaks as \n, and the apostrophe our CSVs put before text a
 * spreadsheet would run as a formula (`'=…`, `'+…`, `'-…`, `'@…`) taken off again, so a template or
 * pack CSV reads back as it was written.
 */
const csvCell = (field: string): CellValue => field.replace(/\r\n?/g, '\n').replace(/^'(?=[=+\-@\t\r])/, '');

/**
 * The CSV's non-blank records, each numbered as a spreadsheet shows it (blank lines count as rows).
 * Empty lines are skipped by the parser and blank records dropped as they are parsed, so neither is
 * ever held; the rows kept and the records read are counted while parsing, which stops at the limits.
 */
function readCsv(text: string): SheetGrid {
  const delimiter = detectDelimiter(text);
  try {
    checkCsvShape(text, delimiter, { maxColumns: UPLOAD_LIMITS.maxColumns, maxFields: UPLOAD_LIMITS.maxCsvFields });
  } catch (error) {
    if (error instanceof CsvLimitError) throw refuse(error.message);
    throw error;
  }
  const rows: SheetGrid['rows'] = [];
  try {
    parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: 100_000,
      on_record: (record: string[], context: { records: number; empty_lines: number }) => {
        if (context.records > UPLOAD_LIMITS.maxCsvRecords)
          throw new CsvLimitError(
            `The CSV file has more than ${UPLOAD_LIMITS.maxCsvRecords} lines with fields; at most ${UPLOAD_LIMITS.maxCsvRecords} are read`,
            'maxRecords',
          );
        if (isBlank(record)) return null;
        if (rows.length >= UPLOAD_LIMITS.maxRows)
          throw new CsvLimitError(`The CSV file has more than ${UPLOAD_LIMITS.maxRows} rows; at most ${UPLOAD_LIMITS.maxRows} rows are accepted`, 'maxRows');
        const cells = record.slice(0, UPLOAD_LIMITS.maxColumns);
        rows.push({ row: context.records + context.empty_lines, cells: cells.map(csvCell) });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvLimitError) throw refuse(error.message);
    const line = (error as { lines?: number }).lines;
    throw refuse(`The CSV file could not be read${line ? ` (near line ${line})` : ''}: check its quotes`);
  }
  return { name: null, rows };
}

/** The parts of an .xlsx the reader (exceljs) looks at, by name; nothing else is inflated. */
const WANTED =
  /^\/?(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|xl\/(drawings|tables|comments\d+|theme|media)\b.*)$/;

/** Sheet names by their part ("xl/worksheets/sheet1.xml" → "Delivery plan"), for messages. */
function sheetNames(entries: ZipEntry[]): Map<string, string> {
  const part = (name: string) => entries.find((e) => e.name.replace(/^\//, '') === name)?.data.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const m of part('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\sTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const names = new Map<string, string>();
  for (const m of part('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\sr:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name && target)
      names.set(
        target,
        name
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'"),
      );
  }
  return names;
}

/**
 * The workbook's parts, inflated within the limits and checked before exceljs sees them: cells,
 * rows and columns per sheet, cells in the workbook, shared strings and cell formats counted;
 * then handed to exceljs as a stored (uncompressed) archive, so it inflates nothing itself.
 */
function boundedXlsx(buffer: Buffer): Buffer {
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(
      buffer,
      { maxEntries: UPLOAD_LIMITS.maxZipEntries, maxEntryBytes: UPLOAD_LIMITS.maxZipEntryBytes, maxTotalBytes: UPLOAD_LIMITS.maxZipTotalBytes },
      (name) => WANTED.test(name),
    );
  } catch (error) {
    if (error instanceof ZipLimitError) throw refuse(error.message);
    throw error;
  }
  const names = sheetNames(entries);
  let cells = 0;
  for (const entry of entries) {
    const name = entry.name.replace(/^\//, '');
    try {
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
        const sheet = names.get(name) ?? name.slice('xl/worksheets/'.length, -'.xml'.length);
        cells += boundSheetXml(entry.data, sheet, {
          maxColumns: UPLOAD_LIMITS.maxColumns,
          maxRows: UPLOAD_LIMITS.maxRows,
          maxCells: UPLOAD_LIMITS.maxSheetCells,
        }).cells;
        if (cells > UPLOAD_LIMITS.maxWorkbookCells)
          throw refuse(`The workbook has more than ${UPLOAD_LIMITS.maxWorkbookCells} cells in all; at most ${UPLOAD_LIMITS.maxWorkbookCells} are accepted`);
      } else if (name === 'xl/sharedStrings.xml' && countElements(entry.data, 'si', UPLOAD_LIMITS.maxSharedStrings) > UPLOAD_LIMITS.maxSharedStrings) {
        throw refuse(`The workbook has more than ${UPLOAD_LIMITS.maxSharedStrings} distinct texts; at most ${UPLOAD_LIMITS.maxSharedStrings} are accepted`);
      } else if (name === 'xl/styles.xml' && countElements(entry.data, 'xf', UPLOAD_LIMITS.maxCellFormats) > UPLOAD_LIMITS.maxCellFormats) {
        throw refuse(`The workbook has more than ${UPLOAD_LIMITS.maxCellFormats} cell formats; at most ${UPLOAD_LIMITS.maxCellFormats} are accepted`);
      }
    } catch (error) {
      if (error instanceof SheetLimitError) throw refuse(error.message);
      throw error;
    }
  }
  return storedZip(entries);
}

async function readXlsx(buffer: Buffer): Promise<SheetGrid[]> {
  const checked = boundedXlsx(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch {
    throw refuse('The file could not be read as an .xlsx workbook: save it from Excel as .xlsx or .csv and upload that');
  }
  return workbook.worksheets.map((sheet) => {
    const rows: SheetGrid['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      // Cell by cell, only the cells the row has; the gaps are nulls up to the row's last cell
      // (never beyond the column limit: the sheet was checked before loading).
      const cells: CellValue[] = new Array<CellValue>(Math.min(row.cellCount, UPLOAD_LIMITS.maxColumns)).fill(null);
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (col <= cells.length) cells[col - 1] = cellValue(cell.value, cell.numFmt);
      });
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
