import { REF_ORDER_SQL } from '@app/planning';
import { actionStateSql, PROGRESS_UPDATE_COLUMNS } from '@app/progress';
import { ACTION_ENTITY_COLUMNS } from './action-columns.sql';

/** Natural ref order ("1.2" < "1.10"; refs that are not dotted numbers after, by text). */
const BY_REF = (alias: string): string => `${REF_ORDER_SQL(alias)} ASC NULLS LAST, ${alias}.ref ASC`;

/**
 * Every action of plan $1 with its state as of $2 (`actionStateSql` columns), its pillar, the
 * whole action row (`ACTION_ENTITY_COLUMNS`), and its overdue milestones as of $2 as a JSON array
 * (not complete as of $2, due before $2, action not cancelled as of $2; NULL when none). With
 * `withSince`, also its status and derived RAG as of $3 (`since_status`, `since_rag`).
 * In natural ref order, so callers can keep "then by ref" with a stable sort.
 */
export function reportActionsSql(withSince: boolean): string {
  return `
    WITH now_s AS (${actionStateSql({ by: 'plan', plan: 1, asOf: 2 })})
    ${withSince ? `, since_s AS (${actionStateSql({ by: 'plan', plan: 1, asOf: 3 })})` : ''}
    SELECT now_s.*,
           o.pillar,
           ${ACTION_ENTITY_COLUMNS('a')},
           ${withSince ? 'since_s.status AS since_status, since_s.rag AS since_rag,' : ''}
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
           ) END AS overdue_milestones
      FROM now_s
      JOIN action a ON a.id = now_s.action_id
      JOIN objective o ON o.id = a.objective_id
      ${withSince ? 'JOIN since_s ON since_s.action_id = now_s.action_id' : ''}
     ORDER BY ${BY_REF('a')}`;
}

/**
 * DESIGN.md "roll-up" of plan $1 as of $2, in one pass over the actions' states: the whole plan,
 * each pillar, each objective and each lead agency (GROUPING SETS). Cancelled actions count only
 * in `cancelled`; `progress` is the mean over the rest, rounded half away from zero to one decimal
 * (half-up, progress being non-negative), 0 for none. Groups with no action produce no row, except
 * the whole plan, which always has one. `grouping_id` tells the sets apart: 7 plan, 3 pillar,
 * 5 objective, 6 lead agency (bits: pillar, objective, agency rolled up). Agency rows come by name.
 */
export const ROLL_UPS_SQL = `
  WITH s AS (${actionStateSql({ by: 'plan', plan: 1, asOf: 2 })})
  SELECT GROUPING(o.pillar, s.objective_id, s.lead_agency_id) AS grouping_id,
         o.pillar,
         s.objective_id,
         s.lead_agency_id,
         count(*) FILTER (WHERE s.status <> 'CANCELLED')::int AS total,
         count(*) FILTER (WHERE s.status = 'CANCELLED')::int AS cancelled,
         count(*) FILTER (WHERE s.status = 'COMPLETED')::int AS completed,
         count(*) FILTER (WHERE s.overdue)::int AS overdue,
         count(*) FILTER (WHERE s.due_soon)::int AS due_soon,
         count(*) FILTER (WHERE s.stale)::int AS stale,
         COALESCE(round(avg(s.progress) FILTER (WHERE s.status <> 'CANCELLED'), 1), 0)::text AS progress,
         count(*) FILTER (WHERE s.status = 'NOT_STARTED')::int AS not_started,
         count(*) FILTER (WHERE s.status = 'IN_PROGRESS')::int AS in_progress,
         count(*) FILTER (WHERE s.status = 'ON_HOLD')::int AS on_hold,
         count(*) FILTER (WHERE s.rag = 'RED')::int AS red,
         count(*) FILTER (WHERE s.rag = 'AMBER')::int AS amber,
         count(*) FILTER (WHERE s.rag = 'GREEN')::int AS green,
         count(*) FILTER (WHERE s.rag = 'BLUE')::int AS blue
    FROM s
    JOIN objective o ON o.id = s.objective_id
    JOIN agency ag ON ag.id = s.lead_agency_id
   GROUP BY GROUPING SETS ((), (o.pillar), (s.objective_id), (s.lead_agency_id, ag.name))
   ORDER BY grouping_id, ag.name, s.lead_agency_id`;

/**
 * Progress updates of plan $1 (partnership $2) reported in the window ($3, $4], by reported date
 * then the order they were recorded.
 */
export const UPDATES_SINCE_SQL = `
  SELECT ${PROGRESS_UPDATE_COLUMNS('u')}
    FROM progress_update u
    JOIN action a ON a.id = u.action_id
   WHERE a.delivery_plan_id = $1
     AND u.partnership_id = $2
     AND u.reported_on > $3::date
     AND u.reported_on <= $4::date
   ORDER BY u.reported_on, u.seq`;

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
