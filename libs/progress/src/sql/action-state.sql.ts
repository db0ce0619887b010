import { CLOSED_ACTION_STATUSES, sqlList } from '@app/domain';
import type { ActionStatus, Rag, RagReason } from '@app/domain';
import type { ActionEvaluation } from '../rules/action-state.rule';

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

/**
 * Where the plan's structure and the settings come from. As of a date: the version in force at
 * the end of D (`action_version`, `milestone_version`, `partnership_settings_version`; an action
 * or milestone not in the plan on D has no row). Today: the current columns, which are the
 * projection of the latest version (no edit takes effect after today), for the cheaper reads.
 */
interface Sources {
  asOfJoin: string;
  where: string;
  /** Yields `v` (title, objective_id, lead_agency_id, start_date, due_date) and `ps` (stale_after_days, due_soon_days). */
  structure: string;
  /** Milestones of action `a` in force on `t.as_of`, as `m` (due_date, completed_on), with the condition that they are in the plan. */
  milestones: string;
}

const IN_FORCE = (alias: string): string => `${alias}.valid_from <= t.as_of AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > t.as_of)`;

const AS_OF_STRUCTURE = `
      JOIN action_version v ON v.action_id = a.id AND ${IN_FORCE('v')} AND v.in_plan
      JOIN partnership_settings_version ps ON ps.partnership_id = a.partnership_id AND ${IN_FORCE('ps')}`;
const AS_OF_MILESTONES = { from: 'milestone_version m', where: `${IN_FORCE('m')} AND m.in_plan` };

const TODAY_STRUCTURE = `
      CROSS JOIN LATERAL (SELECT a.title, a.objective_id, a.lead_agency_id, a.start_date, a.due_date) v
      CROSS JOIN LATERAL (SELECT p.stale_after_days, p.due_soon_days) ps`;
const TODAY_MILESTONES = { from: 'milestone m', where: 'm.removed_on IS NULL' };

function scopeSql(scope: ActionStateScope): Sources {
  const asOf = { structure: AS_OF_STRUCTURE, milestones: AS_OF_MILESTONES };
  const today = { structure: TODAY_STRUCTURE, milestones: TODAY_MILESTONES };
  const pick = (s: typeof asOf, asOfJoin: string, where: string): Sources => ({
    asOfJoin,
    where,
    structure: s.structure,
    milestones: `FROM ${s.milestones.from} WHERE m.action_id = a.id AND ${s.milestones.where}`,
  });
  switch (scope.by) {
    case 'pairs':
      return pick(asOf, `JOIN unnest(${param(scope.actionIds)}::uuid[], ${param(scope.asOfs)}::date[]) AS t(action_id, as_of) ON t.action_id = a.id`, 'TRUE');
    case 'plan':
      return pick(asOf, `CROSS JOIN LATERAL (SELECT ${param(scope.asOf)}::date AS as_of) t`, `a.delivery_plan_id = ${param(scope.plan)}::uuid`);
    case 'planAsOfs':
      return pick(
        asOf,
        `CROSS JOIN (VALUES ${scope.asOfs.map((n) => `(${param(n)}::date)`).join(', ')}) AS t(as_of)`,
        `a.delivery_plan_id = ${param(scope.plan)}::uuid AND t.as_of IS NOT NULL`,
      );
    case 'actionsToday':
      return pick(today, `CROSS JOIN LATERAL (SELECT ${todayFrom(scope.now)} AS as_of) t`, `a.id = ANY(${param(scope.actionIds)}::uuid[])`);
    case 'planToday':
      return pick(
        today,
        `CROSS JOIN LATERAL (SELECT ${todayFrom(scope.now)} AS as_of) t`,
        `a.delivery_plan_id = ${param(scope.plan)}::uuid AND a.removed_on IS NULL`,
      );
  }
}

