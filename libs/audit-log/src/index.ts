/** The audit log's read side. Public: the module and its GraphQL type; not its resolver (the module registers it). */
export * from './audit-event.type';
export * from './audit-log.module';
