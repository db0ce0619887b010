import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan's structure with its history (issue 13; docs/rules.md "The plan as of a date").
 *
 * Each of action (and its supporting agencies), milestone, objective and the partnership's settings gets a `<name>_version`
 * table: the values a report shows, each row in force over `[valid_from, valid_to)` (`valid_to`
 * NULL: still in force), the rows of one entity never overlapping (an exclusion constraint) and
 * covering every day from its first. The current columns stay as the projection of the latest
 * version, for today's reads.
 *
 * Versions are written by triggers on the current tables, so every path that writes the plan
 * (the API, the spreadsheet import, the demo seed, the benchmark's generator) keeps the history:
 * - INSERT opens the first version: an action or milestone from its `in_plan_since` (default:
 *   today in the partnership's timezone), an objective and the settings from the beginning of
 *   time (a heading and the rules hold for the whole past until changed).
 * - UPDATE of a versioned column takes effect from the transaction's `tracker.effective_from`
 *   (set by the service with `set_config(..., true)`; default today in the partnership's
 *   timezone), never before the first version: the version in force that day is split there and
 *   every version from that day on takes the new value of each changed column (a back-dated
 *   correction overrides later values of that column only). A removal (`removed_on` set) takes
 *   effect from `removed_on`. A milestone's completion applies to every version not complete or
 *   complete on the previous date (completion dates are back-dated like progress returns); a
 *   reopening from the effective day.
 * - An action's due-date change also appends a revision (`action_due_revision`: when, by whom
 *   from `tracker.actor_id`, from → to, effective from), the re-baselining record.
 *
 * Existing rows: `in_plan_since` is their creation day in the partnership's timezone and their
 * history starts there (objectives and settings: from the beginning of time).
 */
export class PlanHistory1796500000000 implements MigrationInterface {
  name = 'PlanHistory1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q(`
      CREATE FUNCTION tracker_effective_from(p_partnership uuid) RETURNS date LANGUAGE sql STABLE AS $fn$
        SELECT COALESCE(
          NULLIF(current_setting('tracker.effective_from', true), '')::date,
          (now() AT TIME ZONE (SELECT timezone FROM partnership WHERE id = p_partnership))::date)
      $fn$`);
    await q(`
      CREATE FUNCTION tracker_actor() RETURNS uuid LANGUAGE sql STABLE AS $fn$
        SELECT NULLIF(current_setting('tracker.actor_id', true), '')::uuid
      $fn$`);

    // Projection columns.
    await q(`ALTER TABLE "action" ADD "in_plan_since" date, ADD "removed_on" date, ADD "removal_reason" text`);
    await q(`UPDATE "action" a SET in_plan_since = (a.created_at AT TIME ZONE p.timezone)::date FROM partnership p WHERE p.id = a.partnership_id`);
    await q(`ALTER TABLE "action" ALTER "in_plan_since" SET NOT NULL`);
    await q(`ALTER TABLE "action" ADD CONSTRAINT "action_removed_after_entry" CHECK ("removed_on" IS NULL OR "removed_on" >= "in_plan_since")`);
    await q(`ALTER TABLE "milestone" ADD "in_plan_since" date, ADD "removed_on" date`);
    await q(`UPDATE "milestone" m SET in_plan_since = (m.created_at AT TIME ZONE p.timezone)::date FROM partnership p WHERE p.id = m.partnership_id`);
    await q(`ALTER TABLE "milestone" ALTER "in_plan_since" SET NOT NULL`);
    await q(`ALTER TABLE "milestone" ADD CONSTRAINT "milestone_removed_after_entry" CHECK ("removed_on" IS NULL OR "removed_on" >= "in_plan_since")`);
    await q(`ALTER TABLE "objective" ADD "removed_on" date`);
    // Optimistic concurrency for the new edits, as action has (an optional \`version\` argument).
    for (const table of VERSIONED_TABLES) await q(`ALTER TABLE "${table}" ADD "version" integer NOT NULL DEFAULT 1`);

    const range = `CONSTRAINT "%s_range" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from")`;
    await q(`
      CREATE TABLE "action_version" (
        "action_id" uuid NOT NULL REFERENCES "action"("id") ON DELETE CASCADE,
        "partnership_id" uuid NOT NULL REFERENCES "partnership"("id") ON DELETE CASCADE,
        "valid_from" date NOT NULL,
        "valid_to" date,
        "in_plan" boolean NOT NULL,
        "title" text NOT NULL,
        "objective_id" uuid NOT NULL,
        "lead_agency_id" uuid NOT NULL,
        "start_date" date,
        "due_date" date NOT NULL,
        CONSTRAINT "action_version_pkey" PRIMARY KEY ("action_id", "valid_from"),
        ${range.replace('%s', 'action_version')},
        CONSTRAINT "action_version_no_overlap" EXCLUDE USING gist ("action_id" WITH =, daterange("valid_from", "valid_to") WITH &&)
      )`);
    await q(`
      CREATE TABLE "milestone_version" (
        "milestone_id" uuid NOT NULL REFERENCES "milestone"("id") ON DELETE CASCADE,
        "action_id" uuid NOT NULL,
        "partnership_id" uuid NOT NULL REFERENCES "partnership"("id") ON DELETE CASCADE,
        "valid_from" date NOT NULL,
        "valid_to" date,
        "in_plan" boolean NOT NULL,
        "title" text NOT NULL,
        "due_date" date NOT NULL,
        "completed_on" date,
        CONSTRAINT "milestone_version_pkey" PRIMARY KEY ("milestone_id", "valid_from"),
        ${range.replace('%s', 'milestone_version')},
        CONSTRAINT "milestone_version_no_overlap" EXCLUDE USING gist ("milestone_id" WITH =, daterange("valid_from", "valid_to") WITH &&)
      )`);
    // "Milestone overdue as of D", per action: one range scan by due date, index-only.
    await q(
      `CREATE INDEX "milestone_version_action_due_idx" ON "milestone_version" ("action_id", "due_date") INCLUDE ("valid_from", "valid_to", "in_plan", "completed_on")`,
    );
    await q(`
      CREATE TABLE "objective_version" (
        "objective_id" uuid NOT NULL REFERENCES "objective"("id") ON DELETE CASCADE,
        "strategy_id" uuid NOT NULL,
        "partnership_id" uuid NOT NULL REFERENCES "partnership"("id") ON DELETE CASCADE,
        "valid_from" date NOT NULL,
        "valid_to" date,
        "in_plan" boolean NOT NULL,
        "pillar" text NOT NULL,
        "code" text NOT NULL,
        "title" text NOT NULL,
        CONSTRAINT "objective_version_pkey" PRIMARY KEY ("objective_id", "valid_from"),
        ${range.replace('%s', 'objective_version')},
        CONSTRAINT "objective_version_no_overlap" EXCLUDE USING gist ("objective_id" WITH =, daterange("valid_from", "valid_to") WITH &&)
      )`);
    await q(`CREATE INDEX "objective_version_strategy_idx" ON "objective_version" ("strategy_id")`);
    await q(`
      CREATE TABLE "partnership_settings_version" (
        "partnership_id" uuid NOT NULL REFERENCES "partnership"("id") ON DELETE CASCADE,
        "valid_from" date NOT NULL,
        "valid_to" date,
        "stale_after_days" integer NOT NULL,
        "due_soon_days" integer NOT NULL,
        CONSTRAINT "partnership_settings_version_pkey" PRIMARY KEY ("partnership_id", "valid_from"),
        ${range.replace('%s', 'partnership_settings_version')},
        CONSTRAINT "partnership_settings_version_no_overlap" EXCLUDE USING gist ("partnership_id" WITH =, daterange("valid_from", "valid_to") WITH &&)
      )`);
    await q(`
      CREATE TABLE "action_supporting_version" (
        "action_id" uuid NOT NULL REFERENCES "action"("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL,
        "partnership_id" uuid NOT NULL REFERENCES "partnership"("id") ON DELETE CASCADE,
        "valid_from" date NOT NULL,
        "valid_to" date,
        CONSTRAINT "action_supporting_version_pkey" PRIMARY KEY ("action_id", "agency_id", "valid_from"),
        ${range.replace('%s', 'action_supporting_version')},
        CONSTRAINT "action_supporting_version_no_overlap" EXCLUDE USING gist ("action_id" WITH =, "agency_id" WITH =, daterange("valid_from", "valid_to") WITH &&)
      )`);
    await q(`CREATE INDEX "action_supporting_version_agency_idx" ON "action_supporting_version" ("agency_id", "action_id")`);
    await q(`
      CREATE TABLE "action_due_revision" (
        "id" bigserial PRIMARY KEY,
        "action_id" uuid NOT NULL REFERENCES "action"("id") ON DELETE CASCADE,
        "partnership_id" uuid NOT NULL REFERENCES "partnership"("id") ON DELETE CASCADE,
        "effective_from" date NOT NULL,
        "changed_at" timestamptz NOT NULL DEFAULT now(),
        "changed_by" uuid REFERENCES "user_account"("id") ON DELETE SET NULL,
        "from_date" date NOT NULL,
        "to_date" date NOT NULL
      )`);
    await q(`CREATE INDEX "action_due_revision_action_idx" ON "action_due_revision" ("action_id", "id")`);
    for (const table of ['action_version', 'milestone_version', 'objective_version', 'partnership_settings_version', 'action_due_revision']) {
      await q(`CREATE INDEX "${table}_partnership_idx" ON "${table}" ("partnership_id")`);
    }

    // Splits the version of (table, key column, id) in force on day e, so a version starts on e.
    await q(`
      CREATE FUNCTION history_split(p_table text, p_key text, p_id uuid, e date) RETURNS void LANGUAGE plpgsql AS $fn$
      DECLARE
        old_to date;
        found_from date;
      BEGIN
        EXECUTE format('SELECT valid_from, valid_to FROM %I WHERE %I = $1 AND valid_from < $2 AND (valid_to IS NULL OR valid_to > $2) FOR UPDATE', p_table, p_key)
          INTO found_from, old_to USING p_id, e;
        IF found_from IS NULL THEN RETURN; END IF;
        EXECUTE format('UPDATE %I SET valid_to = $2 WHERE %I = $1 AND valid_from = $3', p_table, p_key) USING p_id, e, found_from;
        EXECUTE format(
          'INSERT INTO %1$I SELECT r.* FROM %1$I t, jsonb_populate_record(NULL::%1$I, to_jsonb(t) || jsonb_build_object(''valid_from'', $2, ''valid_to'', $4)) r WHERE t.%2$I = $1 AND t.valid_from = $3',
          p_table, p_key) USING p_id, e, found_from, old_to;
      END
      $fn$`);

    await q(`
      CREATE FUNCTION action_history_default() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.in_plan_since := COALESCE(NEW.in_plan_since, tracker_effective_from(NEW.partnership_id));
        RETURN NEW;
      END
      $fn$`);
    await q(`
      CREATE FUNCTION milestone_history_default() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.in_plan_since := COALESCE(NEW.in_plan_since, tracker_effective_from(NEW.partnership_id));
        RETURN NEW;
      END
      $fn$`);

    await q(`
      CREATE FUNCTION action_history() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        e date;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO action_version (action_id, partnership_id, valid_from, valid_to, in_plan, title, objective_id, lead_agency_id, start_date, due_date)
          VALUES (NEW.id, NEW.partnership_id, NEW.in_plan_since, NEW.removed_on, TRUE, NEW.title, NEW.objective_id, NEW.lead_agency_id, NEW.start_date, NEW.due_date);
          IF NEW.removed_on IS NOT NULL THEN
            INSERT INTO action_version (action_id, partnership_id, valid_from, valid_to, in_plan, title, objective_id, lead_agency_id, start_date, due_date)
            VALUES (NEW.id, NEW.partnership_id, NEW.removed_on, NULL, FALSE, NEW.title, NEW.objective_id, NEW.lead_agency_id, NEW.start_date, NEW.due_date);
          END IF;
          RETURN NULL;
        END IF;
        IF (NEW.title, NEW.objective_id, NEW.lead_agency_id, NEW.start_date, NEW.due_date, NEW.removed_on)
           IS NOT DISTINCT FROM (OLD.title, OLD.objective_id, OLD.lead_agency_id, OLD.start_date, OLD.due_date, OLD.removed_on) THEN
          RETURN NULL;
        END IF;
        e := GREATEST(tracker_effective_from(NEW.partnership_id), NEW.in_plan_since);
        IF NEW.removed_on IS DISTINCT FROM OLD.removed_on AND NEW.removed_on IS NOT NULL THEN
          e := GREATEST(NEW.removed_on, NEW.in_plan_since);
        END IF;
        PERFORM history_split('action_version', 'action_id', NEW.id, e);
        UPDATE action_version v SET
          title = CASE WHEN NEW.title IS DISTINCT FROM OLD.title THEN NEW.title ELSE v.title END,
          objective_id = CASE WHEN NEW.objective_id IS DISTINCT FROM OLD.objective_id THEN NEW.objective_id ELSE v.objective_id END,
          lead_agency_id = CASE WHEN NEW.lead_agency_id IS DISTINCT FROM OLD.lead_agency_id THEN NEW.lead_agency_id ELSE v.lead_agency_id END,
          start_date = CASE WHEN NEW.start_date IS DISTINCT FROM OLD.start_date THEN NEW.start_date ELSE v.start_date END,
          due_date = CASE WHEN NEW.due_date IS DISTINCT FROM OLD.due_date THEN NEW.due_date ELSE v.due_date END,
          in_plan = CASE WHEN NEW.removed_on IS DISTINCT FROM OLD.removed_on THEN NEW.removed_on IS NULL ELSE v.in_plan END
         WHERE v.action_id = NEW.id AND v.valid_from >= e;
        IF NEW.due_date IS DISTINCT FROM OLD.due_date THEN
          INSERT INTO action_due_revision (action_id, partnership_id, effective_from, changed_by, from_date, to_date)
          VALUES (NEW.id, NEW.partnership_id, e, tracker_actor(), OLD.due_date, NEW.due_date);
        END IF;
        RETURN NULL;
      END
      $fn$`);

    await q(`
      CREATE FUNCTION milestone_history() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        e date;
        reopened boolean;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO milestone_version (milestone_id, action_id, partnership_id, valid_from, valid_to, in_plan, title, due_date, completed_on)
          VALUES (NEW.id, NEW.action_id, NEW.partnership_id, NEW.in_plan_since, NEW.removed_on, TRUE, NEW.title, NEW.due_date, NEW.completed_on);
          IF NEW.removed_on IS NOT NULL THEN
            INSERT INTO milestone_version (milestone_id, action_id, partnership_id, valid_from, valid_to, in_plan, title, due_date, completed_on)
            VALUES (NEW.id, NEW.action_id, NEW.partnership_id, NEW.removed_on, NULL, FALSE, NEW.title, NEW.due_date, NEW.completed_on);
          END IF;
          RETURN NULL;
        END IF;
        IF NEW.completed_on IS NOT NULL AND NEW.completed_on IS DISTINCT FROM OLD.completed_on THEN
          -- Completion is dated by completed_on itself, like a back-dated progress return.
          UPDATE milestone_version SET completed_on = NEW.completed_on
           WHERE milestone_id = NEW.id AND (completed_on IS NULL OR completed_on = OLD.completed_on);
        END IF;
        reopened := OLD.completed_on IS NOT NULL AND NEW.completed_on IS NULL;
        IF (NEW.title, NEW.due_date, NEW.removed_on) IS NOT DISTINCT FROM (OLD.title, OLD.due_date, OLD.removed_on) AND NOT reopened THEN
          RETURN NULL;
        END IF;
        e := GREATEST(tracker_effective_from(NEW.partnership_id), NEW.in_plan_since);
        IF NEW.removed_on IS DISTINCT FROM OLD.removed_on AND NEW.removed_on IS NOT NULL THEN
          e := GREATEST(NEW.removed_on, NEW.in_plan_since);
        END IF;
        PERFORM history_split('milestone_version', 'milestone_id', NEW.id, e);
        UPDATE milestone_version v SET
          title = CASE WHEN NEW.title IS DISTINCT FROM OLD.title THEN NEW.title ELSE v.title END,
          due_date = CASE WHEN NEW.due_date IS DISTINCT FROM OLD.due_date THEN NEW.due_date ELSE v.due_date END,
          in_plan = CASE WHEN NEW.removed_on IS DISTINCT FROM OLD.removed_on THEN NEW.removed_on IS NULL ELSE v.in_plan END,
          completed_on = CASE WHEN reopened THEN NULL ELSE v.completed_on END
         WHERE v.milestone_id = NEW.id AND v.valid_from >= e;
        RETURN NULL;
      END
      $fn$`);

    await q(`
      CREATE FUNCTION objective_history() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        e date;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO objective_version (objective_id, strategy_id, partnership_id, valid_from, valid_to, in_plan, pillar, code, title)
          VALUES (NEW.id, NEW.strategy_id, NEW.partnership_id, '-infinity', NULL, TRUE, NEW.pillar, NEW.code, NEW.title);
          RETURN NULL;
        END IF;
        IF (NEW.pillar, NEW.code, NEW.title, NEW.removed_on) IS NOT DISTINCT FROM (OLD.pillar, OLD.code, OLD.title, OLD.removed_on) THEN
          RETURN NULL;
        END IF;
        e := tracker_effective_from(NEW.partnership_id);
        IF NEW.removed_on IS DISTINCT FROM OLD.removed_on AND NEW.removed_on IS NOT NULL THEN
          e := NEW.removed_on;
        END IF;
        PERFORM history_split('objective_version', 'objective_id', NEW.id, e);
        UPDATE objective_version v SET
          pillar = CASE WHEN NEW.pillar IS DISTINCT FROM OLD.pillar THEN NEW.pillar ELSE v.pillar END,
          code = CASE WHEN NEW.code IS DISTINCT FROM OLD.code THEN NEW.code ELSE v.code END,
          title = CASE WHEN NEW.title IS DISTINCT FROM OLD.title THEN NEW.title ELSE v.title END,
          in_plan = CASE WHEN NEW.removed_on IS DISTINCT FROM OLD.removed_on THEN NEW.removed_on IS NULL ELSE v.in_plan END
         WHERE v.objective_id = NEW.id AND v.valid_from >= e;
        RETURN NULL;
      END
      $fn$`);

    await q(`
      CREATE FUNCTION partnership_settings_history() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        e date;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO partnership_settings_version (partnership_id, valid_from, valid_to, stale_after_days, due_soon_days)
          VALUES (NEW.id, '-infinity', NULL, NEW.stale_after_days, NEW.due_soon_days);
          RETURN NULL;
        END IF;
        IF (NEW.stale_after_days, NEW.due_soon_days) IS NOT DISTINCT FROM (OLD.stale_after_days, OLD.due_soon_days) THEN
          RETURN NULL;
        END IF;
        e := tracker_effective_from(NEW.id);
        PERFORM history_split('partnership_settings_version', 'partnership_id', NEW.id, e);
        UPDATE partnership_settings_version v SET
          stale_after_days = CASE WHEN NEW.stale_after_days IS DISTINCT FROM OLD.stale_after_days THEN NEW.stale_after_days ELSE v.stale_after_days END,
          due_soon_days = CASE WHEN NEW.due_soon_days IS DISTINCT FROM OLD.due_soon_days THEN NEW.due_soon_days ELSE v.due_soon_days END
         WHERE v.partnership_id = NEW.id AND v.valid_from >= e;
        RETURN NULL;
      END
      $fn$`);

    // A supporting agency supports from the transaction's effective day, or, when none is set (a
    // row written outside the API), since the action entered the plan; it stops from the effective
    // day (default today). Either way never before the action entered the plan.
    await q(`
      CREATE FUNCTION action_supporting_history() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        e date;
        row_ action_supporting_agency%ROWTYPE;
        entered date;
      BEGIN
        IF TG_OP = 'INSERT' THEN row_ := NEW; ELSE row_ := OLD; END IF;
        SELECT in_plan_since INTO entered FROM action WHERE id = row_.action_id;
        IF entered IS NULL THEN RETURN NULL; END IF; -- the action itself is being deleted
        IF TG_OP = 'INSERT' THEN
          e := GREATEST(COALESCE(NULLIF(current_setting('tracker.effective_from', true), '')::date, entered), entered);
        ELSE
          e := GREATEST(tracker_effective_from(row_.partnership_id), entered);
        END IF;
        UPDATE action_supporting_version SET valid_to = e
         WHERE action_id = row_.action_id AND agency_id = row_.agency_id AND valid_from < e AND (valid_to IS NULL OR valid_to > e);
        DELETE FROM action_supporting_version WHERE action_id = row_.action_id AND agency_id = row_.agency_id AND valid_from >= e;
        IF TG_OP = 'INSERT' THEN
          INSERT INTO action_supporting_version (action_id, agency_id, partnership_id, valid_from, valid_to)
          VALUES (row_.action_id, row_.agency_id, row_.partnership_id, e, NULL);
        END IF;
        RETURN NULL;
      END
      $fn$`);
    await q(
      `CREATE TRIGGER "action_supporting_history" AFTER INSERT OR DELETE ON "action_supporting_agency" FOR EACH ROW EXECUTE FUNCTION action_supporting_history()`,
    );

    for (const table of ['action', 'milestone']) {
      await q(`CREATE TRIGGER "${table}_history_default" BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${table}_history_default()`);
    }
    await q(`CREATE TRIGGER "action_history" AFTER INSERT OR UPDATE ON "action" FOR EACH ROW EXECUTE FUNCTION action_history()`);
    await q(`CREATE TRIGGER "milestone_history" AFTER INSERT OR UPDATE ON "milestone" FOR EACH ROW EXECUTE FUNCTION milestone_history()`);
    await q(`CREATE TRIGGER "objective_history" AFTER INSERT OR UPDATE ON "objective" FOR EACH ROW EXECUTE FUNCTION objective_history()`);
    await q(`CREATE TRIGGER "partnership_settings_history" AFTER INSERT OR UPDATE ON "partnership" FOR EACH ROW EXECUTE FUNCTION partnership_settings_history()`);

    // Backfill: one version per existing row.
    await q(`INSERT INTO action_version (action_id, partnership_id, valid_from, valid_to, in_plan, title, objective_id, lead_agency_id, start_date, due_date)
             SELECT id, partnership_id, in_plan_since, NULL, TRUE, title, objective_id, lead_agency_id, start_date, due_date FROM action`);
    await q(`INSERT INTO action_supporting_version (action_id, agency_id, partnership_id, valid_from, valid_to)
             SELECT sa.action_id, sa.agency_id, sa.partnership_id, a.in_plan_since, NULL FROM action_supporting_agency sa JOIN action a ON a.id = sa.action_id`);
    await q(`INSERT INTO milestone_version (milestone_id, action_id, partnership_id, valid_from, valid_to, in_plan, title, due_date, completed_on)
             SELECT id, action_id, partnership_id, in_plan_since, NULL, TRUE, title, due_date, completed_on FROM milestone`);
    await q(`INSERT INTO objective_version (objective_id, strategy_id, partnership_id, valid_from, valid_to, in_plan, pillar, code, title)
             SELECT id, strategy_id, partnership_id, '-infinity', NULL, TRUE, pillar, code, title FROM objective`);
    await q(`INSERT INTO partnership_settings_version (partnership_id, valid_from, valid_to, stale_after_days, due_soon_days)
             SELECT id, '-infinity', NULL, stale_after_days, due_soon_days FROM partnership`);

    // Change counting for the response cache, as every table holding a partnership's rows.
    for (const table of HISTORY_TABLES) {
      await q(
        `CREATE TRIGGER "${table}_count_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
      );
      await q(
        `CREATE TRIGGER "${table}_count_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
      );
      await q(
        `CREATE TRIGGER "${table}_count_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
      );
      await q(`CREATE TRIGGER "${table}_count_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION count_platform_change()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TRIGGER "action_supporting_history" ON "action_supporting_agency"`);
    await q(`DROP TRIGGER "partnership_settings_history" ON "partnership"`);
    await q(`DROP TRIGGER "objective_history" ON "objective"`);
    await q(`DROP TRIGGER "milestone_history" ON "milestone"`);
    await q(`DROP TRIGGER "action_history" ON "action"`);
    await q(`DROP TRIGGER "milestone_history_default" ON "milestone"`);
    await q(`DROP TRIGGER "action_history_default" ON "action"`);
    for (const table of [...HISTORY_TABLES].reverse()) await q(`DROP TABLE "${table}"`);
    for (const fn of [
      'action_supporting_history',
      'partnership_settings_history',
      'objective_history',
      'milestone_history',
      'action_history',
      'milestone_history_default',
      'action_history_default',
    ]) {
      await q(`DROP FUNCTION ${fn}()`);
    }
    await q(`DROP FUNCTION history_split(text, text, uuid, date)`);
    await q(`DROP FUNCTION tracker_actor()`);
    await q(`DROP FUNCTION tracker_effective_from(uuid)`);
    await q(`DROP EXTENSION IF EXISTS btree_gist`);
    for (const table of VERSIONED_TABLES) await q(`ALTER TABLE "${table}" DROP COLUMN "version"`);
    await q(`ALTER TABLE "objective" DROP COLUMN "removed_on"`);
    await q(`ALTER TABLE "milestone" DROP CONSTRAINT "milestone_removed_after_entry", DROP COLUMN "removed_on", DROP COLUMN "in_plan_since"`);
    await q(
      `ALTER TABLE "action" DROP CONSTRAINT "action_removed_after_entry", DROP COLUMN "removal_reason", DROP COLUMN "removed_on", DROP COLUMN "in_plan_since"`,
    );
  }
}

const VERSIONED_TABLES = ['partnership', 'strategy', 'objective', 'delivery_plan', 'milestone'];

const HISTORY_TABLES = [
  'action_version',
  'action_supporting_version',
  'milestone_version',
  'objective_version',
  'partnership_settings_version',
  'action_due_revision',
];
