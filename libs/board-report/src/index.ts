/**
 * The board report: roll-ups by pillar, objective and agency as of a date, the actions page, and
 * board meetings. Public: the module, its services, GraphQL types and inputs, the entity and the
 * pure rules (also framework-free as `@app/board-report/rules`). Not its `sql/` folder, nor its
 * resolvers (the module registers them).
 */
export * from './board-report.module';
export * from './board-report.service';
export * from './board-meeting.service';
export * from './entities/board-meeting.entity';
export * from './types/board-meeting.type';
export * from './types/board-report.types';
export * from './inputs/action-filter.input';
export * from './rules';
