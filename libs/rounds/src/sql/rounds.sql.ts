import { CLOSED_ACTION_STATUSES, sqlList } from '@app/domain';

/**
 * Reporting rounds' SQL. Rounds are read as of a day: `$asOf` below is a calendar date, or the
 * day of the server's clock instant in each round's partnership timezone where several
 * partnerships are read at once.
 *
 * The return statuses the CASEs below yield mirror `returnStatus` (compliance.rule.ts) and are
 * written out to read as it does; each is a value of `@app/domain` (`vocabulary-in-sql.spec.ts`).
 */

/** Columns of `reporting_round` under the row type's property names. */
const ROUND_COLUMNS = `
  r.id, r.partnership_id AS "partnershipId", r.delivery_plan_id AS "deliveryPlanId", r.title,
  r.opens_on::text AS "opensOn", r.deadline::text AS "deadline", r.grace_working_days AS "graceWorkingDays",
  r.grace_ends_on::text AS "graceEndsOn", r.closed_on::text AS "closedOn", r.created_at AS "createdAt"`;

/** Locks delivery plan $1 (rounds of one plan are made one at a time, so overlaps are checked safely); $2 readable partnerships (NULL: all). */
export const LOCK_PLAN_FOR_ROUNDS_SQL = `
  SELECT dp.id, dp.partnership_id, p.timezone
    FROM delivery_plan dp JOIN partnership p ON p.id = dp.partnership_id
   WHERE dp.id = $1::uuid AND ($2::uuid[] IS NULL OR dp.partnership_id = ANY($2::uuid[]))
     FOR UPDATE OF dp`;

/** The open actions of plan $1 (not COMPLETED, not CANCELLED), with their lead agency: what a round asks returns for by default. */
export const OPEN_ACTIONS_OF_PLAN_SQL = `
  SELECT a.id, a.lead_agency_id FROM action a
   WHERE a.delivery_plan_id = $1 AND a.status NOT IN (${sqlList(CLOSED_ACTION_STATUSES)})
   ORDER BY a.ref`;

/** Rounds of plan $1 still taking returns on some day of [$2, $3] (not closed before it, grace not ended before it). */
export const OVERLAPPING_ROUNDS_SQL = `
  SELECT r.id, r.title FROM reporting_round r
   WHERE r.delivery_plan_id = $1
     AND r.opens_on <= $3::date
     AND LEAST(r.grace_ends_on, COALESCE(r.closed_on, r.grace_ends_on)) >= $2::date
   LIMIT 1`;

/** Inserts a round: $1 partnership, $2 plan, $3 title, $4 opens, $5 deadline, $6 grace days, $7 grace ends, $8 creator. */
export const INSERT_ROUND_SQL = `
  INSERT INTO reporting_round AS r (partnership_id, delivery_plan_id, title, opens_on, deadline, grace_working_days, grace_ends_on, created_by)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  RETURNING ${ROUND_COLUMNS}`;

/** Adds round $1's actions $3 (uuid[]) with their lead agencies $4 (uuid[], same order); $2 partnership. */
export const INSERT_ROUND_ACTIONS_SQL = `
  INSERT INTO reporting_round_action (round_id, partnership_id, action_id, agency_id)
  SELECT $1, $2, t.action_id, t.agency_id FROM unnest($3::uuid[], $4::uuid[]) AS t(action_id, agency_id)`;

/** Round $1 locked, with its partnership's timezone; $2 readable partnerships (NULL: all). */
export const LOCK_ROUND_SQL = `
  SELECT ${ROUND_COLUMNS}, p.timezone FROM reporting_round r JOIN partnership p ON p.id = r.partnership_id
   WHERE r.id = $1::uuid AND ($2::uuid[] IS NULL OR r.partnership_id = ANY($2::uuid[]))
     FOR UPDATE OF r`;

/** Closes round $1 on day $2, by $3. */
export const CLOSE_ROUND_SQL = `
  UPDATE reporting_round r SET closed_on = $2, closed_by = $3 WHERE r.id = $1 RETURNING ${ROUND_COLUMNS}`;

/** Rounds by id $1 (uuid[]), readable partnerships $2 (NULL: all). */
export const ROUNDS_BY_ID_SQL = `
  SELECT ${ROUND_COLUMNS} FROM reporting_round r
   WHERE r.id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR r.partnership_id = ANY($2::uuid[]))`;

/** Rounds of plan $1, latest opening first; readable partnerships $2 (NULL: all). */
export const ROUNDS_OF_PLAN_SQL = `
  SELECT ${ROUND_COLUMNS} FROM reporting_round r
   WHERE r.delivery_plan_id = $1::uuid AND ($2::uuid[] IS NULL OR r.partnership_id = ANY($2::uuid[]))
   ORDER BY r.opens_on DESC, r.created_at DESC`;

