import type { IncomingMessage } from 'node:http';
import { Viewer } from './viewer';

/**
 * Turns a request's credentials into a Viewer. Core binds an anonymous implementation;
 * libs/identity overrides the binding with the JWT one. The same instance serves HTTP
 * (GraphQL context, REST) and the socket.io handshake (`auth: { token }`).
 *
 * Returns null for a request without credentials; throws (UnauthenticatedError) for
 * credentials that are present but invalid or expired, so clients know to refresh.
 */
export abstract class ViewerAuthenticator {
  abstract authenticateToken(token: string | undefined): Promise<Viewer | null>;

  /**
   * Whether the viewer's session is still open, for connections that outlive a request (a
   * live socket checked on each subscribe): logout, a password change or a deleted account
   * end them, with the same cache window as requests (SESSION_CACHE_SECONDS).
   */
  isSignedIn(viewer: Viewer): Promise<boolean> {
    void viewer;
    return Promise.resolve(true);
  }

  authenticateRequest(req: IncomingMessage): Promise<Viewer | null> {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
    return this.authenticateToken(match?.[1]);
  }
}

export class AnonymousAuthenticator extends ViewerAuthenticator {
  authenticateToken(): Promise<Viewer | null> {
    return Promise.resolve(null);
  }
}
