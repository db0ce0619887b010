import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partnership's board meetings, past and planned (issue 13): a board report without `since`
 * compares with the latest meeting before its date. Counted for the response cache like every
 * table holding a partnership's rows.
 */
export class BoardMeetings1796500000001 implements MigrationInterface {
  name = 'BoardMeetings1796500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "board_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "title" text NOT NULL,
        "meeting_date" date NOT NULL, "version" integer NOT NULL DEFAULT 1,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "board_meeting_title_length" CHECK (length("title") BETWEEN 1 AND 300),
        CONSTRAINT "PK_board_meeting" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "board_meeting_partnership_date_idx" ON "board_meeting" ("partnership_id", "meeting_date")`);
    await queryRunner.query(
      `ALTER TABLE "board_meeting" ADD CONSTRAINT "FK_5faf1ef0fd21a158692683fe3d0" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "board_meeting_count_insert" AFTER INSERT ON "board_meeting" REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "board_meeting_count_update" AFTER UPDATE ON "board_meeting" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "board_meeting_count_delete" AFTER DELETE ON "board_meeting" REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "board_meeting_count_truncate" AFTER TRUNCATE ON "board_meeting" FOR EACH STATEMENT EXECUTE FUNCTION count_platform_change()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "board_meeting"`);
  }
}
