import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling that holds under concurrency, deactivated accounts and invitations
 * (docs/security.md):
 * - `login_attempt`: one counter row per (scope, key), reserved atomically before a password check;
 *   replaces `login_failure`, whose count-then-insert let concurrent guesses all through.
 * - `login_known_address`: addresses an account signed in from, exempt from the account backstop.
 * - `user_account.deactivated_at`: a deactivated account neither signs in nor uses its tokens.
 * - `user_account.password_changed_at`, `password_kept_session`: a changed password ends the
 *   account's other sessions (tokens issued before it), the one that changed it excepted.
 * - `user_invitation`: which coordinator brought which account in (by `createUser`).
 */
export class SignInAndAccounts1796300000000 implements MigrationInterface {
  name = 'SignInAndAccounts1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_failure"`);
    await queryRunner.query(
      `CREATE TABLE "login_attempt" ("scope" text NOT NULL, "key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL, CONSTRAINT "PK_f2f48afa26724c672be7a5dd5a0" PRIMARY KEY ("scope", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "login_known_address" ("email_key" text NOT NULL, "address" text NOT NULL, "last_success_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_756a66c8a55292a3e7efe7eb868" PRIMARY KEY ("email_key", "address"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_invitation" ("inviter_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_028d6d86193099b74956617ad20" PRIMARY KEY ("inviter_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_79f68a9007a10c9fa07febc9e1" ON "user_invitation" ("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "user_invitation" ADD CONSTRAINT "FK_50e008c18a2443249a1496bea45" FOREIGN KEY ("inviter_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_invitation" ADD CONSTRAINT "FK_79f68a9007a10c9fa07febc9e1c" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "user_account" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "password_changed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "password_kept_session" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "password_kept_session"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "password_changed_at"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`DROP TABLE "user_invitation"`);
    await queryRunner.query(`DROP TABLE "login_known_address"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "email_key" text NOT NULL, "address" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f0fa6ce7098f54cb2013e56c00" ON "login_failure" ("address", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_ad784603d24e817cfd36e5b9c9" ON "login_failure" ("email_key", "at")`);
  }
}
