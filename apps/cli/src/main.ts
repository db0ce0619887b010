import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { BoardReportService } from '@app/board-report';
import { Actor, AppError, Loaders } from '@app/common';
import { readSettings, SettingsError } from '@app/config';
import { AppLogger, databaseUrlOf } from '@app/core';
import { parseArguments, USAGE, UsageError } from './arguments';
import { CliModule } from './cli.module';

/** Whom a command acts as: an administrator that is no account (reads every partnership). */
export const SYSTEM_ACTOR: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  email: 'system@localhost',
  isAdmin: true,
  agencyId: null,
  memberships: new Map(),
};

/**
 * The command line (apps/cli): boots the core without HTTP and prints a plan's board report as
 * JSON through BoardReportService, e.g. `npm run report -- --plan <id> --as-of 2026-09-30`. The
 * same settings as the API (README, "Settings"); stdout holds only the report, logs go to stderr.
 */
async function main(argv: readonly string[]): Promise<number> {
  const command = parseArguments(argv);
  const settings = readSettings();
  const databaseUrl = await databaseUrlOf(settings, 0);
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(settings, databaseUrl), { bufferLogs: true });
  app.useLogger(app.get(AppLogger));
  try {
    const report = await app.get(BoardReportService).boardReport(SYSTEM_ACTOR, new Loaders(), command.planId, command.asOf, command.since);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Told as a sentence (the usage, the setting, or the API's own message such as NOT_FOUND), never a stack trace.
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    else if (error instanceof SettingsError || error instanceof AppError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
