import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published pack names the board meeting it was for (`board_meeting`, BoardMeetings migration):
 * the meeting cannot be removed while a pack published for it exists (its title and date are
 * frozen in the pack all the same).
 */
export class PublishedPackMeeting1796800000001 implements MigrationInterface {
  name = 'PublishedPackMeeting1796800000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "published_board_pack" ADD CONSTRAINT "published_board_pack_meeting_fk" FOREIGN KEY ("board_meeting_id") REFERENCES "board_meeting"("id") ON DELETE RESTRICT`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "published_board_pack" DROP CONSTRAINT "published_board_pack_meeting_fk"`);
  }
}
