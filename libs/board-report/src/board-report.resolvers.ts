import { BoardMeetingResolver } from './board-meeting.resolver';
import { ActionRowResolver, AgencyRollUpResolver, BoardReportResolver } from './board-report.resolver';

/** The board-report feature's resolvers (also used to print the schema without a database). */
export const BOARD_REPORT_RESOLVERS = [BoardReportResolver, ActionRowResolver, AgencyRollUpResolver, BoardMeetingResolver];
