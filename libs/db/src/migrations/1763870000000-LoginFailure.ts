import { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins, for throttling password guessing per account and per address. */
export class LoginFailure1763870000000 implements MigrationInterface {
  name = 'LoginFailure1763870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "email_key" text NOT NULL, "address" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f0fa6ce7098f54cb2013e56c00" ON "login_failure" ("address", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_ad784603d24e817cfd36e5b9c9" ON "login_failure" ("email_key", "at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_failure"`);
  }
}
