export const BOARD_REPORT_RESOLVERS = [];
