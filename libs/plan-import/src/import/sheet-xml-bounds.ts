/**
 * A worksheet's XML checked cell by cell before an .xlsx library builds objects from it, so what
 * it builds is bounded by the limits and not by what the file claims: a cell in column XFD costs
 * one cell, not 16,384; a merge or a validation over the whole sheet costs nothing.
 *
 * Works on the bytes (no string of the whole sheet, no XML tree): finds each `<row`, `<c`,
 * `<col`, `<mergeCell` start tag and reads its attributes. Bytes it neutralises are overwritten
 * with spaces in place (whitespace between elements, which XML parsers skip).
 */

export interface SheetLimits {
  /** Highest column a cell with content may be in (1 = A). */
  maxColumns: number;
  /** `<row>` elements in one sheet. */
  maxRows: number;
  /** `<c>` elements in one sheet, plus the cells merged ranges cover. */
  maxCells: number;
}

export class SheetLimitError extends Error {
  constructor(
    message: string,
    readonly limit: keyof SheetLimits,
  ) {
    super(message);
  }
}

/** 'A' → 1, 'XFD' → 16384; 0 for anything that is not column letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return 0;
    n = n * 26 + (code - 64);
    if (n > 1e9) return n;
  }
  return n;
}

/** 1 → 'A', 256 → 'IV'. */
export function columnLetters(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const SPACE = 0x20;

/** Is `tag` (e.g. `c`) the element name at `at` (just after `<`): followed by a space, `>` or `/`? */
function isTag(xml: Buffer, at: number, tag: string): boolean {
  for (let i = 0; i < tag.length; i += 1) if (xml[at + i] !== tag.charCodeAt(i)) return false;
  const next = xml[at + tag.length];
  return next === SPACE || next === GT || next === SLASH || next === 0x09 || next === 0x0a || next === 0x0d;
}

/** End of the start tag beginning at `at` (index of its `>`), skipping quoted attribute values. */
function tagEnd(xml: Buffer, at: number): number {
  let quote = 0;
  for (let i = at; i < xml.length; i += 1) {
    const b = xml[i];
    if (quote) {
      if (b === quote) quote = 0;
    } else if (b === 0x22 || b === 0x27) quote = b;
    else if (b === GT) return i;
  }
  return xml.length - 1;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag);
  return match ? match[1] : null;
}

/** Cells in a range like `A1:XFD1048576` (1 for a single cell). */
function rangeArea(ref: string): number {
  const [from, to = from] = ref.split(':');
  const parse = (a: string) => {
    const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a.trim());
    return m ? { col: columnNumber(m[1]), row: Number(m[2]) } : null;
  };
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return 0;
  return (Math.abs(b.col - a.col) + 1) * (Math.abs(b.row - a.row) + 1);
}

/** Overwrites `[from, to]` with spaces. */
function blank(xml: Buffer, from: number, to: number): void {
  xml.fill(SPACE, from, to + 1);
}

/** Blanks every `<name ...>...</name>` element (or `<name/>`) of the sheet. */
function blankElement(xml: Buffer, name: string): void {
  const open = Buffer.from(`<${name}`);
  const close = Buffer.from(`</${name}>`);
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    if (!isTag(xml, at + 1, name)) continue;
    const end = tagEnd(xml, at);
    if (xml[end - 1] === SLASH) {
      blank(xml, at, end);
      continue;
    }
    const closing = xml.indexOf(close, end);
    if (closing < 0) return;
    blank(xml, at, closing + close.length - 1);
  }
}

export interface SheetScan {
  rows: number;
  cells: number;
  /** Highest column holding a cell with content. */
  lastColumn: number;
}

/**
 * Checks (and trims, in place) one worksheet's XML:
 * - refuses more `<row>`s or cells than the limits, and a cell with content beyond the column
 *   limit (naming the sheet, the cell and the limit);
 * - blanks empty cells (`<c .../>`) beyond the column limit, so they cost nothing;
 * - blanks the `<cols>` widths when a column range reaches beyond the column limit (a
 *   library makes one object per column of a range) and every data validation (a library makes
 *   one entry per cell of its range; an import never needs them);
 * - counts merged ranges' cells as cells (a library makes one object per merged cell).
 */
export function boundSheetXml(xml: Buffer, sheet: string, limits: SheetLimits): SheetScan {
  let rows = 0;
  let cells = 0;
  let lastColumn = 0;
  let column = 0;
  let colsTooWide = false;
  const refuse = (message: string, limit: keyof SheetLimits): never => {
    throw new SheetLimitError(`Sheet "${sheet.slice(0, 100)}": ${message}`, limit);
  };
  for (let at = xml.indexOf(LT); at >= 0; at = xml.indexOf(LT, at + 1)) {
    const first = xml[at + 1];
    if (first === 0x72 && isTag(xml, at + 1, 'row')) {
      rows += 1;
      column = 0;
      if (rows > limits.maxRows) refuse(`more than ${limits.maxRows} rows; at most ${limits.maxRows} rows per sheet are accepted`, 'maxRows');
    } else if (first === 0x63 && isTag(xml, at + 1, 'c')) {
      const end = tagEnd(xml, at);
      const tag = xml.toString('latin1', at, Math.min(end + 1, at + 512));
      const ref = attribute(tag, 'r');
      const letters = ref ? /^\$?([A-Za-z]+)/.exec(ref)?.[1] : null;
      column = letters ? columnNumber(letters) : column + 1;
      const empty = xml[end - 1] === SLASH;
      if (column > limits.maxColumns) {
        if (empty) {
          blank(xml, at, end);
          continue;
        }
        refuse(
          `cell ${ref ?? `in column ${columnLetters(column)}`} is beyond column ${columnLetters(limits.maxColumns)}; at most ${limits.maxColumns} columns are read (delete the cells to the right of the table)`,
          'maxColumns',
        );
      }
      cells += 1;
      if (cells > limits.maxCells) refuse(`more than ${limits.maxCells} cells; at most ${limits.maxCells} cells per sheet are accepted`, 'maxCells');
      if (!empty) lastColumn = Math.max(lastColumn, column);
    } else if (first === 0x63 && isTag(xml, at + 1, 'col')) {
      const tag = xml.toString('latin1', at, Math.min(tagEnd(xml, at) + 1, at + 512));
      const max = Number(attribute(tag, 'max') ?? attribute(tag, 'min') ?? 0);
      if (!(max <= limits.maxColumns)) colsTooWide = true;
    } else if (first === 0x6d && isTag(xml, at + 1, 'mergeCell')) {
      const tag = xml.toString('latin1', at, Math.min(tagEnd(xml, at) + 1, at + 512));
      cells += rangeArea(attribute(tag, 'ref') ?? '');
      if (cells > limits.maxCells)
        refuse(`merged cells cover more than ${limits.maxCells} cells; at most ${limits.maxCells} cells per sheet are accepted`, 'maxCells');
    }
  }
  if (colsTooWide) blankElement(xml, 'cols');
  blankElement(xml, 'dataValidations');
  return { rows, cells, lastColumn };
}

/** Counts `<tag` start tags in an XML part (shared strings, cell formats), stopping past `max`. */
export function countElements(xml: Buffer, tag: string, max: number): number {
  const open = Buffer.from(`<${tag}`);
  let count = 0;
  for (let at = xml.indexOf(open); at >= 0 && count <= max; at = xml.indexOf(open, at + open.length)) {
    if (isTag(xml, at + 1, tag)) count += 1;
  }
  return count;
}
