import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphqlContext, UnauthenticatedError, Viewer } from '@thamvan/core';

/**
 * `@CurrentUser() viewer: Viewer` for operations that need a signed-in caller: anonymous
 * requests answer UNAUTHENTICATED before anything else is looked at. Use core's
 * `@CurrentViewer()` where anonymous callers are welcome.
 */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  if (ctx.authError) throw ctx.authError;
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
});
