import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@thamvan/core';
import { EntityManager, IsNull } from 'typeorm';
import { randomToken, sha256 } from '../common/text';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity.options';
import { AccountTokenEntity, AccountTokenPurpose } from './entities/account-token.entity';

/** Single-use e-mail secrets, kept as SHA-256; the clear token exists only in the mail. */
@Injectable()
export class AccountTokensService {
  constructor(
    private readonly clock: Clock,
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
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [{ user_id: string }[], number] = await manager.query(
      `UPDATE account_token SET used_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
        RETURNING user_id`,
      [sha256(token), purpose, now],
    );
    const userId = rows[0]?.user_id;
    if (userId) {
      await manager.update(AccountTokenEntity, { userId, purpose, usedAt: IsNull() }, { usedAt: now });
    }
    return userId;
  }
}
