import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import {
  Clock,
  MilestoneKind,
  MilestonePayload,
  OUTBOX_RELAY_OPTIONS,
  OutboxRelayOptions,
  OutboxService,
  OutboxTopic,
  PeriodicTask,
} from '@thamvan/core';
import { DataSource } from 'typeorm';
import { MilestonesRepository } from './milestones.repository';

export const MILESTONE_TOPIC = 'draft.milestone' satisfies OutboxTopic;

export type { MilestoneKind, MilestonePayload };

/** How often the sweep looks (a milestone is mailed within this of happening). */
const SWEEP_EVERY_MS = 30_000;
/**
 * Milestones older than this are never announced: a process down for longer does not mail
 * stale news when it comes back (the migration recorded every earlier one as announced).
 */
const LOOK_BACK = '2 days';

/**
 * Finds the milestones of drafts as they happen and announces each once (`draft.milestone`
 * in the outbox, for the follow mails). Opening and closing are not actions (the window's
 * times pass on the server clock), so no request can announce them: a sweep every 30 s
 * compares the clock with the stored times, in every process that runs the outbox relay.
 * The insert into draft_milestone (primary key draft, kind, time) and the outbox event are one
 * transaction, so concurrent sweeps announce a milestone once. A reopened and closed-again
 * consultation has a new closing time: a new milestone.
 */
@Injectable()
export class MilestoneSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly task = new PeriodicTask({
    name: 'milestone sweep',
    everyMs: SWEEP_EVERY_MS,
    run: () => this.sweep(),
    logger: new Logger(MilestoneSweep.name),
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MilestonesRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(OUTBOX_RELAY_OPTIONS) private readonly relay: OutboxRelayOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.relay.enabled) this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Announces the milestones reached since the last sweep; returns how many. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const fresh = await this.repository.recordReached(manager, now, LOOK_BACK);
      if (fresh.length) {
        // In the order they happened, so followers read them in that order.
        fresh.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
        await this.outbox.enqueue(
          manager,
          fresh.map((m) => ({
            topic: MILESTONE_TOPIC,
            aggregateId: m.draftId,
            payload: {
              draftId: m.draftId,
              kind: m.kind,
              at: new Date(m.at).toISOString(),
              number: m.number,
            } satisfies MilestonePayload,
          })),
        );
      }
      return fresh.length;
    });
  }
}
