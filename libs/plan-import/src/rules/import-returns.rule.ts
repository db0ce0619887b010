import { compareDates } from '@app/calendar';
import { latestUpdateAsOf, TEXT_MAX } from '@app/domain';
import type { ActionStatusName, RagName } from '@app/domain';
import { isBlank, parsePercent, parseRag, parseStatus } from './cell-values.rule';
import { ExistingAction, ExistingPlan, ExistingUpdate, ImportOptions, ImportProblemCode, ProgressChange } from './import-plan.types';
import { RowReader } from './import-row';
import { ImportField, PROGRESS_FIELDS } from './plan-columns.rule';
import { CellValue } from './sheet-date.rule';

/** The update in force on `asOf`: the one rule (`latestUpdateAsOf`), under the name the import has used. */
export const updateInForce = (updates: readonly ExistingUpdate[], asOf: string): ExistingUpdate | null => latestUpdateAsOf(updates, asOf);

/**
 * The status a row means when it gives a percentage but no status: the status in force, except that
 * work reported on a NOT_STARTED action has started, and less than 100 % is no longer COMPLETED.
 */
export function inferStatus(current: ActionStatusName, percent: number | null): ActionStatusName {
  if (percent === null) return current;
  if (current === 'NOT_STARTED' && percent > 0) return 'IN_PROGRESS';
  if (current === 'COMPLETED' && percent < 100) return 'IN_PROGRESS';
  return current;
}

/** What the row's progress cells say, as given (null where blank). */
export interface ReturnCells {
  any: boolean;
  reportedOn: string;
  status: ActionStatusName | null;
  percent: number | null;
  rag: RagName | null;
  narrative: string | null;
}

/** Reads the row's return: its date (the row's, else the default, else today; never after today) and the cells given. */
export function readReturn(r: RowReader, existing: Pick<ExistingPlan, 'today'>, options: Pick<ImportOptions, 'defaultReportedOn'>): ReturnCells {
  const reportedOn = r.optionalDate('reportedOn') ?? options.defaultReportedOn ?? existing.today;
  if (compareDates(reportedOn, existing.today) > 0) {
    r.problem('reportedOn', ImportProblemCode.FutureDate, `Progress cannot be reported after today (${existing.today})`);
  }
  const given = <T>(field: ImportField, parse: (v: CellValue) => { ok: true; value: T } | { ok: false; message: string }, code: ImportProblemCode): T | null => {
    if (isBlank(r.value(field))) return null;
    const parsed = parse(r.value(field));
    if (parsed.ok) return parsed.value;
    r.problem(field, code, parsed.message);
    return null;
  };
  const status = given('status', parseStatus, ImportProblemCode.BadStatus);
  const percent = given('percentComplete', parsePercent, ImportProblemCode.BadPercent);
  const rag = given('rag', parseRag, ImportProblemCode.BadRag);
  const narrative = r.optionalText('narrative', TEXT_MAX) ?? null;
  return { any: PROGRESS_FIELDS.some((f) => !isBlank(r.value(f))), reportedOn, status, percent, rag, narrative };
}

/**
 * The return the row adds: null when its progress cells are blank or say what is in force on its
 * date already (so importing a file twice adds nothing); `false` when they contradict themselves
 * (a problem of the row).
 */
export function progressChange(r: RowReader, cells: ReturnCells, current: ExistingAction | null, defaultNarrative: string): ProgressChange | null | false {
  if (!cells.any) return null;
  const inForce = current ? updateInForce(current.updates, cells.reportedOn) : null;
  const state = inForce ?? { status: 'NOT_STARTED' as ActionStatusName, percentComplete: 0, rag: null, narrative: null };
  const status = cells.status ?? inferStatus(state.status, cells.percent);
  const percent = cells.percent ?? (status === 'COMPLETED' ? 100 : status === 'NOT_STARTED' ? 0 : state.percentComplete);
  let contradicts = false;
  if (cells.rag === 'BLUE' && status !== 'COMPLETED') {
    r.problem('rag', ImportProblemCode.BadRag, 'Blue means completed: give status Completed, or Red, Amber or Green');
    contradicts = true;
  }
  if (status === 'COMPLETED' && percent < 100) {
    r.problem(cells.percent !== null ? 'percentComplete' : 'status', ImportProblemCode.CompletedNot100, `A completed action is 100 % complete, not ${percent} %`);
    contradicts = true;
  }
  if (contradicts) return false;
  const rag = cells.rag === 'BLUE' ? null : cells.rag;
  const recorded =
    status === state.status &&
    percent === state.percentComplete &&
    (rag === null || rag === state.rag) &&
    (cells.narrative === null || cells.narrative === state.narrative);
  return recorded ? null : { reportedOn: cells.reportedOn, status, percentComplete: percent, rag, narrative: cells.narrative ?? defaultNarrative };
}
