/**
 * Locks an action before progress is reported on it, so concurrent reports on one action queue up
 * and each recomputes the projection after the previous one committed. Rows of partnerships the
 * caller cannot read ($3 uuid[]; NULL for admins) are neither returned nor locked.
 * $1 action id, $2 the caller's agency (nullable): `supported_by_actor` says whether it supports the action.
 */
export const LOCK_ACTION_FOR_REPORT_SQL = `
  SELECT a.id AS action_id, a.partnership_id, a.lead_agency_id, a.status, a.percent_complete, a.last_reported_on, a.removed_on,
         p.timezone, dp.start_date AS plan_start_date,
         EXISTS (SELECT 1 FROM action_supporting_agency sa WHERE sa.action_id = a.id AND sa.agency_id = $2::uuid) AS supported_by_actor
    FROM action a
    JOIN partnership p ON p.id = a.partnership_id
    JOIN delivery_plan dp ON dp.id = a.delivery_plan_id
   WHERE a.id = $1::uuid
     AND ($3::uuid[] IS NULL OR a.partnership_id = ANY($3::uuid[]))
     FOR UPDATE OF a`;

/**
 * Locks a milestone and its action (same order as `LOCK_ACTION_FOR_REPORT_SQL` takes the action,
 * so the two cannot deadlock on one action). Same parameters, $1 being the milestone id.
 */
export const LOCK_MILESTONE_FOR_COMPLETION_SQL = `
  SELECT m.id AS milestone_id, a.id AS action_id, a.partnership_id, a.lead_agency_id, a.status, a.percent_complete, a.last_reported_on,
         p.timezone,
         EXISTS (SELECT 1 FROM action_supporting_agency sa WHERE sa.action_id = a.id AND sa.agency_id = $2::uuid) AS supported_by_actor
    FROM milestone m
    JOIN action a ON a.id = m.action_id
    JOIN partnership p ON p.id = a.partnership_id
   WHERE m.id = $1::uuid
     AND ($3::uuid[] IS NULL OR m.partnership_id = ANY($3::uuid[]))
     FOR UPDATE OF a, m`;

/** What the lock statements return. */
export interface LockedActionRaw {
  milestone_id?: string;
  action_id: string;
  partnership_id: string;
  lead_agency_id: string;
  status: string;
  percent_complete: number;
  last_reported_on: string | null;
  /** The day the action was taken out of the plan (LOCK_ACTION_FOR_REPORT_SQL only). */
  removed_on?: string | null;
  timezone: string;
  /** The action's delivery plan's start date (`LOCK_ACTION_FOR_REPORT_SQL` only): no return is dated before it. */
  plan_start_date?: string;
  supported_by_actor: boolean;
}

/** Columns of `progress_update` under the entity's property names, for `Object.assign(new ProgressUpdateEntity(), row)`. */
export const PROGRESS_UPDATE_COLUMNS = (alias: string): string => `
  ${alias}.id, ${alias}.seq, ${alias}.partnership_id AS "partnershipId", ${alias}.action_id AS "actionId",
  ${alias}.author_id AS "authorId", ${alias}.agency_id AS "agencyId", ${alias}.reported_on AS "reportedOn",
  ${alias}.narrative, ${alias}.percent_complete AS "percentComplete", ${alias}.status, ${alias}.rag,
  ${alias}.no_change AS "noChange", ${alias}.recorded_on AS "recordedOn", ${alias}.created_at AS "createdAt"`;

/**
 * Appends one progress update and refreshes the action's projection (status, percent, last
 * reported on) in one statement, so a report costs one round trip: $1 partnership, $2 action,
 * $3 author, $4 agency, $5 reported on, $6 narrative, $7 percent, $8 status, $9 rag, $10 no change,
 * $11 recorded on, $12 the time it was filed (NULL: now). The projection is the later, by (reported_on, seq), of the new update and the
 * latest one stored before it — whatever order back-dated and concurrent reports arrived in, since
 * the caller holds the action's row lock and no other report of this action can land in between.
 * `version` is left alone: it guards coordinators' edits of the plan, not progress. Returns the
 * update's columns and the projection as `projection_status`, `projection_percent_complete`,
 * `projection_last_reported_on`.
 */
export const APPEND_PROGRESS_UPDATE_SQL = `
  WITH inserted AS (
    INSERT INTO progress_update AS u (partnership_id, action_id, author_id, agency_id, reported_on, narrative, percent_complete, status, rag, no_change, recorded_on, created_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, COALESCE($12::timestamptz, now()))
    RETURNING ${PROGRESS_UPDATE_COLUMNS('u')}
  ),
  latest AS (
    SELECT c.status, c.percent_complete, c.reported_on
      FROM (SELECT i.status, i."percentComplete" AS percent_complete, i."reportedOn" AS reported_on, i.seq
              FROM inserted i
            UNION ALL
            (SELECT p.status, p.percent_complete, p.reported_on, p.seq
               FROM progress_update p
              WHERE p.action_id = $2
              ORDER BY p.reported_on DESC, p.seq DESC
              LIMIT 1)) c
     ORDER BY c.reported_on DESC, c.seq DESC
     LIMIT 1
  ),
  refreshed AS (
    UPDATE action a
       SET status = latest.status, percent_complete = latest.percent_complete, last_reported_on = latest.reported_on
      FROM latest
     WHERE a.id = $2
    RETURNING a.status, a.percent_complete, a.last_reported_on
  )
  SELECT inserted.*,
         refreshed.status AS projection_status,
         refreshed.percent_complete AS projection_percent_complete,
         refreshed.last_reported_on AS projection_last_reported_on
    FROM inserted, refreshed`;

/** Updates of the actions $1 (uuid[]), newest first per action (the order "as of" uses). */
export const UPDATES_OF_ACTIONS_SQL = `
  SELECT ${PROGRESS_UPDATE_COLUMNS('u')}
    FROM progress_update u
   WHERE u.action_id = ANY($1::uuid[])
   ORDER BY u.action_id, u.reported_on DESC, u.seq DESC`;

/** The reporter's RAG on action $1's latest update (reported_on, then creation order), if any. */
export const LATEST_RAG_OF_ACTION_SQL = `
  SELECT u.rag FROM progress_update u WHERE u.action_id = $1 ORDER BY u.reported_on DESC, u.seq DESC LIMIT 1`;
