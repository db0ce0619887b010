export * from './entities/progress-update.entity';
export * from './rules/action-state.rule';
export * from './sql/action-state.sql';
export * from './sql/progress-write.sql';
export * from './types/progress-update.type';
export * from './inputs/report-progress.input';
export * from './action-state.service';
export * from './progress.service';
export * from './progress.module';
export * from './progress.resolvers';
export * from './rules/plan-history.rule';
export * from './rules/return-narrative.rule';
/** The vocabulary the progress rules speak, for their callers; defined once, in `@app/domain`. */
export { ActionStatus, Rag, RagReason } from '@app/domain';
