/**
 * The SQL rounds shares outside the lib, public on purpose. A lib's `sql/` folder is its own and
 * `index.ts` never re-exports it; what others may run is named here, with who uses it.
 */

/**
 * The mail queue: planning, claiming and marking the rounds' e-mail and the outbox. The worker
 * (apps/worker, `RoundsMailService`) runs them; the API writes the outbox through `RoundsService`.
 */
export {
  ACTION_NAMES_SQL,
  AGENCY_NAMES_SQL,
  CLAIM_MAIL_SQL,
  CLAIM_OUTBOX_SQL,
  DIGEST_ROWS_SQL,
  ESCALATION_RECIPIENTS_SQL,
  MARK_MAIL_FAILED_SQL,
  MARK_MAIL_SENT_SQL,
  MARK_OUTBOX_PROCESSED_SQL,
  PLAN_MAIL_SQL,
  ROUNDS_TO_ESCALATE_SQL,
  THREAD_EVENT_SQL,
} from './sql/mail.sql';

/** Returns due and compliance, set-based: the SQL twins of the compliance rule (rounds-agreement e2e spec compares them). */
export { COMPLIANCE_SQL, RETURNS_DUE_SQL } from './sql/rounds.sql';
