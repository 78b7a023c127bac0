import { Injectable } from '@nestjs/common';
import { preparedQuery } from '@thamvan/core';
import { DataSource } from 'typeorm';

/** The raw queries of sessions (auth_session); the rest go through the TypeORM entities. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Whether the session is the user's and not revoked. On every authenticated request whose
   * session is not cached, hence a prepared statement (preparedQuery), outside any transaction.
   */
  async isOpen(sessionId: string, userId: string): Promise<boolean> {
    const rows = await preparedQuery(
      this.dataSource,
      `SELECT 1 FROM auth_session WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
      [sessionId, userId],
    );
    return rows.length > 0;
  }
}
