import { ActionStatusName, CLOSED_ACTION_STATUSES, isOneOf } from '@app/domain';

/**
 * Who may close an action, and from when a return may be dated (docs/rules.md, "Reporting").
 * Plain functions: the service applies them to the locked action row. The statuses that close an
 * action (`CLOSED_ACTION_STATUSES`) may be reported only by its lead agency or a coordinator (or admin).
 */

export interface Reporter {
  /** Coordinator of the action's partnership, or admin. */
  coordinates: boolean;
  /** The reporter's agency leads the action. */
  leads: boolean;
}

/**
 * Whether the reporter may report this status. A supporting agency reports progress, but cannot
 * complete or cancel the lead's action (FORBIDDEN): only the lead agency's partners or a
 * coordinator may.
 */
export function mayReportStatus(reporter: Reporter, status: ActionStatusName): boolean {
  return !isOneOf(CLOSED_ACTION_STATUSES, status) || reporter.coordinates || reporter.leads;
}

/** Whether a return dated `reportedOn` may be recorded on a plan starting `planStart` (ISO dates): not before the plan starts. */
export function isWithinPlan(reportedOn: string, planStart: string): boolean {
  return reportedOn >= planStart;
}
