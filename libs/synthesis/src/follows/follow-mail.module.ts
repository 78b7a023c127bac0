import { Module } from '@nestjs/common';
import { FollowMailConsumer } from './follow-mail.consumer';
import { MilestoneSweep } from './milestones';

/**
 * The milestone sweep and the follow mails on their own (raw SQL, no entities), so the worker
 * that runs the relay without the API imports them, as it does AnswerMailModule.
 */
@Module({ providers: [MilestoneSweep, FollowMailConsumer], exports: [MilestoneSweep] })
export class FollowMailModule {}
