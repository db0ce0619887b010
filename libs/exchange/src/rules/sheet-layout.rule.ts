import { cellText } from './cell-values.rule';
import { ImportProblem, ImportProblemCode, ImportSheet, SheetRow } from './import-plan.rule';
import { columnLabel, findHeaderRow, ImportField, matchHeaderRow } from './plan-columns.rule';
import { CellValue } from './sheet-date.rule';

/** A sheet as read: its non-blank rows with their spreadsheet row numbers. */
export interface GridLike {
  name: string | null;
  rows: readonly { row: number; cells: readonly CellValue[] }[];
}

export interface SheetLayout {
  sheet: string | null;
  /** Null when no sheet has a header row. */
  headerRow: number | null;
  columns: { header: string; field: ImportField }[];
  ignoredColumns: string[];
  /** Problems with the header itself; when any, `sheet.rows` is empty. */
  problems: ImportProblem[];
  data: ImportSheet;
}

/**
 * Finds the delivery plan in a workbook: the first sheet with a header row (see `findHeaderRow`),
 * its columns, and the rows under the header keyed by column. A missing required column or a
 * column named twice is a problem on the header row, and then no row is read.
 */
export function layoutSheet(grids: readonly GridLike[]): SheetLayout {
  for (const grid of grids) {
    const index = findHeaderRow(grid.rows.map((r) => r.cells.map(cellText)));
    if (index === null) continue;
    const header = grid.rows[index];
    const match = matchHeaderRow(header.cells.map(cellText));
    const problems: ImportProblem[] = [
      ...match.missing.map((field) => ({
        row: header.row,
        column: columnLabel(field),
        field,
        code: ImportProblemCode.MissingColumn,
        message: `No column for ${columnLabel(field)}; it is required (see the template for the headers)`,
      })),
      ...match.duplicates.map(({ field, headers }) => ({
        row: header.row,
        column: headers[1],
        field,
        code: ImportProblemCode.DuplicateColumn,
        message: `${headers.map((h) => `"${h}"`).join(' and ')} both name the ${columnLabel(field)} column; keep one`,
      })),
    ];
    const rows: SheetRow[] =
      problems.length > 0
        ? []
        : grid.rows.slice(index + 1).map((r) => ({
            row: r.row,
            cells: new Map([...match.columns].map(([field, col]) => [field, r.cells[col] ?? null] as const)),
          }));
    return {
      sheet: grid.name,
      headerRow: header.row,
      columns: [...match.columns.keys()].map((field) => ({ header: match.headers.get(field)!, field })),
      ignoredColumns: match.ignored,
      problems,
      data: { headerRow: header.row, headers: match.headers, rows },
    };
  }
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
    data: { headerRow: 1, headers: new Map(), rows: [] },
  };
}
