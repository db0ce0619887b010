import { addDays, compareDates, daysBetween } from '@app/calendar';
import { ActionStatusName, CLOSED_ACTION_STATUSES, isOneOf, latestUpdateAsOf, RagName, RagReasonName } from '@app/domain';

/**
 * DESIGN.md "The rules": an action's state, progress and derived RAG as of a calendar date D.
 * All dates are 'YYYY-MM-DD'; D is passed in, never read from a clock.
 */

export interface RuleSettings {
  staleAfterDays: number;
  dueSoonDays: number;
}

export interface UpdateFact {
  reportedOn: string;
  /** Creation order; higher was created later. Breaks ties between updates reported on the same day. */
  seq: number;
  status: ActionStatusName;
  percentComplete: number;
  rag: RagName | null;
}

export interface MilestoneFact {
  dueDate: string;
  completedOn: string | null;
}

export interface ActionFacts {
  dueDate: string;
  /** The start date in force; an action not yet due to start is never stale. */
  startDate?: string | null;
  /** The day it entered the plan. Without it, an action with no return is stale at once (the rule before issue 13). */
  inPlanSince?: string | null;
  updates: UpdateFact[];
  milestones: MilestoneFact[];
}

export interface ActionStateAsOf {
  status: ActionStatusName;
  percentComplete: number;
  lastReportedOn: string | null;
  reportedRag: RagName | null;
}

/** What `evaluateFromState` needs; a SQL report can produce exactly this per action. */
export type ActionStateForEvaluation = ActionStateAsOf & {
  dueDate: string;
  milestoneOverdue: boolean;
  startDate?: string | null;
  inPlanSince?: string | null;
};

/**
 * "No recent update" as of D for an open action: its start date (if any) on or before D, and the
 * latest return on or before D older than D − staleAfterDays; with no return, the later of its
 * start date and the day it entered the plan older than D − staleAfterDays (so an action is never
 * stale before it is due to start, nor in its first `staleAfterDays` days in the plan). With
 * neither date known, an action with no return is stale.
 */
export function isStale(state: Pick<ActionStateForEvaluation, 'lastReportedOn' | 'startDate' | 'inPlanSince'>, asOf: string, staleAfterDays: number): boolean {
  const startDate = state.startDate ?? null;
  if (startDate !== null && compareDates(startDate, asOf) > 0) return false;
  const since = state.lastReportedOn ?? laterOf(startDate, state.inPlanSince ?? null);
  return since === null || compareDates(since, addDays(asOf, -staleAfterDays)) < 0;
}

function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareDates(a, b) >= 0 ? a : b;
}

export interface ActionEvaluation {
  status: ActionStatusName;
  progress: number;
  lastReportedOn: string | null;
  open: boolean;
  overdue: boolean;
  daysOverdue: number;
  dueSoon: boolean;
  stale: boolean;
  milestoneOverdue: boolean;
  rag: RagName | null;
  ragReasons: RagReasonName[];
}

/** The update in force on `asOf` (one rule for the reports, the returns and the import; see @app/domain). */
export { latestUpdateAsOf };

/** Status, percent, last report date and reporter RAG as of `asOf`; NOT_STARTED at 0 % before any update. */
export function stateAsOf(updates: readonly UpdateFact[], asOf: string): ActionStateAsOf {
  const latest = latestUpdateAsOf(updates, asOf);
  if (latest === null) return { status: 'NOT_STARTED', percentComplete: 0, lastReportedOn: null, reportedRag: null };
  return {
    status: latest.status,
    percentComplete: latest.percentComplete,
    lastReportedOn: latest.reportedOn,
    reportedRag: latest.rag,
  };
}

/** Open means still to be delivered: neither COMPLETED nor CANCELLED. */
export function isOpen(status: ActionStatusName): boolean {
  return !isOneOf(CLOSED_ACTION_STATUSES, status);
}

/** 100 when COMPLETED whatever was reported, else the reported percent. */
export function progressOf(status: ActionStatusName, percentComplete: number): number {
  return status === 'COMPLETED' ? 100 : percentComplete;
}

/** A milestone counts as complete from its `completedOn` date onwards. */
export function isMilestoneCompleteAsOf(milestone: MilestoneFact, asOf: string): boolean {
  return milestone.completedOn !== null && compareDates(milestone.completedOn, asOf) <= 0;
}

/** Not complete as of `asOf`, due before it, and its action not CANCELLED. */
export function isMilestoneOverdue(milestone: MilestoneFact, actionStatus: ActionStatusName, asOf: string): boolean {
  return actionStatus !== 'CANCELLED' && !isMilestoneCompleteAsOf(milestone, asOf) && compareDates(milestone.dueDate, asOf) < 0;
}

/**
 * Evaluates an action from its state as of `asOf`. Shared by `evaluateAction` and SQL-backed
 * reports so both derive flags and RAG identically.
 */
export function evaluateFromState(state: ActionStateForEvaluation, asOf: string, settings: RuleSettings): ActionEvaluation {
  const { status, dueDate, lastReportedOn, reportedRag } = state;
  const open = isOpen(status);
  const overdue = open && compareDates(dueDate, asOf) < 0;
  const dueSoon = open && compareDates(asOf, dueDate) <= 0 && compareDates(dueDate, addDays(asOf, settings.dueSoonDays)) <= 0;
  const stale = open && isStale(state, asOf, settings.staleAfterDays);
  // Cancelled actions never have overdue milestones, whatever the caller computed.
  const milestoneOverdue = status !== 'CANCELLED' && state.milestoneOverdue;

  let rag: RagName | null;
  const ragReasons: RagReasonName[] = [];
  if (status === 'COMPLETED') {
    rag = 'BLUE';
  } else if (status === 'CANCELLED') {
    rag = null;
  } else {
    // Pushed in the order of RAG_REASONS.
    if (overdue) ragReasons.push('OVERDUE');
    if (reportedRag === 'RED') ragReasons.push('REPORTED_RED');
    if (milestoneOverdue) ragReasons.push('MILESTONE_OVERDUE');
    if (stale) ragReasons.push('NO_RECENT_UPDATE');
    if (reportedRag === 'AMBER') ragReasons.push('REPORTED_AMBER');
    if (status === 'ON_HOLD') ragReasons.push('ON_HOLD');
    rag = overdue || reportedRag === 'RED' ? 'RED' : ragReasons.length > 0 ? 'AMBER' : 'GREEN';
  }

  return {
    status,
    progress: progressOf(status, state.percentComplete),
    lastReportedOn,
    open,
    overdue,
    daysOverdue: overdue ? daysBetween(dueDate, asOf) : 0,
    dueSoon,
    stale,
    milestoneOverdue,
    rag,
    ragReasons,
  };
}

/** Evaluates an action from its full history (updates reported after `asOf` are ignored). */
export function evaluateAction(facts: ActionFacts, asOf: string, settings: RuleSettings): ActionEvaluation {
  const state = stateAsOf(facts.updates, asOf);
  const milestoneOverdue = facts.milestones.some((m) => isMilestoneOverdue(m, state.status, asOf));
  return evaluateFromState({ ...state, dueDate: facts.dueDate, startDate: facts.startDate, inPlanSince: facts.inPlanSince, milestoneOverdue }, asOf, settings);
}
