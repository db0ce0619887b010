import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `objective_version.pillar` takes the same four values as `objective.pillar` (PILLARS in
 * `@app/domain`), which a CHECK has always held; the history table had none. The SQL is written
 * out, as a migration must not change after it has run.
 */
export class ObjectiveVersionPillarCheck1796900000000 implements MigrationInterface {
  name = 'ObjectiveVersionPillarCheck1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "objective_version" ADD CONSTRAINT "objective_version_pillar_valid" CHECK ("pillar" IN ('PREVENT','PURSUE','PROTECT','PREPARE'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "objective_version" DROP CONSTRAINT "objective_version_pillar_valid"`);
  }
}
