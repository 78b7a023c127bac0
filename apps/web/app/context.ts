import { createContext } from 'react-router';
import type { Api } from './lib/api.server';
import type { SessionTokens } from './lib/cookies.server';

/**
 * What the Express glue (server/app.ts) hands every loader, action and middleware of one
 * request: the API client bound to this visitor, and the page-level security values.
 */
export interface WebContext {
  /** GraphQL over HTTP to our own /graphql, as this visitor (bearer token from the cookie). */
  api: Api;
  /** Whether the request came with a live session (the API has the final word). */
  signedIn: boolean;
  /** Token for the hidden `_csrf` field of every form on the page. */
  csrfToken: string;
  /** Checks a submitted `_csrf` value against this browser's CSRF cookie. */
  verifyCsrf(token: FormDataEntryValue | null): boolean;
  /** Nonce of this response's Content-Security-Policy, for the scripts React Router inlines. */
  nonce: string;
  /** URL of the small enhancement script non-hydrated pages load (null when not built). */
  enhanceScript: string | null;
  /** Cookies carry Secure (production or an https PUBLIC_URL). */
  secureCookies: boolean;
  /** The site's public address, for share metadata and absolute links. */
  publicUrl: string;
  /** Adds a Set-Cookie header to whatever response this request ends with. */
  setCookie(header: string): void;
  /** After login/register: session cookies on the response, and this request continues signed in. */
  signIn(tokens: SessionTokens): void;
  /** Clears the session cookies; this request continues anonymous. */
  signOut(): void;
  /** The host process's logger (structured, redacted): never console. */
  logError(error: unknown, message: string): void;
}

export const webContext = createContext<WebContext>();