/**
 * Every return due in rounds $1 (uuid[]) as of day $2, with its status — the SQL twin of the pure
 * `returnStatus` rule (compliance.rule.ts), checked against it on random rounds by
 * test/e2e/rounds-agreement.e2e-spec.ts:
 *  - the round's return for an action is the first return recorded from the opening day to the
 *    last day of returns (grace end, or the closing day if earlier) and not after $2;
 *  - ON_TIME when recorded by the deadline, LATE after it; with none, MISSED once the round is
 *    closed as of $2 (closed by hand on or before $2, or $2 after grace), else OUTSTANDING;
 *  - acknowledged when that return was acknowledged on or before $2.
 */
export const RETURNS_DUE_SQL = `
  SELECT ra.round_id AS "roundId", ra.action_id AS "actionId", ra.agency_id AS "agencyId",
         first.id AS "progressUpdateId", first.recorded_on::text AS "returnedOn",
         CASE WHEN first.id IS NOT NULL AND first.recorded_on <= r.deadline THEN 'ON_TIME'
              WHEN first.id IS NOT NULL THEN 'LATE'
              WHEN (r.closed_on IS NOT NULL AND $2::date >= r.closed_on) OR $2::date > r.grace_ends_on THEN 'MISSED'
              ELSE 'OUTSTANDING' END AS status,
         ack.acknowledged_on IS NOT NULL AS acknowledged,
         $2::date > r.deadline AS "pastDeadline"
    FROM reporting_round_action ra
    JOIN reporting_round r ON r.id = ra.round_id
    LEFT JOIN LATERAL (
      SELECT u.id, u.recorded_on FROM progress_update u
       WHERE u.action_id = ra.action_id
         AND u.recorded_on >= r.opens_on
         AND u.recorded_on <= LEAST(r.grace_ends_on, COALESCE(r.closed_on, r.grace_ends_on))
         AND u.recorded_on <= $2::date
       ORDER BY u.recorded_on, u.seq
       LIMIT 1) first ON true
    LEFT JOIN return_acknowledgement ack ON ack.progress_update_id = first.id AND ack.acknowledged_on <= $2::date
   WHERE ra.round_id = ANY($1::uuid[])`;

/** Per agency, the counts of `RETURNS_DUE_SQL` (same parameters): the SQL twin of `complianceByAgency`, summed over the rounds. */
export const COMPLIANCE_SQL = `
  SELECT d."agencyId",
         count(*)::int AS due,
         (count(*) FILTER (WHERE d.status = 'ON_TIME'))::int AS "onTime",
         (count(*) FILTER (WHERE d.status = 'LATE'))::int AS late,
         (count(*) FILTER (WHERE d.status = 'MISSED'))::int AS missed,
         (count(*) FILTER (WHERE d.status = 'OUTSTANDING'))::int AS outstanding,
         (count(*) FILTER (WHERE d.acknowledged))::int AS acknowledged
    FROM (${RETURNS_DUE_SQL}) d
   GROUP BY d."agencyId"
   ORDER BY d."agencyId"`;

/** Rounds of plan $1 that opened on or before $2 (what "across rounds" counts as of $2). */
export const ROUND_IDS_OF_PLAN_AS_OF_SQL = `
  SELECT r.id FROM reporting_round r WHERE r.delivery_plan_id = $1 AND r.opens_on <= $2::date`;

/**
 * Returns outstanding for agency $1 in partnerships $2 (uuid[]), each partnership's day taken from
 * instant $3 in its timezone: rounds open or in grace that day, with no return that counts yet.
 */
export const MY_RETURNS_DUE_SQL = `
  WITH today AS (
    SELECT p.id AS partnership_id, ($3::timestamptz AT TIME ZONE p.timezone)::date AS day
      FROM partnership p WHERE p.id = ANY($2::uuid[])
  )
  SELECT ra.round_id AS "roundId", ra.action_id AS "actionId", ra.agency_id AS "agencyId",
         NULL::uuid AS "progressUpdateId", NULL::text AS "returnedOn", 'OUTSTANDING' AS status, false AS acknowledged,
         t.day > r.deadline AS "pastDeadline"
    FROM reporting_round_action ra
    JOIN reporting_round r ON r.id = ra.round_id
    JOIN today t ON t.partnership_id = r.partnership_id
    JOIN action a ON a.id = ra.action_id
   WHERE ra.agency_id = $1
     AND t.day >= r.opens_on AND t.day <= r.grace_ends_on AND (r.closed_on IS NULL OR t.day < r.closed_on)
     AND NOT EXISTS (
       SELECT 1 FROM progress_update u
        WHERE u.action_id = ra.action_id AND u.recorded_on >= r.opens_on AND u.recorded_on <= t.day)
   ORDER BY r.deadline, a.ref`;

/** Progress update $1 with its action's partnership and lead agency; $2 the caller's agency; $3 readable partnerships (NULL: all). */
export const RETURN_FOR_REVIEW_SQL = `
  SELECT u.id, u.partnership_id, u.action_id, a.lead_agency_id,
         EXISTS (SELECT 1 FROM action_supporting_agency sa WHERE sa.action_id = a.id AND sa.agency_id = $2::uuid) AS supported_by_actor,
         p.timezone
    FROM progress_update u JOIN action a ON a.id = u.action_id JOIN partnership p ON p.id = u.partnership_id
   WHERE u.id = $1::uuid AND ($3::uuid[] IS NULL OR u.partnership_id = ANY($3::uuid[]))`;

