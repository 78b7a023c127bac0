import { Injectable } from '@nestjs/common';
import { BadInputError, Clock, OutboxService, UnauthenticatedError, Viewer } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { IdentityLimiter } from '../common/identity-limiter';
import { normalizeEmail } from '../common/text';
import { checkPassword } from '../passwords/password-policy';
import { AuthService } from '../sessions/auth.service';
import { toUserObject, UserObject } from '../users/dto/user.object';
import { UserEntity } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { AccountMailService } from './account-mail.service';
import { AccountTokensService } from './account-tokens.service';

/** E-mail verification and password reset, both by single-use mailed tokens. */
@Injectable()
export class AccountRecoveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly tokens: AccountTokensService,
    private readonly mail: AccountMailService,
    private readonly limiter: IdentityLimiter,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** Sends a fresh verification mail to the signed-in user (unless already verified). */
  async requestEmailVerification(viewer: Viewer): Promise<boolean> {
    const user = await this.users.findById(viewer.userId);
    if (!user?.email) throw new UnauthenticatedError();
    if (user.emailVerifiedAt) return true;
    await this.limiter.consume(['verificationMailPerAccount', user.id]);
    await this.mail.sendVerification(user);
    return true;
  }

  /**
   * Confirms the address: level EMAIL (EID is never lowered), so the author shows as
   * `verified`; an outbox event lets search and live views follow.
   */
  async verifyEmail(token: string): Promise<UserObject> {
    const user = await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(manager, token, 'VERIFY_EMAIL');
      const found = userId ? await manager.findOneBy(UserEntity, { id: userId }) : null;
      if (!found || found.deletedAt) throw invalidToken();
      if (!found.emailVerifiedAt) {
        found.emailVerifiedAt = this.clock.now();
        if (found.verificationLevel === 'NONE') found.verificationLevel = 'EMAIL';
        await manager.save(found);
        await this.outbox.enqueue(manager, [
          { topic: 'user.updated', aggregateId: found.id, payload: { userId: found.id, verified: true } },
        ]);
      }
      return found;
    });
    // Holding the mailed token proves the address: the response may show it.
    return toUserObject(user, true);
  }

  /**
   * Always true, whether or not the address has an account: the answer, its timing and
   * its errors reveal nothing. The mail goes out after the response.
   */
  async requestPasswordReset(email: string, ip: string): Promise<boolean> {
    await this.limiter.consume(['passwordResetPerIp', ip]);
    if (typeof email !== 'string' || email.length > 254) return true;
    const user = await this.users.findByEmail(email);
    const perAccount = await this.limiter.tryConsume('passwordResetPerAccount', normalizeEmail(email));
    if (!user || !perAccount.allowed) return true;
    const token = await this.dataSource.transaction((m) => this.tokens.issue(m, user.id, 'RESET_PASSWORD'));
    this.mail.sendResetInBackground(user, token);
    return true;
  }

  /** Sets a new password and revokes every session of the account. */
  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(manager, token, 'RESET_PASSWORD');
      const user = userId ? await manager.findOneBy(UserEntity, { id: userId }) : null;
      if (!user || user.deletedAt) throw invalidToken();
      // A weak password rolls the transaction back, so the token stays usable for a better one.
      checkPassword(newPassword, user.email, 'newPassword');
      await this.auth.setPassword(user.id, newPassword, manager);
    });
    return true;
  }
}

function invalidToken(): BadInputError {
  return new BadInputError('The link is invalid, expired or already used', 'token');
}
