import { Inject, Injectable } from '@nestjs/common';
import {
  AgencyMembershipClaim,
  AppConfig,
  Clock,
  GlobalRole,
  UnauthenticatedError,
  Viewer,
  ViewerAuthenticator,
} from '@thamvan/core';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { verifyJwt } from './jwt';
import { SessionsService } from './sessions.service';

const ROLES: readonly GlobalRole[] = ['CITIZEN', 'MODERATOR', 'ADMIN'];

/**
 * The real ViewerAuthenticator: verifies the access JWT (signature, issuer, expiry on the
 * server Clock) and that its session is still open, so logout, a password change and a
 * deleted account end access at once rather than after 15 minutes. Used for GraphQL (the
 * `Authorization: Bearer` header) and the socket.io handshake (`auth: { token }`).
 */
@Injectable()
export class JwtViewerAuthenticator extends ViewerAuthenticator {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly sessions: SessionsService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {
    super();
  }

  async authenticateToken(token: string | undefined): Promise<Viewer | null> {
    if (token === undefined || token === '') return null;
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    const claims = verifyJwt(token, this.config.jwtSecret, this.options.issuer, nowSeconds);
    if (!claims || typeof claims.sid !== 'string') throw invalid();
    if (!(await this.sessions.isActive(claims.sid, claims.sub))) throw invalid();
    return {
      userId: claims.sub,
      sessionId: claims.sid,
      roles: Array.isArray(claims.roles) ? (claims.roles as unknown[]).filter(isRole) : ['CITIZEN'],
      memberships: Array.isArray(claims.mem) ? (claims.mem as unknown[]).filter(isMembership) : [],
    };
  }

  override isSignedIn(viewer: Viewer): Promise<boolean> {
    return viewer.sessionId ? this.sessions.isActive(viewer.sessionId, viewer.userId) : Promise.resolve(true);
  }
}

function invalid(): UnauthenticatedError {
  return new UnauthenticatedError('The access token is invalid or expired');
}

function isRole(value: unknown): value is GlobalRole {
  return ROLES.includes(value as GlobalRole);
}

function isMembership(value: unknown): value is AgencyMembershipClaim {
  const m = value as AgencyMembershipClaim | null;
  return !!m && typeof m.agencyId === 'string' && (m.role === 'EDITOR' || m.role === 'RESPONDER');
}
