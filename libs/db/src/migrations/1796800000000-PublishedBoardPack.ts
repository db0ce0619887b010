import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published board packs (issue 15): what a board was shown, frozen. Each row holds the report's data
 * as JSON and the PDF, XLSX and CSV as bytes, with the SHA-256 of each, the rules and settings in
 * force, who published it and when. Rows are immutable: UPDATE, DELETE and TRUNCATE are refused by
 * triggers, as for progress updates; a correction is a new version with a reason.
 *
 * `board_meeting_id` names a board meeting (its foreign key: PublishedPackMeeting1796800000001), and
 * the meeting's title and date are frozen beside it.
 *
 * Also the coordinator's commentary drafts, one per plan (executive summary and one per P), which a
 * pack prints after its title page; drafts are edited in place and audited.
 *
 * `data` is `json`, not `jsonb`: PostgreSQL keeps json text as written, so the frozen data downloads
 * byte for byte and its SHA-256 still matches.
 *
 * `seq` orders packs published at the same instant (the order of publication).
 *
 * Both tables count their changes for the response cache (see DataVersion1795430000000).
 */
export class PublishedBoardPack1796800000000 implements MigrationInterface {
  name = 'PublishedBoardPack1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "published_board_pack" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "partnership_id" uuid NOT NULL,
        "delivery_plan_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "as_of" date NOT NULL,
        "since" date,
        "board_meeting_id" uuid,
        "meeting_title" text,
        "meeting_date" date,
        "reason" text,
        "stale_after_days" integer NOT NULL,
        "due_soon_days" integer NOT NULL,
        "rule_version" text NOT NULL,
        "published_by_id" uuid NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        "data" json NOT NULL,
        "data_sha256" text NOT NULL,
        "pdf" bytea NOT NULL,
        "pdf_sha256" text NOT NULL,
        "pdf_bytes" integer NOT NULL,
        "xlsx" bytea NOT NULL,
        "xlsx_sha256" text NOT NULL,
        "xlsx_bytes" integer NOT NULL,
        "csv" bytea NOT NULL,
        "csv_sha256" text NOT NULL,
        "csv_bytes" integer NOT NULL,
        CONSTRAINT "published_board_pack_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "published_board_pack_version_key" UNIQUE NULLS NOT DISTINCT ("delivery_plan_id", "as_of", "since", "version"),
        CONSTRAINT "published_board_pack_version_positive" CHECK ("version" >= 1),
        CONSTRAINT "published_board_pack_reason_on_republish" CHECK ("version" = 1 OR char_length("reason") BETWEEN 1 AND 2000),
        CONSTRAINT "published_board_pack_since_before_as_of" CHECK ("since" IS NULL OR "since" < "as_of"),
        CONSTRAINT "published_board_pack_sha256" CHECK ("data_sha256" ~ '^[0-9a-f]{64}$' AND "pdf_sha256" ~ '^[0-9a-f]{64}$' AND "xlsx_sha256" ~ '^[0-9a-f]{64}$' AND "csv_sha256" ~ '^[0-9a-f]{64}$'),
        CONSTRAINT "published_board_pack_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE,
        CONSTRAINT "published_board_pack_plan_fk" FOREIGN KEY ("delivery_plan_id") REFERENCES "delivery_plan"("id") ON DELETE RESTRICT,
        CONSTRAINT "published_board_pack_publisher_fk" FOREIGN KEY ("published_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT
      )`,
    );
    await queryRunner.query(`CREATE INDEX "published_board_pack_partnership_idx" ON "published_board_pack" ("partnership_id")`);
    await queryRunner.query(`CREATE INDEX "published_board_pack_plan_idx" ON "published_board_pack" ("delivery_plan_id", "published_at" DESC, "seq" DESC)`);
    // The bytes are written once and read whole: no point compressing a PDF or a zip (XLSX) again.
    for (const column of ['pdf', 'xlsx']) await queryRunner.query(`ALTER TABLE "published_board_pack" ALTER COLUMN "${column}" SET STORAGE EXTERNAL`);
    await queryRunner.query(
      `CREATE TRIGGER "published_board_pack_immutable" BEFORE UPDATE OR DELETE ON "published_board_pack" FOR EACH ROW EXECUTE FUNCTION forbid_change_of_history()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "published_board_pack_no_truncate" BEFORE TRUNCATE ON "published_board_pack" FOR EACH STATEMENT EXECUTE FUNCTION forbid_change_of_history()`,
    );

    await queryRunner.query(
      `CREATE TABLE "board_pack_commentary" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "partnership_id" uuid NOT NULL,
        "delivery_plan_id" uuid NOT NULL,
        "summary" text NOT NULL DEFAULT '',
        "prevent" text NOT NULL DEFAULT '',
        "pursue" text NOT NULL DEFAULT '',
        "protect" text NOT NULL DEFAULT '',
        "prepare" text NOT NULL DEFAULT '',
        "version" integer NOT NULL DEFAULT 1,
        "updated_by_id" uuid NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "board_pack_commentary_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "board_pack_commentary_plan_key" UNIQUE ("delivery_plan_id"),
        CONSTRAINT "board_pack_commentary_length" CHECK (char_length("summary") <= 10000 AND char_length("prevent") <= 5000 AND char_length("pursue") <= 5000 AND char_length("protect") <= 5000 AND char_length("prepare") <= 5000),
        CONSTRAINT "board_pack_commentary_partnership_fk" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE,
        CONSTRAINT "board_pack_commentary_plan_fk" FOREIGN KEY ("delivery_plan_id") REFERENCES "delivery_plan"("id") ON DELETE CASCADE,
        CONSTRAINT "board_pack_commentary_author_fk" FOREIGN KEY ("updated_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT
      )`,
    );
    await queryRunner.query(`CREATE INDEX "board_pack_commentary_partnership_idx" ON "board_pack_commentary" ("partnership_id")`);

    for (const table of ['published_board_pack', 'board_pack_commentary']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
      );
      await queryRunner.query(`CREATE TRIGGER "${table}_count_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION count_platform_change()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "board_pack_commentary"`);
    // The immutability trigger refuses DELETE but not DROP: going down discards the published packs.
    await queryRunner.query(`DROP TABLE "published_board_pack"`);
  }
}