/** Acknowledges return $1 ($2 partnership, $3 by, $4 day); nothing when already acknowledged. */
export const ACKNOWLEDGE_RETURN_SQL = `
  INSERT INTO return_acknowledgement (progress_update_id, partnership_id, acknowledged_by, acknowledged_on)
  VALUES ($1, $2, $3, $4)
  ON CONFLICT (progress_update_id) DO NOTHING
  RETURNING progress_update_id`;

/** Columns of `return_query`. */
const QUERY_COLUMNS = `q.id, q.partnership_id AS "partnershipId", q.progress_update_id AS "progressUpdateId",
  q.answers_query_id AS "answersQueryId", q.author_id AS "authorId", q.comment, q.created_at AS "createdAt"`;

/** Adds a query ($4 NULL) or an answer to query $4, on return $2: $1 partnership, $3 author, $5 comment. */
export const INSERT_RETURN_QUERY_SQL = `
  INSERT INTO return_query AS q (partnership_id, progress_update_id, author_id, answers_query_id, comment)
  VALUES ($1, $2, $3, $4, $5)
  RETURNING ${QUERY_COLUMNS}`;

/** Query $1 (a query, not an answer) with its return's ids for the permission check; $2 caller's agency; $3 readable partnerships. */
export const QUERY_FOR_ANSWER_SQL = `
  SELECT q.id, q.progress_update_id, q.partnership_id, a.lead_agency_id,
         EXISTS (SELECT 1 FROM action_supporting_agency sa WHERE sa.action_id = a.id AND sa.agency_id = $2::uuid) AS supported_by_actor
    FROM return_query q JOIN progress_update u ON u.id = q.progress_update_id JOIN action a ON a.id = u.action_id
   WHERE q.id = $1::uuid AND q.answers_query_id IS NULL AND ($3::uuid[] IS NULL OR q.partnership_id = ANY($3::uuid[]))`;

/** The thread on returns $1 (uuid[]): queries and answers in the order written. */
export const THREADS_OF_RETURNS_SQL = `
  SELECT ${QUERY_COLUMNS} FROM return_query q WHERE q.progress_update_id = ANY($1::uuid[]) ORDER BY q.created_at, q.id`;

/** Acknowledgements of returns $1 (uuid[]). */
export const ACKNOWLEDGEMENTS_OF_RETURNS_SQL = `
  SELECT k.progress_update_id AS "progressUpdateId", k.acknowledged_by AS "acknowledgedBy", k.acknowledged_on::text AS "acknowledgedOn"
    FROM return_acknowledgement k WHERE k.progress_update_id = ANY($1::uuid[])`;

/** Partnership $1's reminder settings (defaults when never set). */
export const REMINDER_SETTINGS_SQL = `
  SELECT coalesce(s.days_before, '{7,1}') AS "daysBefore", coalesce(s.on_deadline, true) AS "onDeadline",
         coalesce(s.escalate_after_grace, true) AS "escalateAfterGrace"
    FROM (SELECT $1::uuid AS id) p LEFT JOIN reminder_setting s ON s.partnership_id = p.id`;

/** Sets partnership $1's reminder settings: $2 days before (int[]), $3 on deadline, $4 escalate after grace. */
export const UPSERT_REMINDER_SETTINGS_SQL = `
  INSERT INTO reminder_setting (partnership_id, days_before, on_deadline, escalate_after_grace)
  VALUES ($1, $2, $3, $4)
  ON CONFLICT (partnership_id) DO UPDATE
     SET days_before = excluded.days_before, on_deadline = excluded.on_deadline,
         escalate_after_grace = excluded.escalate_after_grace, updated_at = clock_timestamp()
  RETURNING days_before AS "daysBefore", on_deadline AS "onDeadline", escalate_after_grace AS "escalateAfterGrace"`;

/** Person $1's digest frequency (DAILY when never set). */
export const DIGEST_FREQUENCY_SQL = `
  SELECT coalesce((SELECT frequency FROM digest_preference WHERE user_id = $1), 'DAILY') AS frequency`;

/** Sets person $1's digest frequency to $2. */
export const UPSERT_DIGEST_FREQUENCY_SQL = `
  INSERT INTO digest_preference (user_id, frequency) VALUES ($1, $2)
  ON CONFLICT (user_id) DO UPDATE SET frequency = excluded.frequency, updated_at = clock_timestamp()
  RETURNING frequency`;

/** The round of plan actions $1 (uuid[]) in round $2: which of them it asks returns for. */
export const ACTION_IN_ROUND_SQL = `
  SELECT 1 FROM reporting_round_action WHERE round_id = $1::uuid AND action_id = $2::uuid`;

/** Writes an outbox event in the caller's transaction: $1 partnership, $2 kind, $3 payload (json). */
export const INSERT_OUTBOX_EVENT_SQL = `INSERT INTO outbox_event (partnership_id, kind, payload) VALUES ($1, $2, $3::jsonb)`;
