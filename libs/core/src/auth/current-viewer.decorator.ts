import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphqlContext } from '../graphql/graphql-context';
import { Viewer } from './viewer';

/**
 * `@CurrentViewer() viewer: Viewer | null` in a resolver. Credentials that were sent but
 * are invalid raise UNAUTHENTICATED here, on first use, rather than in the context factory
 * (where Apollo would turn them into an HTTP 500).
 */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null => {
    const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (ctx.authError) throw ctx.authError;
    return ctx.viewer;
  },
);
