import { ActionProgressResolver } from './action-progress.resolver';
import { MilestoneProgressResolver } from './milestone-progress.resolver';
import { ProgressUpdateResolver } from './progress-update.resolver';

export { ActionProgressResolver, MilestoneProgressResolver, ProgressUpdateResolver };

/** The progress feature's resolvers (also used to print the schema without a database). */
export const PROGRESS_RESOLVERS = [ActionProgressResolver, MilestoneProgressResolver, ProgressUpdateResolver];
