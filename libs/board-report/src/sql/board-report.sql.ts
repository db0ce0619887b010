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
 * - when $3 (since, before $2) is not NULL: `since_status` and `since_rag` as of $3, and `updates_since`,
 *   its updates reported in ($3, $2] as a JSON array (entity property names) by reported date then
 *   `seq`, NULL when none — one index range scan per action on
 *   `progress_update_action_latest_idx`, not a scan of the partnership's history.
 * The roll-ups are left to `rollUp` (the pure rule) over these rows.
 */
export const BOARD_REPORT_SQL = `
  WITH s AS (${actionStateSql({ by: 'planAsOfs', plan: 1, asOfs: [2, 3] })}),
  -- Each action's row as of since (the earlier date) sits first in its partition: a window
  -- carries its status and RAG onto the asOf row, with no self-join of the states.
  paired AS (
    SELECT s.*,
           CASE WHEN $3::date IS NOT NULL THEN first_value(s.status) OVER by_action END AS since_status,
           CASE WHEN $3::date IS NOT NULL THEN first_value(s.rag) OVER by_action END AS since_rag
      FROM s
    WINDOW by_action AS (PARTITION BY s.action_id ORDER BY s.as_of)
  )
  SELECT now_s.*,
         o.pillar,
         ${ACTION_ENTITY_COLUMNS('a')},
         ag.name AS lead_agency_name,
         ag.kind AS lead_agency_kind,
         ag.created_at AS lead_agency_created_at,
         dense_rank() OVER (ORDER BY ag.name, ag.id)::int AS lead_agency_rank,
         CASE WHEN now_s.status <> 'CANCELLED' THEN (
           SELECT json_agg(json_build_object(
                    'id', m.id, 'partnershipId', m.partnership_id, 'actionId', m.action_id, 'title', m.title,
                    'dueDate', m.due_date, 'completedOn', m.completed_on, 'position', m.position,
                    'daysOverdue', now_s.as_of - m.due_date)
                  ORDER BY m.due_date, m.position)
             FROM milestone m
            WHERE m.action_id = now_s.action_id
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
              AND u.reported_on > $3::date
              AND u.reported_on <= $2::date
         ) END AS updates_since
    FROM paired now_s
    JOIN action a ON a.id = now_s.action_id
    JOIN objective o ON o.id = a.objective_id
    JOIN agency ag ON ag.id = a.lead_agency_id
   WHERE now_s.as_of = $2::date
   ORDER BY ${BY_REF('a')}`;

/**
 * Actions of plan $1 overdue as of $2, optionally only those agency $3 (uuid, NULL for all) leads
 * or supports; most days overdue first, then natural ref order. Columns as `reportActionsSql`
 * without milestones.
 */
export const OVERDUE_ACTIONS_SQL = `
  WITH s AS (${actionStateSql({ by: 'plan', plan: 1, asOf: 2 })})
  SELECT s.*, o.pillar, ${ACTION_ENTITY_COLUMNS('a')}
    FROM s
    JOIN action a ON a.id = s.action_id
    JOIN objective o ON o.id = a.objective_id
   WHERE s.overdue
     AND ($3::uuid IS NULL
          OR a.lead_agency_id = $3::uuid
          OR EXISTS (SELECT 1 FROM action_supporting_agency sa WHERE sa.action_id = a.id AND sa.agency_id = $3::uuid))
   ORDER BY s.days_overdue DESC, ${BY_REF('a')}`;
