import { MigrationInterface, QueryRunner } from 'typeorm';

/** New tables holding one partnership's rows: counted for the response cache like the others (1795430000000-DataVersion). */
const COUNTED_TABLES = ['reporting_round', 'reporting_round_action', 'return_acknowledgement', 'return_query', 'reminder_setting'];

/**
 * Reporting rounds (issue 16).
 *
 * - `progress_update.no_change`: a return that confirms "no change" says so in its own column,
 *   never by copying the last narrative. `progress_update.recorded_on`: the day the return was
 *   recorded in the partnership's timezone by the server's clock; compliance is judged on it, not
 *   on `reported_on` (which may be back-dated, so it cannot tell a late return from an on-time one).
 *   Existing rows take the day of `created_at` in their partnership's timezone.
 * - `reporting_round`: a plan's round (opening day, deadline, grace in working days and the last
 *   day of grace it gives, the day a coordinator closed it) and `reporting_round_action`: the
 *   actions it asks returns for, each due from the agency that led it when the round was made.
 * - `return_acknowledgement` (one per return) and `return_query` (a coordinator's query on a return
 *   and the answers to it: `answers_query_id` names the query an answer belongs to).
 * - `reminder_setting`: a partnership's reminder steps; `digest_preference`: a person's digest frequency.
 */
export class ReportingRounds1796700000000 implements MigrationInterface {
  name = 'ReportingRounds1796700000000';

