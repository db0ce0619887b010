import type { ActionEvaluation, ActionStatus, Rag, RagReason } from '../rules/action-state.rule';

/**
 * Which actions to evaluate, and as of which date. Every field is the 1-based number of a bind
 * parameter ($n) of the statement the fragment is embedded in; values never enter the SQL text.
 *
 * - `pairs`: `actionIds` uuid[] and `asOfs` date[] of the same length, one as-of date per action
 *   (an action may appear more than once with different dates).
 * - `plan`: every action of the delivery plan `plan` (uuid), as of `asOf` (date).
 * - `planAsOfs`: every action of the plan `plan` as of each of the dates `asOfs` (one row per
 *   action and date; a NULL date is skipped), so a report comparing two dates reads the actions
 *   and probes the history in one pass.
 * - `actionsToday` / `planToday`: as of today in each action's partnership timezone, reckoned
 *   from the instant `now` (timestamptz, the injected Clock) inside PostgreSQL.
 */
export type ActionStateScope =
  | { by: 'pairs'; actionIds: number; asOfs: number }
  | { by: 'plan'; plan: number; asOf: number }
  | { by: 'planAsOfs'; plan: number; asOfs: readonly number[] }
  | { by: 'actionsToday'; actionIds: number; now: number }
  | { by: 'planToday'; plan: number; now: number };

