import { cellText, isBlank } from './cell-values.rule';
import { ImportProblem, ImportProblemCode, ImportSheet, ImportWarning, ImportWarningCode, isNotAnActionRow, SheetRow } from './import-plan.rule';
import { columnLabel, HeaderMatch, ImportField, matchHeader, matchHeaderRow, REQUIRED_FIELDS } from './plan-columns.rule';
import { CellValue } from './sheet-date.rule';

/** A sheet as read: its non-blank rows with their spreadsheet row numbers. */
export interface GridLike {
  name: string | null;
  rows: readonly { row: number; cells: readonly CellValue[] }[];
}

export interface SheetLayout {
  sheet: string | null;
  /** The (last) header row; null when no sheet has one. */
  headerRow: number | null;
  columns: { header: string; field: ImportField }[];
  ignoredColumns: string[];
  /** Problems with the header itself; when any, `sheet.rows` is empty. */
  problems: ImportProblem[];
  /** Which sheet was read, headers not read, header rows repeated in the table. */
  warnings: ImportWarning[];
  data: ImportSheet;
}

/** How far down a sheet its header row may be: plans open with a title block, a date, a key. */
const HEADER_SCAN_ROWS = 30;

/** A header found in a sheet: one row, or two (a merged group heading over a second row). */
export interface TableHeader {
  /** Indexes into the grid's rows: the header rows, the last one directly above the data. */
  first: number;
  last: number;
  /** The header text of each column (merged cells written once, at the first column of their run). */
  texts: string[];
  /** Field → the columns it spans: one, or a run of merged header cells ("Supporting partners" over three). */
  spans: Map<ImportField, number[]>;
  match: HeaderMatch;
}

/**
 * The header texts of one row with merged cells written once: a reader repeats a merged cell's
 * value in every cell it covers, so a run of identical texts is one heading over several columns.
 * Returns the texts and, per heading kept, how many columns it covers.
 */
function collapseMerged(texts: readonly string[]): { texts: string[]; runs: number[] } {
  const out: string[] = [];
  const runs: number[] = [];
  for (let i = 0; i < texts.length; i += 1) {
    const text = texts[i].trim();
    if (text !== '' && i > 0 && texts[i - 1].trim() === text) {
      out.push('');
      runs.push(0);
      let j = i - 1;
      while (runs[j] === 0) j -= 1;
      runs[j] += 1;
    } else {
      out.push(text);
      runs.push(text === '' ? 0 : 1);
    }
  }
  return { texts: out, runs };
}

/**
 * Two header rows read as one: a heading in the second row wins ("Lead" under a merged "Agencies"),
 * then the two read together ("Target" over "Date"), then the first row's heading over an empty
 * cell ("Ref" with nothing under it).
 */
function combineRows(upper: readonly string[], lower: readonly string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, i) => {
    const up = (upper[i] ?? '').trim();
    const low = (lower[i] ?? '').trim();
    if (low !== '' && matchHeader(low)) return low;
    if (up !== '' && low !== '' && matchHeader(`${up} ${low}`)) return `${up} ${low}`;
    if (low === '') return up;
    return low;
  });
}

function headerOf(first: number, last: number, rawTexts: readonly string[]): TableHeader {
  const { texts, runs } = collapseMerged(rawTexts);
  const match = matchHeaderRow(texts);
  const spans = new Map<ImportField, number[]>();
  for (const [field, index] of match.columns)
    spans.set(
      field,
      Array.from({ length: Math.max(runs[index], 1) }, (_, k) => index + k),
    );
  return { first, last, texts, spans, match };
}

const requiredFound = (h: TableHeader): number => REQUIRED_FIELDS.filter((f) => h.match.columns.has(f)).length;

/**
 * The header of a table in a sheet: among the first rows, the row (or pair of rows) naming the most
 * known columns, at least two of them required ones; a pair only when it names more than either
 * row alone. Null when nothing looks like a delivery plan's header.
 */
export function findTableHeader(rows: readonly (readonly string[])[]): TableHeader | null {
  let best: TableHeader | null = null;
  const consider = (candidate: TableHeader): void => {
    if (requiredFound(candidate) < 2) return;
    if (!best || candidate.match.columns.size > best.match.columns.size) best = candidate;
  };
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < scan; i += 1) {
    consider(headerOf(i, i, rows[i]));
    if (i + 1 < rows.length) {
      const lower = collapseMerged(rows[i + 1]).texts;
      // The second row must be headings itself, not the first action under a one-row header.
      if (lower.filter((t) => t !== '' && matchHeader(t)).length >= 2) consider(headerOf(i, i + 1, combineRows(rows[i], rows[i + 1])));
    }
  }
  return best;
}

/** A row's value for a field: its one column, or the non-blank cells of a merged heading's columns joined by line breaks. */
function fieldValue(cells: readonly CellValue[], columns: readonly number[]): CellValue {
  const values = columns.map((c) => cells[c] ?? null).filter((v) => !isBlank(v));
  if (values.length === 0) return columns.length > 0 ? (cells[columns[0]] ?? null) : null;
  if (values.length === 1) return values[0];
  return values.map(cellText).join('\n');
}

/**
 * A row whose filled cells all hold the same text is one cell merged across the table (a key or a
 * note under it, read into every cell it covers): it is kept in its first cell only, so it is not
 * mistaken for an action whose ref, title and due date say the same thing.
 */
function unmerge(cells: readonly CellValue[]): readonly CellValue[] {
  const filled = cells.filter((c) => !isBlank(c));
  if (filled.length < 2 || !filled.every((c) => typeof c === 'string' && c === filled[0])) return cells;
  const first = cells.findIndex((c) => !isBlank(c));
  return cells.map((c, i) => (i === first ? c : null));
}

