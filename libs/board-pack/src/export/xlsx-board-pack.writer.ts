import ExcelJS from 'exceljs';
import type { RollUp } from '@app/board-report/rules';
import { longDate } from '@app/file-formats';
import { ACTION_STATUS_LABEL, labelOf, PILLAR_LABEL, PILLARS, RAG_LABEL, RAG_REASON_LABEL, RAGS } from '@app/domain';
import { ActionLine, BoardPackData, changeKindsText, changeText, ComplianceLine, LastBoard, RAG_COLOURS } from './board-pack.data';

/** One column of a table sheet: header, width, and how a row fills it. */
interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => ExcelJS.CellValue;
  /** Number format (dates get the UK one). */
  numFmt?: string;
  wrap?: boolean;
  /** The cell shows a RAG: filled with its colour. */
  rag?: boolean;
}

const DATE_FMT = 'dd/mm/yyyy';
const HEADER_FILL = 'FF1F3A5F';

/** A calendar date as the Date exceljs writes as that day (it stores UTC midnight). */
function excelDate(date: string | null): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

const ROLL_UP_COLUMNS: Column<{ rollUp: RollUp }>[] = [
  { header: 'Actions', width: 9, value: (r) => r.rollUp.total },
  { header: 'Completed', width: 11, value: (r) => r.rollUp.completed },
  { header: 'Progress %', width: 11, value: (r) => r.rollUp.progress, numFmt: '0.0' },
  { header: 'Red', width: 7, value: (r) => r.rollUp.byRag.red },
  { header: 'Amber', width: 8, value: (r) => r.rollUp.byRag.amber },
  { header: 'Green', width: 8, value: (r) => r.rollUp.byRag.green },
  { header: 'Blue', width: 7, value: (r) => r.rollUp.byRag.blue },
  { header: 'Overdue', width: 9, value: (r) => r.rollUp.overdue },
  { header: 'Due soon', width: 9, value: (r) => r.rollUp.dueSoon },
  { header: 'Stale', width: 7, value: (r) => r.rollUp.stale },
  { header: 'Not started', width: 11, value: (r) => r.rollUp.byStatus.notStarted },
  { header: 'In progress', width: 11, value: (r) => r.rollUp.byStatus.inProgress },
  { header: 'On hold', width: 9, value: (r) => r.rollUp.byStatus.onHold },
  { header: 'Cancelled', width: 10, value: (r) => r.rollUp.cancelled },
];

/** The latest return of a red or overdue action (BoardPackData.latestReturns), as two columns. */
const returnColumns = (data: BoardPackData): Column<ActionLine>[] => [
  { header: 'Latest return (red or overdue)', width: 60, value: (a) => data.latestReturns?.[a.ref]?.narrative ?? null, wrap: true },
  {
    header: 'Return by',
    width: 26,
    value: (a) => {
      const r = data.latestReturns?.[a.ref];
      return r ? `${[r.author, r.agency].filter(Boolean).join(', ')} (${r.reportedOn.split('-').reverse().join('/')})` : null;
    },
    wrap: true,
  },
];

/** The due date before any move in force, for a re-baselined action only (blank otherwise). */
const ORIGINALLY_DUE: Column<ActionLine> = {
  header: 'Originally due',
  width: 12,
  value: (a) => (a.originalDueDate && a.originalDueDate !== a.dueDate ? excelDate(a.originalDueDate) : null),
  numFmt: DATE_FMT,
};

const ACTION_COLUMNS: Column<ActionLine>[] = [
  { header: 'Ref', width: 7, value: (a) => a.ref },
  { header: 'Action', width: 48, value: (a) => a.title, wrap: true },
  { header: 'Pillar', width: 10, value: (a) => labelOf(PILLAR_LABEL, a.pillar) },
  { header: 'Objective', width: 10, value: (a) => a.objectiveCode },
  { header: 'Lead agency', width: 30, value: (a) => a.leadAgency, wrap: true },
  { header: 'Supporting agencies', width: 30, value: (a) => a.supportingAgencies.join('; '), wrap: true },
  { header: 'Due date', width: 12, value: (a) => excelDate(a.dueDate), numFmt: DATE_FMT },
  ORIGINALLY_DUE,
  { header: 'Days overdue', width: 9, value: (a) => a.daysOverdue },
  { header: 'Status', width: 12, value: (a) => labelOf(ACTION_STATUS_LABEL, a.status) },
  { header: 'Progress %', width: 10, value: (a) => a.progress },
  { header: 'RAG', width: 8, value: (a) => (a.rag ? labelOf(RAG_LABEL, a.rag) : null), rag: true },
  { header: 'Reasons', width: 30, value: (a) => a.ragReasons.map((r) => labelOf(RAG_REASON_LABEL, r)).join(', '), wrap: true },
  { header: 'Last update', width: 12, value: (a) => excelDate(a.lastReportedOn), numFmt: DATE_FMT },
];

