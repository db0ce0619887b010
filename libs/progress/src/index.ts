export * from './entities/progress-update.entity';
export * from './rules/action-state.rule';
export * from './progress.module';
export * from './progress.resolvers';
