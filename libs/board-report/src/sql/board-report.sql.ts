import { PILLARS, sqlArray } from '@app/domain';
import { REF_ORDER_SQL } from '@app/planning';
import { actionStateSql } from '@app/progress';
import { ACTION_ENTITY_COLUMNS } from './action-columns.sql';

/** Natural ref order ("1.2" < "1.10"; refs that are not dotted numbers after, by text). */
const BY_REF = (alias: string): string => `${REF_ORDER_SQL(alias)} ASC NULLS LAST, ${alias}.ref ASC`;

/**
 * The whole board report of plan $1 as of $2 in one statement, so every figure comes from one
 * snapshot and the history is probed once per action and date. One row per action, in natural
 * ref order (callers keep "then by ref" with a stable sort), with:
 * - its state as of $2 (`actionStateSql` columns), its pillar and the whole action row
 *   (`ACTION_ENTITY_COLUMNS`);
 * - its lead agency (`lead_agency_name`, `_kind`, `_created_at`) and `lead_agency_rank`, the
 *   agency's position among the plan's lead agencies by name (the database's collation), then
 *   id — the order of the by-agency roll-ups;
 * - `overdue_milestones`: its milestones overdue as of $2 (not complete as of $2, due before $2,
 *   action not cancelled as of $2) as a JSON array by due date then position, NULL when none;
 * - when $3 (since, before $2) is not NULL: `since_status`, `since_rag`, `since_rag_reasons`,
 *   `since_progress` and `since_due_date` as of $3, `added_since` (in the plan at $2, not at $3),
 *   and `updates_since`, its updates reported in ($3, $2] as a JSON array (entity property names)
 *   by reported date then `seq`, NULL when none — one index range scan per action on
 *   `progress_update_action_latest_idx`, not a scan of the partnership's history;
 * - the plan as it stood at the end of each date: an action not in the plan at $2 is left out,
 *   except one in the plan at $3 and removed since, which has a single row as of $3 with
 *   `removed_since` (for `changes` only). Title, objective, pillar, lead agency and dates are
 *   those in force at the row's date.
 * The roll-ups are left to `rollUp` (the pure rule) over these rows.
 */
export const BOARD_REPORT_SQL = `
  WITH s AS (${actionStateSql({ by: 'planAsOfs', plan: 1, asOfs: [2, 3] })}),
  -- Each action's row as of since (the earlier date) sits first in its partition: a window
  -- carries its status and RAG onto the asOf row, with no self-join of the states. An action in
  -- the plan on only one of the two dates has one row: added since (its row is asOf's) or
  -- removed since (its row is since's; kept for \`changes\`, flagged \`removed_since\`).
  paired AS (
    SELECT s.*,
           first_value(s.as_of) OVER by_action AS first_as_of,
           count(*) OVER (PARTITION BY s.action_id) AS dates_in_plan,
           CASE WHEN $3::date IS NOT NULL THEN first_value(s.status) OVER by_action END AS since_status,
           CASE WHEN $3::date IS NOT NULL THEN first_value(s.rag) OVER by_action END AS since_rag,
           CASE WHEN $3::date IS NOT NULL THEN first_value(s.rag_reasons) OVER by_action END AS since_rag_reasons,
           CASE WHEN $3::date IS NOT NULL THEN first_value(s.progress) OVER by_action END AS since_progress,
           CASE WHEN $3::date IS NOT NULL THEN first_value(s.due_date) OVER by_action END AS since_due_date
      FROM s
    WINDOW by_action AS (PARTITION BY s.action_id ORDER BY s.as_of)
  )
  SELECT now_s.*,
         ($3::date IS NOT NULL AND now_s.as_of = $2::date AND now_s.first_as_of = $2::date) AS added_since,
         (now_s.as_of = $3::date AND now_s.dates_in_plan = 1) AS removed_since,
         ov.pillar,
         ${ACTION_ENTITY_COLUMNS('a')},
         ag.name AS lead_agency_name,
         ag.kind AS lead_agency_kind,
         ag.created_at AS lead_agency_created_at,
         dense_rank() OVER (PARTITION BY now_s.as_of ORDER BY ag.name, ag.id)::int AS lead_agency_rank,
         CASE WHEN now_s.as_of = $2::date AND now_s.status <> 'CANCELLED' THEN (
           SELECT json_agg(json_build_object(
                    'id', m.milestone_id, 'partnershipId', m.partnership_id, 'actionId', m.action_id, 'title', m.title,
                    'dueDate', m.due_date, 'completedOn', m.completed_on, 'position', ms.position,
                    'inPlanSince', ms.in_plan_since, 'removedOn', ms.removed_on,
                    'daysOverdue', now_s.as_of - m.due_date)
                  ORDER BY m.due_date, ms.position)
             FROM milestone_version m
             JOIN milestone ms ON ms.id = m.milestone_id
            WHERE m.action_id = now_s.action_id
              AND m.valid_from <= now_s.as_of AND (m.valid_to IS NULL OR m.valid_to > now_s.as_of) AND m.in_plan
              AND m.due_date < now_s.as_of
              AND (m.completed_on IS NULL OR m.completed_on > now_s.as_of)
         ) END AS overdue_milestones,
         CASE WHEN $3::date IS NOT NULL THEN (
           SELECT json_agg(json_build_object(
                    'id', u.id, 'seq', u.seq::text, 'partnershipId', u.partnership_id, 'actionId', u.action_id,
                    'authorId', u.author_id, 'agencyId', u.agency_id, 'reportedOn', u.reported_on, 'narrative', u.narrative,
                    'percentComplete', u.percent_complete, 'status', u.status, 'rag', u.rag, 'createdAt', u.created_at)
                  ORDER BY u.reported_on, u.seq)
             FROM progress_update u
            WHERE u.action_id = now_s.action_id
              AND now_s.as_of = $2::date
              AND u.reported_on > $3::date
              AND u.reported_on <= $2::date
         ) END AS updates_since
    FROM paired now_s
    JOIN action a ON a.id = now_s.action_id
    JOIN objective_version ov ON ov.objective_id = now_s.objective_id
     AND ov.valid_from <= now_s.as_of AND (ov.valid_to IS NULL OR ov.valid_to > now_s.as_of)
    JOIN agency ag ON ag.id = now_s.lead_agency_id
   WHERE now_s.as_of = $2::date OR (now_s.as_of = $3::date AND now_s.dates_in_plan = 1)
   ORDER BY ${BY_REF('a')}`;

