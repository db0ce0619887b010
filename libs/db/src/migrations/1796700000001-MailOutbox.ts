import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker's e-mail (issue 16).
 *
 * - `outbox_event`: events written in the same transaction as the change that causes them (a
 *   return queried, a query answered, a round opened or closed); the worker turns them into mail
 *   and marks them processed.
 * - `mail_delivery`: one row per message, keyed by its idempotency key — `digest:<person>:<date>`,
 *   `escalation:<round>:<person>`, `event:<outbox id>:<person>` — so planning the same message
 *   twice (a restart, two workers) inserts nothing, and a message is sent while its row is locked
 *   and marked sent in that transaction: a crash before the commit leaves it to be sent again,
 *   never skipped; two workers never hold the same row.
 */
export class MailOutbox1796700000001 implements MigrationInterface {
  name = 'MailOutbox1796700000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        processed_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_event_partnership_idx ON outbox_event (partnership_id)`);
    await q.query(`CREATE INDEX outbox_event_pending_idx ON outbox_event (id) WHERE processed_at IS NULL`);
    // Counted like every table of a partnership's rows (1795430000000-DataVersion).
    await q.query(
      `CREATE TRIGGER outbox_event_count_insert AFTER INSERT ON outbox_event REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
    );
    await q.query(
      `CREATE TRIGGER outbox_event_count_update AFTER UPDATE ON outbox_event REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
    );
    await q.query(
      `CREATE TRIGGER outbox_event_count_delete AFTER DELETE ON outbox_event REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION count_partnership_change()`,
    );
    await q.query(`CREATE TRIGGER outbox_event_count_truncate AFTER TRUNCATE ON outbox_event FOR EACH STATEMENT EXECUTE FUNCTION count_platform_change()`);

    await q.query(`
      CREATE TABLE mail_delivery (
        key text NOT NULL PRIMARY KEY,
        user_id uuid REFERENCES user_account(id) ON DELETE CASCADE,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX mail_delivery_pending_idx ON mail_delivery (created_at) WHERE sent_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_delivery`);
    await q.query(`DROP TABLE outbox_event`);
  }
}
