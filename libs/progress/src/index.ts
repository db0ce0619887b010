/**
 * Progress: reporting progress on actions and milestones, and an action's state as of a date.
 * Public: the module, its services, GraphQL types and inputs, the entity, the pure rules (also
 * framework-free as `@app/progress/rules`) and the SQL shared on purpose (`public-sql.ts`).
 * Not its `sql/` folder, nor its resolvers (the module registers them).
 */
export * from './progress.module';
export { ActionStateService } from './action-state.service';
export { ProgressService } from './progress.service';
export * from './entities/progress-update.entity';
export * from './types/progress-update.type';
export * from './inputs/report-progress.input';
export * from './rules';
export * from './public-sql';
/** The vocabulary the progress rules speak, for their callers; defined once, in `@app/domain`. */
export { ActionStatus, Rag, RagReason } from '@app/domain';