/**
 * DESIGN.md "The rules", set-based: one row per (action, as-of date D) with the action's state as
 * of D and everything derived from it, evaluated entirely in PostgreSQL.
 *
 * - The plan as it stood at the end of D: only actions in the plan on D (an `action_version` in
 *   force on D with `in_plan`), with the title, objective, lead agency, start and due dates in
 *   force then, and the partnership's `staleAfterDays`/`dueSoonDays` in force then. (Today's
 *   scopes read the current columns, the projection of the latest version.)
 * - The update in force is the latest with `reported_on <= D`, ties to the higher `seq` (created
 *   later): one backward probe of `progress_update_action_latest_idx` per action, index-only.
 *   No update: NOT_STARTED at 0 %.
 * - `milestone_overdue`: some milestone in the plan on D is due before D and not complete as of D
 *   (`completed_on` null or after D), unless the action is CANCELLED as of D. It is reported for
 *   COMPLETED actions too, as in the pure rule; it only feeds the RAG of open actions.
 * - `stale`: open, its start date (if any) on or before D, and its latest update older than
 *   D − staleAfterDays, or no update and the later of its start date and `in_plan_since` older
 *   than D − staleAfterDays.
 * - Flags (`overdue`, `due_soon`, `stale`) and `rag_reasons` only for open actions; `rag` is BLUE
 *   for COMPLETED, NULL for CANCELLED, else RED/AMBER/GREEN; reasons in `RAG_REASONS`.
 *
 * The single values compared and returned below ('COMPLETED', 'RED', 'OVERDUE' …) are written out
 * so the CASEs read as the pure rule they mirror (`evaluateAction`, held to them by the
 * rules-agreement test); each is a value of `@app/domain` (`vocabulary-in-sql.spec.ts` fails
 * otherwise). Sets of values come from the tuples (`CLOSED_ACTION_STATUSES`).
 *
 * Columns: action_id, as_of, partnership_id, delivery_plan_id, objective_id, lead_agency_id, ref,
 * title, start_date, due_date, in_plan_since, stale_after_days, due_soon_days, status,
 * percent_complete, last_reported_on, reported_rag, progress, open, overdue, days_overdue,
 * due_soon, stale, milestone_overdue, rag, rag_reasons. Embed it as a CTE (`WITH s AS (...)`) and
 * map rows with `toActionStateRow`.
 */
export function actionStateSql(scope: ActionStateScope): string {
  const { asOfJoin, where, structure, milestones } = scopeSql(scope);
  return `
    SELECT a.id AS action_id,
           t.as_of,
           a.partnership_id,
           a.delivery_plan_id,
           v.objective_id,
           v.lead_agency_id,
           a.ref,
           v.title,
           v.start_date,
           v.due_date,
           a.in_plan_since,
           ps.stale_after_days,
           ps.due_soon_days,
           s.status,
           s.percent_complete,
           s.last_reported_on,
           s.reported_rag,
           CASE WHEN s.status = 'COMPLETED' THEN 100 ELSE s.percent_complete END AS progress,
           f.open,
           f.overdue,
           CASE WHEN f.overdue THEN t.as_of - v.due_date ELSE 0 END AS days_overdue,
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
      ${structure}
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
             SELECT s.status NOT IN (${sqlList(CLOSED_ACTION_STATUSES)}) AS open
           ) o
      -- A join rather than EXISTS in the flags below: the planner copies a flattened LATERAL
      -- expression into every place that uses it, and the EXISTS ran up to four times per row.
      LEFT JOIN LATERAL (
             SELECT TRUE AS found
               ${milestones}
                AND m.due_date < t.as_of
                AND (m.completed_on IS NULL OR m.completed_on > t.as_of)
              LIMIT 1
           ) late_milestone ON TRUE
      CROSS JOIN LATERAL (
             SELECT o.open,
                    o.open AND v.due_date < t.as_of AS overdue,
                    o.open AND v.due_date >= t.as_of AND v.due_date <= t.as_of + ps.due_soon_days AS due_soon,
                    o.open AND (v.start_date IS NULL OR v.start_date <= t.as_of)
                      AND COALESCE(s.last_reported_on, GREATEST(v.start_date, a.in_plan_since)) < t.as_of - ps.stale_after_days AS stale,
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
  title: string;
  start_date: string | null;
  due_date: string;
  in_plan_since: string;
  stale_after_days: number;
  due_soon_days: number;
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
  title: string;
  startDate: string | null;
  dueDate: string;
  inPlanSince: string;
  staleAfterDays: number;
  dueSoonDays: number;
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
    title: raw.title,
    startDate: raw.start_date,
    dueDate: raw.due_date,
    inPlanSince: raw.in_plan_since,
    staleAfterDays: Number(raw.stale_after_days),
    dueSoonDays: Number(raw.due_soon_days),
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
