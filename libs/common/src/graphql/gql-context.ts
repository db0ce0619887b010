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
