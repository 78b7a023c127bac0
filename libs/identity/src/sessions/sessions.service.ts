import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, Clock, OutboxService, OutboxTopic, UnauthenticatedError, Viewer } from '@thamvan/core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { randomToken, sha256 } from '../common/text';
import { AgenciesService } from '../agencies/agencies.service';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { toUserObject } from '../users/dto/user.object';
import { UserEntity } from '../users/entities/user.entity';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { AuthSessionEntity, SessionRevokeReason } from './entities/auth-session.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { signJwt } from './jwt';
import { OpenSessionCache } from './open-session-cache';
import { SessionsRepository } from './sessions.repository';

type RefreshOutcome = { ok: AuthPayloadObject } | { refused: string };

/**
 * Outbox topic written in the transaction that ends sessions: `{ sessionId }` for one,
 * `{ userId }` for all of a user's. libs/live disconnects the sockets those sessions opened.
 */
export const SESSION_ENDED_TOPIC = 'session.ended' satisfies OutboxTopic;

/**
 * Sessions: a 15-minute access JWT (user id, roles, agency memberships, session id) and a
 * 30-day opaque refresh token, rotated on every use. A rotated token presented again more
 * than `refreshGraceSeconds` after its use revokes its whole session (the family): whoever
 * holds either copy has to sign in again. Within the grace it is one browser's concurrent
 * requests, and each gets a new pair of the same session.
 */
@Injectable()
export class SessionsService {
  private readonly openSessions: OpenSessionCache;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SessionsRepository,
    private readonly agencies: AgenciesService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {
    this.openSessions = new OpenSessionCache(config.sessionCacheSeconds * 1000);
  }

  /** Opens a session for `user` inside the caller's transaction. */
  async start(manager: EntityManager, user: UserEntity): Promise<AuthPayloadObject> {
    const session = await manager.save(manager.create(AuthSessionEntity, { userId: user.id }));
    return this.issue(manager, user, session.id);
  }

  async refresh(refreshToken: string): Promise<AuthPayloadObject> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<RefreshOutcome> => {
      const token = await manager.findOne(RefreshTokenEntity, {
        where: { tokenHash: sha256(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token) return { refused: 'unknown' };
      const session = await manager.findOneBy(AuthSessionEntity, { id: token.sessionId });
      if (!session || session.revokedAt) return { refused: 'revoked' };
      if (token.expiresAt <= this.clock.now()) return { refused: 'expired' };
      if (token.usedAt) {
        // A token rotated moments ago is presented again: concurrent requests of one browser,
        // or a response whose new cookie never arrived. Within the grace window the session
        // goes on with another new pair; later it is reuse by someone else who has (had) a
        // copy, and the family ends (the revocation commits though this request is refused).
        const sinceUse = this.clock.now().getTime() - token.usedAt.getTime();
        if (sinceUse < this.options.refreshGraceSeconds * 1000) {
          const user = await manager.findOneBy(UserEntity, { id: session.userId });
          if (!user || user.deletedAt) return { refused: 'deleted' };
          return { ok: await this.issue(manager, user, session.id) };
        }
        await this.revokeSession(manager, session.id, 'REUSE_DETECTED');
        return { refused: 'reused' };
      }
      const user = await manager.findOneBy(UserEntity, { id: session.userId });
      if (!user || user.deletedAt) return { refused: 'deleted' };
      await manager.update(RefreshTokenEntity, { id: token.id }, { usedAt: this.clock.now() });
      await manager.update(AuthSessionEntity, { id: session.id }, { lastRefreshedAt: this.clock.now() });
      return { ok: await this.issue(manager, user, session.id) };
    });
    if ('refused' in outcome)
      throw new UnauthenticatedError('The refresh token is invalid or expired; sign in again');
    return outcome.ok;
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are fine (already out). */
  async logout(refreshToken: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOneBy(RefreshTokenEntity, { tokenHash: sha256(refreshToken) });
      if (token) await this.revokeSession(manager, token.sessionId, 'LOGOUT');
    });
    return true;
  }

  /** Ends every session of a user (password change or reset, account deletion). */
  async revokeAll(manager: EntityManager, userId: string, reason: SessionRevokeReason): Promise<void> {
    this.openSessions.revokeUser(userId);
    await manager.update(
      AuthSessionEntity,
      { userId, revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokeReason: reason },
    );
    await this.outbox.enqueue(manager, [
      { topic: SESSION_ENDED_TOPIC, aggregateId: userId, payload: { userId } },
    ]);
  }

  /**
   * Whether an access token's session is still open. Revocations in this process end its
   * tokens at once; one made by another process within SESSION_CACHE_SECONDS (see
   * OpenSessionCache).
   */
  async isActive(sessionId: string, userId: string): Promise<boolean> {
    if (this.openSessions.isOpen(sessionId, userId)) return true;
    const checkedAt = performance.now();
    const open = await this.repository.isOpen(sessionId, userId);
    if (open) this.openSessions.rememberOpen(sessionId, userId, checkedAt);
    return open;
  }

  private async revokeSession(
    manager: EntityManager,
    sessionId: string,
    reason: SessionRevokeReason,
  ): Promise<void> {
    this.openSessions.revokeSession(sessionId);
    const ended = await manager.update(
      AuthSessionEntity,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokeReason: reason },
    );
    if (ended.affected) {
      await this.outbox.enqueue(manager, [
        { topic: SESSION_ENDED_TOPIC, aggregateId: sessionId, payload: { sessionId } },
      ]);
    }
  }

  private async issue(
    manager: EntityManager,
    user: UserEntity,
    sessionId: string,
  ): Promise<AuthPayloadObject> {
    const now = this.clock.now();
    const refreshToken = randomToken();
    await manager.save(
      manager.create(RefreshTokenEntity, {
        sessionId,
        tokenHash: sha256(refreshToken),
        expiresAt: new Date(now.getTime() + this.options.refreshTokenDays * 86_400_000),
      }),
    );
    const viewer: Viewer = {
      userId: user.id,
      roles: user.roles,
      memberships: await this.agencies.claimsOf(user.id, manager),
    };
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.options.accessTokenSeconds;
    const accessToken = signJwt(
      {
        iss: this.options.issuer,
        sub: viewer.userId,
        sid: sessionId,
        roles: viewer.roles,
        mem: viewer.memberships,
        iat,
        exp,
      },
      this.config.jwtSecret,
    );
    return {
      accessToken,
      refreshToken,
      accessTokenExpiresAt: new Date(exp * 1000),
      user: toUserObject(user, true),
    };
  }
}
