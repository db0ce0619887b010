export * from './rules/roll-up.rule';
export * from './board-report.module';
export * from './board-report.resolvers';
