import { createRequestHandler } from '@react-router/express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RouterContextProvider } from 'react-router';
import { webContext, type WebContext } from '../app/context';
import { Api } from '../app/lib/api.server';
import {
  clearedSessionCookies,
  CSRF_COOKIE,
  csrfCookie,
  parseCookies,
  sessionCookies,
} from '../app/lib/cookies.server';
import { csrfKey, csrfTokenFor, newCsrfSecret, verifyCsrfToken } from '../app/lib/csrf.server';
import { SessionRefresher } from '../app/lib/session.server';

export interface WebHandlerOptions {
  /** Base URL of /graphql, read per request (under `npm start` the port is known only after listen). */
  apiUrl: () => string;
  /** JWT_SECRET: the one secret production needs; the CSRF key is derived from it. */
  secret: string;
  production: boolean;
  /** PUBLIC_URL (or the local address), for absolute links: share metadata. */
  publicUrl: () => string;
  /** Session and CSRF cookies carry Secure (production, or an https PUBLIC_URL). */
  secureCookies: boolean;
  logError?: (error: unknown, message: string) => void;
}

/** Form posts to pages: the same limit as every non-GraphQL endpoint of the API. */
const BODY_LIMIT_BYTES = 1024 * 1024;
/**
 * The console pages that take a file (a draft to import, an attachment) accept up to 10 MB
 * (the API's limit for such files), sent as multipart, and the form's other fields.
 */
const UPLOAD_PATH = /^\/quan-ly\/(nhap|du-thao\/[0-9a-f-]{36}(\/phien-ban-moi)?)$/;
const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024 + 64 * 1024;

/**
 * The web client as one Express router, mounted by the API process (apps/api/src/web-client.ts)
 * for every path the API does not own. It serves the built assets, sets the security headers,
 * resolves the visitor's session from its cookies (refreshing it when the access token is
 * about to lapse) and hands each request to React Router with a WebContext.
 */
export function createWebHandler(options: WebHandlerOptions): express.Router {
  const clientDir = fileURLToPath(new URL('../client', import.meta.url));
  const enhanceScript = readEnhanceManifest();
  const key = csrfKey(options.secret);
  const secure = options.secureCookies;
  const refresher = new SessionRefresher();
  const logError = options.logError ?? (() => undefined);

  const router = express.Router();
  router.use(compression());
  router.use(securityHeaders(options.production));
  router.use(
    '/assets',
    express.static(`${clientDir}/assets`, {
      immutable: true,
      maxAge: '1y',
      index: false,
      fallthrough: false,
    }),
  );
  router.use(express.static(clientDir, { maxAge: '1d', index: false, redirect: false }));
  router.use(limitBody);
  router.use(
    createRequestHandler({
      build: () => import('virtual:react-router/server-build'),
      mode: options.production ? 'production' : 'development',
      getLoadContext: async (req, res) => {
        const context = new RouterContextProvider();
        context.set(webContext, await contextFor(req, res));
        return context;
      },
    }),
  );
  return router;

  async function contextFor(req: Request, res: Response): Promise<WebContext> {
    const cookies = parseCookies(req.headers.cookie);
    const setCookie = (header: string) => void res.append('Set-Cookie', header);
    let csrfSecret = cookies[CSRF_COOKIE];
    if (!csrfSecret || csrfSecret.length < 16) {
      csrfSecret = newCsrfSecret();
      setCookie(csrfCookie(csrfSecret, secure));
    }
    const baseUrl = options.apiUrl();
    // Express has already resolved X-Forwarded-For against `trust proxy`: this is the visitor.
    const clientIp = req.ip ?? req.socket.remoteAddress ?? '';
    const requestId = (req as Request & { id?: string }).id;
    const newApi = (accessToken: string | null) =>
      new Api({
        baseUrl,
        accessToken,
        clientIp,
        requestId,
        onSessionLost: () => clearedSessionCookies(secure).forEach(setCookie),
      });
    const session = await refresher.resolve(cookies, newApi, secure);
    session.setCookies.forEach(setCookie);
    const api = newApi(session.accessToken);
    return {
      api,
      signedIn: session.accessToken !== null,
      csrfToken: csrfTokenFor(key, csrfSecret),
      // Against the cookie the browser sent, never one minted for this response.
      verifyCsrf: (token) => verifyCsrfToken(key, cookies[CSRF_COOKIE] ?? '', token),
      nonce: String(res.locals.cspNonce),
      enhanceScript,
      secureCookies: secure,
      publicUrl: options.publicUrl(),
      setCookie,
      signIn: (tokens) => {
        sessionCookies(tokens, secure).forEach(setCookie);
        api.useAccessToken(tokens.accessToken);
      },
      signOut: () => {
        clearedSessionCookies(secure).forEach(setCookie);
        api.useAccessToken(null);
      },
      logError,
    };
  }
}

/**
 * helmet, with a CSP that allows no inline script: pages load scripts from our origin only,
 * and the inline data React Router writes on hydrated pages carries this response's nonce.
 */
function securityHeaders(production: boolean) {
  const nonce = (_req: Request, res: Response, next: NextFunction) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${String((res as Response).locals.cspNonce)}'`],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: production ? [] : null,
      },
    },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  return [nonce, headers];
}

/** Bounds what React Router will read of a form post (it streams the raw body itself). */
function limitBody(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  const length = Number(req.headers['content-length'] ?? NaN);
  if (!Number.isFinite(length)) {
    res.status(411).type('text/plain').send('Length Required');
    return;
  }
  const upload = UPLOAD_PATH.test(req.path);
  if (length > (upload ? UPLOAD_LIMIT_BYTES : BODY_LIMIT_BYTES)) {
    res
      .status(413)
      .type('text/plain; charset=utf-8')
      .send(`Nội dung gửi lên quá lớn (tối đa ${upload ? '10' : '1'} MB).`);
    return;
  }
  next();
}

/** The enhancement script's hashed file name, written by scripts/build.js next to the server build. */
function readEnhanceManifest(): string | null {
  const file = fileURLToPath(new URL('../enhance.json', import.meta.url));
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { file: string }).file;
}
