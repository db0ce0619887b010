/**
 * The settings of every app, from the environment, read once at start and checked (README,
 * "Settings"); the only code that reads `process.env`. Framework-free but for `ConfigModule`.
 */
export * from './settings';
export * from './config.module';
