import { cellText, isBlank } from './cell-values.rule';
import { ImportProblem, ImportProblemCode, ImportWarning, ImportWarningCode, SheetRow } from './import-plan.types';
import { columnLabel, ImportField } from './plan-columns.rule';
import { CellValue, parseSheetDate } from './sheet-date.rule';

/** The problems and warnings an import plan collects, each naming the column as the file heads it. */
export interface Findings {
  problems: ImportProblem[];
  warnings: ImportWarning[];
  column(field: ImportField): string;
  problem(row: number, field: ImportField | null, code: ImportProblemCode, message: string): void;
  warn(row: number | null, field: ImportField | null, code: ImportWarningCode, message: string): void;
}

export function findings(headers: ReadonlyMap<ImportField, string>): Findings {
  const problems: ImportProblem[] = [];
  const warnings: ImportWarning[] = [];
  const column = (field: ImportField): string => headers.get(field) ?? columnLabel(field);
  return {
    problems,
    warnings,
    column,
    problem: (row, field, code, message) => problems.push({ row, column: field ? column(field) : null, field, code, message }),
    warn: (row, field, code, message) => warnings.push({ row, column: field ? column(field) : null, field, code, message }),
  };
}

/** One row's cells, read as the sections need them; a cell that cannot be read is a problem of the row. */
export interface RowReader {
  row: number;
  cells: SheetRow['cells'];
  found: Findings;
  has(field: ImportField): boolean;
  value(field: ImportField): CellValue;
  text(field: ImportField): string;
  problem(field: ImportField | null, code: ImportProblemCode, message: string): void;
  /** The text of a required cell, or null (a problem) when blank or too long. */
  requiredText(field: ImportField, max: number): string | null;
  /** undefined when the column is absent (or the cell too long: a problem), null when blank. */
  optionalText(field: ImportField, max: number): string | null | undefined;
  /** undefined when the column is absent (or the date unreadable: a problem), null when blank. */
  optionalDate(field: ImportField): string | null | undefined;
}

export function rowReader(found: Findings, { row, cells }: SheetRow): RowReader {
  const has = (field: ImportField): boolean => cells.has(field);
  const value = (field: ImportField): CellValue => cells.get(field) ?? null;
  const text = (field: ImportField): string => cellText(value(field));
  const problem = (field: ImportField | null, code: ImportProblemCode, message: string): void => found.problem(row, field, code, message);
  return {
    row,
    cells,
    found,
    has,
    value,
    text,
    problem,
    requiredText(field, max) {
      const t = text(field);
      if (t === '') problem(field, ImportProblemCode.Required, `${found.column(field)} is required`);
      else if (t.length > max) problem(field, ImportProblemCode.TooLong, `At most ${max} characters (this has ${t.length})`);
      else return t;
      return null;
    },
    optionalText(field, max) {
      if (!has(field)) return undefined;
      const t = text(field);
      if (t.length > max) {
        problem(field, ImportProblemCode.TooLong, `At most ${max} characters (this has ${t.length})`);
        return undefined;
      }
      return t === '' ? null : t;
    },
    optionalDate(field) {
      if (!has(field)) return undefined;
      if (isBlank(value(field))) return null;
      const parsed = parseSheetDate(value(field));
      if (parsed.ok) return parsed.date;
      problem(field, ImportProblemCode.BadDate, parsed.message);
      return undefined;
    },
  };
}
