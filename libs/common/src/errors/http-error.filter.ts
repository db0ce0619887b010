import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './app-error';
import { ErrorCode } from './error-code';
import { appErrorFromDatabase } from './format-graphql-error';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.Internal]: 500,
};

/**
 * The REST side (file downloads and uploads) answers with the same codes as GraphQL:
 * `{ error: { code, message, field?, fields? } }` and the matching HTTP status. GraphQL errors pass
 * through untouched to Apollo's formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    const known = exception instanceof AppError ? exception : appErrorFromDatabase(exception);
    if (known) {
      return response.status(STATUS[known.code]).json({ error: { ...known.extensions, code: known.code, message: known.message } });
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code =
        status === 401
          ? ErrorCode.Unauthenticated
          : status === 403
            ? ErrorCode.Forbidden
            : status === 404
              ? ErrorCode.NotFound
              : status === 413
                ? ErrorCode.BadUserInput
                : status === 429
                  ? ErrorCode.TooManyRequests
                  : ErrorCode.BadUserInput;
      return response.status(status).json({ error: { code, message: exception.message } });
    }
    this.logger.error({ err: exception }, 'Unexpected error while serving HTTP');
    return response.status(500).json({ error: { code: ErrorCode.Internal, message: 'Internal server error' } });
  }
}
