import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-error';
import { GqlContext } from '../graphql/gql-context';
import { actorHasAnywhere } from './actor';
import { ActorSource } from './actor-source';
import { ALLOW_METADATA_KEY, PUBLIC_METADATA_KEY } from './allow.decorator';
import { Permission } from './permission';

/**
 * The one global guard. UNAUTHENTICATED (no or bad token) and FORBIDDEN (signed in, but no role
 * grants the permission) are kept apart on purpose: a client re-authenticates on the first and
 * not on the second. Rows of a partnership are checked later by `PolicyService`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const handler = context.getHandler();
    const targets = [handler, context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA_KEY, targets)) return true;

    // GraphQL keeps the actor on its context; REST handlers (downloads, uploads) on the request.
    const ctx: Pick<GqlContext, 'req' | 'actor'> =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<GqlContext>()
        : (context.switchToHttp().getRequest<Request & { context?: Pick<GqlContext, 'req' | 'actor'> }>().context ??= {
            req: context.switchToHttp().getRequest(),
          });
    if (ctx.actor === undefined) {
      // A bearer token (scripts) wins; else the web app's session cookie (docs/web.md).
      const bearer = bearerToken(ctx.req?.headers?.authorization);
      const cookie = bearer ? null : sessionCookie(ctx.req?.headers?.cookie);
      if (cookie && context.getType<string>() !== 'graphql') assertSameOrigin(ctx.req);
      const token = bearer ?? cookie;
      ctx.actor = token ? await this.actors.actorFromToken(token) : null;
    }
    if (!ctx.actor) throw new UnauthenticatedError();
    // For the access log line of this request.
    if (ctx.req) Object.assign(ctx.req, { actorUserId: ctx.actor.userId });

    const allowed = this.reflector.getAllAndOverride<Permission[] | undefined>(ALLOW_METADATA_KEY, targets);
    if (!allowed || allowed.length === 0) {
      // Fail closed: a handler that declares nothing is a bug, not an open door.
      throw new ForbiddenError();
    }
    if (!allowed.some((permission) => actorHasAnywhere(ctx.actor!, permission))) throw new ForbiddenError();
    return true;
  }
}

export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match ? match[1] : null;
}

/** Name of the web app's session cookie (httpOnly, SameSite=Strict, Secure over TLS). */
export const SESSION_COOKIE = 'pdt_session';

/** The session token from a Cookie header, or null. */
/**
 * The caller's token as the guard reads it: a bearer token (scripts) wins, else the web app's
 * session cookie. Everything that finds the caller before the guard (the cost limit, the response
 * cache) reads it the same way.
 */
export function requestToken(req: { headers?: { authorization?: string | string[]; cookie?: string } } | undefined): string | null {
  return bearerToken(req?.headers?.authorization) ?? sessionCookie(req?.headers?.cookie);
}

export function sessionCookie(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value ? decodeURIComponent(value) : null;
    }
  }
  return null;
}

/**
 * CSRF defence for cookie-authenticated REST requests that change something (GraphQL has Apollo's
 * CSRF prevention): the request must carry the `X-Requested-With` header, which a cross-site form
 * cannot send, and an `Origin`, when present, must be this server's. Reads (GET, HEAD) pass.
 */
export function assertSameOrigin(req: Request | undefined): void {
  if (!req || req.method === 'GET' || req.method === 'HEAD') return;
  const origin = req.headers.origin;
  const sameOrigin = !origin || origin === `${req.protocol}://${req.get('host')}`;
  if (!req.headers['x-requested-with'] || !sameOrigin) {
    throw new ForbiddenError('Cross-site request refused: send the X-Requested-With header from this site');
  }
}
