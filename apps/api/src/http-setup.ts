import { INestApplication } from '@nestjs/common';
import {
  httpStatusFor,
  requestContext,
  requestIdFor,
  requestLogging,
  ROOT_LOGGER,
  toClientError,
} from '@thamvan/core';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';

/** Draft files travel inline in GraphQL (base64), so /graphql accepts larger bodies. */
export const GRAPHQL_BODY_LIMIT = '16mb';
export const DEFAULT_BODY_LIMIT = '1mb';

/**
 * Express-level setup shared by `npm start` and the tests: request ids, request logs, the web
 * client's pages (when built), body limits, and JSON errors (with `extensions.code`) for bodies
 * refused before GraphQL sees them.
 */
export function configureHttp(app: INestApplication, options: { web?: RequestHandler | null } = {}): void {
  app.use((req: Request & { id?: string }, res: Response, next: NextFunction) => {
    const id = requestIdFor(req);
    req.id = id;
    res.setHeader('x-request-id', id);
    requestContext.run({ requestId: id }, next);
  });
  app.use(requestLogging(app.get(ROOT_LOGGER)));
  // Before the body parsers: React Router reads a form post's body stream itself. The handler
  // passes the API's own paths (isApiRequest) on to the routes below.
  if (options.web) app.use(options.web);
  app.use('/graphql', express.json({ limit: GRAPHQL_BODY_LIMIT }));
  app.use(express.json({ limit: DEFAULT_BODY_LIMIT }));
  app.use(express.urlencoded({ limit: DEFAULT_BODY_LIMIT, extended: false }));
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const client = toClientError(error);
    if (!client || res.headersSent) return next(error);
    res
      .status(httpStatusFor(client.code))
      .json({ errors: [{ message: client.message, extensions: { code: client.code } }] });
  });
  (app.getHttpAdapter().getInstance() as express.Express).disable('x-powered-by');
}
