import { Logger } from '@nestjs/common';
import { AppConfig } from '@thamvan/core';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where `apps/web`'s server build lives (written by apps/web/scripts/build.cjs). */
export const WEB_SERVER_BUILD = 'apps/web/build/server/index.js';

/** Paths the API answers itself; every other path is a page of the web client. */
const API_PATHS = /^\/(?:graphql|api|health|socket\.io)(?:\/|$)/;
/** `/c/:id` is both: a page for browsers, the JSON export row for API clients. */
const PERMALINK = /^\/c\/[^/]+\/?$/;

/**
 * Whether the API, not the web client, answers this request. One home for the split between
 * the two on the shared origin (CONTRACT.md, "Web").
 */
export function isApiRequest(req: Request): boolean {
  if (API_PATHS.test(req.path)) return true;
  if (PERMALINK.test(req.path)) return req.accepts(['application/json', 'text/html']) !== 'text/html';
  return false;
}

interface WebBuild {
  createWebHandler: (options: {
    apiUrl: () => string;
    secret: string;
    production: boolean;
    publicUrl: () => string;
    secureCookies: boolean;
    logError?: (error: unknown, message: string) => void;
  }) => RequestHandler;
}

// The web build is an ES module; this file is compiled to CommonJS, where SWC would turn a
// plain import() into require() (which refuses ES modules with top-level await). A function
// built from source keeps it a real dynamic import; the specifier is our own build's path.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<WebBuild>;

/**
 * The web client (apps/web, React Router) served by this process, in front of the API's own
 * routes but passing every API path through: one origin for pages, /graphql, /api, /c/:id,
 * /health and /socket.io. Null when the web client has not been built (API-only tests).
 * Its loaders call /graphql over loopback, as any client would.
 */
export async function loadWebClient(options: {
  config: AppConfig;
  apiUrl: () => string;
}): Promise<RequestHandler | null> {
  const entry = join(repositoryRoot(), WEB_SERVER_BUILD);
  if (!existsSync(entry)) return null;
  const { createWebHandler } = await importEsm(pathToFileURL(entry).href);
  const logger = new Logger('Web');
  const web = createWebHandler({
    apiUrl: options.apiUrl,
    secret: options.config.jwtSecret,
    production: options.config.isProduction,
    publicUrl: () => options.config.publicUrl,
    secureCookies: options.config.isProduction || options.config.publicUrlIsHttps,
    logError: (error, message) => logger.error({ err: error }, message),
  });
  return (req: Request, res: Response, next: NextFunction) =>
    isApiRequest(req) ? next() : web(req, res, next);
}

/** The repository root, from dist/apps/api/src (npm start) or apps/api/src (tests). */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'apps', 'web', 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** Loopback URL of this process's own HTTP server, for the web client's GraphQL calls. */
export function loopbackUrl(address: ReturnType<import('node:net').Server['address']>): string {
  if (!address || typeof address === 'string') throw new Error('the HTTP server is not listening on a port');
  const host =
    address.address === '::' || address.address === '0.0.0.0' || address.address === ''
      ? '127.0.0.1'
      : address.family === 'IPv6'
        ? `[${address.address}]`
        : address.address;
  return `http://${host}:${address.port}`;
}