  public async up(q: QueryRunner): Promise<void> {
    // The append-only trigger refuses UPDATEs of progress_update: the backfill runs with it off.
    await q.query(`ALTER TABLE progress_update ADD no_change boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE progress_update ADD recorded_on date`);
    await q.query(`ALTER TABLE progress_update DISABLE TRIGGER progress_update_append_only`);
    await q.query(`
      UPDATE progress_update u SET recorded_on = (u.created_at AT TIME ZONE p.timezone)::date
        FROM partnership p WHERE p.id = u.partnership_id`);
    await q.query(`ALTER TABLE progress_update ENABLE TRIGGER progress_update_append_only`);
    // Writers that leave it out (the import, bulk loads) get the day of created_at in the partnership's timezone.
    await q.query(`
      CREATE FUNCTION progress_update_recorded_on() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.recorded_on IS NULL THEN
          NEW.recorded_on := (coalesce(NEW.created_at, clock_timestamp()) AT TIME ZONE (SELECT p.timezone FROM partnership p WHERE p.id = NEW.partnership_id))::date;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER progress_update_recorded_on BEFORE INSERT ON progress_update FOR EACH ROW WHEN (NEW.recorded_on IS NULL) EXECUTE FUNCTION progress_update_recorded_on()`,
    );
    await q.query(`ALTER TABLE progress_update ALTER recorded_on SET NOT NULL`);

    await q.query(`
      CREATE TABLE reporting_round (
        id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        delivery_plan_id uuid NOT NULL REFERENCES delivery_plan(id) ON DELETE CASCADE,
        title text NOT NULL CONSTRAINT reporting_round_title_length CHECK (char_length(title) BETWEEN 1 AND 200),
        opens_on date NOT NULL,
        deadline date NOT NULL,
        grace_working_days integer NOT NULL CONSTRAINT reporting_round_grace_range CHECK (grace_working_days BETWEEN 0 AND 60),
        grace_ends_on date NOT NULL,
        closed_on date,
        closed_by uuid REFERENCES user_account(id) ON DELETE RESTRICT,
        created_by uuid NOT NULL REFERENCES user_account(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT reporting_round_deadline_after_opening CHECK (deadline >= opens_on),
        CONSTRAINT reporting_round_grace_after_deadline CHECK (grace_ends_on >= deadline)
      )`);
    await q.query(`CREATE INDEX reporting_round_partnership_idx ON reporting_round (partnership_id)`);
    await q.query(`CREATE INDEX reporting_round_plan_idx ON reporting_round (delivery_plan_id, opens_on)`);

    await q.query(`
      CREATE TABLE reporting_round_action (
        round_id uuid NOT NULL REFERENCES reporting_round(id) ON DELETE CASCADE,
        action_id uuid NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
        PRIMARY KEY (round_id, action_id)
      )`);
    await q.query(`CREATE INDEX reporting_round_action_partnership_idx ON reporting_round_action (partnership_id)`);
    await q.query(`CREATE INDEX reporting_round_action_agency_idx ON reporting_round_action (agency_id)`);
    await q.query(`CREATE INDEX reporting_round_action_action_idx ON reporting_round_action (action_id)`);
    await q.query(`CREATE INDEX progress_update_action_recorded_idx ON progress_update (action_id, recorded_on)`);

    await q.query(`
      CREATE TABLE return_acknowledgement (
        progress_update_id uuid NOT NULL PRIMARY KEY REFERENCES progress_update(id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        acknowledged_by uuid NOT NULL REFERENCES user_account(id) ON DELETE RESTRICT,
        acknowledged_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX return_acknowledgement_partnership_idx ON return_acknowledgement (partnership_id)`);

    await q.query(`
      CREATE TABLE return_query (
        id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        progress_update_id uuid NOT NULL REFERENCES progress_update(id) ON DELETE CASCADE,
        answers_query_id uuid REFERENCES return_query(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES user_account(id) ON DELETE RESTRICT,
        comment text NOT NULL CONSTRAINT return_query_comment_length CHECK (char_length(comment) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX return_query_partnership_idx ON return_query (partnership_id)`);
    await q.query(`CREATE INDEX return_query_update_idx ON return_query (progress_update_id, created_at)`);

    await q.query(`
      CREATE TABLE reminder_setting (
        partnership_id uuid NOT NULL PRIMARY KEY REFERENCES partnership(id) ON DELETE CASCADE,
        days_before integer[] NOT NULL DEFAULT '{7,1}'
          CONSTRAINT reminder_setting_days_range CHECK (cardinality(days_before) <= 5 AND 0 < ALL(days_before) AND 60 >= ALL(days_before)),
        on_deadline boolean NOT NULL DEFAULT true,
        escalate_after_grace boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);

    await q.query(`
      CREATE TABLE digest_preference (
        user_id uuid NOT NULL PRIMARY KEY REFERENCES user_account(id) ON DELETE CASCADE,
        frequency text NOT NULL DEFAULT 'DAILY' CONSTRAINT digest_preference_frequency_valid CHECK (frequency IN ('DAILY', 'WEEKLY')),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);

    for (const table of COUNTED_TABLES) {
      await q.query(
        `CREATE TRIGGER "${table}_count_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
      );
      await q.query(
        `CREATE TRIGGER "${table}_count_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
      );
      await q.query(
        `CREATE TRIGGER "${table}_count_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
      );
      await q.query(`CREATE TRIGGER "${table}_count_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION count_platform_change()`);
    }
    // A person's preference is not one partnership's: it counts as a platform change.
    await q.query(
      `CREATE TRIGGER "digest_preference_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "digest_preference" FOR EACH STATEMENT EXECUTE FUNCTION count_platform_change()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE digest_preference`);
    await q.query(`DROP TABLE reminder_setting`);
    await q.query(`DROP TABLE return_query`);
    await q.query(`DROP TABLE return_acknowledgement`);
    await q.query(`DROP TABLE reporting_round_action`);
    await q.query(`DROP TABLE reporting_round`);
    await q.query(`DROP INDEX progress_update_action_recorded_idx`);
    await q.query(`DROP TRIGGER progress_update_recorded_on ON progress_update`);
    await q.query(`DROP FUNCTION progress_update_recorded_on()`);
    await q.query(`ALTER TABLE progress_update DROP COLUMN recorded_on`);
    await q.query(`ALTER TABLE progress_update DROP COLUMN no_change`);
  }
}
