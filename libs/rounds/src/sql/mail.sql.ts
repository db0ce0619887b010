/**
 * What the worker mails. `$1` is the clock's instant; each partnership's day is that instant in its timezone.
 */

/**
 * Every (person, action) pair a digest lists: the person is a coordinator or partner of the
 * partnership, active, of the agency the return is due from; the round takes returns that day
 * (open or in grace, not closed); no return has counted yet. With the round's reminder settings,
 * so the worker can tell reminder days (weekly digests go out on Mondays and on those days).
 */
export const DIGEST_ROWS_SQL = `
  WITH today AS (
    SELECT p.id, p.name, ($1::timestamptz AT TIME ZONE p.timezone)::date AS day FROM partnership p
  )
  SELECT u.id AS "userId", u.email, u.name, coalesce(pref.frequency, 'DAILY') AS frequency,
         t.name AS partnership, t.day::text AS day,
         r.id AS "roundId", r.title AS "roundTitle", r.opens_on::text AS "opensOn", r.deadline::text AS deadline,
         r.grace_ends_on::text AS "graceEndsOn", r.closed_on::text AS "closedOn",
         a.ref, a.title,
         coalesce(s.days_before, '{7,1}') AS "daysBefore", coalesce(s.on_deadline, true) AS "onDeadline",
         coalesce(s.escalate_after_grace, true) AS "escalateAfterGrace"
    FROM reporting_round r
    JOIN today t ON t.id = r.partnership_id
    JOIN reporting_round_action ra ON ra.round_id = r.id
    JOIN action a ON a.id = ra.action_id
    JOIN membership m ON m.partnership_id = r.partnership_id AND m.role IN ('PARTNER', 'COORDINATOR')
    JOIN user_account u ON u.id = m.user_id AND u.agency_id = ra.agency_id AND u.deactivated_at IS NULL
    LEFT JOIN digest_preference pref ON pref.user_id = u.id
    LEFT JOIN reminder_setting s ON s.partnership_id = r.partnership_id
   WHERE t.day >= r.opens_on AND t.day <= r.grace_ends_on AND (r.closed_on IS NULL OR t.day < r.closed_on)
     AND NOT EXISTS (
       SELECT 1 FROM progress_update pu
        WHERE pu.action_id = ra.action_id AND pu.recorded_on >= r.opens_on AND pu.recorded_on <= t.day)
   ORDER BY u.id, r.deadline, a.ref`;

/** Rounds whose grace ended the day before their partnership's today, escalation on, not closed by hand before then. */
export const ROUNDS_TO_ESCALATE_SQL = `
  SELECT r.id, r.partnership_id AS "partnershipId", r.title, r.grace_ends_on::text AS "graceEndsOn", p.name AS partnership,
         (($1::timestamptz AT TIME ZONE p.timezone)::date)::text AS day
    FROM reporting_round r
    JOIN partnership p ON p.id = r.partnership_id
    LEFT JOIN reminder_setting s ON s.partnership_id = r.partnership_id
   WHERE r.grace_ends_on + 1 = ($1::timestamptz AT TIME ZONE p.timezone)::date
     AND coalesce(s.escalate_after_grace, true)
     AND (r.closed_on IS NULL OR r.closed_on > r.grace_ends_on)`;

/**
 * Who hears of round $1's missed returns of agencies $2 (uuid[]): the partnership's coordinators
 * (every agency) and each agency's contacts — its partners in the partnership (agencies have no
 * named lead contact yet; issue 16's "lead contact" is read as them).
 */
export const ESCALATION_RECIPIENTS_SQL = `
  SELECT u.id AS "userId", u.email, u.name, m.role, u.agency_id AS "agencyId"
    FROM reporting_round r
    JOIN membership m ON m.partnership_id = r.partnership_id
    JOIN user_account u ON u.id = m.user_id AND u.deactivated_at IS NULL
   WHERE r.id = $1 AND (m.role = 'COORDINATOR' OR (m.role = 'PARTNER' AND u.agency_id = ANY($2::uuid[])))
   ORDER BY u.id`;

/** Names of actions $1 and agencies $2 (uuid[] each). */
export const ACTION_NAMES_SQL = `SELECT id, ref, title FROM action WHERE id = ANY($1::uuid[])`;
export const AGENCY_NAMES_SQL = `SELECT id, name FROM agency WHERE id = ANY($1::uuid[])`;

/** Plans a message; nothing when its key was planned before (a restart, another worker). $1 key, $2 user, $3 to, $4 subject, $5 text, $6 html. */
export const PLAN_MAIL_SQL = `
  INSERT INTO mail_delivery (key, user_id, to_address, subject, text_body, html_body)
  VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (key) DO NOTHING`;

/** Claims one unsent message for this transaction (others skip it while it is held). */
export const CLAIM_MAIL_SQL = `
  SELECT key, to_address AS "to", subject, text_body AS text, html_body AS html
    FROM mail_delivery
   WHERE sent_at IS NULL AND attempts < 10
   ORDER BY created_at, key
   LIMIT 1
   FOR UPDATE SKIP LOCKED`;

export const MARK_MAIL_SENT_SQL = `UPDATE mail_delivery SET sent_at = clock_timestamp(), attempts = attempts + 1, last_error = NULL WHERE key = $1`;
export const MARK_MAIL_FAILED_SQL = `UPDATE mail_delivery SET attempts = attempts + 1, last_error = left($2, 500) WHERE key = $1`;

/** Claims a batch of unprocessed outbox events (others skip them while held). */
export const CLAIM_OUTBOX_SQL = `
  SELECT id, partnership_id AS "partnershipId", kind, payload FROM outbox_event
   WHERE processed_at IS NULL ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED`;
export const MARK_OUTBOX_PROCESSED_SQL = `UPDATE outbox_event SET processed_at = clock_timestamp() WHERE id = ANY($1::bigint[])`;

/**
 * For an outbox thread event: the comment, the action, and who hears of it — for a query, the
 * return's author; for an answer, the query's author. $1 the query (or answer) id.
 */
export const THREAD_EVENT_SQL = `
  SELECT q.comment, a.ref, a.title, u.id AS "userId", u.email, u.name
    FROM return_query q
    JOIN progress_update pu ON pu.id = q.progress_update_id
    JOIN action a ON a.id = pu.action_id
    LEFT JOIN return_query asked ON asked.id = q.answers_query_id
    JOIN user_account u ON u.id = CASE WHEN q.answers_query_id IS NULL THEN pu.author_id ELSE asked.author_id END
   WHERE q.id = $1 AND u.deactivated_at IS NULL`;
