import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../errors/app-error';
import { GqlContext } from '../graphql/gql-context';

/** Injects the signed-in `Actor`; the guard has already refused anonymous callers. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const actor =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<GqlContext>().actor
      : context.switchToHttp().getRequest<{ context?: Pick<GqlContext, 'actor'> }>().context?.actor;
  if (!actor) throw new UnauthenticatedError();
  return actor;
});
