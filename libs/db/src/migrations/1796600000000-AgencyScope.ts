import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agencies belong to the partnership that made them (issue 14): `owner_partnership_id` names it and
 * `shared` marks a platform record every coordinator may see and add. An agency made by one
 * partnership's import or coordinator is private to it; another partnership sees it only when an
 * admin shares it or a coordinator adds it by its exact name.
 *
 * Backfill: an agency that sits on exactly one partnership becomes that partnership's, private
 * (that partnership made it, or is the only one using it); one on several partnerships, or on
 * none (an admin's platform record), stays ownerless and is marked shared, as every agency was
 * before. Names are unique per owner (case-insensitive), ownerless ones among themselves.
 *
 * Progress updates stay append-only, except that an admin's `mergeAgencies` may move their agency
 * from the duplicate to the agency kept, and nothing else: the trigger lets an UPDATE through only
 * when the transaction set `app.merging_agencies` and no column but `agency_id` changes.
 */
export class AgencyScope1796600000000 implements MigrationInterface {
  name = 'AgencyScope1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agency" ADD "owner_partnership_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agency" ADD "shared" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "agency" ADD CONSTRAINT "FK_e4c2d5a98f533023da4e5bc0531" FOREIGN KEY ("owner_partnership_id") REFERENCES "partnership"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e4c2d5a98f533023da4e5bc053" ON "agency" ("owner_partnership_id")`);
    await queryRunner.query(`
      UPDATE agency a SET owner_partnership_id = sole.partnership_id
        FROM (SELECT agency_id, min(partnership_id::text)::uuid AS partnership_id
                FROM partnership_agency GROUP BY agency_id HAVING count(*) = 1) sole
       WHERE sole.agency_id = a.id`);
    await queryRunner.query(`UPDATE agency SET shared = true WHERE owner_partnership_id IS NULL`);
    await queryRunner.query(`DROP INDEX "agency_name_key"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "agency_name_key" ON "agency" ("owner_partnership_id", lower("name")) NULLS NOT DISTINCT`);

    await queryRunner.query(`
      CREATE FUNCTION forbid_change_of_progress_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('app.merging_agencies', true) = 'on'
           AND (to_jsonb(NEW) - 'agency_id') = (to_jsonb(OLD) - 'agency_id') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await queryRunner.query(`DROP TRIGGER "progress_update_append_only" ON "progress_update"`);
    await queryRunner.query(
      `CREATE TRIGGER "progress_update_append_only" BEFORE UPDATE OR DELETE ON "progress_update" FOR EACH ROW EXECUTE FUNCTION forbid_change_of_progress_update()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "progress_update_append_only" ON "progress_update"`);
    await queryRunner.query(
      `CREATE TRIGGER "progress_update_append_only" BEFORE UPDATE OR DELETE ON "progress_update" FOR EACH ROW EXECUTE FUNCTION forbid_change_of_history()`,
    );
    await queryRunner.query(`DROP FUNCTION forbid_change_of_progress_update()`);
    await queryRunner.query(`DROP INDEX "agency_name_key"`);
    // Names private to different partnerships may now clash platform-wide: suffix all but the oldest.
    await queryRunner.query(`
      UPDATE agency a SET name = a.name || ' (' || left(a.id::text, 8) || ')'
        FROM (SELECT id, row_number() OVER (PARTITION BY lower(name) ORDER BY created_at, id) AS n FROM agency) ranked
       WHERE ranked.id = a.id AND ranked.n > 1`);
    await queryRunner.query(`CREATE UNIQUE INDEX "agency_name_key" ON "agency" (lower("name"))`);
    await queryRunner.query(`DROP INDEX "IDX_e4c2d5a98f533023da4e5bc053"`);
    await queryRunner.query(`ALTER TABLE "agency" DROP CONSTRAINT "FK_e4c2d5a98f533023da4e5bc0531"`);
    await queryRunner.query(`ALTER TABLE "agency" DROP COLUMN "shared"`);
    await queryRunner.query(`ALTER TABLE "agency" DROP COLUMN "owner_partnership_id"`);
  }
}
