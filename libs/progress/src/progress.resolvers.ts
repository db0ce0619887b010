export const PROGRESS_RESOLVERS = [];
