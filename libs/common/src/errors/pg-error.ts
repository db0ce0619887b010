/**
 * PostgreSQL error classification, in one place. Driver errors carry a five-character SQLSTATE;
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
export const PG_NOT_NULL_VIOLATION = '23502';
export const PG_INVALID_TEXT_REPRESENTATION = '22P02';
export const PG_STRING_TOO_LONG = '22001';
export const PG_INVALID_DATETIME = '22008';
export const PG_UNTRANSLATABLE_CHARACTER = '22P05';
export const PG_CHARACTER_NOT_IN_REPERTOIRE = '22021';

export interface PgErrorLike {
  code: string;
  constraint?: string;
}

export function pgErrorOf(error: unknown): PgErrorLike | null {
  const candidate = (error as { driverError?: unknown })?.driverError ?? error;
  const code = (candidate as { code?: unknown })?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    return candidate as PgErrorLike;
  }
  return null;
}
