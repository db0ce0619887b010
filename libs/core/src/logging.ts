import { AsyncLocalStorage } from 'node:async_hooks';
import { LoggerService } from '@nestjs/common';
import pino, { Level, Logger as Pino } from 'pino';
import { LogLevel } from '@app/config';

/**
 * The logger of the request being served (pino-http's child, with the request id), so that what a
 * service logs during a request carries its id. Set by the API's access log (apps/api/src/logging.ts).
 */
export const requestLogger = new AsyncLocalStorage<Pino>();

/**
 * The process's root pino logger: JSON lines at `level`, to stdout (fd 1) or, for a command whose
 * stdout is its answer, stderr (fd 2). Credentials are never written, whatever is logged.
 */
export function rootLogger(level: LogLevel, fd: 1 | 2 = 1): Pino {
  return pino(
    { level, redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'], remove: true } },
    // Synchronous, as pino's default: lines keep their order with what the process prints itself, and none is lost at exit.
    pino.destination({ dest: fd, sync: true }),
  );
}

/**
 * Nest's logger over pino: `new Logger('Context').log(…)` anywhere becomes a JSON line with its
 * context (and, during a request, the request's id). Replaces nestjs-pino, whose releases now
 * require Node 22.12 (README, "Dependencies").
 */
export class AppLogger implements LoggerService {
  constructor(readonly pino: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes the context last (a string) and, for errors, a stack before it. */
  private write(level: Level, message: unknown, params: unknown[]): void {
    const logger = requestLogger.getStore() ?? this.pino;
    if (!logger.isLevelEnabled(level)) return;
    const rest = [...params];
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    const stack = rest.find((p): p is string => typeof p === 'string');
    if (stack && (level === 'error' || level === 'fatal')) fields.stack = stack;
    if (message instanceof Error) logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) logger[level]({ ...fields, ...message });
    else logger[level](fields, String(message));
  }
}
