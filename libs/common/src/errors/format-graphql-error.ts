import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, BadUserInputError, ConflictError } from './app-error';
import { ErrorCode } from './error-code';
import {
  PG_CHARACTER_NOT_IN_REPERTOIRE,
  PG_CHECK_VIOLATION,
  PG_FOREIGN_KEY_VIOLATION,
  PG_INVALID_DATETIME,
  PG_INVALID_TEXT_REPRESENTATION,
  PG_NOT_NULL_VIOLATION,
  PG_STRING_TOO_LONG,
  PG_UNIQUE_VIOLATION,
  PG_UNTRANSLATABLE_CHARACTER,
  pgErrorOf,
} from './pg-error';

const logger = new Logger('GraphQL');

/** Codes that graphql-js and Apollo raise before a resolver runs; they never contain internals. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // Refused before execution by the cost analysis or the response-size backstop (README "Security").
  'QUERY_TOO_COSTLY',
  'RESPONSE_TOO_LARGE',
]);

/**
 * graphql-js suggests names of the schema in its messages: fields, arguments, types ("Did you mean
 * \"partnerships\"?") and enum values ("Did you mean the enum value \"OPEN\"?").
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Removes every "Did you mean …?" from a message (where introspection is off, the schema is not told). */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BadUserInput,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  429: ErrorCode.TooManyRequests,
};

/** Maps a database error that reached the edge to a client error, when it is the client's fault. */
export function appErrorFromDatabase(error: unknown): AppError | null {
  const pg = pgErrorOf(error);
  if (!pg) return null;
  switch (pg.code) {
    case PG_UNIQUE_VIOLATION:
      return new ConflictError('A record with the same unique value already exists');
    case PG_FOREIGN_KEY_VIOLATION:
      return BadUserInputError.field('input', 'Refers to a record that does not exist');
    case PG_CHECK_VIOLATION:
    case PG_NOT_NULL_VIOLATION:
    case PG_INVALID_TEXT_REPRESENTATION:
    case PG_STRING_TOO_LONG:
    case PG_INVALID_DATETIME:
    case PG_UNTRANSLATABLE_CHARACTER:
    case PG_CHARACTER_NOT_IN_REPERTOIRE:
      return BadUserInputError.field('input', 'A value is not acceptable');
    default:
      return null;
  }
}

function toClientError(original: unknown): { message: string; extensions: Record<string, unknown> } | null {
  if (original instanceof AppError) {
    return { message: original.message, extensions: { ...original.extensions, code: original.code } };
  }
  const fromDb = appErrorFromDatabase(original);
  if (fromDb) {
    return { message: fromDb.message, extensions: { ...fromDb.extensions, code: fromDb.code } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()];
    if (code) return { message: original.message, extensions: { code } };
  }
  return null;
}

/**
 * graphql-js reports a variable that fails coercion (a bad Date, an unknown enum value) only in its
 * message: `Variable "$input" got invalid value … at "input.dueDate"; …`. Recovers the path so
 * these BAD_USER_INPUT errors name their field like every other one (`input.ids.0` for list items).
 */
export function variableErrorField(message: string): string | null {
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" /.exec(message);
  if (!variable) return null;
  const at = / at "([_A-Za-z][_0-9A-Za-z]*(?:\.[_A-Za-z][_0-9A-Za-z]*|\[\d+\])*)"; /.exec(message);
  return (at ? at[1] : variable[1]).replace(/\[(\d+)\]/g, '.$1');
}

/**
 * Apollo's `formatError`: every error leaves with a stable `extensions.code` and nothing internal.
 * Unknown failures are logged with the request id and replaced by a generic message. With
 * `hideSuggestions` (production) "Did you mean …" is dropped from every message.
 *
 * It returns new objects and never assigns to the errors it is given: graphql-jit's errors are
 * frozen, and an assignment (graphql-armor's suggestion masking did one) throws, which Apollo turns
 * into an HTTP 500 that drops the partial data (issue #11).
 */
export function graphqlErrorFormatter(options: { hideSuggestions: boolean }): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  if (!options.hideSuggestions) return formatGraphqlError;
  return (formatted, error) => {
    const result = formatGraphqlError({ ...formatted, message: withoutSuggestions(formatted.message) }, error);
    const fields = (result.extensions?.fields as { path: string; message: string }[] | undefined)?.map((f) => ({ ...f, message: withoutSuggestions(f.message) }));
    return { ...result, message: withoutSuggestions(result.message), ...(fields ? { extensions: { ...result.extensions, fields } } : {}) };
  };
}

/** The formatter outside production (suggestions kept). */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? undefined) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original === undefined || original instanceof GraphQLError) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- extensions.code is a string when present
    const code = String((original ?? (error as GraphQLError))?.extensions?.code ?? formatted.extensions?.code ?? '');
    if (PROTOCOL_CODES.has(code) || Object.values(ErrorCode).includes(code as ErrorCode)) {
      const { stacktrace: _stack, exception: _exception, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
      const field = code === (ErrorCode.BadUserInput as string) && rest.field === undefined ? variableErrorField(formatted.message) : null;
      const located = field ? { field, fields: [{ path: field, message: formatted.message }] } : {};
      return { ...base, extensions: { ...rest, ...located, code } };
    }
  } else {
    const client = toClientError(original);
    if (client) return { ...base, message: client.message, extensions: client.extensions };
  }

  logger.error({ err: original ?? error, path: formatted.path }, 'Unexpected error while serving GraphQL');
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.Internal } };
}
