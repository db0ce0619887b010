import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger as Pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { requestLogger } from '@app/core';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Request fields the API adds for the access log (set by the auth guard and the body parser). */
type LoggedRequest = IncomingMessage & { body?: { operationName?: unknown }; actorUserId?: string; id?: string };

/**
 * The access log (pino-http over the core's pino logger): one JSON line per request with its id
 * (the caller's `x-request-id` when sane, else a new one, echoed back), GraphQL operation name,
 * status, duration and user id. Bodies and headers are never logged, nor query strings (signed
 * download links carry their token there), so neither passwords nor tokens can leak into logs.
 * First of the middleware, so a request the body parser refuses is logged too.
 */
export function accessLog(logger: Pino): RequestHandler {
  const http = pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    serializers: {
      // The path only: a query string can carry a credential (a board pack's signed download link).
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: pathOf(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customProps: (req: IncomingMessage) => {
      const logged = req as LoggedRequest;
      const operation = logged.body?.operationName;
      return {
        ...(typeof operation === 'string' ? { operation: operation.slice(0, 100) } : {}),
        ...(logged.actorUserId ? { userId: logged.actorUserId } : {}),
      };
    },
    autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    http(req, res);
    next();
  };
}

/**
 * What is logged while the request is served carries its id: the request's logger is the one
 * `AppLogger` writes through. After the body parser, whose stream callbacks would lose the context.
 */
export function withRequestLogger(req: Request, _res: Response, next: NextFunction): void {
  requestLogger.run(req.log, next);
}

/** A request URL without its query string or fragment. */
export function pathOf(url: string | undefined): string {
  return (url ?? '').split(/[?#]/, 1)[0];
}
