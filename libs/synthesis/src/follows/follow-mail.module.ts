import { Module } from '@nestjs/common';
import { MailDeliveriesRepository } from '../responses/mail-deliveries.repository';
import { MailOnce } from '../responses/mail-once';
import { FollowMailConsumer } from './follow-mail.consumer';
import { FollowsRepository } from './follows.repository';
import { MilestoneSweep } from './milestones';
import { MilestonesRepository } from './milestones.repository';

/**
 * The milestone sweep and the follow mails on their own (raw SQL, no entities), so the worker
 * that runs the relay without the API imports them, as it does AnswerMailModule. FollowsRepository
 * lives here (the mails read the followers) and is exported for the API's follows.
 */
@Module({
  providers: [
    FollowsRepository,
    MilestonesRepository,
    MailDeliveriesRepository,
    MailOnce,
    MilestoneSweep,
    FollowMailConsumer,
  ],
  exports: [MilestoneSweep, FollowsRepository],
})
export class FollowMailModule {}
