/** The core module every app imports (database, settings, clock, logging, audit, the feature services). */
export * from './core.module';
export * from './logging';
export * from './database-url';
