/**
 * A CSV text's shape checked before it is parsed: one pass over the characters (quotes honoured),
 * no strings made, so a record of a million fields is refused before a parser builds it.
 */

export interface CsvLimits {
  /** Highest column a non-blank field may be in (1 = A). */
  maxColumns: number;
  /** Fields in any record, blank ones included (Excel writes trailing commas for a wide used range). */
  maxFields: number;
}

export class CsvLimitError extends Error {
  constructor(
    message: string,
    readonly limit: keyof CsvLimits | 'maxRows' | 'maxRecords',
  ) {
    super(message);
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Throws CsvLimitError for the first record breaking a limit (its 1-based record number in the message). */
export function checkCsvShape(text: string, delimiter: string, limits: CsvLimits): void {
  const sep = delimiter.charCodeAt(0);
  let record = 1;
  let field = 1;
  let quoted = false;
  let blankField = true;
  const endField = () => {
    if (!blankField && field > limits.maxColumns) {
      throw new CsvLimitError(
        `Row ${record} has a value in column ${field}; at most ${limits.maxColumns} columns are read (delete the cells to the right of the table)`,
        'maxColumns',
      );
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i += 1;
        else quoted = false;
      }
      continue;
    }
    if (c === QUOTE) {
      quoted = true;
      blankField = false;
    } else if (c === sep) {
      endField();
      field += 1;
      blankField = true;
      if (field > limits.maxFields) throw new CsvLimitError(`Row ${record} has more than ${limits.maxFields} fields, the most accepted`, 'maxFields');
    } else if (c === LF || c === CR) {
      endField();
      if (c === CR && text.charCodeAt(i + 1) === LF) i += 1;
      record += 1;
      field = 1;
      blankField = true;
    } else if (c !== 0x20 && c !== 0x09) blankField = false;
  }
  endField();
}
