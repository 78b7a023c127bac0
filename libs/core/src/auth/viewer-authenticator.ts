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