interface Candidate {
  grid: GridLike;
  texts: string[][];
  header: TableHeader;
  /** Rows under the header that look like actions: how plan-like the sheet is. */
  actions: number;
}

/**
 * Finds the delivery plan in a workbook and reads its table. Every sheet's header is looked for
 * (see `findTableHeader`); the sheet read is the one whose header has every required column, then
 * the one with the most rows that look like actions, then the most known columns, then the first —
 * so a cover sheet, a key, or a board pack's summary sheets never hide the plan, and the report
 * says which sheet it read. A missing required column or a column named twice is a problem on the
 * header row, and then no row is read. A row repeating the header is skipped with a warning.
 */
export function layoutSheet(grids: readonly GridLike[]): SheetLayout {
  const candidates: Candidate[] = [];
  for (const grid of grids) {
    const texts = grid.rows.map((r) => r.cells.map(cellText));
    const header = findTableHeader(texts);
    if (!header) continue;
    const actions = grid.rows.slice(header.last + 1).filter((r) => {
      const cells = new Map([...header.spans].map(([field, cols]) => [field, fieldValue(unmerge(r.cells), cols)] as const));
      return !isNotAnActionRow(cells);
    }).length;
    candidates.push({ grid, texts, header, actions });
  }
  if (candidates.length === 0) {
    return {
      sheet: null,
      headerRow: null,
      columns: [],
      ignoredColumns: [],
      problems: [
        {
          row: 1,
          column: null,
          field: null,
          code: ImportProblemCode.NoHeaderRow,
          message: 'No sheet has a header row naming the columns Ref, Objective code, Action, Lead agency and Due date (download the template to see them)',
        },
      ],
      warnings: [],
      data: { headerRow: 1, headers: new Map(), rows: [] },
    };
  }
  const complete = (c: Candidate) => (c.header.match.missing.length === 0 ? 1 : 0);
  const chosen = candidates.reduce((best, c) =>
    complete(c) > complete(best) ||
    (complete(c) === complete(best) && (c.actions > best.actions || (c.actions === best.actions && c.header.match.columns.size > best.header.match.columns.size)))
      ? c
      : best,
  );
  const { grid, header, texts } = chosen;
  const { match } = header;
  const headerRow = grid.rows[header.last].row;
  const warnings: ImportWarning[] = [];
  if (grids.length > 1) {
    const others = grids.filter((g) => g !== grid).map((g) => `"${g.name ?? ''}"`);
    warnings.push({
      row: null,
      column: null,
      field: null,
      code: ImportWarningCode.SheetChosen,
      message: `Read the sheet "${grid.name ?? ''}", which holds the plan (not ${others.join(', ')})`,
    });
  }
  for (const s of match.shadowed) {
    warnings.push({
      row: headerRow,
      column: s.header,
      field: null,
      code: ImportWarningCode.ColumnIgnored,
      message: `"${s.header}" is not read: "${s.by}" gives the ${columnLabel(s.field)}`,
    });
  }
  // A board pack's RAG is derived (its reasons beside it), not what the lead reported: reading it
  // back would record the rules' own verdict as a reported rating.
  const spans = new Map(header.spans);
  const ignored = [...match.ignored];
  const derivedRag =
    spans.has('rag') &&
    header.texts.some((t) =>
      /^(?:rag )?reasons?$/.test(
        t
          .toLowerCase()
          .replace(/[^a-z]+/g, ' ')
          .trim(),
      ),
    );
  if (derivedRag) {
    const ragHeader = match.headers.get('rag')!;
    spans.delete('rag');
    ignored.push(ragHeader);
    warnings.push({
      row: headerRow,
      column: ragHeader,
      field: 'rag',
      code: ImportWarningCode.ColumnIgnored,
      message: `"${ragHeader}" is not read: beside its reasons it is the RAG the rules derived (a board pack), not a reported one`,
    });
  }
  const problems: ImportProblem[] = [
    ...match.missing.map((field) => ({
      row: headerRow,
      column: columnLabel(field),
      field,
      code: ImportProblemCode.MissingColumn,
      message: `No column for ${columnLabel(field)}; it is required (see the template for the headers)`,
    })),
    ...match.duplicates.map(({ field, headers }) => ({
      row: headerRow,
      column: headers[1],
      field,
      code: ImportProblemCode.DuplicateColumn,
      message: `${headers.map((h) => `"${h}"`).join(' and ')} both name the ${columnLabel(field)} column; keep one`,
    })),
  ];
  const headerKey = texts[header.last].join('\u0001');
  const rows: SheetRow[] = [];
  if (problems.length === 0) {
    grid.rows.slice(header.last + 1).forEach((r, i) => {
      if (texts[header.last + 1 + i].join('\u0001') === headerKey) {
        warnings.push({ row: r.row, column: null, field: null, code: ImportWarningCode.RowSkipped, message: 'Skipped: it repeats the header row' });
        return;
      }
      rows.push({ row: r.row, cells: new Map([...spans].map(([field, cols]) => [field, fieldValue(unmerge(r.cells), cols)] as const)) });
    });
  }
  const headers = new Map([...match.headers].filter(([field]) => spans.has(field)));
  return {
    sheet: grid.name,
    headerRow,
    columns: [...headers].map(([field, h]) => ({ header: h, field })),
    ignoredColumns: ignored,
    problems,
    warnings,
    data: { headerRow, headers, rows },
  };
}
