import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountTokenPurpose } from './entities/account-token.entity';

/** The raw queries of e-mail tokens (account_token), in the caller's transaction. */
@Injectable()
export class AccountTokensRepository {
  /**
   * Marks the token used in one statement (so two concurrent uses cannot both succeed) and
   * returns its user, or undefined when it is unknown, used, expired or for another purpose.
   */
  async use(
    manager: EntityManager,
    tokenHash: string,
    purpose: AccountTokenPurpose,
    now: Date,
  ): Promise<string | undefined> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows] = await manager.query<[{ user_id: string }[], number]>(
      `UPDATE account_token SET used_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
        RETURNING user_id`,
      [tokenHash, purpose, now],
    );
    return rows[0]?.user_id;
  }
}
