import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { addDays, compareDates } from '@app/calendar';
import { IMPORT_COLUMNS, ImportField } from '../rules/plan-columns.rule';
import { PILLAR_LABEL, PillarName } from '@app/domain';
import { inertText, shortDate } from '@app/file-formats';

/** What the template shows of the plan it is for: its objectives and agencies fill the example and the pick lists. */
export interface TemplateContext {
  partnershipName: string;
  planTitle: string;
  planStart: string;
  planEnd: string;
  today: string;
  objectives: { code: string; pillar: PillarName; title: string }[];
  agencies: string[];
}

type Example = Record<ImportField, string | number | { date: string }>;

/** One plausible row, using the plan's own first objective and agencies when it has them. */
export function exampleRow(ctx: TemplateContext): Example {
  const objective = ctx.objectives[0] ?? { code: 'PV1', pillar: 'PREVENT', title: 'Frontline staff can recognise and report modern slavery' };
  const [lead = 'Northshire Police', ...others] = ctx.agencies;
  const clamp = (date: string) => (compareDates(date, ctx.planEnd) > 0 ? ctx.planEnd : date);
  const start = ctx.planStart;
  const due = clamp(addDays(start, 364));
  const reported = compareDates(addDays(start, 60), ctx.today) <= 0 ? addDays(start, 60) : ctx.today;
  return {
    ref: '1.1',
    pillar: PILLAR_LABEL[objective.pillar],
    objectiveCode: objective.code,
    objectiveTitle: objective.title,
    title: 'Deliver modern slavery awareness training to frontline staff',
    description: 'Half-day course for housing, licensing and neighbourhood teams, with a refresher e-learning module.',
    successMeasure: '80% of frontline staff trained; referrals to the single point of contact rise.',
    leadAgency: lead,
    supportingAgencies: others.slice(0, 2).join('; '),
    startDate: { date: start },
    dueDate: { date: due },
    milestones: `Training package agreed (${shortDate(clamp(addDays(start, 90)))}); First cohort trained (${shortDate(clamp(addDays(start, 180)))})`,
    status: 'In progress',
    percentComplete: 25,
    rag: 'Green',
    narrative: 'Training package drafted with the police training team.',
    reportedOn: { date: reported },
  };
}

/**
 * The import template as a workbook: the "Delivery plan" sheet with every header and one example
 * row (pick lists for pillar, objective, agencies, status and RAG), a "Guidance" sheet saying what
 * each column takes and which other headers are understood, and the lists themselves.
 */
export async function importTemplateXlsx(ctx: TemplateContext): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Partnership Delivery Tracker';
  workbook.title = `Delivery plan import template: ${ctx.planTitle}`;
  const sheet = workbook.addWorksheet('Delivery plan', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet('Lists');
  const guidance = workbook.addWorksheet('Guidance');

  const example = exampleRow(ctx);
  IMPORT_COLUMNS.forEach((column, i) => {
    const header = sheet.getCell(1, i + 1);
    header.value = column.label;
    header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.required ? 'FF1F3A5F' : 'FF5F6B7A' } };
    header.note = `${column.required ? 'Required. ' : ''}${column.help}`;
    const cell = sheet.getCell(2, i + 1);
    const value = example[column.field];
    cell.value = typeof value === 'object' ? new Date(`${value.date}T00:00:00Z`) : value;
    if (typeof value === 'object') cell.numFmt = 'dd/mm/yyyy';
    cell.alignment = { vertical: 'top', wrapText: true };
    sheet.getColumn(i + 1).width = ['title', 'description', 'successMeasure', 'milestones', 'narrative', 'objectiveTitle'].includes(column.field)
      ? 40
      : column.field.endsWith('Agency') || column.field === 'supportingAgencies'
        ? 28
        : 14;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: IMPORT_COLUMNS.length } };

  // Pick lists on a sheet of their own; validation is advice (warning), so a new name can still be typed.
  const listColumns: [string, string[]][] = [
    ['Pillar', ['Prevent', 'Pursue', 'Protect', 'Prepare']],
    ['Objective code', ctx.objectives.map((o) => o.code)],
    ['Agency', ctx.agencies],
    ['Status', ['Not started', 'In progress', 'On hold', 'Completed', 'Cancelled']],
    ['RAG', ['Red', 'Amber', 'Green']],
  ];
  listColumns.forEach(([name, values], i) => {
    lists.getCell(1, i + 1).value = name;
    lists.getCell(1, i + 1).font = { bold: true };
    values.forEach((v, r) => (lists.getCell(r + 2, i + 1).value = v));
    lists.getColumn(i + 1).width = name === 'Agency' ? 40 : 16;
  });
  const letter = (i: number) => String.fromCharCode(65 + i);
  // One validation per column range: exceljs's per-cell API writes overlapping ranges, which Excel repairs.
  const validations = (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  const validate = (field: ImportField, listIndex: number) => {
    const count = listColumns[listIndex][1].length;
    if (count === 0) return;
    const col = letter(IMPORT_COLUMNS.findIndex((c) => c.field === field));
    validations.add(`${col}2:${col}500`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'warning',
      formulae: [`Lists!$${letter(listIndex)}$2:$${letter(listIndex)}$${count + 1}`],
    });
  };
  validate('pillar', 0);
  validate('objectiveCode', 1);
  validate('leadAgency', 2);
  validate('status', 3);
  validate('rag', 4);

  guidance.columns = [
    { header: 'Column', width: 22 },
    { header: 'Required', width: 10 },
    { header: 'What to put in it', width: 80 },
    { header: 'Also understood as', width: 60 },
  ];
  guidance.getRow(1).font = { bold: true };
  for (const column of IMPORT_COLUMNS) {
    guidance.addRow([column.label, column.required ? 'Yes' : '', column.help, column.synonyms.join(', ')]).alignment = { vertical: 'top', wrapText: true };
  }
  guidance.addRow([]);
  for (const line of [
    `Template for "${ctx.planTitle}" (${ctx.partnershipName}). Replace the example row with your actions, one per row.`,
    'Headers may be in any order and written differently (case, spacing, the names above). Other columns are ignored.',
    'Dates: YYYY-MM-DD, DD/MM/YYYY (day first), 31 March 2025, or date cells.',
    'Rows whose ref already exists update that action; importing the same file again changes nothing.',
    'Status, % complete, RAG and Latest update, when they differ from the latest update, are recorded as a new progress update.',
    'Run a dry run first: it lists every problem by row and column and writes nothing.',
  ]) {
    guidance.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The same template as CSV: the header row and the example row (dates DD/MM/YYYY). Objective titles
 * and agency names are typed by users, so text that a spreadsheet would run as a formula is made
 * inert as in the board pack CSV.
 */
export function importTemplateCsv(ctx: TemplateContext): Buffer {
  const example = exampleRow(ctx);
  const row = IMPORT_COLUMNS.map((c) => {
    const v = example[c.field];
    return inertText(typeof v === 'object' ? shortDate(v.date) : v);
  });
  return Buffer.from(stringify([row], { header: true, columns: IMPORT_COLUMNS.map((c) => c.label), bom: true, record_delimiter: 'windows' }), 'utf8');
}
