import type { Request, Response } from 'express';
import { Actor } from '../auth/actor';
import { Loaders } from '../dataloader/loaders';

/** Per-request GraphQL context. `actor` is undefined until the guard has looked at the token. */
export interface GqlContext {
  req: Request;
  res: Response;
  actor?: Actor | null;
  loaders: Loaders;
}

/**
 * The arguments of a field that takes none, as graphql-js passes them.
 *
 * Relation and computed fields (`@ResolveField`) are written `field(parent, _args: NoArgs, ctx: GqlContext)`,
 * without `@Parent()`/`@Context()`: a method with no parameter decorators, guards, interceptors or
 * field middleware is handed to graphql-js as the resolver itself by @nestjs/graphql, skipping
 * Nest's per-call pipeline (parameter factories, pipes, an execution context). A nested read of a
 * 150-action plan resolves a few thousand such fields, and that pipeline was most of its time
 * (docs/performance.md). Fields with arguments keep the decorators.
 */
export type NoArgs = Record<string, never>;
