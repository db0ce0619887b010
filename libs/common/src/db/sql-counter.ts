import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** Statements sent to PostgreSQL during one request, counted through TypeORM's logger. */
export interface SqlCount {
  statements: number;
}

export const sqlCounter = new AsyncLocalStorage<SqlCount>();

/** Runs `fn` with a fresh counter and returns its result with the number of statements it issued. */
export async function countSql<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const count: SqlCount = { statements: 0 };
  const result = await sqlCounter.run(count, fn);
  return { result, statements: count.statements };
}

/**
 * A TypeORM logger that counts queries for the current request. It prints nothing itself: slow or
 * failed statements surface through the error formatter and the request log instead.
 */
export class CountingSqlLogger extends AbstractLogger {
  override logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const count = sqlCounter.getStore();
    if (count) count.statements += 1;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | string | number | (LogMessage | string | number)[]): void {
    // Deliberately silent: see class comment.
  }
}
