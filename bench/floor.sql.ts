/**
 * The floor of the board report: every figure `boardReport` returns for one plan (the ones the
 * bench's BOARD_REPORT document asks for), computed by one hand-written statement and returned as
 * one JSON text, with no framework, no GraphQL and no second round trip.
 *
 * $1 plan id, $2 asOf, $3 since. The plan as it stood at the end of each date (the action, milestone,
 * objective and settings versions in force then, issue 13). Per-action state as of both dates by one LATERAL backward probe of
 * `progress_update_action_latest_idx` each (index-only); the rules of DESIGN.md inline; the
 * roll-ups in one GROUPING SETS pass; every list aggregated to JSON in PostgreSQL, in the report's
 * orders (natural ref order as `REF_ORDER_SQL`).
 */
export const FLOOR_BOARD_REPORT_SQL = `
WITH plan AS (
  SELECT dp.id, dp.title, dp.strategy_id, p.id AS partnership_id, p.name AS partnership_name
    FROM delivery_plan dp
    JOIN partnership p ON p.id = dp.partnership_id
   WHERE dp.id = $1::uuid
),
st AS MATERIALIZED (
  SELECT a.id, a.ref, v.title, v.due_date, v.objective_id, v.lead_agency_id,
         CASE WHEN a.ref ~ '^[0-9]{1,6}(\\.[0-9]{1,6})*$' THEN string_to_array(a.ref, '.')::int[] END AS ref_key,
         o.code AS objective_code, ov.pillar, ag.name AS agency_name,
         d.as_of, d.is_now,
         COALESCE(u.status, 'NOT_STARTED') AS status,
         COALESCE(u.percent_complete, 0) AS pct,
         u.reported_on, u.rag AS reported_rag,
         -- The stale rule's reference day: the last return, else the later of start and entry.
         CASE WHEN v.start_date > d.as_of THEN NULL ELSE COALESCE(u.reported_on, GREATEST(v.start_date, a.in_plan_since)) END AS fresh_since,
         v.start_date > d.as_of AS not_started_yet,
         ps.due_soon_days, ps.stale_after_days,
         EXISTS (SELECT 1 FROM milestone_version m
                  WHERE m.action_id = a.id AND m.due_date < d.as_of AND (m.completed_on IS NULL OR m.completed_on > d.as_of)
                    AND m.valid_from <= d.as_of AND (m.valid_to IS NULL OR m.valid_to > d.as_of) AND m.in_plan) AS ms_overdue
    FROM plan
    JOIN action a ON a.delivery_plan_id = plan.id
    CROSS JOIN (VALUES ($2::date, true), ($3::date, false)) d (as_of, is_now)
    -- The plan as it stood at the end of each date: the action's version, the settings and the objective's then.
    JOIN action_version v ON v.action_id = a.id AND v.valid_from <= d.as_of AND (v.valid_to IS NULL OR v.valid_to > d.as_of) AND v.in_plan
    JOIN partnership_settings_version ps ON ps.partnership_id = plan.partnership_id AND ps.valid_from <= d.as_of AND (ps.valid_to IS NULL OR ps.valid_to > d.as_of)
    JOIN objective o ON o.id = v.objective_id
    JOIN objective_version ov ON ov.objective_id = v.objective_id AND ov.valid_from <= d.as_of AND (ov.valid_to IS NULL OR ov.valid_to > d.as_of)
    JOIN agency ag ON ag.id = v.lead_agency_id
    LEFT JOIN LATERAL (
           SELECT u.status, u.percent_complete, u.reported_on, u.rag
             FROM progress_update u
            WHERE u.action_id = a.id AND u.reported_on <= d.as_of
            ORDER BY u.reported_on DESC, u.seq DESC
            LIMIT 1
         ) u ON TRUE
),
ev AS MATERIALIZED (
  SELECT st.id, st.is_now, st.as_of, st.ref, st.ref_key, st.title, st.objective_code, st.pillar, st.agency_name,
         st.objective_id, st.lead_agency_id, st.due_date, st.status,
         CASE WHEN st.status = 'COMPLETED' THEN 100 ELSE st.pct END AS progress,
         f.overdue, f.due_soon, f.stale,
         CASE WHEN f.overdue THEN st.as_of - st.due_date ELSE 0 END AS days_overdue,
         CASE WHEN st.status = 'COMPLETED' THEN 'BLUE'
              WHEN st.status = 'CANCELLED' THEN NULL
              WHEN f.overdue OR st.reported_rag = 'RED' THEN 'RED'
              WHEN st.ms_overdue OR f.stale OR st.reported_rag = 'AMBER' OR st.status = 'ON_HOLD' THEN 'AMBER'
              ELSE 'GREEN' END AS rag,
         CASE WHEN f.open THEN array_remove(ARRAY[
                CASE WHEN f.overdue THEN 'OVERDUE' END,
                CASE WHEN st.reported_rag = 'RED' THEN 'REPORTED_RED' END,
                CASE WHEN st.ms_overdue THEN 'MILESTONE_OVERDUE' END,
                CASE WHEN f.stale THEN 'NO_RECENT_UPDATE' END,
                CASE WHEN st.reported_rag = 'AMBER' THEN 'REPORTED_AMBER' END,
                CASE WHEN st.status = 'ON_HOLD' THEN 'ON_HOLD' END], NULL)
              ELSE '{}'::text[] END AS reasons
    FROM st
    CROSS JOIN LATERAL (SELECT st.status NOT IN ('COMPLETED', 'CANCELLED') AS open) o
    CROSS JOIN LATERAL (
           SELECT o.open,
                  o.open AND st.due_date < st.as_of AS overdue,
                  o.open AND st.due_date >= st.as_of AND st.due_date <= st.as_of + st.due_soon_days AS due_soon,
                  o.open AND NOT COALESCE(st.not_started_yet, false) AND (st.fresh_since IS NULL OR st.fresh_since < st.as_of - st.stale_after_days) AS stale
         ) f
),
now_ev AS (
  SELECT ev.*, json_build_object('ref', ev.ref, 'title', ev.title, 'objective', ev.objective_code, 'pillar', ev.pillar,
                                 'leadAgency', ev.agency_name, 'dueDate', ev.due_date, 'status', ev.status, 'progress', ev.progress,
                                 'rag', ev.rag, 'ragReasons', ev.reasons, 'daysOverdue', ev.days_overdue) AS row
    FROM ev WHERE ev.is_now
),
roll AS (
  SELECT GROUPING(ev.pillar, ev.objective_id, ev.lead_agency_id) AS g, ev.pillar, ev.objective_id, ev.lead_agency_id,
         min(ev.agency_name) AS agency_name,
         json_build_object(
           'total', count(*) FILTER (WHERE ev.status <> 'CANCELLED'),
           'cancelled', count(*) FILTER (WHERE ev.status = 'CANCELLED'),
           'completed', count(*) FILTER (WHERE ev.status = 'COMPLETED'),
           'overdue', count(*) FILTER (WHERE ev.overdue),
           'dueSoon', count(*) FILTER (WHERE ev.due_soon),
           'stale', count(*) FILTER (WHERE ev.stale),
           'progress', COALESCE(round(avg(ev.progress) FILTER (WHERE ev.status <> 'CANCELLED'), 1), 0),
           'byStatus', json_build_object(
             'notStarted', count(*) FILTER (WHERE ev.status = 'NOT_STARTED'),
             'inProgress', count(*) FILTER (WHERE ev.status = 'IN_PROGRESS'),
             'onHold', count(*) FILTER (WHERE ev.status = 'ON_HOLD'),
             'completed', count(*) FILTER (WHERE ev.status = 'COMPLETED')),
           'byRag', json_build_object(
             'red', count(*) FILTER (WHERE ev.rag = 'RED'),
             'amber', count(*) FILTER (WHERE ev.rag = 'AMBER'),
             'green', count(*) FILTER (WHERE ev.rag = 'GREEN'),
             'blue', count(*) FILTER (WHERE ev.rag = 'BLUE'))) AS r
    FROM ev
   WHERE ev.is_now
   GROUP BY GROUPING SETS ((), (ev.pillar), (ev.objective_id), (ev.lead_agency_id))
)
SELECT json_build_object(
  'plan', (SELECT json_build_object('id', plan.id, 'title', plan.title, 'partnershipId', plan.partnership_id, 'partnership', plan.partnership_name) FROM plan),
  'asOf', $2::date,
  'since', $3::date,
  'overall', (SELECT roll.r FROM roll WHERE roll.g = 7),
  'byPillar', (SELECT json_agg(json_build_object('pillar', p.pillar, 'rollUp', roll.r) ORDER BY p.n)
                 FROM unnest(ARRAY['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE']) WITH ORDINALITY p (pillar, n)
                 LEFT JOIN roll ON roll.g = 3 AND roll.pillar = p.pillar),
  'byObjective', (SELECT json_agg(json_build_object('code', ov.code, 'title', ov.title, 'pillar', ov.pillar, 'rollUp', roll.r)
                                  ORDER BY array_position(ARRAY['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'], ov.pillar), o.position, o.code)
                    FROM plan
                    JOIN objective_version ov ON ov.strategy_id = plan.strategy_id
                     AND ov.valid_from <= $2::date AND (ov.valid_to IS NULL OR ov.valid_to > $2::date) AND ov.in_plan
                    JOIN objective o ON o.id = ov.objective_id
                    LEFT JOIN roll ON roll.g = 5 AND roll.objective_id = o.id),
  'byAgency', (SELECT json_agg(json_build_object('agency', roll.agency_name, 'rollUp', roll.r) ORDER BY roll.agency_name, roll.lead_agency_id)
                 FROM roll WHERE roll.g = 6),
  'overdueActions', (SELECT json_agg(e.row ORDER BY e.days_overdue DESC, e.ref_key NULLS LAST, e.ref) FROM now_ev e WHERE e.overdue),
  'overdueMilestones', (SELECT json_agg(json_build_object('title', m.title, 'ref', e.ref, 'dueDate', m.due_date, 'daysOverdue', e.as_of - m.due_date)
                                        ORDER BY e.as_of - m.due_date DESC, e.ref_key NULLS LAST, e.ref, ms.position)
                          FROM now_ev e
                          JOIN milestone_version m ON m.action_id = e.id
                           AND m.valid_from <= e.as_of AND (m.valid_to IS NULL OR m.valid_to > e.as_of) AND m.in_plan
                          JOIN milestone ms ON ms.id = m.milestone_id
                         WHERE e.status <> 'CANCELLED' AND m.due_date < e.as_of AND (m.completed_on IS NULL OR m.completed_on > e.as_of)),
  'dueSoon', (SELECT json_agg(e.row ORDER BY e.due_date, e.ref_key NULLS LAST, e.ref) FROM now_ev e WHERE e.due_soon),
  'staleActions', (SELECT json_agg(e.row ORDER BY e.ref_key NULLS LAST, e.ref) FROM now_ev e WHERE e.stale),
  -- Status or RAG changed, added, removed, due date moved, or progress moved 10 points with the same RAG.
  'changes', (SELECT json_agg(json_build_object('ref', COALESCE(n.ref, b.ref), 'statusBefore', COALESCE(b.status, 'NOT_STARTED'),
                                                'statusAfter', COALESCE(n.status, b.status), 'ragBefore', b.rag, 'ragAfter', n.rag,
                                                'ragReasonsBefore', COALESCE(b.reasons, '{}'), 'ragReasonsAfter', COALESCE(n.reasons, '{}'),
                                                'progressBefore', b.progress, 'progressAfter', n.progress,
                                                'dueDateBefore', b.due_date, 'dueDateAfter', n.due_date)
                              ORDER BY COALESCE(n.ref_key, b.ref_key) NULLS LAST, COALESCE(n.ref, b.ref))
                FROM (SELECT * FROM ev WHERE ev.is_now) n
                FULL JOIN (SELECT * FROM ev WHERE NOT ev.is_now) b ON b.id = n.id
               WHERE $3::date IS NOT NULL
                 AND (n.id IS NULL OR b.id IS NULL
                      OR (n.status, n.rag) IS DISTINCT FROM (b.status, b.rag)
                      OR n.due_date <> b.due_date
                      OR abs(n.progress - b.progress) >= 10)),
  'updatesSince', (SELECT json_agg(json_build_object('reportedOn', u.reported_on, 'status', u.status, 'percentComplete', u.percent_complete,
                                                     'rag', u.rag, 'narrative', u.narrative, 'ref', e.ref)
                                   ORDER BY u.reported_on, u.seq)
                     FROM now_ev e
                     JOIN progress_update u ON u.action_id = e.id AND u.reported_on > $3::date AND u.reported_on <= $2::date)
)::text AS report`;
