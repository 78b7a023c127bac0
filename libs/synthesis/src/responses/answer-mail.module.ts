import { Module } from '@nestjs/common';
import { AnswerMailConsumer } from './answer-mail.consumer';

/**
 * The answer mails on their own (raw SQL, no entities), so the worker that runs the relay
 * without the API can import it, as it does CampaignsModule.
 */
@Module({ providers: [AnswerMailConsumer] })
export class AnswerMailModule {}
