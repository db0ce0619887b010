export * from './audit-event.type';
export * from './audit-log.module';
export * from './audit-log.resolver';
