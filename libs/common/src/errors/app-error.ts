import { ErrorCode } from './error-code';

/** One invalid field of a request: `path` as the client wrote it (e.g. `input.dueDate`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * Base of every error a client is meant to see. Its message and extensions are shown as they are,
 * so they must never carry SQL, stack traces or another partnership's data.
 */
export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;

  constructor(
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = ErrorCode.Unauthenticated;
  constructor(message = 'You must be signed in') {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly code = ErrorCode.Forbidden;
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

/** Also used for rows of a partnership the caller does not belong to, so existence never leaks. */
export class NotFoundError extends AppError {
  readonly code = ErrorCode.NotFound;
  constructor(entity: string, id?: string, field?: string) {
    // The id is echoed only when short: a hostile 100 kB "id" must not come back as a 100 kB error.
    const shown = id !== undefined && id.length <= 64 ? ` ${JSON.stringify(id)}` : '';
    super(`${entity}${shown} not found`, {
      entity,
      ...(field ? { field, fields: [{ path: field, message: `${entity} not found` }] } : {}),
    });
  }
}

export class BadUserInputError extends AppError {
  readonly code = ErrorCode.BadUserInput;
  readonly fields: FieldProblem[];

  constructor(fields: FieldProblem[] | FieldProblem, message?: string) {
    const list = Array.isArray(fields) ? fields : [fields];
    super(message ?? list.map((f) => `${f.path}: ${f.message}`).join('; '), {
      field: list[0]?.path,
      fields: list,
    });
    this.fields = list;
  }

  static field(path: string, message: string): BadUserInputError {
    return new BadUserInputError({ path, message });
  }
}

export class ConflictError extends AppError {
  readonly code = ErrorCode.Conflict;
  constructor(message: string, field?: string) {
    super(message, field ? { field, fields: [{ path: field, message }] } : {});
  }
}

export class TooManyRequestsError extends AppError {
  readonly code = ErrorCode.TooManyRequests;
  constructor(retryAfterSeconds: number) {
    super('Too many attempts; try again later', { retryAfterSeconds });
  }
}