const ALL_ACTION_COLUMNS: Column<ActionLine>[] = [
  { header: 'Ref', width: 7, value: (a) => a.ref },
  { header: 'Action', width: 48, value: (a) => a.title, wrap: true },
  { header: 'Pillar', width: 10, value: (a) => labelOf(PILLAR_LABEL, a.pillar) },
  { header: 'Objective code', width: 10, value: (a) => a.objectiveCode },
  { header: 'Objective', width: 40, value: (a) => a.objectiveTitle, wrap: true },
  { header: 'Lead agency', width: 30, value: (a) => a.leadAgency, wrap: true },
  { header: 'Supporting agencies', width: 36, value: (a) => a.supportingAgencies.join('; '), wrap: true },
  { header: 'Start date', width: 12, value: (a) => excelDate(a.startDate), numFmt: DATE_FMT },
  { header: 'Due date', width: 12, value: (a) => excelDate(a.dueDate), numFmt: DATE_FMT },
  ORIGINALLY_DUE,
  { header: 'Status', width: 12, value: (a) => labelOf(ACTION_STATUS_LABEL, a.status) },
  { header: '% complete', width: 10, value: (a) => a.percentComplete },
  { header: 'Progress %', width: 10, value: (a) => a.progress },
  { header: 'RAG', width: 8, value: (a) => (a.rag ? labelOf(RAG_LABEL, a.rag) : null), rag: true },
  { header: 'Reasons', width: 30, value: (a) => a.ragReasons.map((r) => labelOf(RAG_REASON_LABEL, r)).join(', '), wrap: true },
  { header: 'Overdue', width: 9, value: (a) => a.overdue },
  { header: 'Days overdue', width: 9, value: (a) => a.daysOverdue },
  { header: 'Due soon', width: 9, value: (a) => a.dueSoon },
  { header: 'Stale', width: 8, value: (a) => a.stale },
  { header: 'Last update', width: 12, value: (a) => excelDate(a.lastReportedOn), numFmt: DATE_FMT },
];