/**
 * The partnership $3's settings in force at the end of $2 (`stale_after_days`, `due_soon_days`),
 * with the strategy $1's objectives as they stood then: those in the strategy then, with the
 * pillar, code and title in force then, in strategy order (pillar, then position, then code: an
 * objective moved to another pillar may share a position there). One row per
 * objective; a single row with NULL objective columns when there is none.
 */
export const REPORT_CONTEXT_AS_OF_SQL = `
  SELECT ps.stale_after_days, ps.due_soon_days,
         o.id, o.partnership_id AS "partnershipId", o.strategy_id AS "strategyId", ov.pillar, ov.code, ov.title,
         o.description, o.position, o.removed_on AS "removedOn", o.created_at AS "createdAt", o.updated_at AS "updatedAt"
    FROM partnership_settings_version ps
    LEFT JOIN (objective_version ov JOIN objective o ON o.id = ov.objective_id)
      ON ov.strategy_id = $1::uuid
     AND ov.valid_from <= $2::date AND (ov.valid_to IS NULL OR ov.valid_to > $2::date)
     AND ov.in_plan
   WHERE ps.partnership_id = $3::uuid
     AND ps.valid_from <= $2::date AND (ps.valid_to IS NULL OR ps.valid_to > $2::date)
   ORDER BY array_position(${sqlArray(PILLARS)}, ov.pillar), o.position, o.code`;

/**
 * Actions of plan $1 overdue as of $2, optionally only those agency $3 (uuid, NULL for all) leads
 * or supports as of $2; most days overdue first, then natural ref order. Columns as `reportActionsSql`
 * without milestones.
 */
export const OVERDUE_ACTIONS_SQL = `
  WITH s AS (${actionStateSql({ by: 'plan', plan: 1, asOf: 2 })})
  SELECT s.*, ov.pillar, ${ACTION_ENTITY_COLUMNS('a')}
    FROM s
    JOIN action a ON a.id = s.action_id
    JOIN objective_version ov ON ov.objective_id = s.objective_id
     AND ov.valid_from <= s.as_of AND (ov.valid_to IS NULL OR ov.valid_to > s.as_of)
   WHERE s.overdue
     AND ($3::uuid IS NULL
          OR s.lead_agency_id = $3::uuid
          OR EXISTS (SELECT 1 FROM action_supporting_version sv
                      WHERE sv.action_id = a.id AND sv.agency_id = $3::uuid
                        AND sv.valid_from <= s.as_of AND (sv.valid_to IS NULL OR sv.valid_to > s.as_of)))
   ORDER BY s.days_overdue DESC, ${BY_REF('a')}`;