function param(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Not a bind parameter number: ${n}`);
  return `$${n}`;
}

/** Today's date in the row's partnership timezone, from a timestamptz parameter. */
const todayFrom = (now: number): string => `((${param(now)}::timestamptz) AT TIME ZONE p.timezone)::date`;

function scopeSql(scope: ActionStateScope): { asOfJoin: string; where: string } {
  switch (scope.by) {
    case 'pairs':
      return {
        asOfJoin: `JOIN unnest(${param(scope.actionIds)}::uuid[], ${param(scope.asOfs)}::date[]) AS t(action_id, as_of) ON t.action_id = a.id`,
        where: 'TRUE',
      };
    case 'plan':
      return { asOfJoin: `CROSS JOIN LATERAL (SELECT ${param(scope.asOf)}::date AS as_of) t`, where: `a.delivery_plan_id = ${param(scope.plan)}::uuid` };
    case 'planAsOfs':
      return {
        asOfJoin: `CROSS JOIN (VALUES ${scope.asOfs.map((n) => `(${param(n)}::date)`).join(', ')}) AS t(as_of)`,
        where: `a.delivery_plan_id = ${param(scope.plan)}::uuid AND t.as_of IS NOT NULL`,
      };
    case 'actionsToday':
      return { asOfJoin: `CROSS JOIN LATERAL (SELECT ${todayFrom(scope.now)} AS as_of) t`, where: `a.id = ANY(${param(scope.actionIds)}::uuid[])` };
    case 'planToday':
      return { asOfJoin: `CROSS JOIN LATERAL (SELECT ${todayFrom(scope.now)} AS as_of) t`, where: `a.delivery_plan_id = ${param(scope.plan)}::uuid` };
  }
}

/**
 * DESIGN.md "The rules", set-based: one row per (action, as-of date D) with the action's state as
 * of D and everything derived from it, evaluated entirely in PostgreSQL.
 *
 * - The update in force is the latest with `reported_on <= D`, ties to the higher `seq` (created
 *   later): one backward probe of `progress_update_action_latest_idx` per action, index-only.
 *   No update: NOT_STARTED at 0 %.
 * - `milestone_overdue`: some milestone is due before D and not complete as of D (`completed_on`
 *   null or after D), unless the action is CANCELLED as of D: one probe of
 *   `milestone_action_due_idx` per action, index-only. It is reported for COMPLETED actions
 *   too, as in the pure rule; it only feeds the RAG of open actions.
 * - Flags (`overdue`, `due_soon`, `stale`) and `rag_reasons` only for open actions; `rag` is BLUE
 *   for COMPLETED, NULL for CANCELLED, else RED/AMBER/GREEN; reasons in `RAG_REASON_ORDER`.
 * - `due_soon_days` and `stale_after_days` are the partnership's current settings.
 *
 * Columns: action_id, as_of, partnership_id, delivery_plan_id, objective_id, lead_agency_id, ref,
 * due_date, status, percent_complete, last_reported_on, reported_rag, progress, open, overdue,
 * days_overdue, due_soon, stale, milestone_overdue, rag, rag_reasons. Embed it as a CTE
 * (`WITH s AS (...)`) and map rows with `toActionStateRow`.
 */
export function actionStateSql(scope: ActionStateScope): string {
  const { asOfJoin, where } = scopeSql(scope);
  return `
    SELECT a.id AS action_id,
           t.as_of,
           a.partnership_id,
           a.delivery_plan_id,
           a.objective_id,
           a.lead_agency_id,
           a.ref,
           a.due_date,
           s.status,
           s.percent_complete,
           s.last_reported_on,
           s.reported_rag,
           CASE WHEN s.status = 'COMPLETED' THEN 100 ELSE s.percent_complete END AS progress,
           f.open,
           f.overdue,
           CASE WHEN f.overdue THEN t.as_of - a.due_date ELSE 0 END AS days_overdue,
           f.due_soon,
           f.stale,
           f.milestone_overdue,
           CASE
             WHEN s.status = 'COMPLETED' THEN 'BLUE'
             WHEN s.status = 'CANCELLED' THEN NULL
             WHEN f.overdue OR s.reported_rag = 'RED' THEN 'RED'
             WHEN cardinality(r.rag_reasons) > 0 THEN 'AMBER'
             ELSE 'GREEN'
           END AS rag,
           r.rag_reasons
      FROM action a
      JOIN partnership p ON p.id = a.partnership_id
      ${asOfJoin}
      LEFT JOIN LATERAL (
             SELECT u.status, u.percent_complete, u.reported_on, u.rag
               FROM progress_update u
              WHERE u.action_id = a.id AND u.reported_on <= t.as_of
              ORDER BY u.reported_on DESC, u.seq DESC
              LIMIT 1
           ) latest ON TRUE
      CROSS JOIN LATERAL (
             SELECT COALESCE(latest.status, 'NOT_STARTED') AS status,
                    COALESCE(latest.percent_complete, 0) AS percent_complete,
                    latest.reported_on AS last_reported_on,
                    latest.rag AS reported_rag
           ) s
      CROSS JOIN LATERAL (
             SELECT s.status NOT IN ('COMPLETED', 'CANCELLED') AS open
           ) o
      -- A join rather than EXISTS in the flags below: the planner copies a flattened LATERAL
      -- expression into every place that uses it, and the EXISTS ran up to four times per row.
      LEFT JOIN LATERAL (
             SELECT TRUE AS found
               FROM milestone m
              WHERE m.action_id = a.id
                AND m.due_date < t.as_of
                AND (m.completed_on IS NULL OR m.completed_on > t.as_of)
              LIMIT 1
           ) late_milestone ON TRUE
      CROSS JOIN LATERAL (
             SELECT o.open,
                    o.open AND a.due_date < t.as_of AS overdue,
                    o.open AND a.due_date >= t.as_of AND a.due_date <= t.as_of + p.due_soon_days AS due_soon,
                    o.open AND (s.last_reported_on IS NULL OR s.last_reported_on < t.as_of - p.stale_after_days) AS stale,
                    s.status <> 'CANCELLED' AND late_milestone.found IS NOT NULL AS milestone_overdue
           ) f
      CROSS JOIN LATERAL (
             SELECT CASE WHEN f.open THEN array_remove(ARRAY[
                      CASE WHEN f.overdue THEN 'OVERDUE' END,
                      CASE WHEN s.reported_rag = 'RED' THEN 'REPORTED_RED' END,
                      CASE WHEN f.milestone_overdue THEN 'MILESTONE_OVERDUE' END,
                      CASE WHEN f.stale THEN 'NO_RECENT_UPDATE' END,
                      CASE WHEN s.reported_rag = 'AMBER' THEN 'REPORTED_AMBER' END,
                      CASE WHEN s.status = 'ON_HOLD' THEN 'ON_HOLD' END
                    ]::text[], NULL) ELSE ARRAY[]::text[] END AS rag_reasons
           ) r
     WHERE ${where}`;
}

/** The raw columns of `actionStateSql`, as node-postgres returns them (dates stay strings). */
export interface ActionStateRaw {
  action_id: string;
  as_of: string;
  partnership_id: string;
  delivery_plan_id: string;
  objective_id: string;
  lead_agency_id: string;
  ref: string;
  due_date: string;
  status: string;
  percent_complete: number;
  last_reported_on: string | null;
  reported_rag: string | null;
  progress: number;
  open: boolean;
  overdue: boolean;
  days_overdue: number;
  due_soon: boolean;
  stale: boolean;
  milestone_overdue: boolean;
  rag: string | null;
  rag_reasons: string[];
}

/** One action's state as of `asOf`: exactly the pure rule's `ActionEvaluation`, plus identity and inputs. */
export interface ActionStateRow extends ActionEvaluation {
  actionId: string;
  asOf: string;
  partnershipId: string;
  deliveryPlanId: string;
  objectiveId: string;
  leadAgencyId: string;
  ref: string;
  dueDate: string;
  percentComplete: number;
  reportedRag: Rag | null;
}

/** Maps a raw `actionStateSql` row to its typed form. */
export function toActionStateRow(raw: ActionStateRaw): ActionStateRow {
  return {
    actionId: raw.action_id,
    asOf: raw.as_of,
    partnershipId: raw.partnership_id,
    deliveryPlanId: raw.delivery_plan_id,
    objectiveId: raw.objective_id,
    leadAgencyId: raw.lead_agency_id,
    ref: raw.ref,
    dueDate: raw.due_date,
    percentComplete: Number(raw.percent_complete),
    reportedRag: raw.reported_rag as Rag | null,
    status: raw.status as ActionStatus,
    progress: Number(raw.progress),
    lastReportedOn: raw.last_reported_on,
    open: raw.open,
    overdue: raw.overdue,
    daysOverdue: Number(raw.days_overdue),
    dueSoon: raw.due_soon,
    stale: raw.stale,
    milestoneOverdue: raw.milestone_overdue,
    rag: raw.rag as Rag | null,
    ragReasons: raw.rag_reasons as RagReason[],
  };
}

/** The `ActionEvaluation` part of a row, for comparing with the pure rule. */
export function evaluationOf(row: ActionStateRow): ActionEvaluation {
  return {
    status: row.status,
    progress: row.progress,
    lastReportedOn: row.lastReportedOn,
    open: row.open,
    overdue: row.overdue,
    daysOverdue: row.daysOverdue,
    dueSoon: row.dueSoon,
    stale: row.stale,
    milestoneOverdue: row.milestoneOverdue,
    rag: row.rag,
    ragReasons: row.ragReasons,
  };
}
