import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows belong to one partnership, with the column that names it. */
const PARTNERSHIP_TABLES: Record<string, string> = {
  partnership: 'id',
  partnership_agency: 'partnership_id',
  membership: 'partnership_id',
  strategy: 'partnership_id',
  delivery_plan: 'partnership_id',
  objective: 'partnership_id',
  action: 'partnership_id',
  action_supporting_agency: 'partnership_id',
  milestone: 'partnership_id',
  progress_update: 'partnership_id',
};

/** The counter of the platform-wide rows (the nil UUID). */
const PLATFORM = '00000000-0000-0000-0000-000000000000';

/** Rows shared by every partnership (an agency's name, an account's name): they count as the platform's changes. */
const PLATFORM_TABLES = ['agency', 'user_account'];

/**
 * A change counter per partnership, kept by triggers, for the response cache
 * (`apps/api/src/response-cache`): a cached read is served only while its partnership's counter and
 * the platform's are what they were before it was computed.
 *
 * Every INSERT, UPDATE or DELETE of a partnership's rows adds one to its counter in the same
 * transaction, so a change and its count become visible together and no reader can see one
 * without the other. Each server connection (backend) counts in its own row, so concurrent
 * writers never wait for one another on the counter; a partnership's version is the sum of its
 * rows, which only grows. Rows of connections that have gone are folded into row 0 by
 * `fold_data_version()` (run at each server start), which keeps the sum. A TRUNCATE counts as a
 * change of the platform.
 *
 * Also drops the index on `progress_update (reported_on)`: no query filters updates by date alone
 * (the reports read them per action through `progress_update_action_latest_idx`), and every
 * progress return paid for its insertion.
 */
export class DataVersion1795430000000 implements MigrationInterface {
  name = 'DataVersion1795430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_67f55334d82e9de81ef933f225"`);

    await queryRunner.query(
      `CREATE TABLE "data_version" (
        "partnership_id" uuid NOT NULL,
        "backend_pid" integer NOT NULL,
        "changes" bigint NOT NULL,
        CONSTRAINT "data_version_pkey" PRIMARY KEY ("partnership_id", "backend_pid")
      )`,
    );
    await queryRunner.query(
      `COMMENT ON TABLE "data_version" IS 'Change counters per partnership (nil UUID: platform-wide rows), kept by triggers; read by the response cache.'`,
    );

    // Static statements (PL/pgSQL keeps their plans per table), one function per way of naming the
    // partnership: its rows' partnership_id, the partnership's own id, or none (platform-wide rows).
    for (const [fn, column] of [
      ['count_partnership_change', 'partnership_id'],
      ['count_partnership_row_change', 'id'],
    ]) {
      const bump = (rows: string) =>
        `INSERT INTO data_version (partnership_id, backend_pid, changes)
           SELECT DISTINCT ${column}, pg_backend_pid(), 1 FROM ${rows} ORDER BY 1
           ON CONFLICT (partnership_id, backend_pid) DO UPDATE SET changes = data_version.changes + 1;`;
      await queryRunner.query(`
        CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            ${bump('changed_new')}
          ELSIF TG_OP = 'DELETE' THEN
            ${bump('changed_old')}
          ELSE
            ${bump(`(SELECT ${column} FROM changed_old UNION SELECT ${column} FROM changed_new) AS changed`)}
          END IF;
          RETURN NULL;
        END
        $fn$`);
    }
    await queryRunner.query(`
      CREATE FUNCTION count_platform_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO data_version VALUES ('${PLATFORM}', pg_backend_pid(), 1)
        ON CONFLICT (partnership_id, backend_pid) DO UPDATE SET changes = data_version.changes + 1;
        RETURN NULL;
      END
      $fn$`);

    await queryRunner.query(`
      CREATE FUNCTION fold_data_version() RETURNS void LANGUAGE sql AS $fn$
        WITH gone AS (
          DELETE FROM data_version
           WHERE backend_pid <> 0 AND backend_pid NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)
          RETURNING partnership_id, changes
        )
        INSERT INTO data_version (partnership_id, backend_pid, changes)
        SELECT partnership_id, 0, sum(changes) FROM gone GROUP BY partnership_id ORDER BY 1
        ON CONFLICT (partnership_id, backend_pid) DO UPDATE SET changes = data_version.changes + excluded.changes
      $fn$`);

    for (const [table, column] of Object.entries(PARTNERSHIP_TABLES)) {
      const fn = column === 'id' ? 'count_partnership_row_change' : 'count_partnership_change';
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS changed_new
           FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
           FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS changed_old
           FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
    }
    for (const table of PLATFORM_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_count_change" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION count_platform_change()`,
      );
    }
    // A TRUNCATE names no partnership: it counts as a change of the platform, which every read depends on.
    for (const table of [...Object.keys(PARTNERSHIP_TABLES), ...PLATFORM_TABLES]) {
      await queryRunner.query(`CREATE TRIGGER "${table}_count_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION count_platform_change()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...Object.keys(PARTNERSHIP_TABLES), ...PLATFORM_TABLES]) await queryRunner.query(`DROP TRIGGER "${table}_count_truncate" ON "${table}"`);
    for (const table of PLATFORM_TABLES) await queryRunner.query(`DROP TRIGGER "${table}_count_change" ON "${table}"`);
    for (const table of Object.keys(PARTNERSHIP_TABLES)) {
      for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER "${table}_count_${event}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION fold_data_version()`);
    for (const fn of ['count_platform_change', 'count_partnership_row_change', 'count_partnership_change']) await queryRunner.query(`DROP FUNCTION ${fn}()`);
    await queryRunner.query(`DROP TABLE "data_version"`);
    await queryRunner.query(`CREATE INDEX "IDX_67f55334d82e9de81ef933f225" ON "progress_update" ("reported_on")`);
  }
}
