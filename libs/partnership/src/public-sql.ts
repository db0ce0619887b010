/**
 * The SQL partnership shares with other libs, public on purpose: the agencies a partnership may
 * see and use, which the plan import matches agency names against.
 */
export { VISIBLE_AGENCIES_SQL } from './partnership.service';
