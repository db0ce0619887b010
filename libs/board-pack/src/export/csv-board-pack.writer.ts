import { inertText } from '@app/file-formats';
import { stringify } from 'csv-stringify/sync';
import { ActionLine, BoardPackData } from './board-pack.data';

/** Columns of the CSV export, in order. Codes (IN_PROGRESS, RED) rather than words, so other tools can read it. */
export const CSV_COLUMNS: readonly [string, (a: ActionLine, data: BoardPackData) => string | number | boolean | null][] = [
  ['As of', (_a, d) => d.asOf],
  ['Ref', (a) => a.ref],
  ['Action', (a) => a.title],
  ['Pillar', (a) => a.pillar],
  ['Objective code', (a) => a.objectiveCode],
  ['Objective title', (a) => a.objectiveTitle],
  ['Lead agency', (a) => a.leadAgency],
  ['Supporting agencies', (a) => a.supportingAgencies.join('; ')],
  ['Start date', (a) => a.startDate],
  ['Due date', (a) => a.dueDate],
  // Set only for a re-baselined action: the due date before its first move in force.
  ['Original due date', (a) => (a.originalDueDate && a.originalDueDate !== a.dueDate ? a.originalDueDate : null)],
  ['Status', (a) => a.status],
  ['Percent complete', (a) => a.percentComplete],
  ['Progress', (a) => a.progress],
  ['RAG', (a) => a.rag],
  ['RAG reasons', (a) => a.ragReasons.join('; ')],
  ['Overdue', (a) => a.overdue],
  ['Days overdue', (a) => a.daysOverdue],
  ['Due soon', (a) => a.dueSoon],
  ['Stale', (a) => a.stale],
  ['Last reported on', (a) => a.lastReportedOn],
];

/**
 * Every action of the plan with its figures as of the pack's date, one row each in ref order.
 * UTF-8 with a byte-order mark, which Excel needs to show non-ASCII names correctly; dates ISO.
 */
export function boardPackCsv(data: BoardPackData): Buffer {
  const text = stringify(
    data.allActions.map((a) => CSV_COLUMNS.map(([, value]) => inertText(value(a, data)))),
    { header: true, columns: CSV_COLUMNS.map(([name]) => name), bom: true, cast: { boolean: (v) => (v ? 'true' : 'false') }, record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}
