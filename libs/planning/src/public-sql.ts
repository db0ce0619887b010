/**
 * The SQL planning shares with other libs, public on purpose: the natural order of action refs
 * ("1.2" < "1.10"), which the board report and the actions page (board-report) sort by, so every
 * list of actions is in the same order.
 */
export { REF_ORDER_SQL } from './planning.service';
