/**
 * The floor of the board report: every figure `boardReport` returns for one plan (the ones the
 * bench's BOARD_REPORT document asks for), computed by one hand-written statement and returned as
 * one JSON text, with no framework, no GraphQL and no second round trip.
 *
 * $1 plan id, $2 asOf, $3 since. Per-action state as of both dates by one LATERAL backward probe of
 * `progress_update_action_latest_idx` each (index-only); the rules of DESIGN.md inline; the
 * roll-ups in one GROUPING SETS pass; every list aggregated to JSON in PostgreSQL, in the report's
 * orders (natural ref order as `REF_ORDER_SQL`).
 */
export const FLOOR_BOARD_REPORT_SQL = `
WITH plan AS (
  SELECT dp.id, dp.title, dp.strategy_id, p.id AS partnership_id, p.name AS partnership_name, p.due_soon_days, p.stale_after_days
    FROM delivery_plan dp
    JOIN partnership p ON p.id = dp.partnership_id
   WHERE dp.id = $1::uuid
),
st AS MATERIALIZED (
  SELECT a.id, a.ref, a.title, a.due_date, a.objective_id, a.lead_agency_id,
         CASE WHEN a.ref ~ '^[0-9]{1,6}(\\.[0-9]{1,6})*$' THEN string_to_array(a.ref, '.')::int[] END AS ref_key,
         o.code AS objective_code, o.pillar, ag.name AS agency_name,
         d.as_of, d.is_now,
         COALESCE(u.status, 'NOT_STARTED') AS status,
         COALESCE(u.percent_complete, 0) AS pct,
         u.reported_on, u.rag AS reported_rag,
         plan.due_soon_days, plan.stale_after_days,
         EXISTS (SELECT 1 FROM milestone m
                  WHERE m.action_id = a.id AND m.due_date < d.as_of AND (m.completed_on IS NULL OR m.completed_on > d.as_of)) AS ms_overdue
    FROM plan
    JOIN action a ON a.delivery_plan_id = plan.id
    JOIN objective o ON o.id = a.objective_id
    JOIN agency ag ON ag.id = a.lead_agency_id
    CROSS JOIN (VALUES ($2::date, true), ($3::date, false)) d (as_of, is_now)
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
                  o.open AND (st.reported_on IS NULL OR st.reported_on < st.as_of - st.stale_after_days) AS stale
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
  'byObjective', (SELECT json_agg(json_build_object('code', o.code, 'title', o.title, 'pillar', o.pillar, 'rollUp', roll.r)
                                  ORDER BY array_position(ARRAY['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'], o.pillar), o.position, o.code)
                    FROM plan
                    JOIN objective o ON o.strategy_id = plan.strategy_id
                    LEFT JOIN roll ON roll.g = 5 AND roll.objective_id = o.id),
  'byAgency', (SELECT json_agg(json_build_object('agency', roll.agency_name, 'rollUp', roll.r) ORDER BY roll.agency_name, roll.lead_agency_id)
                 FROM roll WHERE roll.g = 6),
  'overdueActions', (SELECT json_agg(e.row ORDER BY e.days_overdue DESC, e.ref_key NULLS LAST, e.ref) FROM now_ev e WHERE e.overdue),
  'overdueMilestones', (SELECT json_agg(json_build_object('title', m.title, 'ref', e.ref, 'dueDate', m.due_date, 'daysOverdue', e.as_of - m.due_date)
                                        ORDER BY e.as_of - m.due_date DESC, e.ref_key NULLS LAST, e.ref, m.position)
                          FROM now_ev e
                          JOIN milestone m ON m.action_id = e.id
                         WHERE e.status <> 'CANCELLED' AND m.due_date < e.as_of AND (m.completed_on IS NULL OR m.completed_on > e.as_of)),
  'dueSoon', (SELECT json_agg(e.row ORDER BY e.due_date, e.ref_key NULLS LAST, e.ref) FROM now_ev e WHERE e.due_soon),
  'staleActions', (SELECT json_agg(e.row ORDER BY e.ref_key NULLS LAST, e.ref) FROM now_ev e WHERE e.stale),
  'changes', (SELECT json_agg(json_build_object('ref', n.ref, 'statusBefore', b.status, 'statusAfter', n.status, 'ragBefore', b.rag, 'ragAfter', n.rag)
                              ORDER BY n.ref_key NULLS LAST, n.ref)
                FROM now_ev n
                JOIN ev b ON b.id = n.id AND NOT b.is_now
               WHERE (n.status, n.rag) IS DISTINCT FROM (b.status, b.rag)),
  'updatesSince', (SELECT json_agg(json_build_object('reportedOn', u.reported_on, 'status', u.status, 'percentComplete', u.percent_complete,
                                                     'rag', u.rag, 'narrative', u.narrative, 'ref', e.ref)
                                   ORDER BY u.reported_on, u.seq)
                     FROM now_ev e
                     JOIN progress_update u ON u.action_id = e.id AND u.reported_on > $3::date AND u.reported_on <= $2::date)
)::text AS report`;
