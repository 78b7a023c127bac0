import { MailerService, MailMessage } from '@thamvan/core';
import { DataSource } from 'typeorm';

/**
 * Sends a mail at most once per `key`: the key is claimed in notification_delivery within the
 * transaction that sends it, so a redelivered outbox event mails nobody twice, and a failed
 * send releases the claim for the event's retry. The answer and follow mails' one rule.
 */
export async function mailOnce(
  dataSource: DataSource,
  mailer: MailerService,
  key: string,
  message: () => MailMessage,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO notification_delivery (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key`,
      [key],
    );
    if (claimed.length) await mailer.send(message());
  });
}
