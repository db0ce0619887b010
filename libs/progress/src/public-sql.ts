/**
 * The SQL progress shares with other libs, public on purpose. A lib's `sql/` folder is its own and
 * `index.ts` never re-exports it; what another lib may embed is named here, with who uses it.
 */

/**
 * The action-state builder: an action's state, flags and RAG as of a date, set-based, the SQL twin
 * of the `action-state` rule. Every "as of" read embeds it (board report and actions page in
 * board-report, the board pack through them), so all of them evaluate actions alike.
 */
export { actionStateSql, evaluationOf, toActionStateRow } from './sql/action-state.sql';
export type { ActionStateRaw, ActionStateRow, ActionStateScope } from './sql/action-state.sql';

/** The builder for (action, as-of) pairs; the rules-agreement e2e spec compares it with the rules. */
export { ACTION_STATE_PAIRS_SQL } from './action-state.service';

/** Columns of `progress_update` under the entity's property names (rounds' returns read them). */
export { PROGRESS_UPDATE_COLUMNS } from './sql/progress-write.sql';