function ragFill(cell: ExcelJS.Cell, rag: string | null | undefined): void {
  const colours = rag ? RAG_COLOURS[rag] : undefined;
  if (!colours) return;
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colours.fill}` } };
  cell.font = { ...(cell.font ?? {}), color: { argb: `FF${colours.text}` }, bold: true };
}

const RAG_BY_LABEL = new Map<string, string>(RAGS.map((rag) => [RAG_LABEL[rag], rag]));

/**
 * Writes a table from `top` (its header row) down: bold white-on-navy headers, typed cells, wrapped
 * long text, RAG cells in their colours, and count columns named Red/Amber/Green/Blue headed in
 * theirs. Returns the last row written.
 */
function writeTable<T>(sheet: ExcelJS.Worksheet, top: number, columns: Column<T>[], rows: T[], first: Column<T>[] = []): number {
  const all = [...first, ...columns];
  const header = sheet.getRow(top);
  all.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    const rag = RAG_BY_LABEL.get(column.header);
    if (rag) ragFill(cell, rag);
    if (!sheet.getColumn(i + 1).width || sheet.getColumn(i + 1).width! < column.width) sheet.getColumn(i + 1).width = column.width;
  });
  header.height = rowHeight(
    all.map((c) => [c.header, c.width]),
    1,
  );
  rows.forEach((row, r) => {
    const excelRow = sheet.getRow(top + 1 + r);
    const wrapped: [string, number][] = [];
    all.forEach((column, i) => {
      const cell = excelRow.getCell(i + 1);
      cell.value = column.value(row);
      if (column.wrap && typeof cell.value === 'string') wrapped.push([cell.value, column.width]);
      if (column.numFmt) cell.numFmt = column.numFmt;
      cell.alignment = { vertical: 'top', wrapText: column.wrap ?? false };
      if (column.rag && typeof cell.value === 'string') ragFill(cell, RAG_BY_LABEL.get(cell.value));
      const countRag = RAG_BY_LABEL.get(column.header);
      if (countRag && typeof cell.value === 'number' && cell.value > 0) ragFill(cell, countRag);
    });
    // Excel does not grow a row for wrapped text it did not type itself: give each row the height
    // its longest wrapped cell needs, so printed rows never overlap.
    if (wrapped.length) excelRow.height = rowHeight(wrapped, 1);
  });
  return top + rows.length;
}

/** Points of row height that fit each text wrapped in its column width (characters), at least `min` lines. */
export function rowHeight(cells: [string, number][], min: number): number {
  const lines = Math.max(
    min,
    ...cells.map(([text, width]) => {
      const perLine = Math.max(1, Math.floor(width * 1.1) - 1);
      return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    }),
  );
  return Math.min(409, 15 * lines + 3);
}

/** Landscape A4, one page wide, the header rows repeated on every printed page. */
function printSetup(sheet: ExcelJS.Worksheet, titleRows: string | null, pagesWide = 1): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: pagesWide,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (titleRows) sheet.pageSetup.printTitlesRow = titleRows;
  sheet.headerFooter = { oddFooter: '&L&A&RPage &P of &N', oddHeader: '' };
}

/** A sheet whose first row is a table header: frozen, filtered, printed landscape with the header on every page. */
/** Rows of any one sheet of the XLSX pack; beyond it a note says how many are left out. */
export const XLSX_MAX_SHEET_ROWS = 20_000;

/** Column widths (characters) that still read on one landscape A4 page once fitted to it. */
const PRINTED_WIDTH_PER_PAGE = 200;

function tableSheet<T>(workbook: ExcelJS.Workbook, name: string, columns: Column<T>[], allRows: T[], empty: string): ExcelJS.Worksheet {
  const rows = allRows.slice(0, XLSX_MAX_SHEET_ROWS);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const last = writeTable(sheet, 1, columns, rows);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(last, 1), column: columns.length } };
  // A wide table is printed over several pages across, with its first two columns (ref and
  // title) repeated on each, rather than squeezed onto one page width.
  const pagesWide = Math.min(3, Math.ceil(columns.reduce((n, c) => n + c.width, 0) / PRINTED_WIDTH_PER_PAGE));
  printSetup(sheet, '1:1', pagesWide);
  if (pagesWide > 1) sheet.pageSetup.printTitlesColumn = 'A:B';
  if (allRows.length > rows.length) {
    const note = sheet.getCell(last + 2, 1);
    note.value = `${allRows.length - rows.length} more rows are not shown: a sheet of the pack holds at most ${XLSX_MAX_SHEET_ROWS}.`;
    note.font = { italic: true, color: { argb: 'FF666666' } };
  }
  if (rows.length === 0) {
    const note = sheet.getCell(3, 1);
    note.value = empty;
    note.font = { italic: true, color: { argb: 'FF666666' } };
  }
  return sheet;
}

/**
 * The board pack workbook: a summary (overall and by P, RAG counts in their colours), then one
 * sheet per table of the board report and every action as of the date. Dates are date cells,
 * figures numbers, flags booleans; header rows are frozen and filtered.
 */
export async function boardPackXlsx(data: BoardPackData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Partnership Delivery Tracker';
  workbook.created = data.generatedAt;
  workbook.title = `Board pack: ${data.plan.title}, as of ${data.asOf}`;
  workbook.subject = data.partnership.name;

  const summary = workbook.addWorksheet('Summary', { views: [{ state: 'frozen', ySplit: 9, xSplit: 0 }] });
  printSetup(summary, '9:9');
  summary.getColumn(1).width = 26;
  // Wide enough for a date (dd/mm/yyyy) and a date-time, which Excel shows as ### when they do not fit.
  summary.getColumn(2).width = 17;
  summary.getCell('A1').value = `Board pack: ${data.partnership.name}`;
  summary.getCell('A1').font = { bold: true, size: 16, color: { argb: HEADER_FILL } };
  summary.getCell('A2').value = `${data.plan.title}${data.strategy.title ? ` (${data.strategy.title})` : ''}`;
  summary.getCell('A2').font = { size: 12 };
  const facts: [string, ExcelJS.CellValue, string?][] = [
    ['As of', excelDate(data.asOf), DATE_FMT],
    ['Changes since', excelDate(data.since), DATE_FMT],
    ...(data.sinceMeeting ? [['Compared with', `${data.sinceMeeting.title} (${longDate(data.sinceMeeting.date)})`] as [string, ExcelJS.CellValue]] : []),
    ['Plan period', `${longDate(data.plan.startDate)} to ${longDate(data.plan.endDate)}`],
    [
      'Rules',
      `Stale: no update for ${data.settings.staleAfterDays} days. Due soon: within ${data.settings.dueSoonDays} days.${data.publication ? ` Rule version ${data.publication.ruleVersion}.` : ''} See the Key sheet.`,
    ],
    ['Produced', data.generatedAt, 'dd/mm/yyyy hh:mm'],
  ];
  facts.forEach(([label, value, numFmt], i) => {
    const row = summary.getRow(3 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value ?? '—';
    if (numFmt && value) row.getCell(2).numFmt = numFmt;
    row.getCell(2).alignment = { horizontal: 'left' };
  });
  const groups = [{ group: 'Whole plan', rollUp: data.overall }, ...data.byPillar.map((p) => ({ group: labelOf(PILLAR_LABEL, p.pillar), rollUp: p.rollUp }))];
  const last = writeTable(summary, 9, ROLL_UP_COLUMNS, groups, [{ header: 'Group', width: 26, value: (g: { group: string }) => g.group }]);
  summary.getRow(10).font = { bold: true };
  summary.autoFilter = { from: { row: 9, column: 1 }, to: { row: last, column: ROLL_UP_COLUMNS.length + 1 } };
  if (data.publication) {
    const pub = data.publication;
    const note = summary.getCell(last + 2, 1);
    note.value =
      `Published pack, version ${pub.version}, ${pub.publishedAt.slice(0, 10).split('-').reverse().join('/')} by ${pub.publishedBy}` +
      `${pub.meetingTitle ? ` for ${pub.meetingTitle}` : ''}${pub.meetingDate ? ` (${longDate(pub.meetingDate)})` : ''}${pub.reason ? `. Reason: ${pub.reason}` : ''}.`;
    note.font = { italic: true };
  }
  if (data.published) {
    const n = data.published.differences.length;
    const note = summary.getCell(last + 2, 1);
    note.value = n
      ? `Differs from the pack published on ${data.published.publishedAt.slice(0, 10).split('-').reverse().join('/')} (version ${data.published.version}) for these dates: ${n} difference${n === 1 ? '' : 's'} (see the PDF pack or publishedBoardPack.differences).`
      : `Matches the pack published on ${data.published.publishedAt.slice(0, 10).split('-').reverse().join('/')} (version ${data.published.version}) for these dates.`;
    note.font = { bold: true, color: { argb: n ? 'FFC0392B' : HEADER_FILL } };
  }
  if (data.lastBoard) {
    const lb = data.lastBoard;
    const row = last + 3;
    writeTable(
      summary,
      row,
      ROLL_UP_COLUMNS,
      [{ group: `At the last board (as of ${lb.asOf.split('-').reverse().join('/')})`, rollUp: lb.overall }],
      [{ header: 'Whole plan, last board', width: 26, value: (g: { group: string }) => g.group, wrap: true }],
    );
  }

  if (data.commentary) {
    const sheet = workbook.addWorksheet('Commentary');
    printSetup(sheet, null);
    sheet.getColumn(1).width = 20;
    sheet.getColumn(2).width = 110;
    sheet.getCell('A1').value = 'Commentary';
    sheet.getCell('A1').font = { bold: true, size: 14, color: { argb: HEADER_FILL } };
    const parts: [string, string][] = [
      ['Executive summary', data.commentary.summary],
      ...PILLARS.map((p): [string, string] => [PILLAR_LABEL[p], data.commentary!.pillars[p] ?? '']),
    ];
    parts
      .filter(([, text]) => text)
      .forEach(([label, text], i) => {
        const row = sheet.getRow(3 + i);
        row.getCell(1).value = label;
        row.getCell(1).font = { bold: true };
        row.getCell(1).alignment = { vertical: 'top' };
        row.getCell(2).value = text;
        row.getCell(2).alignment = { vertical: 'top', wrapText: true };
        row.height = rowHeight([[text, 110]], 1);
      });
  }
  if (data.lastBoard) {
    const lb = data.lastBoard;
    const sheet = tableSheet(
      workbook,
      'Since last board',
      [
        { header: 'What', width: 12, value: (d: LastBoard['differences'][number]) => (d.kind === 'FIGURE' ? 'Whole plan' : d.kind === 'PILLAR' ? 'P' : 'Action') },
        { header: 'P or ref', width: 10, value: (d) => (d.kind === 'PILLAR' ? (d.ref === null ? null : labelOf(PILLAR_LABEL, d.ref)) : d.ref) },
        {
          header: 'Figure or field',
          width: 24,
          value: (d) =>
            d.kind === 'ACTION_ADDED'
              ? 'Added'
              : d.kind === 'ACTION_REMOVED'
                ? 'Removed'
                : d.path.slice(d.path.indexOf('.', d.kind === 'ACTION' ? (d.ref ?? '').length : 0) + 1),
        },
        { header: 'At the last board', width: 40, value: (d) => d.before, wrap: true },
        { header: 'Now', width: 40, value: (d) => d.after, wrap: true },
      ],
      lb.differences,
      'Nothing changed since the last board.',
    );
    sheet.headerFooter = {
      oddHeader: `&LSince the pack published ${lb.publishedAt.slice(0, 10)} (as of ${lb.asOf}, version ${lb.version})`,
      oddFooter: '&L&A&RPage &P of &N',
    };
  }

  tableSheet(
    workbook,
    'By objective',
    [
      { header: 'Pillar', width: 10, value: (o: BoardPackData['byObjective'][number]) => labelOf(PILLAR_LABEL, o.pillar) },
      { header: 'Code', width: 8, value: (o) => o.code },
      { header: 'Objective', width: 50, value: (o) => o.title, wrap: true },
      ...(ROLL_UP_COLUMNS as Column<BoardPackData['byObjective'][number]>[]),
    ],
    data.byObjective,
    'The strategy has no objectives.',
  );
  tableSheet(
    workbook,
    'By agency',
    [
      { header: 'Lead agency', width: 40, value: (a: BoardPackData['byAgency'][number]) => a.agency, wrap: true },
      ...(ROLL_UP_COLUMNS as Column<BoardPackData['byAgency'][number]>[]),
    ],
    data.byAgency,
    'No agency leads an action yet.',
  );
  tableSheet(workbook, 'Overdue actions', [...ACTION_COLUMNS, ...returnColumns(data)], data.overdueActions, 'No action is overdue.');
  tableSheet(
    workbook,
    'Overdue milestones',
    [
      { header: 'Ref', width: 7, value: (m: BoardPackData['overdueMilestones'][number]) => m.ref },
      { header: 'Action', width: 40, value: (m) => m.actionTitle, wrap: true },
      { header: 'Lead agency', width: 30, value: (m) => m.leadAgency, wrap: true },
      { header: 'Milestone', width: 40, value: (m) => m.milestone, wrap: true },
      { header: 'Due date', width: 12, value: (m) => excelDate(m.dueDate), numFmt: DATE_FMT },
      { header: 'Days overdue', width: 9, value: (m) => m.daysOverdue },
    ],
    data.overdueMilestones,
    'No milestone is overdue.',
  );
  tableSheet(workbook, 'Due soon', ACTION_COLUMNS, data.dueSoon, `No open action is due in the next ${data.settings.dueSoonDays} days.`);
  tableSheet(workbook, 'Stale', ACTION_COLUMNS, data.staleActions, 'Every open action has a recent update.');
  if ((data.roundCompliance ?? []).length > 0) {
    tableSheet(
      workbook,
      'Returns by agency',
      [
        { header: 'Agency', width: 36, value: (c: ComplianceLine) => c.agency, wrap: true },
        { header: 'Due', width: 8, value: (c) => c.due },
        { header: 'On time', width: 9, value: (c) => c.onTime },
        { header: 'Late', width: 8, value: (c) => c.late },
        { header: 'Missed', width: 8, value: (c) => c.missed },
        { header: 'Outstanding', width: 12, value: (c) => c.outstanding },
        { header: 'Acknowledged', width: 13, value: (c) => c.acknowledged },
      ],
      data.roundCompliance!,
      'No returns were due.',
    );
  }
  tableSheet(
    workbook,
    'Changes',
    [
      // What a board reads first fits the first printed page; the details follow on the next.
      { header: 'Ref', width: 7, value: (c: BoardPackData['changes'][number]) => c.ref },
      { header: 'Action', width: 36, value: (c) => c.title, wrap: true },
      { header: 'Lead agency', width: 22, value: (c) => c.leadAgency, wrap: true },
      { header: 'Change', width: 22, value: changeKindsText, wrap: true },
      { header: 'What changed', width: 60, value: (c) => changeText(c), wrap: true },
      { header: 'RAG before', width: 10, value: (c) => (c.ragBefore ? labelOf(RAG_LABEL, c.ragBefore) : null), rag: true },
      { header: 'RAG after', width: 10, value: (c) => (c.ragAfter ? labelOf(RAG_LABEL, c.ragAfter) : null), rag: true },
      { header: 'Status before', width: 13, value: (c) => labelOf(ACTION_STATUS_LABEL, c.statusBefore) },
      { header: 'Status after', width: 13, value: (c) => labelOf(ACTION_STATUS_LABEL, c.statusAfter) },
      { header: 'Reasons before', width: 24, value: (c) => (c.ragReasonsBefore ?? []).map((r) => labelOf(RAG_REASON_LABEL, r)).join(', '), wrap: true },
      { header: 'Reasons after', width: 24, value: (c) => (c.ragReasonsAfter ?? []).map((r) => labelOf(RAG_REASON_LABEL, r)).join(', '), wrap: true },
      { header: 'Due date before', width: 12, value: (c) => excelDate(c.dueDateBefore ?? null), numFmt: DATE_FMT },
      { header: 'Due date after', width: 12, value: (c) => excelDate(c.dueDateAfter ?? null), numFmt: DATE_FMT },
    ],
    data.changes,
    data.since ? `No action changed since ${longDate(data.since)}.` : 'Give a "since" date to list what changed.',
  );
  tableSheet(
    workbook,
    'Updates',
    [
      { header: 'Reported on', width: 12, value: (u: BoardPackData['updatesSince'][number]) => excelDate(u.reportedOn), numFmt: DATE_FMT },
      { header: 'Ref', width: 7, value: (u) => u.ref },
      { header: 'Action', width: 40, value: (u) => u.title, wrap: true },
      { header: 'Agency', width: 28, value: (u) => u.agency, wrap: true },
      { header: 'Author', width: 20, value: (u) => u.author },
      { header: 'Status', width: 12, value: (u) => labelOf(ACTION_STATUS_LABEL, u.status) },
      { header: '% complete', width: 10, value: (u) => u.percentComplete },
      { header: 'RAG', width: 8, value: (u) => (u.rag ? labelOf(RAG_LABEL, u.rag) : null), rag: true },
      { header: 'Narrative', width: 70, value: (u) => u.narrative, wrap: true },
    ],
    data.updatesSince,
    data.since ? `No progress was reported since ${longDate(data.since)}.` : 'Give a "since" date to list the updates reported since.',
  );
  tableSheet(workbook, 'All actions', [...ALL_ACTION_COLUMNS, ...returnColumns(data)], data.allActions, 'The plan has no actions.');

  keySheet(workbook, data);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What the colours and flags mean, and the rules and settings that produced the figures. */
function keySheet(workbook: ExcelJS.Workbook, data: BoardPackData): void {
  const sheet = workbook.addWorksheet('Key');
  printSetup(sheet, null);
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 100;
  sheet.getCell('A1').value = 'Key';
  sheet.getCell('A1').font = { bold: true, size: 14, color: { argb: HEADER_FILL } };
  const rows: [string, string, string | null][] = [
    ['Red', 'Overdue (open and past its due date), or the lead agency reported red.', 'RED'],
    ['Amber', `A milestone overdue, no update for ${data.settings.staleAfterDays} days, reported amber, or on hold.`, 'AMBER'],
    ['Green', 'Open and on track.', 'GREEN'],
    ['Blue', 'Completed.', 'BLUE'],
    ['Progress %', '100 for a completed action, else the percent complete reported; a group shows the mean of its actions that are not cancelled.', null],
    ['Overdue', 'Open and past its due date on the as-of date.', null],
    ['Due soon', `Open and due within ${data.settings.dueSoonDays} days of the as-of date.`, null],
    ['Stale', `Open with no progress update in the ${data.settings.staleAfterDays} days before the as-of date.`, null],
    ['Cancelled', 'Counted apart: left out of every other figure.', null],
    [
      'Rules in force',
      `staleAfterDays ${data.settings.staleAfterDays}, dueSoonDays ${data.settings.dueSoonDays}${data.publication ? `, rule version ${data.publication.ruleVersion}` : ''}.`,
      null,
    ],
  ];
  rows.forEach(([label, text, rag], i) => {
    const row = sheet.getRow(3 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    if (rag) ragFill(row.getCell(1), rag);
    row.getCell(2).value = text;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight([[text, 100]], 1);
  });
}
