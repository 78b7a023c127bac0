import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@thamvan/core';
import { EntityManager, IsNull } from 'typeorm';
import { randomToken, sha256 } from '../common/text';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { AccountTokensRepository } from './account-tokens.repository';
import { AccountTokenEntity, AccountTokenPurpose } from './entities/account-token.entity';

/** Single-use e-mail secrets, kept as SHA-256; the clear token exists only in the mail. */
@Injectable()
export class AccountTokensService {
  constructor(
    private readonly clock: Clock,
    private readonly repository: AccountTokensRepository,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async issue(manager: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<string> {
    const token = randomToken();
    const hours =
      purpose === 'VERIFY_EMAIL' ? this.options.verifyEmailHours : this.options.resetPasswordHours;
    await manager.insert(AccountTokenEntity, {
      userId,
      purpose,
      tokenHash: sha256(token),
      expiresAt: new Date(this.clock.now().getTime() + hours * 3_600_000),
    });
    return token;
  }

  /**
   * Uses up a token in one statement (so two concurrent uses cannot both succeed) and
   * returns its user, or undefined when it is unknown, used, expired or for another purpose.
   * Every other token of the same purpose for that user is spent with it.
   */
  async consume(
    manager: EntityManager,
    token: string,
    purpose: AccountTokenPurpose,
  ): Promise<string | undefined> {
    const now = this.clock.now();
    const userId = await this.repository.use(manager, sha256(token), purpose, now);
    if (userId) {
      await manager.update(AccountTokenEntity, { userId, purpose, usedAt: IsNull() }, { usedAt: now });
    }
    return userId;
  }
}
