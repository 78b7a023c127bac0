import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphqlContext } from '@thamvan/core';

/**
 * The caller's address for per-IP rate limits: `req.ip`, which honours X-Forwarded-For
 * only from loopback proxies (the app sets trust proxy 'loopback'). Never logged or stored
 * in the clear.
 */
export const ClientIp = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  return ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown';
});
