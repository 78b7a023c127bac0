import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The queries of notification_delivery: the mails sent, one row per mail's key. */
@Injectable()
export class MailDeliveriesRepository {
  /**
   * Claims the key in the caller's transaction: true if no mail had it yet. The claim is
   * released if that transaction rolls back.
   */
  async claim(manager: EntityManager, key: string): Promise<boolean> {
    const claimed = await manager.query<{ key: string }[]>(
      `INSERT INTO notification_delivery (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key`,
      [key],
    );
    return claimed.length > 0;
  }
}
