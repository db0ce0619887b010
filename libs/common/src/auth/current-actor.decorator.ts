import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../errors/app-error';
import { GqlContext } from '../graphql/gql-context';

/** Injects the signed-in `Actor`; the guard has already refused anonymous callers. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
  if (!ctx.actor) throw new UnauthenticatedError();
  return ctx.actor;
});
