import { compareDates } from '@app/calendar';
import { REF_PATTERN, TEXT_MAX, TITLE_MAX } from '@app/domain';
import { cellText, isBlank } from './cell-values.rule';
import { ActionFields, ExistingAction, ImportProblemCode } from './import-plan.types';
import { RowReader } from './import-row';
import { ImportField } from './plan-columns.rule';
import { CellValue, parseSheetDate } from './sheet-date.rule';
import { supportingChanged } from './import-supporting-agencies.rule';

/** Words that head a total or a note in a plan's first column, never an action's ref. */
const NOT_A_REF = /^(?:totals?|grand total|sum|count|average|key|keys|notes?|nb|summary|source|sources)$/i;

/**
 * True when a row is no action at all: no ref (or a ref cell holding a note such as "Key: RAG =
 * …" or "Total"), no action and no due date. Such rows under or inside a table are notes, keys,
 * totals or section headings; they are skipped with a warning rather than refused.
 */
export function isNotAnActionRow(cells: ReadonlyMap<ImportField, CellValue>): boolean {
  const ref = cellText(cells.get('ref') ?? null);
  const hasRef = ref !== '' && REF_PATTERN.test(ref) && !NOT_A_REF.test(ref);
  return !hasRef && isBlank(cells.get('title') ?? null) && isBlank(cells.get('dueDate') ?? null);
}

/** The row's ref (a problem when missing, malformed or on an earlier row too); `refRows` records the rows of refs seen. */
export function readRef(r: RowReader, refRows: Map<string, number>): string {
  const ref = r.text('ref');
  if (ref === '') r.problem('ref', ImportProblemCode.Required, `${r.found.column('ref')} is required`);
  else if (!REF_PATTERN.test(ref))
    r.problem('ref', ImportProblemCode.InvalidRef, `"${ref.slice(0, 40)}" is not a ref: 1-20 letters, digits, dots, hyphens or slashes, e.g. 2.3`);
  else if (refRows.has(ref)) r.problem('ref', ImportProblemCode.DuplicateRef, `Ref ${ref} is also on row ${refRows.get(ref)}`);
  else refRows.set(ref, r.row);
  return ref;
}

/** The action's title, description and success measure. */
export function readActionText(r: RowReader): { title: string | null; description: string | null | undefined; successMeasure: string | null | undefined } {
  return {
    title: r.requiredText('title', TITLE_MAX),
    description: r.optionalText('description', TEXT_MAX),
    successMeasure: r.optionalText('successMeasure', TEXT_MAX),
  };
}

/** The action's start (optional) and due (required) dates, due not before start. */
export function readActionDates(r: RowReader): { startDate: string | null | undefined; dueDate: string | null } {
  const startDate = r.optionalDate('startDate');
  let dueDate: string | null = null;
  if (isBlank(r.value('dueDate'))) r.problem('dueDate', ImportProblemCode.Required, `${r.found.column('dueDate')} is required`);
  else {
    const parsed = parseSheetDate(r.value('dueDate'));
    if (parsed.ok) dueDate = parsed.date;
    else r.problem('dueDate', ImportProblemCode.BadDate, parsed.message);
  }
  if (startDate && dueDate && compareDates(dueDate, startDate) < 0) {
    r.problem('dueDate', ImportProblemCode.DueBeforeStart, `Due ${dueDate} is before the start ${startDate}`);
  }
  return { startDate, dueDate };
}

/** The fields of the action that differ from what the row says (columns the file lacks never differ). */
export function changedFieldsOf(fields: ActionFields, current: ExistingAction): (keyof ActionFields)[] {
  const changed: (keyof ActionFields)[] = [];
  const differs = (ref: ActionFields['objective'], id: string) => !('id' in ref) || ref.id !== id;
  if (differs(fields.objective, current.objectiveId)) changed.push('objective');
  if (fields.title !== current.title) changed.push('title');
  if (fields.description !== undefined && fields.description !== current.description) changed.push('description');
  if (fields.successMeasure !== undefined && fields.successMeasure !== current.successMeasure) changed.push('successMeasure');
  if (differs(fields.leadAgency, current.leadAgencyId)) changed.push('leadAgency');
  if (fields.supportingAgencies !== undefined && supportingChanged(fields.supportingAgencies, current.supportingAgencyIds, fields.leadAgency)) {
    changed.push('supportingAgencies');
  }
  if (fields.startDate !== undefined && fields.startDate !== current.startDate) changed.push('startDate');
  if (fields.dueDate !== current.dueDate) changed.push('dueDate');
  return changed;
}
