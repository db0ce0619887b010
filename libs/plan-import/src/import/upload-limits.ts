/**
 * What an uploaded spreadsheet may hold, checked while it is read (docs/exchange.md, "Limits").
 * A delivery plan import takes at most 2,000 actions of about 20 columns; these leave room for
 * notes, extra sheets and formatting while keeping one upload's memory to tens of megabytes.
 */
export const UPLOAD_LIMITS = {
  /** Parts (files) in an .xlsx archive. */
  maxZipEntries: 1000,
  /** Unpacked bytes of any one part of an .xlsx (a 2,000-row sheet is about 1 MB). */
  maxZipEntryBytes: 16 * 1024 * 1024,
  /** Unpacked bytes of the parts of an .xlsx that are read. */
  maxZipTotalBytes: 48 * 1024 * 1024,
  /** Columns read: a value beyond column IV (256) is refused, empty cells there ignored. */
  maxColumns: 256,
  /** Rows per sheet (xlsx `<row>`s, or CSV rows with a value). */
  maxRows: 50_000,
  /** Cells per sheet (merged ranges count every cell they cover). */
  maxSheetCells: 50_000,
  /** Cells in the whole workbook: exceljs holds about 0.6 KB per cell while reading (2,000 actions of 20 columns are 40,000). */
  maxWorkbookCells: 60_000,
  /** Distinct texts (shared strings) in an .xlsx. */
  maxSharedStrings: 200_000,
  /** Cell formats in an .xlsx (Excel itself allows about 64,000). */
  maxCellFormats: 65_000,
  /** Lines with at least one field (delimiters count) in a CSV; empty lines are skipped, not counted. */
  maxCsvRecords: 100_000,
  /** Fields in one CSV record, blank ones included (Excel's own column count). */
  maxCsvFields: 16_384,
} as const;
