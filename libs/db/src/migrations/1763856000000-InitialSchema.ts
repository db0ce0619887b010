import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: partnerships, agencies, accounts, the planning model, progress updates and the
 * audit trail. The table DDL is what TypeORM's schema builder derives from the entities (a test
 * checks nothing is left to change); the rest is what entities cannot express: expression and
 * ordered indexes, and the triggers that make progress updates and audit events append-only.
 */
export class InitialSchema1763856000000 implements MigrationInterface {
  name = 'InitialSchema1763856000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "partnership_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_id" uuid, "operation" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "UQ_53300da00860bdf4dc3ef7daae6" UNIQUE ("seq"), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_secret" ("name" text NOT NULL, "value" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0bf6fc27bbdc865c8ab90b4ca41" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agency_kind_valid" CHECK ("kind" IN ('COUNCIL','POLICE','HEALTH','FIRE','PROBATION','EDUCATION','VOLUNTARY','BUSINESS','OTHER')), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "timezone" text NOT NULL DEFAULT 'Europe/London', "stale_after_days" integer NOT NULL DEFAULT '30', "due_soon_days" integer NOT NULL DEFAULT '30', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b499502b49eb2b098fa0562da3d" UNIQUE ("slug"), CONSTRAINT "partnership_due_soon_days_range" CHECK ("due_soon_days" BETWEEN 0 AND 3650), CONSTRAINT "partnership_stale_after_days_range" CHECK ("stale_after_days" BETWEEN 1 AND 3650), CONSTRAINT "PK_f1bf1be9f475497d8b396d4cc56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_agency" ("partnership_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e18f419fe83edd742beeac4113" PRIMARY KEY ("partnership_id", "agency_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5011b98d931792a44c25c8ed99" ON "partnership_agency"  ("agency_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "agency_id" uuid, "is_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0539ea256368625c32b5c35221" ON "user_account"  ("agency_id") `);
    await queryRunner.query(
      `CREATE TABLE "membership" ("user_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "membership_role_valid" CHECK ("role" IN ('COORDINATOR','PARTNER','BOARD_MEMBER')), CONSTRAINT "PK_33357e89a20e4a9454cd3bc16c5" PRIMARY KEY ("user_id", "partnership_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_020ae69c21efa85d1faf204c9a" ON "membership"  ("partnership_id") `);
    await queryRunner.query(
      `CREATE TABLE "strategy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "title" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "strategy_period_order" CHECK ("end_date" >= "start_date"), CONSTRAINT "strategy_status_valid" CHECK ("status" IN ('DRAFT','ACTIVE','ARCHIVED')), CONSTRAINT "PK_733d2c3d4a73c020375b9b3581d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_99b0225afb246bab844e024265" ON "strategy"  ("partnership_id") `);
    await queryRunner.query(
      `CREATE TABLE "delivery_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "strategy_id" uuid NOT NULL, "title" text NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "delivery_plan_period_order" CHECK ("end_date" >= "start_date"), CONSTRAINT "PK_f1795dfca501dc7c2133484ce02" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2bdccd0c3c36e369fd6dcdce25" ON "delivery_plan"  ("partnership_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_363979c2644ece4aa9e25a9b80" ON "delivery_plan"  ("strategy_id") `);
    await queryRunner.query(
      `CREATE TABLE "objective" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "strategy_id" uuid NOT NULL, "pillar" text NOT NULL, "code" text NOT NULL, "title" text NOT NULL, "description" text, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "objective_strategy_code_key" UNIQUE ("strategy_id", "code"), CONSTRAINT "objective_pillar_valid" CHECK ("pillar" IN ('PREVENT','PURSUE','PROTECT','PREPARE')), CONSTRAINT "PK_1084365b2a588160b31361a252e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ce4a921e0b8c4631ffced6af1b" ON "objective"  ("partnership_id") `);
    await queryRunner.query(
      `CREATE TABLE "action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "delivery_plan_id" uuid NOT NULL, "objective_id" uuid NOT NULL, "ref" text NOT NULL, "title" text NOT NULL, "description" text, "success_measure" text, "lead_agency_id" uuid NOT NULL, "lead_officer_id" uuid, "start_date" date, "due_date" date NOT NULL, "status" text NOT NULL DEFAULT 'NOT_STARTED', "percent_complete" integer NOT NULL DEFAULT '0', "last_reported_on" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "action_plan_ref_key" UNIQUE ("delivery_plan_id", "ref"), CONSTRAINT "action_percent_range" CHECK ("percent_complete" BETWEEN 0 AND 100), CONSTRAINT "action_dates_order" CHECK ("start_date" IS NULL OR "due_date" >= "start_date"), CONSTRAINT "action_status_valid" CHECK ("status" IN ('NOT_STARTED','IN_PROGRESS','ON_HOLD','COMPLETED','CANCELLED')), CONSTRAINT "PK_2d9db9cf5edfbbae74eb56e3a39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_191be03d015090cec0dfd62fe1" ON "action"  ("partnership_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a2fe4c0d57f53a9014bcaac15c" ON "action"  ("objective_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_680ba1c2deca47d09bd361a6b2" ON "action"  ("lead_agency_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2e337b9da36569f43b840320be" ON "action"  ("lead_officer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3605987b1ebeccd837e7a20184" ON "action"  ("delivery_plan_id", "due_date") `);
    await queryRunner.query(
      `CREATE TABLE "action_supporting_agency" ("action_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, CONSTRAINT "PK_78cc8a444d11344810f753de2bc" PRIMARY KEY ("action_id", "agency_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a6797b0cf8f195a111991d8d6e" ON "action_supporting_agency"  ("partnership_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8b8a1041b30140c961ae56b317" ON "action_supporting_agency"  ("agency_id") `);
    await queryRunner.query(
      `CREATE TABLE "milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "action_id" uuid NOT NULL, "title" text NOT NULL, "due_date" date NOT NULL, "completed_on" date, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f8372abce331f60ba7b33fe23a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_07533fdaa0f137e75118f3ed56" ON "milestone"  ("partnership_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_592134f06a75268ba5c401b908" ON "milestone"  ("action_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "progress_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "partnership_id" uuid NOT NULL, "action_id" uuid NOT NULL, "author_id" uuid NOT NULL, "agency_id" uuid, "reported_on" date NOT NULL, "narrative" text NOT NULL, "percent_complete" integer NOT NULL, "status" text NOT NULL, "rag" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "UQ_4919196320aabe47bb00cab8211" UNIQUE ("seq"), CONSTRAINT "progress_update_narrative_length" CHECK (char_length("narrative") BETWEEN 1 AND 5000), CONSTRAINT "progress_update_completed_is_100" CHECK ("status" <> 'COMPLETED' OR "percent_complete" = 100), CONSTRAINT "progress_update_percent_range" CHECK ("percent_complete" BETWEEN 0 AND 100), CONSTRAINT "progress_update_rag_valid" CHECK ("rag" IS NULL OR "rag" IN ('RED','AMBER','GREEN')), CONSTRAINT "progress_update_status_valid" CHECK ("status" IN ('NOT_STARTED','IN_PROGRESS','ON_HOLD','COMPLETED','CANCELLED')), CONSTRAINT "PK_5ac3567b3caf930f1bad30796f8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b989845c287d47151860a15bd1" ON "progress_update"  ("partnership_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_53c3e590baf82d46924c856e1c" ON "progress_update"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_aca3bdf96cae589d16f2a89156" ON "progress_update"  ("agency_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_67f55334d82e9de81ef933f225" ON "progress_update"  ("reported_on") `);
    await queryRunner.query(
      `ALTER TABLE "partnership_agency" ADD CONSTRAINT "FK_4b862b323b4371d91d02c8099b5" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_agency" ADD CONSTRAINT "FK_5011b98d931792a44c25c8ed993" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD CONSTRAINT "FK_0539ea256368625c32b5c35221b" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_020ae69c21efa85d1faf204c9a7" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy" ADD CONSTRAINT "FK_99b0225afb246bab844e024265b" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery_plan" ADD CONSTRAINT "FK_2bdccd0c3c36e369fd6dcdce259" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery_plan" ADD CONSTRAINT "FK_363979c2644ece4aa9e25a9b804" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "objective" ADD CONSTRAINT "FK_ce4a921e0b8c4631ffced6af1be" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "objective" ADD CONSTRAINT "FK_1316164b99beb0d6bb6fd20014a" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_191be03d015090cec0dfd62fe1d" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_e3e4a4cd2f1144b05879b510340" FOREIGN KEY ("delivery_plan_id") REFERENCES "delivery_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_a2fe4c0d57f53a9014bcaac15c5" FOREIGN KEY ("objective_id") REFERENCES "objective"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_680ba1c2deca47d09bd361a6b2a" FOREIGN KEY ("lead_agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action" ADD CONSTRAINT "FK_2e337b9da36569f43b840320be2" FOREIGN KEY ("lead_officer_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_supporting_agency" ADD CONSTRAINT "FK_a6797b0cf8f195a111991d8d6e7" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_supporting_agency" ADD CONSTRAINT "FK_7fd61768d8ed095cb7bf387bb75" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_supporting_agency" ADD CONSTRAINT "FK_8b8a1041b30140c961ae56b3171" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone" ADD CONSTRAINT "FK_07533fdaa0f137e75118f3ed56a" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone" ADD CONSTRAINT "FK_2b62839b687dcf5f5673c655a9e" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_update" ADD CONSTRAINT "FK_b989845c287d47151860a15bd1c" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_update" ADD CONSTRAINT "FK_d88e17a4bdde83d52c707f679f6" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_update" ADD CONSTRAINT "FK_53c3e590baf82d46924c856e1ca" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_update" ADD CONSTRAINT "FK_aca3bdf96cae589d16f2a891568" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // Case-insensitive uniqueness of e-mail addresses and agency names.
    await queryRunner.query(`CREATE UNIQUE INDEX "user_account_email_lower_key" ON "user_account" (lower("email"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "agency_name_key" ON "agency" (lower("name"))`);
    // "State as of D": the latest update with reported_on <= D, ties to the later created, found by
    // one backward index probe per action; the included columns make it index-only.
    await queryRunner.query(
      `CREATE INDEX "progress_update_action_latest_idx" ON "progress_update" ("action_id", "reported_on" DESC, "seq" DESC) INCLUDE ("status", "percent_complete", "rag")`,
    );
    // The audit trail is read per partnership, newest first.
    await queryRunner.query(`CREATE INDEX "audit_event_partnership_seq_idx" ON "audit_event" ("partnership_id", "seq" DESC)`);

    // History is append-only: a correction is a new row, never an edit.
    await queryRunner.query(`
      CREATE FUNCTION forbid_change_of_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    for (const table of ['progress_update', 'audit_event']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION forbid_change_of_history()`,
      );
      await queryRunner.query(`CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION forbid_change_of_history()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "audit_event" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "progress_update" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "milestone" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "action_supporting_agency" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "action" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "objective" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "delivery_plan" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "strategy" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "membership" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "app_secret" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "user_account" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "partnership_agency" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "partnership" CASCADE`);
    await queryRunner.query(`DROP TABLE IF EXISTS "agency" CASCADE`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS forbid_change_of_history()`);
  }
}
