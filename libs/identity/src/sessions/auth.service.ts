import { Inject, Injectable } from '@nestjs/common';
import { BadInputError, Clock, UnauthenticatedError, Viewer } from '@thamvan/core';
import { DataSource, EntityManager } from 'typeorm';
import { IdentityLimiter, LimitName } from '../common/identity-limiter';
import { normalizeEmail } from '../common/text';
import { validateInput } from '../common/validate-input';
import { AccountMailService } from '../account-tokens/account-mail.service';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { PasswordHasher } from '../passwords/password-hasher';
import { checkPassword } from '../passwords/password-policy';
import { RegisterInput } from '../users/dto/register.input';
import { UserEntity } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { LoginInput } from './dto/login.input';
import { SessionsService } from './sessions.service';

/**
 * Registration, login and password change. Failed passwords count against both the
 * account and the client IP; once either is over its limit every attempt, even with the
 * right password, is RATE_LIMITED until the window ends. Correct passwords are refunded,
 * so only failures use up the allowance.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: IdentityLimiter,
    private readonly mail: AccountMailService,
    private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async register(raw: RegisterInput, ip: string): Promise<AuthPayloadObject> {
    const input = await validateInput(RegisterInput, raw);
    const terms = input.acceptedTermsVersion ?? this.options.termsVersion;
    if (terms !== this.options.termsVersion) {
      throw new BadInputError(
        `Accept the current terms of use (version ${this.options.termsVersion})`,
        'acceptedTermsVersion',
      );
    }
    await this.limiter.consume(['registerPerIp', ip]);
    const { payload, user } = await this.dataSource.transaction(async (manager) => {
      const created = await this.users.create(manager, { ...input, acceptedTermsVersion: terms });
      return { user: created, payload: await this.sessions.start(manager, created) };
    });
    await this.mail.sendVerification(user);
    return payload;
  }

  async login(raw: LoginInput, ip: string): Promise<AuthPayloadObject> {
    const input = await validateInput(LoginInput, raw);
    const user = await this.checkPassword(input.email, input.password, ip);
    await this.users.recordLogin(user.id);
    return this.dataSource.transaction((manager) => this.sessions.start(manager, user));
  }

  /** Changes the password and ends every session, this one included; sign in again after. */
  async changePassword(
    viewer: Viewer,
    currentPassword: string,
    newPassword: string,
    ip: string,
  ): Promise<boolean> {
    const user = await this.users.findById(viewer.userId);
    if (!user?.email) throw new UnauthenticatedError();
    await this.checkPassword(user.email, currentPassword, ip);
    checkPassword(newPassword, user.email, 'newPassword');
    await this.setPassword(user.id, newPassword);
    return true;
  }

  /** Replaces the password and revokes every session, in the caller's transaction or a new one. */
  async setPassword(userId: string, password: string, manager?: EntityManager): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    const apply = async (m: EntityManager) => {
      await m.update(UserEntity, { id: userId }, { passwordHash, passwordChangedAt: this.clock.now() });
      await this.sessions.revokeAll(m, userId, 'PASSWORD_CHANGED');
    };
    await (manager ? apply(manager) : this.dataSource.transaction(apply));
  }

  /**
   * The account for this e-mail and password, counted against the login limits. Wrong
   * e-mail and wrong password answer alike (and take as long), so accounts can't be probed.
   */
  async checkPassword(email: string, password: string, ip: string): Promise<UserEntity> {
    const attempts: [LimitName, string][] = [
      ['loginPerAccount', normalizeEmail(email)],
      ['loginPerIp', ip],
    ];
    await this.limiter.consume(...attempts);
    const user = await this.users.findByEmail(email);
    const ok = await this.hasher.verify(password, user?.passwordHash);
    if (!user || !ok) throw new UnauthenticatedError('Wrong e-mail address or password');
    await this.limiter.refund(...attempts);
    return user;
  }
}
