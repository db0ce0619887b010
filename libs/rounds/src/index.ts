/**
 * Reporting rounds: rounds, returns due, compliance, reminders and their e-mail's content.
 * Public: the module, its services, GraphQL types and inputs, the pure rules (also framework-free
 * as `@app/rounds/rules`), the mail templates and the SQL shared on purpose (`public-sql.ts`).
 * Not its `sql/` folder, nor its resolvers (the module registers them).
 */
export * from './rounds.module';
export * from './rounds.service';
export * from './returns-read.service';
export * from './types/rounds.types';
export * from './inputs/rounds.inputs';
export * from './rules';
export * from './mail/mail-templates';
export * from './public-sql';
