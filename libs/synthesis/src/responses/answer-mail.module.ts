import { Module } from '@nestjs/common';
import { AnswerMailConsumer } from './answer-mail.consumer';
import { AnswerMailRepository } from './answer-mail.repository';
import { MailDeliveriesRepository } from './mail-deliveries.repository';
import { MailOnce } from './mail-once';

/**
 * The answer mails on their own (raw SQL, no entities), so the worker that runs the relay
 * without the API can import it, as it does CampaignsModule.
 */
@Module({ providers: [AnswerMailRepository, MailDeliveriesRepository, MailOnce, AnswerMailConsumer] })
export class AnswerMailModule {}
