import { Injectable } from '@nestjs/common';
import { MailerService, MailMessage } from '@thamvan/core';
import { DataSource } from 'typeorm';
import { MailDeliveriesRepository } from './mail-deliveries.repository';

/**
 * Sends a mail at most once per `key`: the key is claimed in notification_delivery within the
 * transaction that sends it, so a redelivered outbox event mails nobody twice, and a failed
 * send releases the claim for the event's retry. The answer and follow mails' one rule.
 */
@Injectable()
export class MailOnce {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: MailDeliveriesRepository,
    private readonly mailer: MailerService,
  ) {}

  async send(key: string, message: () => MailMessage): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (await this.deliveries.claim(manager, key)) await this.mailer.send(message());
    });
  }
}
